/**
 * Indicator progress with worked examples: each case is computed by hand in its
 * comment, so a reader can check the definitions of shared/analysis/progress.ts.
 * Four yearly periods, 2010 to 2013.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  achievementOf,
  DEFAULT_MONITORING,
  indicatorProgress,
  monitoringSettingsOf,
  statusOf,
  type IndicatorProgress,
  type PeriodsOf,
} from '../../../shared/analysis/progress';
import type { Actual, Indicator, IndicatorId, MonitoringSettings, ReportingPeriod, ReportingPeriodId, ResultId } from '../../../shared/model';

const YEARS = ['2010', '2011', '2012', '2013'] as const;
type Year = (typeof YEARS)[number];
const pid = (year: Year) => `y${year}` as ReportingPeriodId;
const PERIODS: PeriodsOf = {
  periods: Object.fromEntries(
    YEARS.map((y): [string, ReportingPeriod] => [pid(y), { id: pid(y), label: y, start: `${y}-01-01`, end: `${y}-12-31`, deletedAt: null, deletedBy: null }]),
  ),
  periodOrder: YEARS.map(pid),
};

interface Spec {
  readonly baseline?: number | null;
  readonly targets?: Partial<Record<Year, number>>;
  readonly actuals?: Partial<Record<Year, number | Partial<Actual>>>;
  readonly notApplicable?: readonly Year[];
  readonly categoryTargets?: Partial<Record<Year, Record<string, number>>>;
  readonly finalTarget?: number | null;
  readonly fields?: Partial<Indicator>;
}

function byYear<T, U>(values: Partial<Record<Year, T>> | undefined, map: (v: T) => U): Record<ReportingPeriodId, U> {
  const out: Record<ReportingPeriodId, U> = {};
  for (const [year, v] of Object.entries(values ?? {}) as [Year, T][]) out[pid(year)] = map(v);
  return out;
}

function indicator(spec: Spec): Indicator {
  return {
    deletedAt: null,
    deletedBy: null,
    id: 'i_test' as IndicatorId,
    resultId: 'r_test' as ResultId,
    sortKey: 'm',
    definition: 'Test indicator',
    unitOfMeasure: 'countries',
    measureType: 'number',
    qualitativeStages: [],
    direction: 'increase',
    cumulative: false,
    baseline: { value: spec.baseline === undefined ? 10 : spec.baseline, date: '2009-12-31', source: 'Survey' },
    benchmark: { value: null, comparator: '' },
    targets: byYear(spec.targets, (v) => v),
    targetsNotApplicable: Object.fromEntries((spec.notApplicable ?? []).map((y) => [pid(y), true as const])),
    finalTarget: spec.finalTarget ?? null,
    meansOfVerification: { source: 'Report', method: 'Count', frequency: 'Annual', collectedBy: 'Unit' },
    disaggregation: [],
    categoryTargets: spec.categoryTargets ? byYear(spec.categoryTargets, (v) => v) : undefined,
    actuals: byYear(spec.actuals, (v): Actual => ({ value: null, date: null, evidence: '', link: '', ...(typeof v === 'number' ? { value: v } : v) })),
    illustrative: false,
    ...spec.fields,
  };
}

const progress = (spec: Spec, asOf = '2012-03-01', settings: MonitoringSettings = DEFAULT_MONITORING): IndicatorProgress =>
  indicatorProgress(indicator(spec), PERIODS, asOf, settings);
const period = (p: IndicatorProgress, year: Year) => p.periods.find((x) => x.periodId === pid(year))!;
const close = (value: number | null, expected: number) => expect(value).toBeCloseTo(expected, 6);

describe('increasing indicators', () => {
  it('non-cumulative: each period on its own; to date sums the periods measured, with the baseline once per period', () => {
    // Baseline 10 a year. 2010: (18 − 10) / (20 − 10) = 0.8; 2011: (16 − 10) / (20 − 10) = 0.6.
    // To date (2012 started but not reported): (34 − 20) / (40 − 20) = 0.7, at risk.
    const p = progress({ targets: { 2010: 20, 2011: 20, 2012: 20 }, actuals: { 2010: 18, 2011: 16 }, finalTarget: 20 });
    expect(p.levels).toBe(false);
    close(period(p, '2010').achievement, 0.8);
    expect(period(p, '2010').status).toBe('at_risk');
    close(period(p, '2011').achievement, 0.6);
    expect(period(p, '2012')).toMatchObject({ started: true, status: 'not_measured', reason: 'no_actual', overdue: false });
    expect(period(p, '2013')).toMatchObject({ started: false, status: 'not_measured', reason: 'no_target_due' });
    expect(p.toDate).toMatchObject({ value: 34, target: 40, baseline: 20, status: 'at_risk', reason: null, periodIds: [pid('2010'), pid('2011')] });
    close(p.toDate.achievement, 0.7);
    // % of final target: the latest period's 16 against 20, from 10: 0.6.
    close(p.toDate.finalTargetShare, 0.6);
  });

  it('cumulative: each value is the level reached; to date is the latest actual against its own period target', () => {
    // Baseline 5. Latest reported is 2011: (7 − 5) / (8 − 5) = 0.667, at risk; final target 12: 2 / 7.
    const p = progress({ baseline: 5, targets: { 2010: 6, 2011: 8, 2012: 10, 2013: 12 }, actuals: { 2010: 6, 2011: 7 }, finalTarget: 12, fields: { cumulative: true } });
    expect(p.levels).toBe(true);
    expect(period(p, '2010')).toMatchObject({ achievement: 1, status: 'on_track' });
    expect(p.toDate).toMatchObject({ value: 7, target: 8, baseline: 5, status: 'at_risk', periodIds: [pid('2011')] });
    close(p.toDate.achievement, 2 / 3);
    close(p.toDate.finalTargetShare, 2 / 7);
  });

  it('cumulative: an actual beyond the target gives more than 1, on track', () => {
    const p = progress({ baseline: 5, targets: { 2010: 7 }, actuals: { 2010: 8 }, fields: { cumulative: true } });
    close(p.toDate.achievement, 1.5);
    expect(p.toDate.status).toBe('on_track');
  });

  it('going backwards from the baseline is a negative achievement, off track', () => {
    const p = progress({ baseline: 10, targets: { 2010: 20 }, actuals: { 2010: 8 }, fields: { cumulative: true } });
    close(p.toDate.achievement, -0.2);
    expect(p.toDate.status).toBe('off_track');
  });
});

describe('decreasing indicators', () => {
  const decrease = { direction: 'decrease' } as const;

  it('non-cumulative: (B − A) / (B − T) per period, and on the sums to date', () => {
    // Baseline 100 a year. 2010: (100 − 90) / (100 − 80) = 0.5 off track; 2011: (100 − 70) / (100 − 60) = 0.75 at risk.
    // To date: (200 − 160) / (200 − 140) = 0.667, at risk.
    const p = progress({ baseline: 100, targets: { 2010: 80, 2011: 60 }, actuals: { 2010: 90, 2011: 70 }, fields: decrease });
    close(period(p, '2010').achievement, 0.5);
    expect(period(p, '2010').status).toBe('off_track');
    close(period(p, '2011').achievement, 0.75);
    expect(p.toDate).toMatchObject({ value: 160, target: 140, baseline: 200, status: 'at_risk' });
    close(p.toDate.achievement, 2 / 3);
  });

  it('cumulative (a level that should fall): the latest level against its period target', () => {
    // Countries with a restrictive law, baseline 40. By 2011: (40 − 33) / (40 − 32) = 0.875, at risk;
    // as of the end of 2010 only 2010 counts: (40 − 37) / (40 − 36) = 0.75.
    const spec: Spec = { baseline: 40, targets: { 2010: 36, 2011: 32, 2012: 28 }, actuals: { 2010: 37, 2011: 33 }, finalTarget: 28, fields: { ...decrease, cumulative: true } };
    const p = progress(spec);
    expect(p.toDate).toMatchObject({ value: 33, target: 32, status: 'at_risk', periodIds: [pid('2011')] });
    close(p.toDate.achievement, 0.875);
    close(p.toDate.finalTargetShare, 7 / 12);
    const earlier = progress(spec, '2010-12-31');
    expect(earlier.toDate).toMatchObject({ value: 37, target: 36, periodIds: [pid('2010')] });
    close(earlier.toDate.achievement, 0.75);
    expect(earlier.periods.find((x) => x.periodId === pid('2011'))!.started).toBe(false);
  });

  it('a level at or below the target is achieved, 1 or more', () => {
    const p = progress({ baseline: 40, targets: { 2010: 36 }, actuals: { 2010: 30 }, fields: { ...decrease, cumulative: true } });
    close(p.toDate.achievement, 2.5);
    expect(p.toDate.status).toBe('on_track');
  });
});

describe('percentages and qualitative stages are levels, never summed', () => {
  it('a percentage marked non-cumulative still compares the latest value', () => {
    // 16.7 → 45: (40 − 16.7) / (45 − 16.7) = 0.823, at risk; not 69.2 against 75.
    const p = progress({ baseline: 16.7, targets: { 2010: 30, 2011: 45 }, actuals: { 2010: 29.2, 2011: 40 }, fields: { measureType: 'percentage', cumulative: false } });
    expect(p.levels).toBe(true);
    expect(p.toDate).toMatchObject({ value: 40, target: 45, baseline: 16.7, status: 'at_risk' });
    close(p.toDate.achievement, 23.3 / 28.3);
    // 2010: (29.2 − 16.7) / (30 − 16.7) = 0.94, on track.
    expect(period(p, '2010').status).toBe('on_track');
  });

  it('qualitative: stage indexes with the same formula', () => {
    const stages: Partial<Indicator> = { measureType: 'qualitative', qualitativeStages: ['None', 'Drafted', 'Consulted', 'Adopted', 'Reviewed'] };
    // Stage 0 → 3: reaching stage 2 is 2 / 3, at risk; stage 3 is on track.
    const atRisk = progress({ baseline: 0, targets: { 2011: 3 }, actuals: { 2011: 2 }, fields: stages });
    close(atRisk.toDate.achievement, 2 / 3);
    expect(atRisk.toDate.status).toBe('at_risk');
    expect(progress({ baseline: 0, targets: { 2011: 3 }, actuals: { 2011: 3 }, fields: stages }).toDate.status).toBe('on_track');
    // From stage 1 to 3, still at 1: 0, off track.
    expect(progress({ baseline: 1, targets: { 2011: 3 }, actuals: { 2011: 1 }, fields: stages }).toDate).toMatchObject({ achievement: 0, status: 'off_track' });
  });
});

describe('a missing baseline', () => {
  it('measures an increasing indicator from zero: A / T', () => {
    const p = progress({ baseline: null, targets: { 2010: 20 }, actuals: { 2010: 19 } });
    close(p.toDate.achievement, 0.95);
    expect(p.toDate).toMatchObject({ baseline: null, status: 'on_track' });
  });

  it('sums a non-cumulative indicator from zero: (12 + 6) / (20 + 20) = 0.45, off track', () => {
    const p = progress({ baseline: null, targets: { 2010: 20, 2011: 20 }, actuals: { 2010: 12, 2011: 6 } });
    close(p.toDate.achievement, 0.45);
    expect(p.toDate.status).toBe('off_track');
  });

  it('measures a decreasing indicator as T / A: at most the target is achieved, A = 0 counts as achieved', () => {
    const decrease = (actual: number, target = 10) => progress({ baseline: null, targets: { 2010: target }, actuals: { 2010: actual }, fields: { direction: 'decrease' } }).toDate;
    close(decrease(12).achievement, 10 / 12);
    expect(decrease(12).status).toBe('at_risk');
    close(decrease(8).achievement, 1.25);
    expect(decrease(0)).toMatchObject({ achievement: 1, status: 'on_track' });
    expect(decrease(0, 0)).toMatchObject({ achievement: 1, status: 'on_track' });
  });

  it('needs the baseline to measure a decreasing indicator above a target of zero', () => {
    const p = progress({ baseline: null, targets: { 2010: 0 }, actuals: { 2010: 3 }, fields: { direction: 'decrease' } });
    expect(p.toDate).toMatchObject({ status: 'not_measured', reason: 'no_baseline', achievement: null, value: 3, target: 0 });
    expect(period(p, '2010')).toMatchObject({ status: 'not_measured', reason: 'no_baseline' });
    // With a baseline it is measured: (5 − 3) / (5 − 0) = 0.4.
    close(progress({ baseline: 5, targets: { 2010: 0 }, actuals: { 2010: 3 }, fields: { direction: 'decrease' } }).toDate.achievement, 0.4);
  });
});

describe('a maintain target (target equal to the baseline)', () => {
  it('increasing: 1 at or above the target, else A / T', () => {
    const maintain = (actual: number) => progress({ baseline: 12, targets: { 2010: 12 }, actuals: { 2010: actual } }).toDate;
    expect(maintain(12)).toMatchObject({ achievement: 1, status: 'on_track' });
    expect(maintain(13)).toMatchObject({ achievement: 1, status: 'on_track' });
    close(maintain(10.5).achievement, 0.875);
    expect(maintain(10.5).status).toBe('at_risk');
  });

  it('non-cumulative: the sums keep the target equal to the baseline (24 against 24)', () => {
    const p = progress({ baseline: 12, targets: { 2010: 12, 2011: 12 }, actuals: { 2010: 13, 2011: 9 } });
    expect(p.toDate).toMatchObject({ value: 22, target: 24, baseline: 24 });
    close(p.toDate.achievement, 22 / 24);
  });

  it('decreasing: 1 at or below the target, else T / A; 0 where no ratio can be formed', () => {
    const maintain = (actual: number, level = 5) => progress({ baseline: level, targets: { 2010: level }, actuals: { 2010: actual }, fields: { direction: 'decrease' } }).toDate;
    expect(maintain(4).achievement).toBe(1);
    close(maintain(6).achievement, 5 / 6);
    expect(maintain(2, 0)).toMatchObject({ achievement: 0, status: 'off_track' });
  });
});

describe('thresholds', () => {
  it('defaults to on track at 0.9 and at risk at 0.6 of what was due', () => {
    expect(monitoringSettingsOf({})).toEqual({ onTrack: 0.9, atRisk: 0.6 });
    expect([statusOf(0.9, DEFAULT_MONITORING), statusOf(0.8999, DEFAULT_MONITORING), statusOf(0.6, DEFAULT_MONITORING), statusOf(0.5999, DEFAULT_MONITORING)]).toEqual([
      'on_track', 'at_risk', 'at_risk', 'off_track',
    ]);
  });

  it("uses the plan's own thresholds", () => {
    const settings = monitoringSettingsOf({ monitoring: { onTrack: 0.75, atRisk: 0.5 } });
    expect(settings).toEqual({ onTrack: 0.75, atRisk: 0.5 });
    const spec: Spec = { targets: { 2010: 20 }, actuals: { 2010: 18 } }; // 0.8
    expect(progress(spec).toDate.status).toBe('at_risk');
    expect(progress(spec, '2012-03-01', settings).toDate.status).toBe('on_track');
    expect(progress({ targets: { 2010: 20 }, actuals: { 2010: 15.5 } }, '2012-03-01', settings).toDate.status).toBe('at_risk'); // 0.55
  });

  it('is not fooled by floating point: 0.9 computed as 0.8999999999 is on track', () => {
    expect(achievementOf(0.3, 0.33, 0.03, 'increase')).toBe(0.9);
    expect(statusOf(achievementOf(0.3, 0.33, 0.03, 'increase')!, DEFAULT_MONITORING)).toBe('on_track');
  });
});

describe('not measured, and why', () => {
  it('no target at all, or none in a period started by the as-of date: no target due yet', () => {
    expect(progress({}).toDate).toMatchObject({ status: 'not_measured', reason: 'no_target_due' });
    const future = progress({ targets: { 2013: 20 }, actuals: { 2013: 20 } });
    expect(future.toDate).toMatchObject({ status: 'not_measured', reason: 'no_target_due', value: null });
  });

  it('targets due but no actual: no actual yet, and a period that ended without one is overdue', () => {
    const p = progress({ targets: { 2011: 20, 2012: 20 } });
    expect(p.toDate).toMatchObject({ status: 'not_measured', reason: 'no_actual', overduePeriodIds: [pid('2011')] });
    expect(period(p, '2011').overdue).toBe(true);
    expect(period(p, '2012').overdue).toBe(false);
  });

  it('flags an overdue period even when an earlier one gives the status', () => {
    const p = progress({ targets: { 2010: 20, 2011: 20 }, actuals: { 2010: 20 } });
    expect(p.toDate).toMatchObject({ status: 'on_track', periodIds: [pid('2010')], overduePeriodIds: [pid('2011')] });
  });

  it('an actual whose value is still empty counts as no actual', () => {
    const p = progress({ targets: { 2010: 20 }, actuals: { 2010: { value: null, evidence: 'Survey under way' } } });
    expect(p.toDate).toMatchObject({ status: 'not_measured', reason: 'no_actual' });
  });

  it('a period whose target is not applicable has no status and is never overdue', () => {
    const p = progress({ targets: { 2010: 20, 2011: 30 }, notApplicable: ['2011'], actuals: { 2010: 20 } });
    expect(period(p, '2011')).toMatchObject({ notApplicable: true, target: null, status: null, reason: null, overdue: false });
    expect(p.toDate).toMatchObject({ status: 'on_track', overduePeriodIds: [] });
    expect(progress({ notApplicable: ['2010', '2011'] }).toDate).toMatchObject({ status: 'not_measured', reason: 'no_target_due' });
  });
});

describe('disaggregation categories', () => {
  const regional: Spec = {
    baseline: 5,
    targets: { 2010: 8 },
    fields: { cumulative: true, disaggregation: ['Africa', 'Americas', 'Europe', 'Arab States'] },
    categoryTargets: { 2010: { Africa: 2, Americas: 1, Europe: 5, 'Arab States': 0 } },
    actuals: { 2010: { value: 7, byCategory: { Africa: 1, Americas: 0, Europe: 6, 'Arab States': 0 } } },
  };

  it('measures each category from zero, with the same rules and thresholds', () => {
    const p = progress(regional);
    const byName = Object.fromEntries(p.categories.map((c) => [c.category, c.toDate]));
    expect(Object.keys(byName)).toEqual(['Africa', 'Americas', 'Europe', 'Arab States']);
    expect(byName.Africa).toMatchObject({ value: 1, target: 2, achievement: 0.5, status: 'off_track', baseline: null });
    expect(byName.Americas).toMatchObject({ achievement: 0, status: 'off_track' });
    expect(byName.Europe).toMatchObject({ achievement: 1.2, status: 'on_track' });
    // A target of zero met: a maintain target at zero.
    expect(byName['Arab States']).toMatchObject({ achievement: 1, status: 'on_track' });
    // The whole indicator keeps its baseline: (7 − 5) / (8 − 5).
    close(p.toDate.achievement, 2 / 3);
  });

  it('leaves out categories with no figure, and says which periods lack a category actual', () => {
    const p = progress({ ...regional, fields: { ...regional.fields, disaggregation: ['Africa', 'Asia'] }, categoryTargets: { 2010: { Africa: 2 }, 2011: { Africa: 3 } } });
    expect(p.categories.map((c) => c.category)).toEqual(['Africa', 'Americas', 'Europe', 'Arab States']);
    const africa = p.categories[0]!;
    expect(africa.periods.map((x) => x.status)).toEqual(['off_track', 'not_measured', 'not_measured', 'not_measured']);
    expect(africa.toDate.overduePeriodIds).toEqual([pid('2011')]);
  });
});

describe('a better actual never gives a worse status (property)', () => {
  // Thresholds up to 1 (a share of what was due); the schema allows up to 2.
  const rank = { off_track: 0, at_risk: 1, on_track: 2, not_measured: -1 } as const;
  const settings = fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([a, b]): MonitoringSettings => ({ onTrack: Math.max(a, b), atRisk: Math.min(a, b) }));
  const value = fc.integer({ min: 0, max: 1000 });

  it.each([
    ['increase', false],
    ['increase', true],
    ['decrease', false],
    ['decrease', true],
  ] as const)('%s, cumulative %s, with or without a baseline', (direction, cumulative) => {
    fc.assert(
      fc.property(value, value, value, value, fc.boolean(), settings, (baseline, gap, a, b, hasBaseline, thresholds) => {
        // Targets on the good side of the baseline (or equal to it: maintain).
        const target = direction === 'increase' ? baseline + gap : Math.max(0, baseline - gap);
        const [worse, better] = direction === 'increase' ? [Math.min(a, b), Math.max(a, b)] : [Math.max(a, b), Math.min(a, b)];
        const run = (actual: number) =>
          progress({ baseline: hasBaseline ? baseline : null, targets: { 2010: target }, actuals: { 2010: actual }, fields: { direction, cumulative } }, '2012-03-01', thresholds).toDate;
        const w = run(worse);
        const bt = run(better);
        // Without a baseline a decreasing actual of 0 counts as achieved, 1, where T / A of a
        // small positive actual is more: only the status is monotonic there.
        const zeroAchieved = direction === 'decrease' && !hasBaseline && better === 0;
        if (w.achievement !== null && bt.achievement !== null && !zeroAchieved) expect(bt.achievement).toBeGreaterThanOrEqual(w.achievement);
        // Not measured only where the baseline is needed, and never for the better of two actuals when the worse is measured.
        if (w.status !== 'not_measured') expect(rank[bt.status]).toBeGreaterThanOrEqual(rank[w.status]);
      }),
      { numRuns: 300 },
    );
  });
});
