/**
 * The indicator chart's option: baseline point at the start, dashed target line with
 * symbols, labelled actual bars, dotted final target line; stage names on the axis of a
 * qualitative indicator, 0-100 for a percentage; nothing animated.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_MONITORING, indicatorProgress, type PeriodsOf } from '../../../shared/analysis/progress';
import { indicatorChartOption, type IndicatorChartLabels } from '../../../shared/charts/indicator-chart';
import { PALETTE } from '../../../shared/charts/palette';
import type { Indicator, IndicatorId, ReportingPeriodId, ResultId } from '../../../shared/model';

const P = ['p1', 'p2', 'p3'].map((p) => p as ReportingPeriodId);
const PERIODS: PeriodsOf = {
  periods: Object.fromEntries(P.map((id, i) => [id, { id, label: `${2010 + 2 * i}-${11 + 2 * i}`, start: `${2010 + 2 * i}-01-01`, end: `${2011 + 2 * i}-12-31`, deletedAt: null, deletedBy: null }])),
  periodOrder: P,
};
const LABELS: IndicatorChartLabels = { baseline: 'Baseline', target: 'Target', actual: 'Actual', finalTarget: 'Final target' };
const format = (v: number) => String(Math.round(v * 100) / 100);

function indicator(fields: Partial<Indicator> = {}): Indicator {
  return {
    deletedAt: null,
    deletedBy: null,
    id: 'i_1' as IndicatorId,
    resultId: 'r_1' as ResultId,
    sortKey: 'm',
    definition: 'Ratifications',
    unitOfMeasure: 'ratifications',
    measureType: 'number',
    qualitativeStages: [],
    direction: 'increase',
    cumulative: true,
    baseline: { value: 5, date: '2007-12-31', source: 'Evaluation' },
    benchmark: { value: null, comparator: '' },
    targets: { [P[0]!]: 8, [P[1]!]: 10, [P[2]!]: 12 },
    targetsNotApplicable: {},
    finalTarget: 12,
    meansOfVerification: { source: '', method: '', frequency: '', collectedBy: '' },
    disaggregation: [],
    actuals: { [P[0]!]: { value: 7, date: '2012-01-20', evidence: '', link: '' } },
    illustrative: true,
    ...fields,
  };
}

interface Series {
  type: string;
  name: string;
  data: (number | null | { value: number; label: { position: string } })[];
  lineStyle?: { type: string };
  symbol?: string;
  label?: { show: boolean; formatter: (p: { value: unknown }) => string };
  markLine?: { data: { yAxis: number }[]; lineStyle: { type: string }; label: { formatter: string } };
  itemStyle: { color: string };
}
interface Option {
  animation: boolean;
  xAxis: { data: string[] };
  yAxis: { min?: number; max?: number | ((v: { max: number }) => number); name?: string; axisLabel: { formatter: (v: number) => string } };
  legend: { data: string[] };
  series: Series[];
}

function chart(ind: Indicator): Option {
  return indicatorChartOption(ind, indicatorProgress(ind, PERIODS, '2012-01-31', DEFAULT_MONITORING), LABELS, format) as unknown as Option;
}
const byName = (o: Option, name: string) => o.series.find((s) => s.name === name);

describe('indicatorChartOption', () => {
  const o = chart(indicator());

  it('puts the baseline first, then the periods', () => {
    expect(o.xAxis.data).toEqual(['Baseline', '2010-11', '2012-13', '2014-15']);
    expect(o.animation).toBe(false);
  });

  it('draws the baseline as a square point at the start', () => {
    expect(byName(o, 'Baseline')).toMatchObject({ type: 'scatter', symbol: 'rect', data: [5, null, null, null], itemStyle: { color: PALETTE.baseline } });
  });

  it('draws the targets as a dashed line with symbols, and the final target as a dotted line', () => {
    const target = byName(o, 'Target')!;
    expect(target).toMatchObject({ type: 'line', symbol: 'diamond', data: [null, 8, 10, 12], lineStyle: { type: 'dashed' } });
    expect(target.markLine!.data).toEqual([{ yAxis: 12, name: 'Final target' }]);
    expect(target.markLine!.lineStyle.type).toBe('dotted');
    expect(target.markLine!.label.formatter).toBe('Final target: 12');
  });

  it('draws the actuals as bars with their values as labels, gaps where none is reported', () => {
    const actual = byName(o, 'Actual')!;
    expect(actual).toMatchObject({ type: 'bar', itemStyle: { color: PALETTE.actual } });
    expect(actual.data.map((d) => (d === null || typeof d === 'number' ? d : d.value))).toEqual([null, 7, null, null]);
    expect(actual.label!.show).toBe(true);
    expect(actual.label!.formatter({ value: 7 })).toBe('7');
    expect(actual.label!.formatter({ value: null })).toBe('');
  });

  it('writes a value inside a tall bar (clear of the target symbol) and above a short one', () => {
    const tallAndShort = chart(indicator({ actuals: { [P[0]!]: { value: 7, date: null, evidence: '', link: '' }, [P[1]!]: { value: 1, date: null, evidence: '', link: '' } } }));
    const positions = byName(tallAndShort, 'Actual')!.data.map((d) => (d !== null && typeof d === 'object' ? d.label.position : null));
    expect(positions).toEqual([null, 'insideTop', 'top', null]);
  });

  it('names every series in the legend, and the unit on the value axis', () => {
    expect(o.legend.data).toEqual(['Actual', 'Target', 'Baseline']);
    expect(o.yAxis.name).toBe('ratifications');
  });

  it('gives screen readers the description it is passed, and ECharts its own only without one', () => {
    const ind = indicator();
    const described = indicatorChartOption(ind, indicatorProgress(ind, PERIODS, '2012-01-31', DEFAULT_MONITORING), LABELS, format, 'Chart of ratifications.') as unknown as { aria: unknown };
    expect(described.aria).toEqual({ enabled: true, label: { description: 'Chart of ratifications.' } });
    expect((o as unknown as { aria?: unknown }).aria).toBeUndefined();
  });

  it('leaves out the baseline and the final target where the indicator has none', () => {
    const bare = chart(indicator({ baseline: { value: null, date: null, source: '' }, finalTarget: null }));
    expect(byName(bare, 'Baseline')).toBeUndefined();
    expect(bare.legend.data).toEqual(['Actual', 'Target']);
    expect(byName(bare, 'Target')!.markLine).toBeUndefined();
  });

  it('runs a percentage from 0 to at least 100 and writes "%"', () => {
    const pct = chart(indicator({ measureType: 'percentage', unitOfMeasure: '% of DWCPs', actuals: { [P[0]!]: { value: 29.2, date: null, evidence: '', link: '' } } }));
    expect(pct.yAxis.min).toBe(0);
    expect((pct.yAxis.max as (v: { max: number }) => number)({ max: 60 })).toBe(100);
    expect(pct.yAxis.axisLabel.formatter(40)).toBe('40%');
    expect(byName(pct, 'Actual')!.label!.formatter({ value: 29.2 })).toBe('29.2%');
  });

  it('names the stages of a qualitative indicator on the axis and on the bars', () => {
    const stages = ['None', 'Drafted', 'Consulted', 'Adopted', 'Reviewed'];
    const q = chart(indicator({ measureType: 'qualitative', qualitativeStages: stages, baseline: { value: 0, date: null, source: '' }, targets: { [P[0]!]: 3 }, finalTarget: 4, actuals: { [P[0]!]: { value: 2, date: null, evidence: '', link: '' } } }));
    expect(q.yAxis).toMatchObject({ min: 0, max: 4 });
    expect(q.yAxis.axisLabel.formatter(3)).toBe('Adopted');
    expect(byName(q, 'Actual')!.label!.formatter({ value: 2 })).toBe('Consulted');
    expect(byName(q, 'Target')!.markLine!.label.formatter).toBe('Final target: Reviewed');
  });
});
