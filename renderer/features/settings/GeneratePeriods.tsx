/**
 * Replacing all reporting periods by generated ones (years, biennia, quarters), after a
 * preview of where every existing target, actual and allocation will go and of what
 * would collide. The preview follows the plan while it is open, so it never shows a
 * state the apply would not act on.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePeriods, PERIOD_KINDS, planPeriodChange, type NewPeriod, type PeriodChange, type PeriodKind } from '../../../shared/analysis/periods';
import { makeId, type ReportingPeriodId } from '../../../shared/model';
import { indicatorName, type PlanView } from '../../../shared/plan-doc';
import { randomHex } from '../../platform/random';
import { useApp } from '../../store';
import { usageText } from './usage';

interface Preview {
  readonly kind: PeriodKind;
  /** The ids the new periods get if they are new (fixed when the preview opens). */
  readonly ids: readonly ReportingPeriodId[];
}

export function GeneratePeriods() {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const dispatch = useApp((s) => s.dispatch);
  const notify = useApp((s) => s.notify);
  const [kind, setKind] = useState<PeriodKind>('year');
  const [preview, setPreview] = useState<Preview | null>(null);
  const { periodStart, periodEnd } = view.plan;

  const next = useMemo<NewPeriod[] | null>(() => {
    if (!preview) return null;
    const spans = generatePeriods(periodStart, periodEnd, preview.kind);
    return spans.map((s, i) => ({ ...s, id: preview.ids[i]! }));
  }, [preview, periodStart, periodEnd]);
  const change = useMemo(
    () => (next ? planPeriodChange({ periods: Object.values(view.periods), indicators: Object.values(view.indicators), resources: Object.values(view.resources), next }) : null),
    [next, view.periods, view.indicators, view.resources],
  );

  const open = () => {
    const count = generatePeriods(periodStart, periodEnd, kind).length;
    setPreview({ kind, ids: Array.from({ length: count }, () => makeId<ReportingPeriodId>('period', randomHex)) });
  };
  const apply = async () => {
    if (!next) return;
    if (await dispatch('setReportingPeriods', { periods: next })) {
      setPreview(null);
      notify({ tone: 'info', message: { key: 'planSettings.generate.applied' } });
    }
  };

  return (
    <section className="card settings-card" aria-labelledby="settings-generate-title">
      <h2 id="settings-generate-title">{t('planSettings.generate.title')}</h2>
      <p className="hint">{t('planSettings.generate.intro')}</p>
      <div className="settings-inline">
        <div className="field">
          <label htmlFor="generate-kind">{t('planSettings.generate.kind')}</label>
          <select
            id="generate-kind"
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as PeriodKind);
              setPreview(null);
            }}
          >
            {PERIOD_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`planSettings.generate.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={open}>
          {t('planSettings.generate.preview')}
        </button>
      </div>
      {preview && change && next && <PreviewPanel view={view} change={change} onApply={() => void apply()} onCancel={() => setPreview(null)} />}
    </section>
  );
}

interface PanelProps {
  readonly view: PlanView;
  readonly change: PeriodChange;
  readonly onApply: () => void;
  readonly onCancel: () => void;
}

function PreviewPanel({ view, change, onApply, onCancel }: PanelProps) {
  const { t } = useTranslation();
  const labelOf = (id: string | null) => (id === null ? t('planSettings.generate.nowhere') : (change.periods.find((p) => p.id === id)?.label ?? view.periods[id]?.label ?? id));
  const unchanged = change.removed.length === 0 && change.periods.length === view.periodOrder.length && change.periods.every((p) => view.periods[p.id]?.label === p.label);
  const blocked = change.collisions.length > 0 || change.unplaced.length > 0;
  const collidingIndicators = new Set(change.collisions.map((c) => c.indicatorId)).size;

  return (
    <div className="settings-preview" role="region" aria-labelledby="settings-preview-title">
      <h3 id="settings-preview-title">{t('planSettings.generate.previewTitle')}</h3>
      <p>{t('planSettings.generate.newPeriods', { count: change.periods.length, labels: change.periods.map((p) => p.label).join(', ') })}</p>
      <p className="hint">{t('planSettings.generate.rules')}</p>
      <table className="table settings-moves">
        <thead>
          <tr>
            <th scope="col">{t('planSettings.generate.oldPeriod')}</th>
            <th scope="col">{t('planSettings.generate.values')}</th>
            <th scope="col">{t('planSettings.generate.goesTo')}</th>
          </tr>
        </thead>
        <tbody>
          {change.moves.map((m) => {
            const u = m.usage;
            const any = u.targets + u.actuals + u.allocations > 0;
            return (
              <tr key={m.from.id}>
                <th scope="row">{m.from.label}</th>
                <td>{any ? usageText(t, u) : t('planSettings.periods.usageNone')}</td>
                <td>
                  {m.kept ? (
                    t('planSettings.generate.kept')
                  ) : !any ? (
                    t('planSettings.generate.nothing')
                  ) : (
                    <ul className="settings-dest">
                      {u.targets > 0 && <li>{t('planSettings.generate.targetsTo', { period: labelOf(m.targetsTo) })}</li>}
                      {u.actuals > 0 && <li>{t('planSettings.generate.actualsTo', { periods: m.actualsTo.map(labelOf).join(', ') || t('planSettings.generate.nowhere') })}</li>}
                      {u.allocations > 0 && <li>{t('planSettings.generate.allocationsTo', { period: labelOf(m.allocationsTo) })}</li>}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {change.removed.length > 0 && <p className="hint">{t('planSettings.generate.removedNote')}</p>}
      {change.collisions.length > 0 && (
        <div className="settings-error" role="alert">
          <p>{t('planSettings.generate.collisions', { count: collidingIndicators })}</p>
          <ul>
            {change.collisions.map((c, i) => (
              <li key={i}>
                {t('planSettings.generate.collision', {
                  indicator: indicatorName(view, c.indicatorId),
                  what: t(`planSettings.generate.collisionKind.${c.kind}`, { category: c.category ?? '' }),
                  from: c.from.map((id) => view.periods[id]?.label ?? id).join(' + '),
                  to: labelOf(c.periodId),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {change.unplaced.length > 0 && (
        <p className="settings-error" role="alert">
          {t('planSettings.generate.unplaced', { count: change.unplaced.length, periods: [...new Set(change.unplaced.map((u) => view.periods[u.from]?.label ?? u.from))].join(', ') })}
        </p>
      )}
      {unchanged && <p className="hint">{t('planSettings.generate.unchanged')}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('planSettings.generate.cancel')}
        </button>
        <button type="button" className="primary" disabled={blocked || unchanged} onClick={onApply}>
          {t('planSettings.generate.apply')}
        </button>
      </div>
    </div>
  );
}
