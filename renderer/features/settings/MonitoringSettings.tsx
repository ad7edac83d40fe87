/**
 * The rules the monitoring screens apply: the status date progress is reported as of,
 * the indicator status thresholds, and the share of resources counted for "significant"
 * strategic objectives. All are plan fields, set through updatePlan.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_MONITORING, monitoringSettingsOf } from '../../../shared/analysis/progress';
import { DEFAULT_SIGNIFICANT_SHARE, significantShareOf } from '../../../shared/analysis/resources';
import { compareIsoDates, systemClock, toIsoDate } from '../../../shared/dates';
import { useApp } from '../../store';
import { CommitField } from '../../ui/CommitField';
import { formatDate } from '../../ui/format';
import { parseNumber } from '../../ui/NumberField';

/** A share as a percentage for display, without floating-point noise (0.6 → "60"). */
const percent = (share: number) => String(Math.round(share * 1000) / 10);

/** Parses a typed percentage into a share, or tells the user why not (null). */
function useShareParser() {
  const notify = useApp((s) => s.notify);
  const { i18n } = useTranslation();
  return (text: string, maxPercent: number): number | null => {
    const value = parseNumber(text.replace(/%\s*$/, ''), i18n.language);
    if (value === 'invalid' || value === null) {
      notify({ tone: 'error', message: { key: 'planSettings.errors.notANumber', params: { text: text.trim() } } });
      return null;
    }
    if (value < 0 || value > maxPercent) {
      notify({ tone: 'error', message: { key: 'planSettings.errors.percentRange', params: { max: maxPercent } } });
      return null;
    }
    return value / 100;
  };
}

export function StatusDateSection() {
  const { t } = useTranslation();
  const plan = useApp((s) => s.view!.plan);
  const dispatch = useApp((s) => s.dispatch);
  // Read once per visit, like the quality check: "today" is the day the screen opened.
  const [today] = useState(() => toIsoDate(systemClock.now()));
  const statusDate = plan.statusDate ?? null;
  const outside = statusDate !== null && (compareIsoDates(statusDate, plan.periodStart) < 0 || compareIsoDates(statusDate, plan.periodEnd) > 0);

  return (
    <section className="card settings-card" aria-labelledby="settings-status-title">
      <h2 id="settings-status-title">{t('planSettings.statusDate.title')}</h2>
      <p className="hint" id="settings-status-explanation">
        {t('planSettings.statusDate.explanation')}
      </p>
      <div className="settings-inline">
        <CommitField
          label={t('planSettings.statusDate.label')}
          type="date"
          value={statusDate ?? ''}
          aria-describedby="settings-status-explanation settings-status-now"
          onCommit={(date) => dispatch('updatePlan', { statusDate: date === '' ? null : date })}
        />
        <button type="button" onClick={() => void dispatch('updatePlan', { statusDate: today })} disabled={statusDate === today}>
          {t('planSettings.statusDate.useToday')}
        </button>
        <button type="button" onClick={() => void dispatch('updatePlan', { statusDate: null })} disabled={statusDate === null}>
          {t('planSettings.statusDate.clear')}
        </button>
      </div>
      <p id="settings-status-now" className="settings-now">
        {statusDate === null ? t('planSettings.statusDate.empty', { today: formatDate(today) }) : t('planSettings.statusDate.set', { date: formatDate(statusDate) })}
      </p>
      {outside && <p className="settings-warning">{t('planSettings.statusDate.outsideHint', { start: formatDate(plan.periodStart), end: formatDate(plan.periodEnd) })}</p>}
    </section>
  );
}

export function ThresholdsSection() {
  const { t } = useTranslation();
  const plan = useApp((s) => s.view!.plan);
  const dispatch = useApp((s) => s.dispatch);
  const notify = useApp((s) => s.notify);
  const parse = useShareParser();
  const current = monitoringSettingsOf(plan);

  const set = (field: 'onTrack' | 'atRisk', text: string) => {
    const share = parse(text, 200);
    if (share === null) return Promise.resolve(false);
    const next = { ...current, [field]: share };
    if (next.atRisk > next.onTrack) {
      notify({ tone: 'error', message: { key: 'planSettings.errors.thresholdOrder' } });
      return Promise.resolve(false);
    }
    return dispatch('updatePlan', { monitoring: next });
  };

  return (
    <section className="card settings-card" aria-labelledby="settings-thresholds-title">
      <h2 id="settings-thresholds-title">{t('planSettings.thresholds.title')}</h2>
      <p className="hint">{t('planSettings.thresholds.explanation')}</p>
      <div className="settings-inline">
        <CommitField label={t('planSettings.thresholds.onTrack')} inputMode="decimal" className="settings-percent" value={percent(current.onTrack)} onCommit={(text) => set('onTrack', text)} />
        <CommitField label={t('planSettings.thresholds.atRisk')} inputMode="decimal" className="settings-percent" value={percent(current.atRisk)} onCommit={(text) => set('atRisk', text)} />
        <button type="button" disabled={plan.monitoring === undefined} onClick={() => void dispatch('updatePlan', { monitoring: undefined })}>
          {t('planSettings.thresholds.reset')}
        </button>
      </div>
      <p className="settings-now">{t('planSettings.thresholds.current', { onTrack: percent(current.onTrack), atRisk: percent(current.atRisk) })}</p>
      <p className="hint">{t('planSettings.thresholds.defaults', { onTrack: percent(DEFAULT_MONITORING.onTrack), atRisk: percent(DEFAULT_MONITORING.atRisk) })}</p>
    </section>
  );
}

export function SignificantShareSection() {
  const { t } = useTranslation();
  const plan = useApp((s) => s.view!.plan);
  const dispatch = useApp((s) => s.dispatch);
  const parse = useShareParser();
  const share = significantShareOf(plan);
  return (
    <section className="card settings-card" aria-labelledby="settings-significant-title">
      <h2 id="settings-significant-title">{t('planSettings.significant.title')}</h2>
      <p className="hint">{t('planSettings.significant.explanation')}</p>
      <div className="settings-inline">
        <CommitField
          label={t('planSettings.significant.label')}
          inputMode="decimal"
          className="settings-percent"
          value={percent(share)}
          onCommit={(text) => {
            const next = parse(text, 100);
            return next === null ? Promise.resolve(false) : dispatch('updatePlan', { significantShare: next });
          }}
        />
        <button type="button" disabled={plan.significantShare === undefined} onClick={() => void dispatch('updatePlan', { significantShare: undefined })}>
          {t('planSettings.significant.reset', { share: percent(DEFAULT_SIGNIFICANT_SHARE) })}
        </button>
      </div>
      <p className="hint">{t('planSettings.significant.defaultNote')}</p>
    </section>
  );
}
