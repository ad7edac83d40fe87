/** The status chart's option: one stacked bar per group, statuses told apart by colour and pattern, counts on the bars. */
import { describe, expect, it } from 'vitest';
import { statusChartOption, STATUS_COLOURS, STATUS_DECALS } from '../../../shared/charts/status-chart';

const LABELS = { off_track: 'Off track', at_risk: 'At risk', on_track: 'On track', not_measured: 'Not measured' } as const;

interface Option {
  animation: boolean;
  legend: { data: string[] };
  yAxis: { data: string[] };
  xAxis: { name: string; minInterval: number };
  series: { name: string; stack: string; data: number[]; itemStyle: { color: string; decal?: object }; label: { formatter: (p: { value: unknown }) => string } }[];
}

describe('statusChartOption', () => {
  const rows = [
    { label: '(i) Framework', counts: { off_track: 1, at_risk: 0, on_track: 2, not_measured: 0 } },
    { label: '(ii) Standards', counts: { off_track: 0, at_risk: 3, on_track: 1, not_measured: 4 } },
  ];
  const o = statusChartOption(rows, LABELS, 'Indicators') as unknown as Option;

  it('has one stacked series per status, worst first, named in the legend', () => {
    expect(o.series.map((s) => s.name)).toEqual(['Off track', 'At risk', 'On track', 'Not measured']);
    expect(new Set(o.series.map((s) => s.stack)).size).toBe(1);
    expect(o.legend.data).toEqual(['Off track', 'At risk', 'On track', 'Not measured']);
    expect(o.animation).toBe(false);
    expect(o.xAxis).toMatchObject({ name: 'Indicators', minInterval: 1 });
  });

  it('lists the groups top down (ECharts draws the first category at the bottom)', () => {
    expect(o.yAxis.data).toEqual(['(ii) Standards', '(i) Framework']);
    expect(o.series[0]!.data).toEqual([0, 1]);
    expect(o.series[3]!.data).toEqual([4, 0]);
  });

  it('colours and patterns each status differently, for greyscale print', () => {
    expect(o.series.map((s) => s.itemStyle.color)).toEqual([STATUS_COLOURS.off_track, STATUS_COLOURS.at_risk, STATUS_COLOURS.on_track, STATUS_COLOURS.not_measured]);
    const patterns = o.series.map((s) => JSON.stringify(s.itemStyle.decal ?? null));
    expect(new Set(patterns).size).toBe(4);
    expect(o.series[2]!.itemStyle.decal).toBeUndefined();
    expect(STATUS_DECALS.on_track).toBeNull();
  });

  it('gives screen readers the description it is passed', () => {
    const described = statusChartOption([], LABELS, 'Indicators', 'Status by component: none.') as unknown as { aria: unknown };
    expect(described.aria).toEqual({ enabled: true, label: { description: 'Status by component: none.' } });
  });

  it('writes each count on its segment, and nothing for zero', () => {
    expect(o.series[1]!.label.formatter({ value: 3 })).toBe('3');
    expect(o.series[1]!.label.formatter({ value: 0 })).toBe('');
  });
});
