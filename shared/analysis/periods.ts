/**
 * Reporting periods: generating them for a plan period (years, biennia, quarters), and
 * working out where every value attached to the current periods goes when the periods
 * are replaced, so that a change of periods keeps targets, actuals and resource
 * allocations attached to the period they belong to, and never drops one silently.
 *
 * The rules (DOMAIN.md: targets and actuals per reporting period):
 * - a new period with the same start and end as an old one is that period (it keeps its id);
 * - an old period's targets go to the new period containing its end date (a target is
 *   what should be reached by the end of the period);
 * - an actual goes to the new period containing its date when that date lies in its old
 *   period, else to the one containing its old period's end (a figure reported after the
 *   period ended belongs to that period, not to the next);
 * - a resource allocation goes to the new period containing its old period's start
 *   (money is planned from the start of the period);
 * - two old values landing on one new period for one indicator are a collision: the
 *   change is refused, naming them, rather than keeping one and losing the other.
 */
import { addDays, addQuarters, addYears, getQuarter, max, min, parseISO, startOfQuarter, startOfYear, subDays } from 'date-fns';
import { compareIsoDates, toIsoDate, type IsoDate } from '../dates';
import type { Indicator, ReportingPeriod, ReportingPeriodId, ResourceAllocation } from '../model';

export const PERIOD_KINDS = ['year', 'biennium', 'quarter'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A reporting period before it has an id. */
export interface PeriodSpan {
  readonly label: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** A period of a new set, with the id it will have. */
export interface NewPeriod extends PeriodSpan {
  readonly id: ReportingPeriodId;
}

/** Where the next period of a kind starts. */
function step(date: Date, kind: PeriodKind): Date {
  switch (kind) {
    case 'year':
      return addYears(date, 1);
    case 'biennium':
      return addYears(date, 2);
    case 'quarter':
      return addQuarters(date, 1);
  }
}

function periodLabel(start: Date, end: Date, nominalStart: Date, kind: PeriodKind): string {
  switch (kind) {
    case 'year':
      return String(nominalStart.getFullYear());
    case 'biennium': {
      // "2010-11"; a biennium cut to one year by the plan's end is labelled by that year.
      const first = start.getFullYear();
      const last = end.getFullYear();
      return first === last ? String(first) : `${first}-${String(last % 100).padStart(2, '0')}`;
    }
    case 'quarter':
      return `${nominalStart.getFullYear()} Q${getQuarter(nominalStart)}`;
  }
}

/**
 * Consecutive periods covering `start` to `end` (inclusive): calendar years, biennia
 * counted from the plan's first year, or calendar quarters. Where the plan period does
 * not start or end on a boundary, the first and last periods are shortened to fit it.
 * Empty when the plan period is not valid (end before start).
 */
export function generatePeriods(start: IsoDate, end: IsoDate, kind: PeriodKind): PeriodSpan[] {
  const from = parseISO(start);
  const to = parseISO(end);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from > to) return [];
  const out: PeriodSpan[] = [];
  let nominal = kind === 'quarter' ? startOfQuarter(from) : startOfYear(from);
  while (nominal <= to) {
    const next = step(nominal, kind);
    const s = max([nominal, from]);
    const e = min([subDays(next, 1), to]);
    out.push({ label: periodLabel(s, e, nominal, kind), start: toIsoDate(s), end: toIsoDate(e) });
    nominal = next;
  }
  return out;
}

/** Whether a date lies in a period (both ends included). */
export function periodContains(period: PeriodSpan, date: IsoDate): boolean {
  return compareIsoDates(period.start, date) <= 0 && compareIsoDates(date, period.end) <= 0;
}

/** The first period (in the order given) that contains a date. */
export function periodContaining<P extends PeriodSpan>(periods: readonly P[], date: IsoDate): P | undefined {
  return periods.find((p) => periodContains(p, date));
}

/** Whether two periods share at least one day. */
export function periodsOverlap(a: PeriodSpan, b: PeriodSpan): boolean {
  return compareIsoDates(a.start, b.end) <= 0 && compareIsoDates(b.start, a.end) <= 0;
}

/**
 * The stretches of the plan period no reporting period covers (custom periods can leave
 * gaps): a value dated there belongs to no period, so the settings screen points them out.
 */
export function uncoveredRanges(periods: readonly PeriodSpan[], start: IsoDate, end: IsoDate): { start: IsoDate; end: IsoDate }[] {
  const out: { start: IsoDate; end: IsoDate }[] = [];
  let cursor = start;
  for (const p of [...periods].sort((a, b) => compareIsoDates(a.start, b.start))) {
    if (compareIsoDates(cursor, end) > 0) break;
    if (compareIsoDates(p.start, cursor) > 0) {
      const gapEnd = toIsoDate(subDays(parseISO(p.start), 1));
      out.push({ start: cursor, end: compareIsoDates(gapEnd, end) < 0 ? gapEnd : end });
    }
    const after = toIsoDate(addDays(parseISO(p.end), 1));
    if (compareIsoDates(after, cursor) > 0) cursor = after;
  }
  if (compareIsoDates(cursor, end) <= 0) out.push({ start: cursor, end });
  return out;
}

/** How many values of each kind refer to a period. */
export interface PeriodUsage {
  /** Targets, including targets per disaggregation category. */
  readonly targets: number;
  readonly actuals: number;
  readonly allocations: number;
}

/** Counts what refers to each period (for the settings list and the delete check). */
export function periodUsage(indicators: readonly Indicator[], resources: readonly ResourceAllocation[]): ReadonlyMap<string, PeriodUsage> {
  const out = new Map<string, { targets: number; actuals: number; allocations: number }>();
  const at = (id: string) => {
    let u = out.get(id);
    if (!u) out.set(id, (u = { targets: 0, actuals: 0, allocations: 0 }));
    return u;
  };
  for (const ind of indicators) {
    for (const pid of Object.keys(ind.targets)) at(pid).targets++;
    for (const [pid, byCategory] of Object.entries(ind.categoryTargets ?? {})) at(pid).targets += Object.keys(byCategory).length;
    for (const pid of Object.keys(ind.actuals)) at(pid).actuals++;
  }
  for (const r of resources) at(r.periodId).allocations++;
  return out;
}

export type CollisionKind = 'target' | 'categoryTarget' | 'actual';

/** Two or more old values that would land on one new period of one indicator. */
export interface PeriodCollision {
  readonly indicatorId: string;
  readonly kind: CollisionKind;
  /** The new period they would all land on. */
  readonly periodId: ReportingPeriodId;
  /** The old periods they come from. */
  readonly from: readonly ReportingPeriodId[];
  readonly category?: string;
}

/** A value whose old period has no counterpart among the new periods. */
export interface UnplacedValue {
  readonly kind: 'target' | 'actual' | 'allocation';
  /** The indicator or the resource allocation holding it. */
  readonly ownerId: string;
  readonly from: ReportingPeriodId;
}

/** What happens to one old period and the values attached to it. */
export interface PeriodMove {
  readonly from: ReportingPeriod;
  /** True when a new period has the same dates: it stays, with its id and values. */
  readonly kept: boolean;
  readonly usage: PeriodUsage;
  /** Where its targets go (null: no new period contains its end). */
  readonly targetsTo: ReportingPeriodId | null;
  /** Where its actuals go, each by its own date: the distinct destinations. */
  readonly actualsTo: readonly ReportingPeriodId[];
  /** Where its resource allocations go (null: no new period contains its start). */
  readonly allocationsTo: ReportingPeriodId | null;
}

/** An indicator's period-keyed values after the change (only indicators that change). */
export interface IndicatorRemap {
  readonly id: string;
  readonly targets: Indicator['targets'];
  readonly targetsNotApplicable: Indicator['targetsNotApplicable'];
  readonly categoryTargets: Indicator['categoryTargets'];
  readonly actuals: Indicator['actuals'];
}

export interface PeriodChange {
  /** The new set, an old period's id kept where its dates are the same. */
  readonly periods: readonly NewPeriod[];
  /** Old periods not in the new set (their values move, they are then removed). */
  readonly removed: readonly ReportingPeriodId[];
  readonly moves: readonly PeriodMove[];
  readonly indicators: readonly IndicatorRemap[];
  readonly allocations: readonly { readonly id: string; readonly to: ReportingPeriodId }[];
  readonly collisions: readonly PeriodCollision[];
  readonly unplaced: readonly UnplacedValue[];
}

export interface PeriodChangeInput {
  /** The plan's current (live) periods. */
  readonly periods: readonly ReportingPeriod[];
  readonly indicators: readonly Indicator[];
  readonly resources: readonly ResourceAllocation[];
  /** The new set, each with the id it would get if it were new. */
  readonly next: readonly NewPeriod[];
}

const sameDates = (a: PeriodSpan, b: PeriodSpan) => a.start === b.start && a.end === b.end;
type PeriodKey = ReportingPeriodId;

/**
 * Plans the replacement of the plan's periods by `next`: where each value goes, which
 * periods are kept or removed, and what would collide or have nowhere to go. Pure: the
 * command applies it (and refuses while there are collisions or unplaced values), the
 * settings screen shows it as a preview.
 */
export function planPeriodChange(input: PeriodChangeInput): PeriodChange {
  const old = [...input.periods].sort((a, b) => compareIsoDates(a.start, b.start));
  const periods: NewPeriod[] = input.next.map((p) => {
    const same = old.find((o) => sameDates(o, p));
    return same ? { ...p, id: same.id } : p;
  });
  const keptIds = new Set(periods.map((p) => p.id as string));
  const oldById = new Map(old.map((p) => [p.id as string, p]));
  const containing = (date: IsoDate): PeriodKey | null => periodContaining(periods, date)?.id ?? null;
  const targetsTo = (p: ReportingPeriod): PeriodKey | null => (keptIds.has(p.id) ? p.id : containing(p.end));
  const allocationsTo = (p: ReportingPeriod): PeriodKey | null => (keptIds.has(p.id) ? p.id : containing(p.start));
  // An actual's date picks among the new periods inside its old period; a report dated
  // after the period (a figure for 2010-11 published in January 2012) stays with its end.
  const actualTo = (p: ReportingPeriod, date: IsoDate | null): PeriodKey | null => {
    if (keptIds.has(p.id)) return p.id;
    return (date !== null && periodContains(p, date) ? containing(date) : null) ?? containing(p.end);
  };

  const usage = periodUsage(input.indicators, input.resources);
  const collisions: PeriodCollision[] = [];
  const unplaced: UnplacedValue[] = [];
  const actualDestinations = new Map<string, Set<PeriodKey>>();
  const remaps: IndicatorRemap[] = [];

  for (const ind of input.indicators) {
    let changed = false;
    const targets: Record<string, number> = {};
    const notApplicable: Record<string, true> = {};
    const categoryTargets: Record<string, Record<string, number>> = {};
    const actuals: Record<string, Indicator['actuals'][PeriodKey]> = {};
    // Which old periods filled each new period's slot, to find collisions.
    const targetSources = new Map<PeriodKey, { from: PeriodKey[]; onlyNotApplicable: boolean }>();
    const categorySources = new Map<string, PeriodKey[]>();
    const actualSources = new Map<PeriodKey, PeriodKey[]>();

    const targetPeriods = new Set([...Object.keys(ind.targets), ...Object.keys(ind.targetsNotApplicable)]);
    for (const pid of targetPeriods) {
      const from = oldById.get(pid);
      const value = ind.targets[pid as PeriodKey];
      const na = ind.targetsNotApplicable[pid as PeriodKey] === true;
      // Values of a period that is not live (removed, or unknown after a merge) stay where they are.
      const to = from ? targetsTo(from) : (pid as PeriodKey);
      if (to === null) {
        unplaced.push({ kind: 'target', ownerId: ind.id, from: pid as PeriodKey });
        continue;
      }
      if (to !== pid) changed = true;
      const slot = targetSources.get(to) ?? { from: [], onlyNotApplicable: true };
      slot.from.push(pid as PeriodKey);
      slot.onlyNotApplicable &&= value === undefined;
      targetSources.set(to, slot);
      if (value !== undefined) targets[to] = value;
      if (na) notApplicable[to] = true;
    }
    for (const [to, slot] of targetSources) {
      // Two "not applicable" marks say the same thing; anything else would lose a figure.
      if (slot.from.length > 1 && !slot.onlyNotApplicable) collisions.push({ indicatorId: ind.id, kind: 'target', periodId: to, from: slot.from });
      // A period with a target is not also "not applicable".
      if (targets[to] !== undefined) delete notApplicable[to];
    }

    for (const [pid, byCategory] of Object.entries(ind.categoryTargets ?? {})) {
      const from = oldById.get(pid);
      const to = from ? targetsTo(from) : (pid as PeriodKey);
      if (to === null) {
        unplaced.push({ kind: 'target', ownerId: ind.id, from: pid as PeriodKey });
        continue;
      }
      if (to !== pid) changed = true;
      for (const [category, value] of Object.entries(byCategory)) {
        const key = `${to}\u0000${category}`;
        const sources = categorySources.get(key) ?? [];
        sources.push(pid as PeriodKey);
        categorySources.set(key, sources);
        (categoryTargets[to] ??= {})[category] = value;
      }
    }
    for (const [key, sources] of categorySources) {
      if (sources.length < 2) continue;
      const [to, category] = key.split('\u0000') as [PeriodKey, string];
      collisions.push({ indicatorId: ind.id, kind: 'categoryTarget', periodId: to, from: sources, category });
    }

    for (const [pid, actual] of Object.entries(ind.actuals)) {
      const from = oldById.get(pid);
      const to = from ? actualTo(from, actual.date) : (pid as PeriodKey);
      if (to === null) {
        unplaced.push({ kind: 'actual', ownerId: ind.id, from: pid as PeriodKey });
        continue;
      }
      if (to !== pid) changed = true;
      if (from) {
        let set = actualDestinations.get(pid);
        if (!set) actualDestinations.set(pid, (set = new Set()));
        set.add(to);
      }
      const sources = actualSources.get(to) ?? [];
      sources.push(pid as PeriodKey);
      actualSources.set(to, sources);
      actuals[to] = actual;
    }
    for (const [to, sources] of actualSources) if (sources.length > 1) collisions.push({ indicatorId: ind.id, kind: 'actual', periodId: to, from: sources });

    if (changed) {
      remaps.push({
        id: ind.id,
        targets,
        targetsNotApplicable: notApplicable,
        categoryTargets: ind.categoryTargets === undefined ? undefined : categoryTargets,
        actuals,
      });
    }
  }

  const allocations: { id: string; to: PeriodKey }[] = [];
  for (const r of input.resources) {
    const from = oldById.get(r.periodId);
    if (!from) continue;
    const to = allocationsTo(from);
    if (to === null) unplaced.push({ kind: 'allocation', ownerId: r.id, from: r.periodId });
    else if (to !== r.periodId) allocations.push({ id: r.id, to });
  }

  const noUsage: PeriodUsage = { targets: 0, actuals: 0, allocations: 0 };
  const moves: PeriodMove[] = old.map((p) => ({
    from: p,
    kept: keptIds.has(p.id),
    usage: usage.get(p.id) ?? noUsage,
    targetsTo: targetsTo(p),
    actualsTo: [...(actualDestinations.get(p.id) ?? [])].sort((a, b) => compareIsoDates(periods.find((q) => q.id === a)!.start, periods.find((q) => q.id === b)!.start)),
    allocationsTo: allocationsTo(p),
  }));

  return {
    periods,
    removed: old.filter((p) => !keptIds.has(p.id)).map((p) => p.id),
    moves,
    indicators: remaps,
    allocations,
    collisions,
    unplaced,
  };
}
