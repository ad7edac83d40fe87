/**
 * What measures and threatens the result, and its dated steps: its indicators, risks
 * and milestones as read-only lists, each with a button that goes to the element
 * (their editors live elsewhere; these lists keep the result's whole picture here).
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, ResultId } from '../../../shared/model';
import { useApp, type PlanTarget } from '../../store';
import { formatDate } from '../../ui/format';
import { inherentRating } from '../../../shared/analysis/risks';
import { BandBadge } from '../risks/BandBadge';
import { DetailSection } from './DetailSection';
import { indicatorsOf, milestonesOf, risksOf } from './derive';

/** A value of an indicator in its unit; a qualitative one by its stage's name where it has one. */
function measure(indicator: Indicator, value: number, numbers: Intl.NumberFormat): string {
  const stage = indicator.measureType === 'qualitative' ? indicator.qualitativeStages[value] : undefined;
  if (stage) return stage;
  const n = numbers.format(value);
  return indicator.unitOfMeasure ? `${n} ${indicator.unitOfMeasure}` : n;
}

interface LinkedItemProps {
  readonly target: PlanTarget;
  readonly title: string;
  readonly goToLabel: string;
  readonly children?: ReactNode;
}

function LinkedItem({ target, title, goToLabel, children }: LinkedItemProps) {
  const { t } = useTranslation();
  const navigateTo = useApp((s) => s.navigateTo);
  return (
    <li className="detail-link">
      <div className="detail-link-text">
        <span className="detail-link-title">{title}</span>
        {children}
      </div>
      <button type="button" className="detail-go" aria-label={goToLabel} onClick={() => navigateTo(target)}>
        {t('detail.goTo')}
      </button>
    </li>
  );
}

export function IndicatorsList({ resultId }: { readonly resultId: ResultId }) {
  const { t, i18n } = useTranslation();
  const view = useApp((s) => s.view)!;
  const indicators = indicatorsOf(view, resultId);
  const numbers = new Intl.NumberFormat(i18n.language);
  const notSet = t('detail.indicators.notSet');
  return (
    <DetailSection title={t('detail.indicators.title')}>
      {indicators.length === 0 ? (
        <p className="detail-empty">{t('detail.indicators.empty')}</p>
      ) : (
        <ul className="detail-links">
          {indicators.map((ind) => {
            const title = ind.definition || t('detail.indicators.noDefinition');
            const { value, date } = ind.baseline;
            const baseline = value === null ? notSet : date ? t('detail.indicators.baselineValue', { value: measure(ind, value, numbers), date: formatDate(date) }) : measure(ind, value, numbers);
            const target = ind.finalTarget === null ? notSet : measure(ind, ind.finalTarget, numbers);
            return (
              <LinkedItem key={ind.id} target={{ kind: 'indicator', id: ind.id }} title={title} goToLabel={t('detail.indicators.goToLabel', { name: title })}>
                <dl className="detail-link-facts">
                  <div>
                    <dt>{t('detail.indicators.baseline')}</dt>
                    <dd>{baseline}</dd>
                  </div>
                  <div>
                    <dt>{t('detail.indicators.finalTarget')}</dt>
                    <dd>{target}</dd>
                  </div>
                </dl>
              </LinkedItem>
            );
          })}
        </ul>
      )}
    </DetailSection>
  );
}

export function RisksList({ resultId }: { readonly resultId: ResultId }) {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const risks = risksOf(view, resultId);
  return (
    <DetailSection title={t('detail.risks.title')}>
      {risks.length === 0 ? (
        <p className="detail-empty">{t('detail.risks.empty')}</p>
      ) : (
        <ul className="detail-links">
          {risks.map((risk) => {
            const rating = inherentRating(risk);
            return (
              <LinkedItem key={risk.id} target={{ kind: 'risk', id: risk.id }} title={risk.description} goToLabel={t('detail.risks.goToLabel', { name: risk.description })}>
                <span className="detail-link-meta">
                  <span className="detail-score">{t('detail.risks.score', { likelihood: risk.likelihood, impact: risk.impact, score: rating.score })}</span>{' '}
                  <BandBadge band={rating.band} />
                </span>
              </LinkedItem>
            );
          })}
        </ul>
      )}
    </DetailSection>
  );
}

export function MilestonesList({ resultId }: { readonly resultId: ResultId }) {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const milestones = milestonesOf(view, resultId);
  return (
    <DetailSection title={t('detail.milestones.title')}>
      {milestones.length === 0 ? (
        <p className="detail-empty">{t('detail.milestones.empty')}</p>
      ) : (
        <ul className="detail-links">
          {milestones.map((m) => (
            <LinkedItem key={m.id} target={{ kind: 'milestone', id: m.id }} title={m.title} goToLabel={t('detail.milestones.goToLabel', { name: m.title })}>
              <span className="detail-link-meta">
                {t('detail.milestones.due', { date: formatDate(m.dueDate) })} · <span className={`detail-milestone ${m.status}`}>{t(`detail.milestones.status.${m.status}`)}</span>
              </span>
            </LinkedItem>
          ))}
        </ul>
      )}
    </DetailSection>
  );
}
