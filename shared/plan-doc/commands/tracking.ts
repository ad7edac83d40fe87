/**
 * Applying a tracking sheet read from Excel (shared/export/xlsx-import.ts): the targets
 * and actuals the planner confirmed in the preview, written as one change, so one undo
 * takes the whole import back. Each value is checked again here (the indicator and
 * period still exist, the value fits the measure), and each one must still hold the
 * value the preview showed as "before": if the plan changed since the file was read,
 * nothing is written and the planner is asked to read the file again.
 */
import { IndicatorSchema, type Actual, type Indicator, type IndicatorId, type ReportingPeriodId } from '../../model';
import type { Patch } from '../tx';
import { CommandError, defineCommand } from './types';

export interface TrackingValue {
  readonly indicatorId: IndicatorId;
  readonly periodId: ReportingPeriodId;
  readonly field: 'target' | 'actual';
  /** The value the preview showed as current; null for none. */
  readonly before: number | null;
  /** The value to write; null removes it. */
  readonly after: number | null;
}

export interface ImportTrackingArgs {
  readonly values: readonly TrackingValue[];
}

/** More values than a tracking sheet can hold (50,000 rows, two values each). */
const MAX_VALUES = 100_000;

function checkValue(ind: Indicator, value: number): void {
  if (!Number.isFinite(value)) throw new CommandError('excel.import.errors.notANumber', { text: String(value) });
  if (ind.measureType === 'percentage' && (value < 0 || value > 100)) throw new CommandError('excel.import.errors.percentRange', { value });
  if (ind.measureType === 'qualitative' && (!Number.isInteger(value) || value < 0 || value >= ind.qualitativeStages.length)) {
    throw new CommandError('excel.import.errors.unknownStage', { text: String(value) });
  }
}

const EMPTY_ACTUAL: Actual = { value: null, date: null, evidence: '', link: '' };

function isEmptyActual(a: Actual): boolean {
  return a.value === null && a.date === null && a.evidence.trim() === '' && a.link.trim() === '' && Object.keys(a.byCategory ?? {}).length === 0;
}

export const importTracking = defineCommand<ImportTrackingArgs>({
  name: 'importTracking',
  label: ({ values }) => ({ key: 'excel.history.import', params: { count: values.length } }),
  run({ tx, view }, { values }) {
    if (values.length === 0) throw new CommandError('excel.import.errors.nothing');
    if (values.length > MAX_VALUES) throw new CommandError('excel.import.errors.tooManyRows', { count: values.length, max: MAX_VALUES / 2 });
    const patches = new Map<string, { targets: Record<string, number | undefined>; targetsNotApplicable: Record<string, undefined>; actuals: Record<string, Partial<Actual> | undefined> }>();
    for (const v of values) {
      const ind = view.indicators[v.indicatorId];
      if (!ind) throw new CommandError('excel.import.errors.indicatorNotFound');
      if (!view.periods[v.periodId]) throw new CommandError('excel.import.errors.periodNotFound');
      const current = v.field === 'target' ? (ind.targets[v.periodId] ?? null) : (ind.actuals[v.periodId]?.value ?? null);
      if (current !== v.before) throw new CommandError('excel.import.errors.stale');
      if (v.after !== null) checkValue(ind, v.after);
      let patch = patches.get(ind.id);
      if (!patch) {
        patch = { targets: {}, targetsNotApplicable: {}, actuals: {} };
        patches.set(ind.id, patch);
      }
      if (v.field === 'target') {
        patch.targets[v.periodId] = v.after ?? undefined;
        // A target typed for a period marked "not applicable" lifts the mark, as in the editor.
        if (v.after !== null && ind.targetsNotApplicable[v.periodId]) patch.targetsNotApplicable[v.periodId] = undefined;
      } else {
        const actual = ind.actuals[v.periodId];
        const next: Actual = { ...(actual ?? EMPTY_ACTUAL), value: v.after };
        // An actual left with nothing in it goes; one with a date or evidence keeps them.
        patch.actuals[v.periodId] = isEmptyActual(next) ? undefined : actual ? { value: v.after } : next;
      }
    }
    for (const [id, p] of patches) {
      const fields = {
        ...(Object.keys(p.targets).length > 0 ? { targets: p.targets } : {}),
        ...(Object.keys(p.targetsNotApplicable).length > 0 ? { targetsNotApplicable: p.targetsNotApplicable } : {}),
        ...(Object.keys(p.actuals).length > 0 ? { actuals: p.actuals } : {}),
      } as Patch<Indicator>;
      const ind = view.indicators[id]!;
      const merged = applyPatch(ind, p);
      if (!IndicatorSchema.safeParse(merged).success) throw new CommandError('errors.invalidEntity', { collection: 'indicators', field: id });
      tx.update('indicators', id, fields);
    }
  },
});

/** The indicator as the patch leaves it, to check it whole before writing. */
function applyPatch(ind: Indicator, p: { targets: Record<string, number | undefined>; targetsNotApplicable: Record<string, undefined>; actuals: Record<string, Partial<Actual> | undefined> }): Indicator {
  const targets: Record<string, number> = { ...ind.targets };
  for (const [pid, v] of Object.entries(p.targets)) {
    if (v === undefined) delete targets[pid];
    else targets[pid] = v;
  }
  const na: Record<string, true> = { ...ind.targetsNotApplicable };
  for (const pid of Object.keys(p.targetsNotApplicable)) delete na[pid];
  const actuals: Record<string, Actual> = { ...ind.actuals };
  for (const [pid, v] of Object.entries(p.actuals)) {
    if (v === undefined) delete actuals[pid];
    else actuals[pid] = { ...(actuals[pid] ?? EMPTY_ACTUAL), ...v };
  }
  return { ...ind, targets, targetsNotApplicable: na, actuals } as Indicator;
}

export const TRACKING_COMMANDS = { importTracking } as const;
