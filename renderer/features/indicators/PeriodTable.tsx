/**
 * Targets and actuals of one indicator, one row per reporting period and a last row for
 * the final target: a compact sheet a planner can type many figures into, moving with
 * the arrow keys and Enter (cells.tsx). A qualitative indicator's cells choose a stage.
 */
import { useTranslation } from 'react-i18next';
import type { Indicator, ReportingPeriodId } from '../../../shared/model';
import type { Patch } from '../../../shared/plan-doc';
import { useApp } from '../../store';
import { formatMonth } from '../../ui/format';
import { CellInput, onGridKeyDown, StageSelect } from './cells';
import { actualPatch, notApplicablePatch, shown, targetPatch, type IndicatorEdits } from './edit';

/** A period's bounds as months, compact enough for the sheet ("Jan 2010 – Dec 2011"). */
const monthOf = (iso: string) => formatMonth(iso);

const COL = { target: 0, na: 1, actual: 2, date: 3, evidence: 4, link: 5 } as const;

interface Props {
  readonly indicator: Indicator;
  readonly edits: IndicatorEdits;
}

export function PeriodTable({ indicator: ind, edits }: Props) {
  const { t } = useTranslation();
  const periodOrder = useApp((s) => s.view!.periodOrder);
  const periods = useApp((s) => s.view!.periods);
  const qualitative = ind.measureType === 'qualitative';
  const none = t('indicators.stages.none');

  if (periodOrder.length === 0) return <p className="hint">{t('indicators.periods.noPeriods')}</p>;

  const valueCell = (label: string, value: number | null | undefined, row: number, col: number, patchOf: (v: number | null) => Patch<Indicator>, disabled = false) =>
    qualitative ? (
      <StageSelect label={label} value={value} stages={ind.qualitativeStages} row={row} col={col} emptyLabel={none} disabled={disabled} onCommit={(v) => edits.update(patchOf(v))} />
    ) : (
      <CellInput label={label} value={shown(value)} row={row} col={col} numeric disabled={disabled} onCommit={(text) => edits.number(text, patchOf)} />
    );

  return (
    <div className="ind-table-wrap">
      <table className="ind-table" onKeyDown={onGridKeyDown}>
        <colgroup>
          <col className="c-period" />
          <col className={qualitative ? 'c-stage' : 'c-value'} />
          <col className="c-na" />
          <col className={qualitative ? 'c-stage' : 'c-value'} />
          <col className="c-date" />
          <col />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('indicators.periods.period')}</th>
            <th scope="col">{t('indicators.periods.target')}</th>
            <th scope="col">
              <abbr title={t('indicators.periods.notApplicableFull')}>{t('indicators.periods.notApplicable')}</abbr>
            </th>
            <th scope="col">{t('indicators.periods.actual')}</th>
            <th scope="col">{t('indicators.periods.date')}</th>
            <th scope="col">{t('indicators.periods.evidence')}</th>
            <th scope="col">{t('indicators.periods.link')}</th>
          </tr>
        </thead>
        <tbody>
          {periodOrder.map((pid: ReportingPeriodId, row) => {
            const period = periods[pid]!;
            const na = ind.targetsNotApplicable[pid] === true;
            const actual = ind.actuals[pid];
            const link = actual?.link.trim() ?? '';
            return (
              <tr key={pid}>
                <th scope="row" className="ind-period">
                  <span className="ind-period-label">{period.label}</span>
                  <span className="ind-period-dates">
                    {monthOf(period.start)} – {monthOf(period.end)}
                  </span>
                </th>
                <td>{valueCell(t('indicators.periods.targetFor', { period: period.label }), ind.targets[pid], row, COL.target, (v) => targetPatch(ind, pid, v), na)}</td>
                <td className="ind-check">
                  <input
                    type="checkbox"
                    aria-label={t('indicators.periods.notApplicableFor', { period: period.label })}
                    data-row={row}
                    data-col={COL.na}
                    checked={na}
                    onChange={(e) => void edits.update(notApplicablePatch(pid, e.target.checked))}
                  />
                </td>
                <td>{valueCell(t('indicators.periods.actualFor', { period: period.label }), actual?.value, row, COL.actual, (v) => actualPatch(ind, pid, { value: v }))}</td>
                <td>
                  <CellInput
                    type="date"
                    className="cell cell-date"
                    label={t('indicators.periods.dateFor', { period: period.label })}
                    value={actual?.date ?? ''}
                    row={row}
                    col={COL.date}
                    onCommit={(date) => edits.update(actualPatch(ind, pid, { date: date === '' ? null : date }))}
                  />
                </td>
                <td>
                  <CellInput className="cell cell-text" label={t('indicators.periods.evidenceFor', { period: period.label })} value={actual?.evidence ?? ''} row={row} col={COL.evidence} onCommit={(evidence) => edits.update(actualPatch(ind, pid, { evidence }))} />
                </td>
                <td>
                  <div className="ind-link">
                    <CellInput type="url" className="cell cell-text" label={t('indicators.periods.linkFor', { period: period.label })} value={actual?.link ?? ''} row={row} col={COL.link} placeholder="https://" onCommit={(l) => edits.update(actualPatch(ind, pid, { link: l.trim() }))} />
                    {/^https?:\/\//i.test(link) && (
                      <a href={link} target="_blank" rel="noreferrer noopener" aria-label={t('indicators.periods.openLinkLabel', { period: period.label })}>
                        {t('indicators.periods.openLink')}
                      </a>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
          <tr className="ind-final">
            <th scope="row">{t('indicators.periods.finalTarget')}</th>
            <td>{valueCell(t('indicators.periods.finalTarget'), ind.finalTarget, periodOrder.length, COL.target, (v) => ({ finalTarget: v }))}</td>
            <td colSpan={5} />
          </tr>
        </tbody>
      </table>
    </div>
  );
}
