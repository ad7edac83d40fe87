/**
 * The plan's reporting periods: each editable in place (label, start, end), deleted when
 * nothing refers to it, and a form to add a custom one. Every edit is a period command,
 * checked against the plan period and the other periods.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodUsage, uncoveredRanges } from '../../../shared/analysis/periods';
import { makeId, type ReportingPeriodId } from '../../../shared/model';
import { randomHex } from '../../platform/random';
import { useApp } from '../../store';
import { usageText } from './usage';
import { formatDate } from '../../ui/format';
import { CellInput, onGridKeyDown } from '../indicators/cells';

export function PeriodsSection() {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const dispatch = useApp((s) => s.dispatch);
  const notify = useApp((s) => s.notify);
  const usage = useMemo(() => periodUsage(Object.values(view.indicators), Object.values(view.resources)), [view.indicators, view.resources]);
  const { periodStart, periodEnd } = view.plan;
  const gaps = useMemo(() => uncoveredRanges(Object.values(view.periods), periodStart, periodEnd), [view.periods, periodStart, periodEnd]);
  const [draft, setDraft] = useState({ label: '', start: '', end: '' });

  const add = async () => {
    const id = makeId<ReportingPeriodId>('period', randomHex);
    if (await dispatch('addPeriod', { period: { id, ...draft } })) {
      notify({ tone: 'info', message: { key: 'planSettings.periods.added', params: { label: draft.label.trim() } } });
      setDraft({ label: '', start: '', end: '' });
    }
  };

  return (
    <section className="card settings-card" aria-labelledby="settings-periods-title">
      <h2 id="settings-periods-title">{t('planSettings.periods.title')}</h2>
      <p className="hint">{t('planSettings.periods.intro', { start: formatDate(periodStart), end: formatDate(periodEnd) })}</p>
      {view.periodOrder.length === 0 ? (
        <p className="muted">{t('planSettings.periods.empty')}</p>
      ) : (
        <table className="settings-periods" onKeyDown={onGridKeyDown}>
          <thead>
            <tr>
              <th scope="col">{t('planSettings.periods.label')}</th>
              <th scope="col">{t('planSettings.periods.start')}</th>
              <th scope="col">{t('planSettings.periods.end')}</th>
              <th scope="col">{t('planSettings.periods.uses')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('planSettings.periods.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {view.periodOrder.map((id, row) => {
              const p = view.periods[id]!;
              const u = usage.get(id);
              const used = u !== undefined && u.targets + u.actuals + u.allocations > 0;
              return (
                <tr key={id}>
                  <td>
                    <CellInput label={t('planSettings.periods.labelOf', { label: p.label })} value={p.label} row={row} col={0} onCommit={(label) => dispatch('updatePeriod', { id, label })} />
                  </td>
                  <td>
                    <CellInput type="date" className="cell cell-date" label={t('planSettings.periods.startOf', { label: p.label })} value={p.start} row={row} col={1} onCommit={(start) => dispatch('updatePeriod', { id, start })} />
                  </td>
                  <td>
                    <CellInput type="date" className="cell cell-date" label={t('planSettings.periods.endOf', { label: p.label })} value={p.end} row={row} col={2} onCommit={(end) => dispatch('updatePeriod', { id, end })} />
                  </td>
                  <td className="settings-usage">{used ? usageText(t, u) : t('planSettings.periods.usageNone')}</td>
                  <td>
                    <button
                      type="button"
                      className="link-button danger-text"
                      aria-label={t('planSettings.periods.deleteLabel', { label: p.label })}
                      title={used ? t('planSettings.periods.deleteInUse', { label: p.label }) : undefined}
                      onClick={() =>
                        void dispatch('deletePeriod', { id }).then((ok) => ok && notify({ tone: 'info', message: { key: 'planSettings.periods.deleted', params: { label: p.label } } }))
                      }
                    >
                      {t('planSettings.periods.delete')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {gaps.length > 0 && (
        <p className="settings-warning">{t('planSettings.periods.gaps', { ranges: gaps.map((g) => `${formatDate(g.start)} – ${formatDate(g.end)}`).join('; ') })}</p>
      )}
      <form
        className="settings-add"
        aria-labelledby="settings-add-title"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <h3 id="settings-add-title">{t('planSettings.periods.addTitle')}</h3>
        <div className="settings-add-fields">
          <div className="field">
            <label htmlFor="period-add-label">{t('planSettings.periods.addLabel')}</label>
            <input id="period-add-label" value={draft.label} onChange={(e) => setDraft({ ...draft, label: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="period-add-start">{t('planSettings.periods.addStart')}</label>
            <input id="period-add-start" type="date" value={draft.start} onChange={(e) => setDraft({ ...draft, start: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="period-add-end">{t('planSettings.periods.addEnd')}</label>
            <input id="period-add-end" type="date" value={draft.end} onChange={(e) => setDraft({ ...draft, end: e.target.value })} />
          </div>
          <button type="submit">{t('planSettings.periods.add')}</button>
        </div>
      </form>
    </section>
  );
}
