/**
 * Indicator progress: how far each indicator has come against its targets, per
 * reporting period and to date, and its status. Pure functions of the plan's data and
 * an "as of" date (statusDateOf); no clock is read here. The definitions follow
 * TolaData's, so figures compare with what monitoring officers already know.
 *
 * Values per period
 * - Levels: cumulative numbers, every percentage and every qualitative indicator (its
 *   values are stage indexes). Each period's target and actual is the level reached by
 *   the end of that period (a running total or a level). To date = the latest actual
 *   reported for a period that started by the as-of date, compared with that same
 *   period's target.
 * - Non-cumulative numbers: each period's values are for that period only. To date =
 *   the sum of the actuals of the periods measured so far against the sum of those
 *   periods' targets; the baseline counts once per period summed.
 *   A period is "measured" when it started by the as-of date and has both a target and
 *   an actual value.
 *
 * Achievement (a fraction: 1 = the target met), measured from the baseline B, for an
 * actual A and a target T
 * - increasing: (A − B) / (T − B); decreasing: (B − A) / (B − T).
 * - T equal to B (a "maintain" target): 1 if A is at T or beyond it in the good
 *   direction, else A / T (increasing) or T / A (decreasing), 0 where that ratio is not
 *   defined.
 * - No baseline: increasing indicators are measured from zero (A / T; T = 0 is a
 *   maintain target at zero). Decreasing ones use T / A: 1 or more when A ≤ T (A = 0
 *   counts as achieved, 1); below 1 when A > T > 0; when A > T and T ≤ 0 the baseline is
 *   needed to say how far the indicator has come, and it is not measured.
 * - Disaggregation categories have no baseline of their own: they are measured as an
 *   indicator without a baseline, with the indicator's direction and value rules.
 * - % of final target: the same formula with the final target as T and the latest
 *   measured actual as A (for non-cumulative numbers the final target is the value
 *   aimed at in the last period, like the sample's "hold at twelvefold").
 * Achievements are rounded to nine decimals, so 0.9 computed as 0.8999999999 is on track.
 *
 * Status, from the to-date achievement and the plan's thresholds (monitoringSettingsOf):
 * on track at or above `onTrack` (default 0.9), at risk at or above `atRisk` (default
 * 0.6), off track below. Not measured, with a reason, when no target is due yet (no
 * started period has a target), when targets are due but no actual is reported for
 * them, or when the baseline is needed (above). A period whose target is marked not
 * applicable has no status. A period that ended before the as-of date with a target
 * and no actual is flagged overdue, whatever the status.
 *
 * Roll-up to results, components and the plan (worst measured status wins, with the
 * counts per status): progress-rollup.ts. This module is the one to import.
 */
export * from './progress-indicator';
export * from './progress-rollup';
