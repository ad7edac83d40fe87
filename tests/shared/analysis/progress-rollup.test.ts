/**
 * Indicator status rolled up to results, components and the plan, and the dashboard's
 * filters, on a small plan built through the real document view:
 *
 *   g goal (no component)
 *   ├─ o1 outcome (C1)   i_o1 at risk
 *   │  ├─ p1 output      i_p1 on track
 *   │  │  └─ a1 activity (no indicator)
 *   │  └─ p2 output      i_p2 off track
 *   └─ o2 outcome (C2)   i_o2 on track
 *      └─ p3 output      i_p3 not measured (no actual yet)
 */
import { describe, expect, it } from 'vitest';
import { NO_COMPONENT, NO_PROGRESS_FILTER, planProgress, resultsMatching, rollUp, summarise, type StatusCounts } from '../../../shared/analysis/progress';
import type { Actual, ComponentId, Indicator, PlanData, StrategicObjectiveId, UnitId } from '../../../shared/model';
import { blankData } from '../../fixtures/plans';
import { indicator, result, roles, viewOf } from './quality-plans';

const LIVE = { deletedAt: null, deletedBy: null } as const;
const C1 = 'c_one' as ComponentId;
const C2 = 'c_two' as ComponentId;
const SO1 = 'o_so1' as StrategicObjectiveId;
const SO2 = 'o_so2' as StrategicObjectiveId;
const LEAD = 'u_lead' as UnitId;
const FIELD = 'u_field' as UnitId;
const AS_OF = '2011-06-30';

/** Baseline 5, target 10 in 2010 (quality-plans' indicator): 10 is on track, 8 at risk (0.6), 6 off track (0.2). */
function measured(id: string, resultId: string, data: PlanData, actual2010: number | null): Indicator {
  const base = indicator(id, resultId, data);
  const first = data.periods[0]!.id;
  const actuals = actual2010 === null ? {} : { [first]: { value: actual2010, date: '2011-01-15', evidence: 'Report', link: '' } satisfies Actual };
  return { ...base, actuals };
}

function plan(): PlanData {
  const data = blankData();
  data.components = [
    { ...LIVE, id: C1, code: 'C1', name: 'Component one', description: '', sortKey: 'a' },
    { ...LIVE, id: C2, code: 'C2', name: 'Component two', description: '', sortKey: 'b' },
  ];
  data.objectives = [
    { ...LIVE, id: SO1, code: 'SO1', title: 'Objective one', sortKey: 'a' },
    { ...LIVE, id: SO2, code: 'SO2', title: 'Objective two', sortKey: 'b' },
  ];
  data.units = [
    { ...LIVE, id: LEAD, code: 'LEAD', name: 'Lead unit', kind: 'department', parentId: null },
    { ...LIVE, id: FIELD, code: 'FIELD', name: 'Field office', kind: 'country_office', parentId: null },
  ];
  data.results = [
    result('g', 'goal', null, 'm', { objectiveTags: { [SO1]: 'principal', [SO2]: 'significant' } }),
    result('o1', 'outcome', 'g', 'a', { componentId: C1, objectiveTags: { [SO1]: 'principal' } }),
    result('p1', 'output', 'o1', 'a', { componentId: C1, objectiveTags: { [SO1]: 'significant' } }),
    result('a1', 'activity', 'p1', 'a', { componentId: C1 }),
    result('p2', 'output', 'o1', 'b', { componentId: C1 }),
    result('o2', 'outcome', 'g', 'b', { componentId: C2, objectiveTags: { [SO2]: 'principal' } }),
    result('p3', 'output', 'o2', 'a', { componentId: C2, objectiveTags: { [SO2]: 'principal' } }),
  ];
  data.indicators = [
    measured('i_o1', 'o1', data, 8),
    measured('i_p1', 'p1', data, 10),
    measured('i_p2', 'p2', data, 6),
    measured('i_o2', 'o2', data, 10),
    measured('i_p3', 'p3', data, null),
  ];
  data.responsibilities = [
    ...roles('g', [LEAD, 'A']),
    ...roles('o1', [LEAD, 'A'], [FIELD, 'C']),
    ...roles('p2', [LEAD, 'R']),
    ...roles('o2', [FIELD, 'A']),
    ...roles('p3', [FIELD, 'R'], [LEAD, 'I']),
  ];
  return data;
}

const counts = (off_track: number, at_risk: number, on_track: number, not_measured: number): StatusCounts => ({ off_track, at_risk, on_track, not_measured });

describe('rollUp', () => {
  it('is off track if any is, else at risk if any is, else on track if any is measured, else not measured', () => {
    expect(rollUp(['on_track', 'at_risk', 'off_track', 'not_measured']).status).toBe('off_track');
    expect(rollUp(['on_track', 'at_risk', 'not_measured']).status).toBe('at_risk');
    expect(rollUp(['on_track', 'not_measured', 'not_measured']).status).toBe('on_track');
    expect(rollUp(['not_measured']).status).toBe('not_measured');
    expect(rollUp([])).toEqual({ status: 'not_measured', counts: counts(0, 0, 0, 0), total: 0 });
    expect(rollUp(['on_track', 'at_risk', 'at_risk']).counts).toEqual(counts(0, 2, 1, 0));
  });
});

describe('planProgress', () => {
  const view = viewOf(plan());
  const progress = planProgress(view, AS_OF);

  it('computes every indicator as of the date, with the default thresholds', () => {
    expect(progress.asOf).toBe(AS_OF);
    expect(progress.settings).toEqual({ onTrack: 0.9, atRisk: 0.6 });
    const status = (id: string) => progress.indicators[id]!.toDate.status;
    expect(['i_o1', 'i_p1', 'i_p2', 'i_o2', 'i_p3'].map(status)).toEqual(['at_risk', 'on_track', 'off_track', 'on_track', 'not_measured']);
  });

  it('rolls up to each result its own indicators and those of the results under it', () => {
    expect(progress.results.p1).toEqual({ status: 'on_track', counts: counts(0, 0, 1, 0), total: 1 });
    expect(progress.results.a1).toEqual({ status: 'not_measured', counts: counts(0, 0, 0, 0), total: 0 });
    expect(progress.results.o1).toEqual({ status: 'off_track', counts: counts(1, 1, 1, 0), total: 3 });
    expect(progress.results.p3).toEqual({ status: 'not_measured', counts: counts(0, 0, 0, 1), total: 1 });
    expect(progress.results.o2).toEqual({ status: 'on_track', counts: counts(0, 0, 1, 1), total: 2 });
    expect(progress.results.g).toEqual({ status: 'off_track', counts: counts(1, 1, 2, 1), total: 5 });
  });

  it('rolls up to each component and the whole plan', () => {
    expect(progress.components[C1]).toEqual({ status: 'off_track', counts: counts(1, 1, 1, 0), total: 3 });
    expect(progress.components[C2]).toEqual({ status: 'on_track', counts: counts(0, 0, 1, 1), total: 2 });
    expect(progress.components[NO_COMPONENT]).toBeUndefined();
    expect(progress.plan).toEqual({ status: 'off_track', counts: counts(1, 1, 2, 1), total: 5 });
  });

  it("follows the plan's thresholds", () => {
    const data = plan();
    data.plan.monitoring = { onTrack: 0.5, atRisk: 0.1 };
    const relaxed = planProgress(viewOf(data), AS_OF);
    expect(relaxed.indicators.i_o1!.toDate.status).toBe('on_track');
    expect(relaxed.indicators.i_p2!.toDate.status).toBe('at_risk');
    expect(relaxed.results.o1!.status).toBe('at_risk');
  });

  it('puts results filed under no component in their own group', () => {
    const data = plan();
    data.indicators.push(measured('i_g', 'g', data, 10));
    const p = planProgress(viewOf(data), AS_OF);
    expect(p.components[NO_COMPONENT]).toEqual({ status: 'on_track', counts: counts(0, 0, 1, 0), total: 1 });
  });
});

describe('filters', () => {
  const view = viewOf(plan());
  const progress = planProgress(view, AS_OF);
  const sorted = (ids: Set<string> | null) => (ids ? [...ids].sort() : null);

  it('keeps every result without a filter', () => {
    expect(resultsMatching(view, NO_PROGRESS_FILTER)).toBeNull();
    const all = summarise(view, progress.indicators, null);
    expect(all.all).toEqual(progress.plan);
    expect(all.indicatorIds).toEqual(['i_o1', 'i_p1', 'i_p2', 'i_o2', 'i_p3']);
  });

  it('by unit: results it is responsible or accountable for, not those it is consulted or informed on', () => {
    expect(sorted(resultsMatching(view, { unitId: LEAD, objectiveId: '' }))).toEqual(['g', 'o1', 'p2']);
    expect(sorted(resultsMatching(view, { unitId: FIELD, objectiveId: '' }))).toEqual(['o2', 'p3']);
    const field = summarise(view, progress.indicators, resultsMatching(view, { unitId: FIELD, objectiveId: '' }));
    expect(field.indicatorIds).toEqual(['i_o2', 'i_p3']);
    expect(field.all).toEqual({ status: 'on_track', counts: counts(0, 0, 1, 1), total: 2 });
    expect(Object.keys(field.components)).toEqual([C2]);
  });

  it('by strategic objective, principal or significant, and by both together', () => {
    expect(sorted(resultsMatching(view, { unitId: '', objectiveId: SO1 }))).toEqual(['g', 'o1', 'p1']);
    const so1 = summarise(view, progress.indicators, resultsMatching(view, { unitId: '', objectiveId: SO1 }));
    expect(so1.all).toEqual({ status: 'at_risk', counts: counts(0, 1, 1, 0), total: 2 });
    expect(sorted(resultsMatching(view, { unitId: LEAD, objectiveId: SO1 }))).toEqual(['g', 'o1']);
    expect(sorted(resultsMatching(view, { unitId: FIELD, objectiveId: SO1 }))).toEqual([]);
  });
});
