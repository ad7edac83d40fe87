/**
 * The progress and status of one indicator, per period, to date and per category.
 * The definitions are in progress.ts's header; import from there.
 */
import type { IsoDate } from '../dates';
import type { Direction, Indicator, IndicatorId, MonitoringSettings, Plan, ReportingPeriod, ReportingPeriodId } from '../model';

export const INDICATOR_STATUSES = ['off_track', 'at_risk', 'on_track', 'not_measured'] as const;
/** Worst first, the order the screens list them in. */
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

export type NotMeasuredReason = 'no_target_due' | 'no_actual' | 'no_baseline';

/** On track at 90% of what was due, at risk at 60%: the plan's own thresholds replace them. */
export const DEFAULT_MONITORING: MonitoringSettings = { onTrack: 0.9, atRisk: 0.6 };

export function monitoringSettingsOf(plan: Pick<Plan, 'monitoring'>): MonitoringSettings {
  return plan.monitoring ?? DEFAULT_MONITORING;
}

/** What of the plan's view the progress of an indicator reads. */
export interface PeriodsOf {
  readonly periods: Readonly<Record<string, ReportingPeriod>>;
  readonly periodOrder: readonly ReportingPeriodId[];
}

export interface PeriodProgress {
  readonly periodId: ReportingPeriodId;
  readonly label: string;
  /** The period started on or before the as-of date. */
  readonly started: boolean;
  /** The target is marked not applicable: the period has no status. */
  readonly notApplicable: boolean;
  readonly target: number | null;
  readonly actual: number | null;
  readonly achievement: number | null;
  /** Null for a period whose target is not applicable. */
  readonly status: IndicatorStatus | null;
  readonly reason: NotMeasuredReason | null;
  /** Ended before the as-of date with a target and no actual. */
  readonly overdue: boolean;
}

export interface ToDateProgress {
  readonly status: IndicatorStatus;
  readonly reason: NotMeasuredReason | null;
  /** The actual compared (the latest level, or the sum of the periods measured). */
  readonly value: number | null;
  /** The target it is compared with. */
  readonly target: number | null;
  /** The baseline it is measured from (times the periods summed for non-cumulative numbers). */
  readonly baseline: number | null;
  readonly achievement: number | null;
  /** Progress from the baseline towards the final target, as a fraction. */
  readonly finalTargetShare: number | null;
  /** The periods the compared figures come from, in plan order. */
  readonly periodIds: readonly ReportingPeriodId[];
  /** Periods that ended before the as-of date with a target and no actual. */
  readonly overduePeriodIds: readonly ReportingPeriodId[];
}

export interface CategoryProgress {
  readonly category: string;
  readonly periods: readonly PeriodProgress[];
  readonly toDate: ToDateProgress;
}

export interface IndicatorProgress {
  readonly indicatorId: IndicatorId;
  /** True where each period's value is a level reached (cumulative, percentage, qualitative). */
  readonly levels: boolean;
  readonly periods: readonly PeriodProgress[];
  readonly toDate: ToDateProgress;
  /** One per disaggregation category that has a target or an actual. */
  readonly categories: readonly CategoryProgress[];
}

const round = (x: number): number => Math.round(x * 1e9) / 1e9;

/** Achievement measured from zero, where there is no baseline; null where it cannot be told. */
function fromZero(actual: number, target: number, direction: Direction): number | null {
  if (direction === 'increase') return target === 0 ? (actual >= 0 ? 1 : 0) : actual / target;
  if (actual <= target) return actual > 0 ? target / actual : 1;
  return target > 0 ? target / actual : null;
}

/**
 * The share of the way from the baseline to the target that the actual has come (see
 * the module header); null where it needs a baseline the indicator does not have.
 */
export function achievementOf(actual: number, target: number, baseline: number | null, direction: Direction): number | null {
  let value: number | null;
  if (baseline === null) value = fromZero(actual, target, direction);
  else if (target === baseline) {
    const met = direction === 'increase' ? actual >= target : actual <= target;
    if (met) value = 1;
    else {
      const ratio = direction === 'increase' ? (target > 0 ? actual / target : null) : actual > 0 && target > 0 ? target / actual : null;
      value = ratio ?? 0;
    }
  } else value = direction === 'increase' ? (actual - baseline) / (target - baseline) : (baseline - actual) / (baseline - target);
  return value === null || !Number.isFinite(value) ? null : round(value);
}

export function statusOf(achievement: number, settings: MonitoringSettings): Exclude<IndicatorStatus, 'not_measured'> {
  if (achievement >= settings.onTrack) return 'on_track';
  if (achievement >= settings.atRisk) return 'at_risk';
  return 'off_track';
}

/** An indicator's figures in one series: the whole indicator, or one category. */
interface Series {
  readonly target: (pid: ReportingPeriodId) => number | null;
  readonly actual: (pid: ReportingPeriodId) => number | null;
  readonly baseline: number | null;
  readonly finalTarget: number | null;
}

interface Context {
  readonly direction: Direction;
  readonly levels: boolean;
  readonly periods: readonly ReportingPeriod[];
  readonly notApplicable: (pid: ReportingPeriodId) => boolean;
  readonly asOf: IsoDate;
  readonly settings: MonitoringSettings;
}

function measure(achievement: number | null, reasonIfNull: NotMeasuredReason, settings: MonitoringSettings) {
  return achievement === null
    ? { status: 'not_measured' as const, reason: reasonIfNull }
    : { status: statusOf(achievement, settings), reason: null };
}

function periodsOf(series: Series, ctx: Context): PeriodProgress[] {
  // One object literal per period, with the same shape on every path: this runs for
  // every period of every indicator of the plan.
  return ctx.periods.map((period): PeriodProgress => {
    const notApplicable = ctx.notApplicable(period.id);
    const target = notApplicable ? null : series.target(period.id);
    const actual = series.actual(period.id);
    const started = period.start <= ctx.asOf;
    const overdue = target !== null && actual === null && period.end < ctx.asOf;
    let achievement: number | null = null;
    let status: IndicatorStatus | null;
    let reason: NotMeasuredReason | null = null;
    if (notApplicable) status = null;
    else if (target === null) {
      status = 'not_measured';
      reason = 'no_target_due';
    } else if (actual === null) {
      status = 'not_measured';
      reason = started ? 'no_actual' : 'no_target_due';
    } else {
      achievement = achievementOf(actual, target, series.baseline, ctx.direction);
      status = achievement === null ? 'not_measured' : statusOf(achievement, ctx.settings);
      if (achievement === null) reason = 'no_baseline';
    }
    return { periodId: period.id, label: period.label, started, notApplicable, target, actual, overdue, achievement, status, reason };
  });
}

function toDateOf(periods: readonly PeriodProgress[], series: Series, ctx: Context): ToDateProgress {
  const overduePeriodIds = periods.filter((p) => p.overdue).map((p) => p.periodId);
  const due = periods.filter((p) => p.started && p.target !== null);
  const measured = due.filter((p) => p.actual !== null);
  const empty = { value: null, target: null, baseline: series.baseline, achievement: null, finalTargetShare: null, periodIds: [], overduePeriodIds };
  if (due.length === 0) return { ...empty, status: 'not_measured', reason: 'no_target_due' };
  if (measured.length === 0) return { ...empty, status: 'not_measured', reason: 'no_actual' };

  const latest = measured[measured.length - 1]!;
  const compared = ctx.levels ? [latest] : measured;
  const value = round(compared.reduce((sum, p) => sum + p.actual!, 0));
  const target = round(compared.reduce((sum, p) => sum + p.target!, 0));
  const baseline = series.baseline === null ? null : round(series.baseline * compared.length);
  const achievement = achievementOf(value, target, baseline, ctx.direction);
  const finalTargetShare = series.finalTarget === null ? null : achievementOf(latest.actual!, series.finalTarget, series.baseline, ctx.direction);
  return {
    value,
    target,
    baseline,
    achievement,
    finalTargetShare,
    periodIds: compared.map((p) => p.periodId),
    overduePeriodIds,
    ...measure(achievement, 'no_baseline', ctx.settings),
  };
}

/** True where an indicator's period values are levels reached rather than amounts per period. */
export function valuesAreLevels(indicator: Pick<Indicator, 'cumulative' | 'measureType'>): boolean {
  return indicator.cumulative || indicator.measureType !== 'number';
}

/** The categories an indicator reports on: its disaggregation, then any others its figures name. */
function categoriesOf(indicator: Indicator): string[] {
  const seen = new Set<string>(indicator.disaggregation);
  for (const byCategory of Object.values(indicator.categoryTargets ?? {})) for (const c of Object.keys(byCategory)) seen.add(c);
  for (const actual of Object.values(indicator.actuals)) for (const c of Object.keys(actual.byCategory ?? {})) seen.add(c);
  return [...seen];
}

/**
 * An indicator's progress as of a date: per period, to date, and per disaggregation
 * category (those with a target or an actual in some period).
 */
export function indicatorProgress(indicator: Indicator, view: PeriodsOf, asOf: IsoDate, settings: MonitoringSettings): IndicatorProgress {
  const key = (pid: ReportingPeriodId) => pid as keyof Indicator['targets'];
  const ctx: Context = {
    direction: indicator.direction,
    levels: valuesAreLevels(indicator),
    periods: view.periodOrder.map((pid) => view.periods[pid]).filter((p): p is ReportingPeriod => p !== undefined),
    notApplicable: (pid) => indicator.targetsNotApplicable[key(pid)] === true,
    asOf,
    settings,
  };
  const whole: Series = {
    target: (pid) => indicator.targets[key(pid)] ?? null,
    actual: (pid) => indicator.actuals[key(pid)]?.value ?? null,
    baseline: indicator.baseline.value,
    finalTarget: indicator.finalTarget,
  };
  const periods = periodsOf(whole, ctx);
  const categories: CategoryProgress[] = [];
  for (const category of categoriesOf(indicator)) {
    const series: Series = {
      target: (pid) => indicator.categoryTargets?.[key(pid)]?.[category] ?? null,
      actual: (pid) => indicator.actuals[key(pid)]?.byCategory?.[category] ?? null,
      baseline: null,
      finalTarget: null,
    };
    const categoryPeriods = periodsOf(series, ctx);
    if (categoryPeriods.every((p) => p.target === null && p.actual === null)) continue;
    categories.push({ category, periods: categoryPeriods, toDate: toDateOf(categoryPeriods, series, ctx) });
  }
  return { indicatorId: indicator.id, levels: ctx.levels, periods, toDate: toDateOf(periods, whole, ctx), categories };
}
