/** The plan at a glance: its details (editable), its shape, and when it was last saved. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_STATUSES, RESULT_LEVELS, type PlanStatus } from '../../../shared/model';
import type { PlanFields } from '../../../shared/plan-doc';
import { useApp } from '../../store';
import { formatDate, formatDateTime } from '../../ui/format';
import { CommitField } from '../../ui/CommitField';
import { useLevelName } from '../../ui/levels';
import { AtAGlance } from './AtAGlance';
import { TEMPLATE_IDS, type TemplateId } from '../../../shared/templates';

export function OverviewScreen() {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const dispatch = useApp((s) => s.dispatch);
  const lastSavedAt = useApp((s) => s.lastSavedAt);
  const officeName = useApp((s) => s.officeName);
  const setOfficeName = useApp((s) => s.setOfficeName);
  const [office, setOffice] = useState(officeName);
  const levelName = useLevelName();
  const plan = view.plan;
  const update = (fields: PlanFields) => dispatch('updatePlan', fields);

  return (
    <section className="overview" aria-labelledby="overview-title">
      <h1 id="overview-title">{t('overview.title')}</h1>
      <div className="overview-grid">
        <section className="card" aria-labelledby="details-title">
          <h2 id="details-title">{t('overview.details')}</h2>
          <div className="form">
            <CommitField label={t('overview.planTitle')} value={plan.title} onCommit={(title) => update({ title })} />
            <CommitField label={t('overview.organisation')} value={plan.organisation} onCommit={(organisation) => update({ organisation })} />
            <CommitField label={t('overview.versionLabel')} value={plan.versionLabel} onCommit={(versionLabel) => update({ versionLabel })} />
            <div className="field">
              <label htmlFor="plan-status">{t('overview.status')}</label>
              <select id="plan-status" value={plan.status} onChange={(e) => void update({ status: e.target.value as PlanStatus })}>
                {PLAN_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`status.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="plan-template">{t('templates.choose')}</label>
              <select id="plan-template" value={plan.templateId} onChange={(e) => void update({ templateId: e.target.value as TemplateId })} aria-describedby="plan-template-hint">
                {TEMPLATE_IDS.map((id) => (
                  <option key={id} value={id}>
                    {t(`templates.names.${id}`)}
                  </option>
                ))}
              </select>
              <span id="plan-template-hint" className="hint">
                {t(`templates.descriptions.${(TEMPLATE_IDS as readonly string[]).includes(plan.templateId) ? plan.templateId : 'organisation'}`)}
              </span>
            </div>
            <div className="form-row">
              <CommitField label={t('overview.periodStart')} type="date" value={plan.periodStart} onCommit={(periodStart) => update({ periodStart })} />
              <CommitField label={t('overview.periodEnd')} type="date" value={plan.periodEnd} onCommit={(periodEnd) => update({ periodEnd })} />
            </div>
          </div>
        </section>

        <AtAGlance view={view} />

        <section className="card" aria-labelledby="structure-title">
          <h2 id="structure-title">{t('overview.structure')}</h2>
          <dl className="counts">
            {RESULT_LEVELS.map((level) => (
              <div key={level} className={`count level-${level}`}>
                <dt>{levelName(level)}</dt>
                <dd data-testid={`count-${level}`}>{view.counts[level]}</dd>
              </div>
            ))}
            <div className="count">
              <dt>{t('overview.indicators')}</dt>
              <dd data-testid="count-indicators">{view.counts.indicators}</dd>
            </div>
            <div className="count">
              <dt>{t('overview.risks')}</dt>
              <dd data-testid="count-risks">{view.counts.risks}</dd>
            </div>
            <div className="count">
              <dt>{t('overview.components')}</dt>
              <dd>{view.componentOrder.length}</dd>
            </div>
            <div className="count">
              <dt>{t('overview.objectives')}</dt>
              <dd>{view.objectiveOrder.length}</dd>
            </div>
          </dl>
          <h3>{t('overview.reportingPeriods')}</h3>
          <ul className="periods">
            {view.periodOrder.map((id) => {
              const p = view.periods[id]!;
              return (
                <li key={id}>
                  <strong>{p.label}</strong> <span className="muted">{t('library.period', { start: formatDate(p.start), end: formatDate(p.end) })}</span>
                </li>
              );
            })}
          </ul>
        </section>

        <section className="card" aria-labelledby="saved-title">
          <h2 id="saved-title">{t('overview.lastSaved')}</h2>
          <p data-testid="last-saved">{lastSavedAt ? formatDateTime(lastSavedAt) : t('overview.never')}</p>
          <div className="form">
            <div className="field">
              <label htmlFor="office-name">{t('settings.officeName')}</label>
              <input
                id="office-name"
                value={office}
                placeholder={t('overview.unnamedOffice')}
                aria-describedby="office-hint"
                onChange={(e) => setOffice(e.target.value)}
                onBlur={() => office !== officeName && void setOfficeName(office)}
                onKeyDown={(e) => e.key === 'Enter' && office !== officeName && void setOfficeName(office)}
              />
              <span id="office-hint" className="hint">
                {t('settings.officeHint')}
              </span>
            </div>
          </div>
        </section>
      </div>
    </section>
  );
}
