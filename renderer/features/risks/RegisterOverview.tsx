/**
 * What a manager asks of the register first: which risks are highest, whose
 * mitigations are late (as of the status date), and which ratings are wrong. Each
 * item opens its risk.
 */
import { useTranslation } from 'react-i18next';
import { RISK_BANDS, type RegisterSummary } from '../../../shared/analysis/risks';
import type { PlanView } from '../../../shared/plan-doc';
import { formatDate } from '../../ui/format';
import { BandBadge } from './BandBadge';
import { UnitName } from './fields';

interface Props {
  readonly view: PlanView;
  readonly summary: RegisterSummary;
  readonly onOpen: (riskId: string) => void;
}

export function HighestRisks({ summary, onOpen }: Props) {
  const { t } = useTranslation();
  return (
    <section className="card risk-highest" aria-labelledby="risks-highest-title">
      <h2 id="risks-highest-title">{t('risks.summary.highestTitle')}</h2>
      <ul className="band-counts" aria-label={t('risks.summary.byBand')}>
        {[...RISK_BANDS].reverse().map((band) => (
          <li key={band}>
            <BandBadge band={band} />
            <span className="band-count" data-testid={`band-count-${band}`}>
              {summary.byBand[band]}
            </span>
          </li>
        ))}
      </ul>
      {summary.highestBand === null ? (
        <p className="muted">{t('risks.summary.highestNone')}</p>
      ) : (
        <>
          <p className="risk-highest-intro">{t('risks.summary.highestIntro', { count: summary.highest.length, band: t(`risks.band.${summary.highestBand}`).toLowerCase() })}</p>
          <ul className="risk-list">
            {summary.highest.map((row) => (
              <li key={row.risk.id}>
                <BandBadge score={row.inherent.score} band={row.inherent.band} />
                <button type="button" className="link-button risk-list-open" onClick={() => onOpen(row.risk.id)}>
                  {row.risk.description}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {summary.residualAboveInherent.length > 0 && (
        <div className="risk-data-errors" role="note" aria-labelledby="risks-errors-title">
          <h3 id="risks-errors-title">{t('risks.summary.errorsTitle')}</h3>
          <p>{t('risks.summary.residualAbove', { count: summary.residualAboveInherent.length })}</p>
          <ul className="risk-list">
            {summary.residualAboveInherent.map((row) => (
              <li key={row.risk.id}>
                <button type="button" className="link-button risk-list-open" onClick={() => onOpen(row.risk.id)}>
                  {row.risk.description}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

export function OverdueMitigations({ view, summary, onOpen }: Props) {
  const { t } = useTranslation();
  return (
    <section className="card risk-overdue" aria-labelledby="risks-overdue-title">
      <h2 id="risks-overdue-title">
        {t('risks.summary.overdueTitle')} <span className="risk-overdue-count">({summary.overdue.length})</span>
      </h2>
      {summary.overdue.length === 0 ? (
        <p className="muted">{t('risks.summary.overdueNone')}</p>
      ) : (
        <table className="overdue-table">
          <thead>
            <tr>
              <th scope="col">{t('risks.summary.action')}</th>
              <th scope="col">{t('risks.summary.owner')}</th>
              <th scope="col">{t('risks.summary.due')}</th>
              <th scope="col">{t('risks.summary.status')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.overdue.map(({ mitigation: m, risk }) => (
              <tr key={m.id}>
                <th scope="row">
                  <button type="button" className="link-button overdue-action" title={t('risks.summary.openRiskLabel', { name: risk.description })} onClick={() => onOpen(risk.id)}>
                    {m.action}
                  </button>
                  <span className="overdue-risk">{t('risks.summary.overdueRisk', { risk: risk.description })}</span>
                </th>
                <td className="overdue-owner">
                  <UnitName view={view} unitId={m.ownerUnitId} />
                </td>
                <td>
                  <span className="flag-overdue">
                    <span aria-hidden="true">⚠ </span>
                    {t('risks.overdueSince', { date: formatDate(m.dueDate!) })}
                  </span>
                </td>
                <td>{t(`risks.mitigationStatus.${m.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
