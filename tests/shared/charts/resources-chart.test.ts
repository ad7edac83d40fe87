/**
 * The resources charts' options: the data is the roll-up's (in major units), sources are
 * told apart by colour and principal/significant (or secured/gap) by a hatch pattern too,
 * every stack carries its total, and nothing is animated (print).
 */
import { describe, expect, it } from 'vitest';
import { rollUpResources, currencyRollup, type ResourcesInput } from '../../../shared/analysis/resources';
import { fundingGapOption, HATCH, objectivesBySourceOption, sourcesOption, type stackedBarsOption } from '../../../shared/charts/resources-chart';
import { PALETTE } from '../../../shared/charts/palette';
import type { Plan, ReportingPeriodId, ResourceAllocation, ResourceAllocationId, Result, ResultId, StrategicObjectiveId } from '../../../shared/model';

const LIVE = { deletedAt: null, deletedBy: null } as const;
const SO1 = 'o_1' as StrategicObjectiveId;
const SO2 = 'o_2' as StrategicObjectiveId;
const P1 = 'd_1' as ReportingPeriodId;
const P2 = 'd_2' as ReportingPeriodId;

function result(id: string, objectiveTags: Result['objectiveTags']): Result {
  return { ...LIVE, id: id as ResultId, level: 'output', statement: id, description: '', assumptions: '', parentId: null, sortKey: id, componentId: null, objectiveTags };
}
function allocation(id: string, resultId: string, amount: number, fields: Partial<ResourceAllocation> = {}): ResourceAllocation {
  return { ...LIVE, id: id as ResourceAllocationId, resultId: resultId as ResultId, periodId: P1, source: 'regular_budget', amount, currency: 'USD', status: 'planned', note: '', ...fields };
}
const byId = <T extends { id: string }>(items: readonly T[]) => Object.fromEntries(items.map((x) => [x.id, x]));

function rollup(resources: ResourceAllocation[], currency = 'USD') {
  const results = [result('p', { [SO1]: 'principal' }), result('s', { [SO1]: 'significant', [SO2]: 'principal' }), result('u', {})];
  const view: ResourcesInput = {
    plan: { currency } as Plan,
    results: byId(results),
    resources: byId(resources),
    responsibilities: {},
    objectives: byId([
      { ...LIVE, id: SO1, code: 'SO1', title: 'Standards', sortKey: 'a' },
      { ...LIVE, id: SO2, code: 'SO2', title: 'Employment', sortKey: 'b' },
    ]),
    objectiveOrder: [SO1, SO2],
    components: {},
    componentOrder: [],
    periods: byId([
      { ...LIVE, id: P1, label: '2010-11', start: '2010-01-01', end: '2011-12-31' },
      { ...LIVE, id: P2, label: '2012-13', start: '2012-01-01', end: '2013-12-31' },
    ]),
    periodOrder: [P1, P2],
    units: {},
  };
  return currencyRollup(rollUpResources(view));
}

const fmt = (v: number) => `$${v}`;
interface Bar {
  name: string;
  stack: string;
  data: number[];
  itemStyle: { color: string; decal?: unknown };
  label?: { show: boolean; formatter: (p: { dataIndex: number }) => string };
}
const bars = (option: ReturnType<typeof stackedBarsOption>) => option.series as Bar[];

describe('objectivesBySourceOption', () => {
  const r = rollup([allocation('a1', 'p', 1000), allocation('a2', 's', 500, { source: 'extra_budgetary' }), allocation('a3', 's', 200), allocation('a4', 'u', 70)]);
  const labels = { regularPrincipal: 'RB principal', regularSignificant: 'RB significant', extraPrincipal: 'EB principal', extraSignificant: 'EB significant', axisName: 'USD' };

  it('stacks each objective by source, principal solid and significant (at its share) hatched', () => {
    const series = bars(objectivesBySourceOption(r, ['SO1', 'SO2'], labels, fmt));
    const named = Object.fromEntries(series.map((s) => [s.name, s]));
    expect(named['RB principal']!.data).toEqual([1000, 200]);
    expect(named['RB significant']!.data).toEqual([80, 0]); // 40 % of 200
    expect(named['EB principal']!.data).toEqual([0, 500]);
    expect(named['EB significant']!.data).toEqual([200, 0]); // 40 % of 500
    expect(named['RB principal']!.itemStyle.decal).toBeUndefined();
    expect(named['RB significant']!.itemStyle.decal).toEqual(HATCH);
    expect(named['EB significant']!.itemStyle.decal).toEqual(HATCH);
    expect(named['RB principal']!.itemStyle.color).toBe(PALETTE.regularBudget);
    expect(named['EB principal']!.itemStyle.color).toBe(PALETTE.extraBudgetary);
    expect(new Set(series.map((s) => s.stack))).toEqual(new Set(['amount']));
  });

  it('adds "not attributed" as a last bar when asked for', () => {
    const series = bars(objectivesBySourceOption(r, ['SO1', 'SO2', 'Not attributed'], labels, fmt));
    expect(series.find((s) => s.name === 'RB principal')!.data).toEqual([1000, 200, 70]);
    expect(series.find((s) => s.name === 'RB significant')!.data).toEqual([80, 0, 0]);
  });

  it('writes each stack\'s total above it and lists the four series in the legend', () => {
    const option = objectivesBySourceOption(r, ['SO1', 'SO2'], labels, fmt);
    const total = bars(option).find((s) => s.label?.show)!;
    expect(total.data).toEqual([0, 0]);
    expect(total.label!.formatter({ dataIndex: 0 })).toBe('$1280');
    expect(total.label!.formatter({ dataIndex: 1 })).toBe('$700');
    expect((option.legend as { data: string[] }).data).toEqual(['RB principal', 'RB significant', 'EB principal', 'EB significant']);
    expect(option.animation).toBe(false);
  });
});

describe('fundingGapOption', () => {
  it('stacks secured funds (solid) and the gap (hatched) per period, the planned total above', () => {
    const r = rollup([allocation('a1', 'p', 1000, { status: 'secured' }), allocation('a2', 'p', 300), allocation('a3', 'u', 250, { periodId: P2 })]);
    const option = fundingGapOption(r.periods, ['2010-11', '2012-13'], r.minorDigits, { secured: 'Secured', gap: 'Gap', axisName: 'USD' }, fmt);
    const [secured, gap, total] = bars(option);
    expect(secured!.data).toEqual([1000, 0]);
    expect(gap!.data).toEqual([300, 250]);
    expect(gap!.itemStyle.decal).toEqual(HATCH);
    expect(secured!.itemStyle.decal).toBeUndefined();
    expect(total!.label!.formatter({ dataIndex: 0 })).toBe('$1300');
    expect((option.xAxis as { data: string[] }).data).toEqual(['2010-11', '2012-13']);
  });
});

describe('sourcesOption', () => {
  it('stacks planned funds by source', () => {
    const r = rollup([allocation('a1', 'p', 1000), allocation('a2', 'p', 400, { source: 'extra_budgetary', periodId: P2 })]);
    const [regular, extra] = bars(sourcesOption(r.periods, ['2010-11', '2012-13'], r.minorDigits, { regular: 'RB', extra: 'EB', axisName: 'USD' }, fmt));
    expect(regular!.data).toEqual([1000, 0]);
    expect(extra!.data).toEqual([0, 400]);
    expect(extra!.itemStyle.decal).toEqual(HATCH);
  });

  it("converts minor units with the currency's digits: cents for USD, none for JPY", () => {
    const yen = rollup([allocation('a1', 'p', 5000, { currency: 'JPY' })], 'JPY');
    expect(yen.minorDigits).toBe(0);
    const option = sourcesOption(yen.periods, ['2010-11', '2012-13'], yen.minorDigits, { regular: 'RB', extra: 'EB', axisName: 'JPY' }, fmt);
    expect(bars(option)[0]!.data).toEqual([5000, 0]);
    expect((option.yAxis as { name: string }).name).toBe('JPY');
    const dollars = rollup([allocation('a1', 'p', 12.34)]);
    expect(bars(sourcesOption(dollars.periods, ['2010-11', '2012-13'], dollars.minorDigits, { regular: 'RB', extra: 'EB', axisName: 'USD' }, fmt))[0]!.data).toEqual([12.34, 0]);
  });
});
