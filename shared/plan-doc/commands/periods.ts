/**
 * Commands on the plan's reporting periods: add, edit and delete one period, and replace
 * them all by a generated set, moving every target, actual and resource allocation to
 * the new period it belongs to (shared/analysis/periods.ts says where) in one undoable
 * change. A change that would lose a value (two values landing on one period of one
 * indicator, or a value with no period to go to) is refused, naming what is in the way.
 */
import { periodUsage, periodsOverlap, planPeriodChange, type NewPeriod } from '../../analysis/periods';
import { compareIsoDates, isIsoDate } from '../../dates';
import { ReportingPeriodIdSchema, type ReportingPeriod, type ReportingPeriodId } from '../../model';
import type { Patch } from '../tx';
import type { PlanView } from '../view-types';
import { indicatorName, namesList } from './indicators';
import { CommandError, defineCommand } from './types';

/** More than this is not a plan's reporting periods (30 years of quarters). */
export const MAX_PERIODS = 120;
const LABEL_MAX = 100;

export interface PeriodInput {
  readonly id: ReportingPeriodId;
  readonly label: string;
  readonly start: string;
  readonly end: string;
}

/** Checks one period on its own: a label, valid dates in order, inside the plan period. */
function checkPeriod(view: PlanView, p: Omit<PeriodInput, 'id'>): void {
  if (p.label.trim() === '') throw new CommandError('planSettings.errors.labelRequired');
  if (p.label.length > LABEL_MAX) throw new CommandError('planSettings.errors.labelTooLong', { max: LABEL_MAX });
  if (!isIsoDate(p.start) || !isIsoDate(p.end)) throw new CommandError('planSettings.errors.invalidDate');
  if (compareIsoDates(p.start, p.end) >= 0) throw new CommandError('planSettings.errors.periodOrder', { label: p.label });
  const { periodStart, periodEnd } = view.plan;
  if (compareIsoDates(p.start, periodStart) < 0 || compareIsoDates(p.end, periodEnd) > 0) {
    throw new CommandError('planSettings.errors.outsidePlan', { label: p.label, start: periodStart, end: periodEnd });
  }
}

function checkNoOverlap(p: Omit<PeriodInput, 'id'>, others: readonly ReportingPeriod[]): void {
  const other = others.find((o) => periodsOverlap(o, p));
  if (other) throw new CommandError('planSettings.errors.overlap', { label: p.label, other: other.label });
}

export const addPeriod = defineCommand<{ readonly period: PeriodInput }>({
  name: 'addPeriod',
  label: () => ({ key: 'planSettings.history.addPeriod' }),
  run({ tx, view }, { period }) {
    if (!ReportingPeriodIdSchema.safeParse(period.id).success || tx.get('periods', period.id)) throw new CommandError('errors.duplicateId');
    const label = period.label.trim();
    const p = { ...period, label };
    checkPeriod(view, p);
    checkNoOverlap(p, Object.values(view.periods));
    tx.create('periods', { id: period.id, label, start: period.start, end: period.end, deletedAt: null, deletedBy: null });
  },
});

export interface UpdatePeriodArgs {
  readonly id: ReportingPeriodId;
  readonly label?: string;
  readonly start?: string;
  readonly end?: string;
}

export const updatePeriod = defineCommand<UpdatePeriodArgs>({
  name: 'updatePeriod',
  label: () => ({ key: 'planSettings.history.updatePeriod' }),
  run({ tx, view }, { id, label, start, end }) {
    const current = view.periods[id];
    if (!current) throw new CommandError('planSettings.errors.periodNotFound');
    const next = { label: (label ?? current.label).trim(), start: start ?? current.start, end: end ?? current.end };
    checkPeriod(view, next);
    checkNoOverlap(
      next,
      Object.values(view.periods).filter((p) => p.id !== id),
    );
    const fields: Patch<ReportingPeriod> = {};
    if (next.label !== current.label) fields.label = next.label;
    if (next.start !== current.start) fields.start = next.start;
    if (next.end !== current.end) fields.end = next.end;
    if (Object.keys(fields).length > 0) tx.update('periods', id, fields);
  },
});

export const deletePeriod = defineCommand<{ readonly id: ReportingPeriodId }>({
  name: 'deletePeriod',
  label: () => ({ key: 'planSettings.history.deletePeriod' }),
  run({ tx, view }, { id }) {
    const period = view.periods[id];
    if (!period) throw new CommandError('planSettings.errors.periodNotFound');
    const usage = periodUsage(Object.values(view.indicators), Object.values(view.resources)).get(id);
    if (usage && usage.targets + usage.actuals + usage.allocations > 0) {
      throw new CommandError('planSettings.errors.periodInUse', { label: period.label, targets: usage.targets, actuals: usage.actuals, allocations: usage.allocations });
    }
    // "Not applicable" marks say nothing without their period: they go with it (and come back on undo).
    for (const ind of Object.values(view.indicators)) {
      if (ind.targetsNotApplicable[id]) tx.update('indicators', ind.id, { targetsNotApplicable: { [id]: undefined } });
    }
    tx.tombstone('periods', id);
  },
});

/** The patch that turns map `before` into `after`: keys gone are removed, the rest written. */
function replaceMap<T>(before: Readonly<Record<string, T>> | undefined, after: Readonly<Record<string, T>>): Record<string, T | undefined> {
  const out: Record<string, T | undefined> = {};
  for (const key of Object.keys(before ?? {})) if (!(key in after)) out[key] = undefined;
  for (const [key, value] of Object.entries(after)) out[key] = value;
  return out;
}

/**
 * Replaces the plan's periods by `periods` (a generated set, in any order), moving the
 * values attached to the old ones. A new period with the same dates as an old one is
 * that period: it keeps its id (the id given here is then not used).
 */
export const setReportingPeriods = defineCommand<{ readonly periods: readonly PeriodInput[] }>({
  name: 'setReportingPeriods',
  label: () => ({ key: 'planSettings.history.setPeriods' }),
  run({ tx, view }, { periods }) {
    if (periods.length === 0) throw new CommandError('planSettings.errors.noPeriods');
    if (periods.length > MAX_PERIODS) throw new CommandError('planSettings.errors.tooManyPeriods', { max: MAX_PERIODS });
    const next: NewPeriod[] = periods.map((p) => ({ id: p.id, label: p.label.trim(), start: p.start, end: p.end }));
    next.forEach((p) => checkPeriod(view, p));
    const sorted = [...next].sort((a, b) => compareIsoDates(a.start, b.start));
    sorted.forEach((p, i) => {
      const following = sorted[i + 1];
      if (following && periodsOverlap(p, following)) throw new CommandError('planSettings.errors.overlap', { label: following.label, other: p.label });
    });

    // Ids are the caller's fresh ones; an id in use may only name that same period.
    const ids = new Set<string>();
    for (const p of next) {
      const existing = ReportingPeriodIdSchema.safeParse(p.id).success ? tx.get('periods', p.id) : null;
      const samePeriod = existing && existing.deletedAt === null && existing.start === p.start && existing.end === p.end;
      if (existing === null || ids.has(p.id) || (existing && !samePeriod)) throw new CommandError('errors.duplicateId');
      ids.add(p.id);
    }

    const change = planPeriodChange({
      periods: Object.values(view.periods),
      indicators: Object.values(view.indicators),
      resources: Object.values(view.resources),
      next,
    });
    if (change.collisions.length > 0) {
      const ids = [...new Set(change.collisions.map((c) => c.indicatorId))];
      throw new CommandError('planSettings.errors.periodCollision', { count: ids.length, names: namesList(ids.map((id) => indicatorName(view, id))) });
    }
    if (change.unplaced.length > 0) {
      const labels = [...new Set(change.unplaced.map((u) => view.periods[u.from]?.label ?? u.from))];
      throw new CommandError('planSettings.errors.unplacedValues', { count: change.unplaced.length, periods: labels.join(', ') });
    }

    for (const p of change.periods) {
      const current = view.periods[p.id];
      if (!current) tx.create('periods', { id: p.id, label: p.label, start: p.start, end: p.end, deletedAt: null, deletedBy: null });
      else if (current.label !== p.label) tx.update('periods', p.id, { label: p.label });
    }
    for (const remap of change.indicators) {
      const current = view.indicators[remap.id]!;
      tx.update('indicators', remap.id, {
        targets: replaceMap(current.targets, remap.targets),
        targetsNotApplicable: replaceMap(current.targetsNotApplicable, remap.targetsNotApplicable),
        ...(remap.categoryTargets !== undefined ? { categoryTargets: replaceMap(current.categoryTargets, remap.categoryTargets) } : {}),
        actuals: replaceMap(current.actuals, remap.actuals),
      } as Patch<typeof current>);
    }
    for (const a of change.allocations) tx.update('resources', a.id, { periodId: a.to });
    for (const id of change.removed) tx.tombstone('periods', id);
  },
});

export const PERIODS_COMMANDS = { addPeriod, updatePeriod, deletePeriod, setReportingPeriods } as const;
