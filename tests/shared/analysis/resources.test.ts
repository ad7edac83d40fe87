/**
 * The resources roll-ups, each with a worked example: principal, significant and a
 * custom share, several tags, untagged results, other currencies, the funding gap,
 * units with none, one or two accountable units, components, periods, exact sums.
 */
import { describe, expect, it } from 'vitest';
import {
  applyShare,
  currencyRollup,
  minorDigitsOf,
  rollUpResources,
  splitEqually,
  sumFigures,
  UNKNOWN_PERIOD,
  type CurrencyRollup,
  type ResourcesInput,
  type SourceFigures,
} from '../../../shared/analysis/resources';
import { fixedClock } from '../../../shared/dates';
import type {
  Component,
  ComponentId,
  Plan,
  ReportingPeriod,
  ReportingPeriodId,
  ResourceAllocation,
  ResourceAllocationId,
  Responsibility,
  ResponsibilityId,
  Result,
  ResultId,
  StrategicObjective,
  StrategicObjectiveId,
  Unit,
  UnitId,
} from '../../../shared/model';
import { PlanSession } from '../../../shared/plan-doc';
import { buildSamplePlan } from '../../../shared/sample';
import { counterHex } from '../../fixtures/plans';

const LIVE = { deletedAt: null, deletedBy: null } as const;
const SO1 = 'o_1' as StrategicObjectiveId;
const SO2 = 'o_2' as StrategicObjectiveId;
const P1 = 'd_1' as ReportingPeriodId;
const P2 = 'd_2' as ReportingPeriodId;
const C1 = 'c_1' as ComponentId;
const LEAD = 'u_lead' as UnitId;
const FIELD = 'u_field' as UnitId;
const OTHER = 'u_other' as UnitId;

type Tags = Result['objectiveTags'];

function result(id: string, tags: Tags = {}, componentId: ComponentId | null = C1): Result {
  return { ...LIVE, id: id as ResultId, level: 'output', statement: id, description: '', assumptions: '', parentId: null, sortKey: id, componentId, objectiveTags: tags };
}

let n = 0;
function allocation(resultId: string, amount: number, fields: Partial<ResourceAllocation> = {}): ResourceAllocation {
  return { ...LIVE, id: `a_${++n}` as ResourceAllocationId, resultId: resultId as ResultId, periodId: P1, source: 'regular_budget', amount, currency: 'USD', status: 'planned', note: '', ...fields };
}

function accountable(resultId: string, ...units: UnitId[]): Responsibility[] {
  return units.map((unitId) => ({ ...LIVE, id: `x_${resultId}_${unitId}` as ResponsibilityId, unitId, resultId: resultId as ResultId, role: 'A' as const }));
}

const byId = <T extends { id: string }>(items: readonly T[]) => Object.fromEntries(items.map((x) => [x.id, x]));

interface Spec {
  readonly results: Result[];
  readonly resources: ResourceAllocation[];
  readonly responsibilities?: Responsibility[];
  readonly plan?: Partial<Plan>;
}

function input({ results, resources, responsibilities = [], plan = {} }: Spec): ResourcesInput {
  const objectives: StrategicObjective[] = [
    { ...LIVE, id: SO1, code: 'SO1', title: 'Standards', sortKey: 'a' },
    { ...LIVE, id: SO2, code: 'SO2', title: 'Employment', sortKey: 'b' },
  ];
  const periods: ReportingPeriod[] = [
    { ...LIVE, id: P1, label: '2010-11', start: '2010-01-01', end: '2011-12-31' },
    { ...LIVE, id: P2, label: '2012-13', start: '2012-01-01', end: '2013-12-31' },
  ];
  const components: Component[] = [{ ...LIVE, id: C1, code: '(i)', name: 'Policies', description: '', sortKey: 'a' }];
  const units: Unit[] = [
    { ...LIVE, id: LEAD, code: 'LEAD', name: 'Lead unit', kind: 'department', parentId: null },
    { ...LIVE, id: FIELD, code: 'FIELD', name: 'Field office', kind: 'country_office', parentId: null },
    { ...LIVE, id: OTHER, code: 'OTHER', name: 'Other unit', kind: 'sector', parentId: null },
  ];
  return {
    plan: {
      id: 'p_test', title: 'Test', organisation: '', ownerUnitId: null, periodStart: '2010-01-01', periodEnd: '2013-12-31', status: 'draft', versionLabel: '', templateId: 'organisation', currency: 'USD', createdAt: '2026-01-01T00:00:00.000Z',
      ...plan,
    } as Plan,
    results: byId(results),
    resources: byId(resources),
    responsibilities: byId(responsibilities),
    objectives: byId(objectives),
    objectiveOrder: [SO1, SO2],
    components: byId(components),
    componentOrder: [C1],
    periods: byId(periods),
    periodOrder: [P1, P2],
    units: byId(units),
  };
}

const usd = (spec: Spec): CurrencyRollup => currencyRollup(rollUpResources(input(spec)));
const objective = (r: CurrencyRollup, id: StrategicObjectiveId) => r.objectives.find((o) => o.key === id)!;
/** Planned amounts in dollars (the roll-up works in cents). */
const dollars = (f: SourceFigures) => ({ rb: f.regular_budget.planned / 100, eb: f.extra_budgetary.planned / 100, total: f.total.planned / 100 });

describe('by strategic objective', () => {
  it('counts a result tagged "principal" in full', () => {
    const r = usd({ results: [result('r', { [SO1]: 'principal' })], resources: [allocation('r', 1000), allocation('r', 250, { source: 'extra_budgetary' })] });
    expect(dollars(objective(r, SO1).bySource)).toEqual({ rb: 1000, eb: 250, total: 1250 });
    expect(dollars(objective(r, SO1).principal)).toEqual({ rb: 1000, eb: 250, total: 1250 });
    expect(dollars(objective(r, SO2).bySource)).toEqual({ rb: 0, eb: 0, total: 0 });
  });

  it('counts a result tagged "significant" at 40 % by default (the OECD DAC convention)', () => {
    const r = usd({ results: [result('r', { [SO1]: 'significant' })], resources: [allocation('r', 1000)] });
    const so1 = objective(r, SO1);
    expect(dollars(so1.bySource).total).toBe(400);
    expect(dollars(so1.significant).total).toBe(400);
    expect(dollars(so1.significantBeforeShare).total).toBe(1000);
    expect(dollars(so1.principal).total).toBe(0);
    expect(so1.significantResults).toBe(1);
    expect(dollars(r.total.bySource).total).toBe(1000);
  });

  it("uses the plan's own significant share: 25 %, 0 % and 100 %", () => {
    const spec = (significantShare: number): Spec => ({ results: [result('r', { [SO1]: 'significant' })], resources: [allocation('r', 1000)], plan: { significantShare } });
    expect(dollars(objective(usd(spec(0.25)), SO1).bySource).total).toBe(250);
    expect(dollars(objective(usd(spec(0)), SO1).bySource).total).toBe(0);
    expect(dollars(objective(usd(spec(1)), SO1).bySource).total).toBe(1000);
    expect(rollUpResources(input(spec(0.25))).significantShare).toBe(0.25);
    expect(rollUpResources(input({ results: [], resources: [] })).significantShare).toBe(0.4);
  });

  it('counts a result tagged for several objectives under each, so the objective rows add up to more than the total', () => {
    const r = usd({ results: [result('r', { [SO1]: 'principal', [SO2]: 'significant' })], resources: [allocation('r', 1000, { source: 'extra_budgetary', status: 'secured' })] });
    expect(dollars(objective(r, SO1).bySource)).toEqual({ rb: 0, eb: 1000, total: 1000 });
    expect(dollars(objective(r, SO2).bySource)).toEqual({ rb: 0, eb: 400, total: 400 });
    expect(dollars(r.total.bySource).total).toBe(1000);
    expect(dollars(sumFigures(r.objectives.map((o) => o.bySource))).total).toBe(1400);
  });

  it('rolls allocations of untagged results up as "not attributed to an objective"', () => {
    const r = usd({ results: [result('tagged', { [SO1]: 'principal' }), result('untagged')], resources: [allocation('tagged', 100), allocation('untagged', 500)] });
    expect(dollars(r.notAttributed.bySource).total).toBe(500);
    expect(dollars(objective(r, SO1).bySource).total).toBe(100);
    expect(dollars(r.total.bySource).total).toBe(600);
  });

  it('treats a tag of an objective no longer in the plan as no tag', () => {
    const r = usd({ results: [result('r', { ['o_gone' as StrategicObjectiveId]: 'principal' })], resources: [allocation('r', 70)] });
    expect(dollars(r.notAttributed.bySource).total).toBe(70);
    expect(r.objectives.every((o) => o.bySource.total.planned === 0)).toBe(true);
  });

  it('breaks each objective down by period, adding up to its total', () => {
    const r = usd({
      results: [result('a', { [SO1]: 'principal' }), result('b', { [SO1]: 'significant' })],
      resources: [allocation('a', 100, { periodId: P1 }), allocation('b', 1000, { periodId: P2, source: 'extra_budgetary' })],
    });
    const so1 = objective(r, SO1);
    expect(dollars(so1.byPeriod[P1]!)).toEqual({ rb: 100, eb: 0, total: 100 });
    expect(dollars(so1.byPeriod[P2]!)).toEqual({ rb: 0, eb: 400, total: 400 });
    expect(dollars(so1.bySource).total).toBe(500);
  });

  it('applies the share to the summed significant amount, in cents, so every table adds up exactly', () => {
    // Three significant lines of 1 cent: 40 % of 3 cents is 1.2, shown as 1 cent (not 3 × 0 = 0).
    const r = usd({ results: ['x', 'y', 'z'].map((id) => result(id, { [SO1]: 'significant' })), resources: ['x', 'y', 'z'].map((id) => allocation(id, 0.01)) });
    expect(objective(r, SO1).bySource.total.planned).toBe(1);
    // 40 % of $0.10 + $0.20 = $0.12 exactly, not 0.12000000000000001.
    const s = usd({ results: [result('a', { [SO1]: 'significant' })], resources: [allocation('a', 0.1), allocation('a', 0.2)] });
    expect(objective(s, SO1).bySource.total.planned).toBe(12);
    expect(s.total.bySource.total.planned).toBe(30);
    expect(s.fractionDigits).toBe(2);
  });

  it('keeps objective × source and objective × period consistent with rounding (cells add up to the row)', () => {
    const r = usd({
      results: [result('a', { [SO1]: 'significant' }), result('b', { [SO1]: 'significant' })],
      resources: [allocation('a', 3.33, { periodId: P1 }), allocation('b', 3.33, { periodId: P2 }), allocation('a', 1.11, { periodId: P2, source: 'extra_budgetary', status: 'secured' })],
    });
    const so1 = objective(r, SO1);
    const periods = sumFigures([so1.byPeriod[P1]!, so1.byPeriod[P2]!]);
    expect(periods).toEqual(so1.bySource);
    expect(so1.bySource.total.planned).toBe(so1.bySource.regular_budget.planned + so1.bySource.extra_budgetary.planned);
    expect(so1.bySource.regular_budget.planned).toBe(133 + 133); // 40 % of 333 cents is 133.2, per period
    expect(so1.bySource.extra_budgetary.secured).toBe(44); // 40 % of 111 cents is 44.4
  });
});

describe('funding gap', () => {
  it('is planned (every line) minus secured (the secured lines): the lines not yet secured', () => {
    const r = usd({
      results: [result('r', { [SO1]: 'significant' })],
      resources: [allocation('r', 1000, { status: 'planned' }), allocation('r', 600, { status: 'secured' }), allocation('r', 200, { status: 'secured', source: 'extra_budgetary' })],
    });
    expect(r.total.bySource.regular_budget).toEqual({ planned: 160_000, secured: 60_000, gap: 100_000 });
    expect(r.total.bySource.extra_budgetary).toEqual({ planned: 20_000, secured: 20_000, gap: 0 });
    expect(r.total.bySource.total).toEqual({ planned: 180_000, secured: 80_000, gap: 100_000 });
    // Under a significant objective, each part is counted at 40 %.
    expect(objective(r, SO1).bySource.total).toEqual({ planned: 72_000, secured: 32_000, gap: 40_000 });
  });
});

describe('currencies', () => {
  it("never converts or mixes another currency with the plan's: each is rolled up on its own", () => {
    const rollup = rollUpResources(
      input({
        results: [result('r', { [SO1]: 'principal' })],
        resources: [allocation('r', 1000), allocation('r', 300, { currency: 'EUR' }), allocation('r', 5000, { currency: 'JPY', status: 'secured' })],
      }),
    );
    expect(rollup.currencies.map((c) => [c.currency, c.isPlanCurrency, c.allocations])).toEqual([
      ['USD', true, 1],
      ['EUR', false, 1],
      ['JPY', false, 1],
    ]);
    expect(currencyRollup(rollup).total.bySource.total.planned).toBe(100_000);
    expect(objective(currencyRollup(rollup, 'EUR'), SO1).bySource.total.planned).toBe(30_000);
    const jpy = currencyRollup(rollup, 'JPY');
    expect(jpy.minorDigits).toBe(0);
    expect(jpy.total.bySource.total).toEqual({ planned: 5000, secured: 5000, gap: 0 });
  });

  it("always has the plan's currency, even with no allocation in it", () => {
    const rollup = rollUpResources(input({ results: [result('r')], resources: [allocation('r', 10, { currency: 'EUR' })] }));
    expect(rollup.currencies.map((c) => c.currency)).toEqual(['USD', 'EUR']);
    expect(currencyRollup(rollup).allocations).toBe(0);
    expect(currencyRollup(rollup, 'CHF').currency).toBe('USD');
  });

  it('knows the minor unit of each currency', () => {
    expect(minorDigitsOf('USD')).toBe(2);
    expect(minorDigitsOf('JPY')).toBe(0);
    expect(minorDigitsOf('KWD')).toBe(3);
  });
});

describe('by unit', () => {
  it('goes to the accountable unit (role A) only, not to the responsible or consulted ones', () => {
    const r = usd({
      results: [result('r')],
      resources: [allocation('r', 1000)],
      responsibilities: [...accountable('r', LEAD), { ...LIVE, id: 'x_r' as ResponsibilityId, unitId: FIELD, resultId: 'r' as ResultId, role: 'R' }],
    });
    expect(r.units.map((u) => [u.key, u.bySource.total.planned, u.results, u.sharedResults])).toEqual([[LEAD, 100_000, 1, 0]]);
  });

  it('rolls results with no accountable unit up as "no accountable unit", listed last', () => {
    const r = usd({ results: [result('a'), result('b')], resources: [allocation('a', 10), allocation('b', 20)], responsibilities: accountable('a', LEAD) });
    expect(r.units.map((u) => [u.key, u.bySource.total.planned])).toEqual([
      [LEAD, 1000],
      [null, 2000],
    ]);
  });

  it('splits a result with two accountable units equally, to the cent, so the unit rows add up to the total', () => {
    const r = usd({
      results: [result('r'), result('s')],
      resources: [allocation('r', 1000.01), allocation('r', 50, { source: 'extra_budgetary', status: 'secured' }), allocation('s', 2000)],
      responsibilities: [...accountable('r', LEAD, FIELD), ...accountable('s', OTHER)],
    });
    // Sorted by planned amount; the odd cent goes to the first unit by code (FIELD before LEAD).
    expect(r.units.map((u) => [u.key, u.bySource.regular_budget.planned, u.bySource.extra_budgetary.secured, u.sharedResults])).toEqual([
      [OTHER, 200_000, 0, 0],
      [FIELD, 50_001, 2500, 1],
      [LEAD, 50_000, 2500, 1],
    ]);
    expect(sumFigures(r.units.map((u) => u.bySource))).toEqual(r.total.bySource);
  });
});

describe('by component, period and source', () => {
  it('rolls up by component, with "no component" for results outside any', () => {
    const r = usd({ results: [result('a'), result('b', {}, null)], resources: [allocation('a', 10), allocation('b', 5)] });
    expect(r.components.map((c) => [c.key, c.bySource.total.planned])).toEqual([
      [C1, 1000],
      [null, 500],
    ]);
  });

  it('lists every component and period even when nothing is allocated to it', () => {
    const r = usd({ results: [result('a', {}, null)], resources: [allocation('a', 10)] });
    expect(r.components.map((c) => [c.key, c.bySource.total.planned])).toEqual([
      [C1, 0],
      [null, 1000],
    ]);
    expect(r.periods.map((p) => [p.key, p.bySource.total.planned])).toEqual([
      [P1, 1000],
      [P2, 0],
    ]);
  });

  it('rolls up by period and source, keeping allocations of a period no longer in the plan', () => {
    const r = usd({
      results: [result('a')],
      resources: [
        allocation('a', 10, { periodId: P1 }),
        allocation('a', 20, { periodId: P2, source: 'extra_budgetary' }),
        allocation('a', 30, { periodId: P2, status: 'secured' }),
        allocation('a', 40, { periodId: 'd_gone' as ReportingPeriodId }),
      ],
    });
    expect(r.periods.map((p) => [p.key, dollars(p.bySource)])).toEqual([
      [P1, { rb: 10, eb: 0, total: 10 }],
      [P2, { rb: 30, eb: 20, total: 50 }],
      [UNKNOWN_PERIOD, { rb: 40, eb: 0, total: 40 }],
    ]);
    expect(r.total.bySource.regular_budget).toEqual({ planned: 8000, secured: 3000, gap: 5000 });
    expect(sumFigures(r.periods.map((p) => p.bySource))).toEqual(r.total.bySource);
  });

  it('shows whole amounts without decimals, and decimals as soon as one figure needs them', () => {
    expect(usd({ results: [result('a', { [SO1]: 'significant' })], resources: [allocation('a', 1000)] }).fractionDigits).toBe(0);
    expect(usd({ results: [result('a', { [SO1]: 'significant' })], resources: [allocation('a', 1)] }).fractionDigits).toBe(2); // 40 % of $1
  });
});

describe('integer arithmetic', () => {
  it('applies a share rounded half up, exactly, even for large amounts', () => {
    expect(applyShare(3, 4000)).toBe(1);
    expect(applyShare(5, 5000)).toBe(3);
    expect(applyShare(4, 5000)).toBe(2);
    // 40 % of 9,000,000,000,000.01 dollars in cents.
    expect(applyShare(900_000_000_000_001, 4000)).toBe(360_000_000_000_000);
    expect(applyShare(123_456_789_012_345, 10_000)).toBe(123_456_789_012_345);
  });

  it('splits an amount into parts that differ by at most one and add up to it', () => {
    expect(splitEqually(100_001, 2)).toEqual([50_001, 50_000]);
    expect(splitEqually(10, 3)).toEqual([4, 3, 3]);
    expect(splitEqually(0, 2)).toEqual([0, 0]);
  });
});

describe('the sample plan', () => {
  const data = buildSamplePlan({ randomHex: counterHex(), clock: fixedClock('2026-01-01T00:00:00.000Z'), officeName: '' });
  const view = PlanSession.create(data, { actor: 'a'.repeat(32), office: 'HQ', clock: fixedClock('2026-01-01T00:00:00.000Z') }).view;
  const r = currencyRollup(rollUpResources(view));

  it('has amounts by source under every strategic objective, principal ones among them', () => {
    expect(r.objectives).toHaveLength(4);
    for (const o of r.objectives) {
      expect(o.bySource.regular_budget.planned, view.objectives[o.key]!.code).toBeGreaterThan(0);
      expect(o.bySource.extra_budgetary.planned, view.objectives[o.key]!.code).toBeGreaterThan(0);
      expect(o.principal.total.planned, view.objectives[o.key]!.code).toBeGreaterThan(0);
    }
  });

  it('has a funding gap in each period and each source, and secured funds in both sources', () => {
    for (const p of r.periods) expect(p.bySource.total.gap, view.periods[p.key]?.label).toBeGreaterThan(0);
    expect(r.total.bySource.regular_budget.secured).toBeGreaterThan(0);
    expect(r.total.bySource.extra_budgetary.secured).toBeGreaterThan(0);
    expect(r.total.bySource.regular_budget.gap).toBeGreaterThan(0);
    expect(r.total.bySource.extra_budgetary.gap).toBeGreaterThan(0);
  });

  it('is all in the plan currency, attributed to objectives and accountable units, in whole dollars', () => {
    expect(rollUpResources(view).currencies).toHaveLength(1);
    expect(r.notAttributed.bySource.total.planned).toBe(0);
    expect(r.units.some((u) => u.key === null)).toBe(false);
    expect(r.fractionDigits).toBe(0);
    expect(sumFigures(r.units.map((u) => u.bySource))).toEqual(r.total.bySource);
    expect(sumFigures(r.components.map((c) => c.bySource))).toEqual(r.total.bySource);
  });
});
