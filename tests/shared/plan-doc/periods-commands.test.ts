import { describe, expect, it } from 'vitest';
import { generatePeriods } from '../../../shared/analysis/periods';
import type { Indicator, IndicatorId, ReportingPeriodId, ResourceAllocationId, ResultId } from '../../../shared/model';
import type {
  PlanSession} from '../../../shared/plan-doc';
import {
  addEntity,
  addPeriod,
  addResult,
  blankIndicator,
  CommandError,
  deletePeriod,
  setReportingPeriods,
  updatePeriod,
  type PeriodInput,
} from '../../../shared/plan-doc';
import { newSession } from '../../fixtures/plans';

const rid = (s: string) => s as ResultId;
const pid = (s: string) => s as ReportingPeriodId;

/** The test plan (2010-15, yearly periods from blankPlanData) re-cut into the sample's biennia, one output with indicators. */
function plan(): { s: PlanSession; b: ReportingPeriodId[] } {
  const s = newSession();
  const biennia: PeriodInput[] = generatePeriods('2010-01-01', '2015-12-31', 'biennium').map((p, i) => ({ ...p, id: pid(`d_b${i}`) }));
  s.run(setReportingPeriods, { periods: biennia });
  s.run(addResult, { id: rid('g'), parentId: null, statement: 'Goal' });
  s.run(addResult, { id: rid('o'), parentId: rid('g'), statement: 'Outcome' });
  return { s, b: s.view.periodOrder.slice() };
}

function addIndicator(s: PlanSession, id: string, fields: Partial<Indicator>): void {
  s.run(addEntity, { collection: 'indicators', entity: { ...blankIndicator(id as IndicatorId, rid('o'), `a${id}`, `Indicator ${id}`), ...fields } });
}

function addAllocation(s: PlanSession, id: string, periodId: ReportingPeriodId): void {
  s.run(addEntity, {
    collection: 'resources',
    entity: { id: id as ResourceAllocationId, resultId: rid('o'), periodId, source: 'regular_budget', amount: 1000, currency: 'USD', status: 'planned', note: '', deletedAt: null, deletedBy: null },
  });
}

const labels = (s: PlanSession) => s.view.periodOrder.map((id) => s.view.periods[id]!.label);
const labelOf = (s: PlanSession, id: string) => s.view.periods[id]?.label;
const refused = (s: PlanSession, run: () => unknown, code: string, params?: Record<string, unknown>) => {
  const view = s.view;
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(CommandError);
  expect((error as CommandError).code).toBe(code);
  if (params) expect((error as CommandError).params).toMatchObject(params);
  expect(s.view).toBe(view);
};

describe('setReportingPeriods', () => {
  it('regenerates biennia as years, moving targets, actuals and allocations to where they belong, as one undoable edit', () => {
    const { s, b } = plan();
    addIndicator(s, 'i1', {
      targets: { [b[0]!]: 8, [b[1]!]: 10 },
      disaggregation: ['Africa'],
      categoryTargets: { [b[0]!]: { Africa: 3 } },
      actuals: { [b[0]!]: { value: 7, date: '2011-12-15', evidence: 'GB.313 report', link: 'https://example.org/r', byCategory: { Africa: 2 } } },
    });
    addAllocation(s, 'a1', b[0]!);
    const before = s.view;
    const years = generatePeriods('2010-01-01', '2015-12-31', 'year').map((p, i) => ({ ...p, id: pid(`d_y${i}`) }));
    s.run(setReportingPeriods, { periods: years });

    expect(labels(s)).toEqual(['2010', '2011', '2012', '2013', '2014', '2015']);
    const ind = s.view.indicators['i1']!;
    expect(Object.entries(ind.targets).map(([k, v]) => [labelOf(s, k), v])).toEqual([
      ['2011', 8],
      ['2013', 10],
    ]);
    expect(Object.keys(ind.categoryTargets!).map((k) => labelOf(s, k))).toEqual(['2011']);
    expect(Object.entries(ind.actuals).map(([k, a]) => [labelOf(s, k), a.value, a.evidence, a.byCategory])).toEqual([['2011', 7, 'GB.313 report', { Africa: 2 }]]);
    expect(labelOf(s, s.view.resources['a1']!.periodId)).toBe('2010');
    for (const old of b) expect(s.view.periods[old]).toBeUndefined();
    expect(s.undoLabel()).toEqual({ key: 'planSettings.history.setPeriods' });

    s.undo();
    expect(labels(s)).toEqual(['2010-11', '2012-13', '2014-15']);
    expect(s.view.indicators['i1']).toEqual(before.indicators['i1']);
    expect(s.view.resources['a1']).toEqual(before.resources['a1']);
    s.redo();
    expect(labelOf(s, s.view.resources['a1']!.periodId)).toBe('2010');
  });

  it('keeps a period whose dates do not change, with its id, renaming it to the new label', () => {
    const { s, b } = plan();
    addIndicator(s, 'i1', { targets: { [b[0]!]: 8 } });
    const next: PeriodInput[] = [
      { id: pid('d_new0'), label: 'First biennium', start: '2010-01-01', end: '2011-12-31' },
      ...generatePeriods('2012-01-01', '2015-12-31', 'year').map((p, i) => ({ ...p, id: pid(`d_n${i}`) })),
    ];
    s.run(setReportingPeriods, { periods: next });
    expect(s.view.periods[b[0]!]?.label).toBe('First biennium');
    expect(s.view.periods['d_new0']).toBeUndefined();
    expect(s.view.indicators['i1']!.targets).toEqual({ [b[0]!]: 8 });
  });

  it('refuses a change where two values of one indicator would land on one period, naming the indicator, and changes nothing', () => {
    const { s } = plan();
    const years = generatePeriods('2010-01-01', '2015-12-31', 'year').map((p, i) => ({ ...p, id: pid(`d_y${i}`) }));
    s.run(setReportingPeriods, { periods: years });
    const y = s.view.periodOrder;
    addIndicator(s, 'i1', { definition: 'Ratifications of Convention No. 97', targets: { [y[0]!]: 5, [y[1]!]: 8 } });
    const biennia = generatePeriods('2010-01-01', '2015-12-31', 'biennium').map((p, i) => ({ ...p, id: pid(`d_c${i}`) }));
    refused(s, () => s.run(setReportingPeriods, { periods: biennia }), 'planSettings.errors.periodCollision', { count: 1, names: '1.1 “Ratifications of Convention No. 97”' });
  });

  it('refuses values left without a period, overlapping or invalid periods, and ids in use', () => {
    const { s, b } = plan();
    addAllocation(s, 'a1', b[0]!);
    const later = generatePeriods('2012-01-01', '2015-12-31', 'year').map((p, i) => ({ ...p, id: pid(`d_l${i}`) }));
    refused(s, () => s.run(setReportingPeriods, { periods: later }), 'planSettings.errors.unplacedValues', { count: 1, periods: '2010-11' });
    const overlapping: PeriodInput[] = [
      { id: pid('d_o1'), label: 'A', start: '2010-01-01', end: '2012-06-30' },
      { id: pid('d_o2'), label: 'B', start: '2012-01-01', end: '2015-12-31' },
    ];
    refused(s, () => s.run(setReportingPeriods, { periods: overlapping }), 'planSettings.errors.overlap');
    refused(s, () => s.run(setReportingPeriods, { periods: [{ id: pid('d_x'), label: 'X', start: '2009-01-01', end: '2015-12-31' }] }), 'planSettings.errors.outsidePlan');
    refused(s, () => s.run(setReportingPeriods, { periods: [{ id: pid('d_x'), label: ' ', start: '2010-01-01', end: '2015-12-31' }] }), 'planSettings.errors.labelRequired');
    refused(s, () => s.run(setReportingPeriods, { periods: [] }), 'planSettings.errors.noPeriods');
    refused(s, () => s.run(setReportingPeriods, { periods: [{ id: b[1]!, label: 'All', start: '2010-01-01', end: '2015-12-31' }] }), 'errors.duplicateId');
  });
});

describe('addPeriod, updatePeriod, deletePeriod', () => {
  function customPlan() {
    const { s, b } = plan();
    // Room for custom periods: keep only the first biennium.
    s.run(setReportingPeriods, { periods: [{ id: pid('d_first'), label: '2010-11', start: '2010-01-01', end: '2011-12-31' }] });
    return { s, first: b[0]! };
  }

  it('adds a period inside the plan period and after the others; undo removes it', () => {
    const { s } = customPlan();
    s.run(addPeriod, { period: { id: pid('d_2012'), label: ' 2012 ', start: '2012-01-01', end: '2012-12-31' } });
    expect(labels(s)).toEqual(['2010-11', '2012']);
    s.undo();
    expect(labels(s)).toEqual(['2010-11']);
  });

  it('refuses a period that overlaps another, lies outside the plan, ends before it starts or has no label', () => {
    const { s } = customPlan();
    refused(s, () => s.run(addPeriod, { period: { id: pid('d_a'), label: 'X', start: '2011-06-01', end: '2012-12-31' } }), 'planSettings.errors.overlap', { other: '2010-11' });
    refused(s, () => s.run(addPeriod, { period: { id: pid('d_a'), label: 'X', start: '2015-06-01', end: '2016-06-30' } }), 'planSettings.errors.outsidePlan', { start: '2010-01-01', end: '2015-12-31' });
    refused(s, () => s.run(addPeriod, { period: { id: pid('d_a'), label: 'X', start: '2013-06-01', end: '2013-01-01' } }), 'planSettings.errors.periodOrder');
    refused(s, () => s.run(addPeriod, { period: { id: pid('d_a'), label: '', start: '2013-01-01', end: '2013-06-30' } }), 'planSettings.errors.labelRequired');
    refused(s, () => s.run(addPeriod, { period: { id: pid('d_a'), label: 'X', start: '2013-02-30', end: '2013-06-30' } }), 'planSettings.errors.invalidDate');
  });

  it('edits a period\'s label and dates with the same checks', () => {
    const { s, first } = customPlan();
    s.run(addPeriod, { period: { id: pid('d_2012'), label: '2012', start: '2012-01-01', end: '2012-12-31' } });
    s.run(updatePeriod, { id: first, label: 'Biennium 2010-11', end: '2011-06-30' });
    expect(s.view.periods[first]).toMatchObject({ label: 'Biennium 2010-11', start: '2010-01-01', end: '2011-06-30' });
    refused(s, () => s.run(updatePeriod, { id: first, end: '2012-03-31' }), 'planSettings.errors.overlap', { other: '2012' });
    refused(s, () => s.run(updatePeriod, { id: first, label: '  ' }), 'planSettings.errors.labelRequired');
    refused(s, () => s.run(updatePeriod, { id: pid('d_gone'), label: 'X' }), 'planSettings.errors.periodNotFound');
    expect(s.run(updatePeriod, { id: first, label: 'Biennium 2010-11' }).changed).toBe(false);
  });

  it('refuses to delete a period that targets, actuals or allocations refer to, saying how many', () => {
    const { s, first } = customPlan();
    addIndicator(s, 'i1', { targets: { [first]: 8 }, disaggregation: ['Women'], categoryTargets: { [first]: { Women: 4 } }, actuals: { [first]: { value: 7, date: null, evidence: '', link: '' } } });
    addAllocation(s, 'a1', first);
    addAllocation(s, 'a2', first);
    refused(s, () => s.run(deletePeriod, { id: first }), 'planSettings.errors.periodInUse', { label: '2010-11', targets: 2, actuals: 1, allocations: 2 });
  });

  it('deletes an unused period with the "not applicable" marks for it; undo brings both back', () => {
    const { s, first } = customPlan();
    addIndicator(s, 'i1', { targetsNotApplicable: { [first]: true } });
    s.run(deletePeriod, { id: first });
    expect(s.view.periods[first]).toBeUndefined();
    expect(s.view.indicators['i1']!.targetsNotApplicable).toEqual({});
    expect(s.undoLabel()).toEqual({ key: 'planSettings.history.deletePeriod' });
    s.undo();
    expect(s.view.periods[first]?.label).toBe('2010-11');
    expect(s.view.indicators['i1']!.targetsNotApplicable).toEqual({ [first]: true });
  });
});
