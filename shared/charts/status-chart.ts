/**
 * The plan's indicator status by group (a component, or the whole plan), as one
 * horizontal stacked bar per group: how many indicators are off track, at risk, on
 * track and not measured. Each status has its own colour and, for print in greyscale,
 * its own pattern (solid, stripes, cross-hatch, dots); every segment carries its count
 * and the legend names the statuses; nothing is animated.
 */
import { INDICATOR_STATUSES, type IndicatorStatus, type StatusCounts } from '../analysis/progress';
import { PALETTE } from './palette';
import type { ChartOption } from './types';

export const STATUS_COLOURS: Readonly<Record<IndicatorStatus, string>> = {
  off_track: PALETTE.offTrack,
  at_risk: PALETTE.atRisk,
  on_track: PALETTE.onTrack,
  not_measured: PALETTE.notMeasured,
};

/** Patterns drawn over the colours, so the statuses differ in greyscale too. */
export const STATUS_DECALS: Readonly<Record<IndicatorStatus, object | null>> = {
  on_track: null,
  at_risk: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [3, 5], rotation: -Math.PI / 4, color: 'rgba(255, 255, 255, 0.55)' },
  off_track: { symbol: 'rect', dashArrayX: [[3, 3], [0, 3, 3, 0]], dashArrayY: [3, 0], color: 'rgba(255, 255, 255, 0.3)' },
  not_measured: { symbol: 'circle', symbolSize: 0.5, dashArrayX: [[5, 5], [0, 5, 5, 0]], dashArrayY: [5, 0], color: 'rgba(29, 36, 51, 0.35)' },
};

export interface StatusRow {
  /** The group's name on the axis, e.g. "(ii) Wider application of standards". */
  readonly label: string;
  readonly counts: StatusCounts;
}

/** `description` is what a screen reader announces for the chart (ECharts puts it on the chart's element). */
export function statusChartOption(rows: readonly StatusRow[], statusLabels: Readonly<Record<IndicatorStatus, string>>, axisName: string, description?: string): ChartOption {
  // ECharts draws the first category at the bottom of a vertical axis: reverse, so rows read top down.
  const ordered = [...rows].reverse();
  return {
    animation: false,
    ...(description ? { aria: { enabled: true, label: { description } } } : {}),
    grid: { left: 8, right: 24, top: 40, bottom: 28 },
    legend: { top: 0, left: 0, itemWidth: 22, itemHeight: 14, textStyle: { fontSize: 12 }, data: INDICATOR_STATUSES.map((s) => statusLabels[s]) },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', name: axisName, nameLocation: 'middle', nameGap: 24, minInterval: 1, axisLabel: { color: '#5a6475' }, splitLine: { lineStyle: { color: '#e3e7ee' } } },
    yAxis: { type: 'category', data: ordered.map((r) => r.label), axisLabel: { width: 360, overflow: 'truncate', fontSize: 12, color: '#1d2433' }, axisTick: { show: false } },
    series: INDICATOR_STATUSES.map((status) => {
      const decal = STATUS_DECALS[status];
      return {
        type: 'bar',
        name: statusLabels[status],
        stack: 'status',
        barMaxWidth: 26,
        data: ordered.map((r) => r.counts[status]),
        itemStyle: { color: STATUS_COLOURS[status], borderColor: '#fff', borderWidth: 1, ...(decal ? { decal } : {}) },
        label: {
          show: true,
          fontSize: 12,
          fontWeight: 'bold',
          color: status === 'not_measured' ? '#1d2433' : '#fff',
          textBorderColor: status === 'not_measured' ? '#fff' : 'rgba(0, 0, 0, 0.55)',
          textBorderWidth: 2,
          formatter: ({ value }: { value: unknown }) => (typeof value === 'number' && value > 0 ? String(value) : ''),
        },
      };
    }),
  };
}
