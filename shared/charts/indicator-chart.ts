/**
 * One indicator over the reporting periods, as an ECharts option: the baseline as a
 * square point at the start, the targets as a dashed line with diamond symbols, the
 * actuals as bars carrying their values, and the final target as a dotted line across.
 * Shapes and line styles tell the series apart as well as colour does, so the chart
 * reads in greyscale print; every series is in the legend; nothing is animated.
 * Qualitative indicators name their stages on the value axis; percentages run 0-100.
 */
import type { IndicatorProgress } from '../analysis/progress';
import type { Indicator } from '../model';
import { PALETTE } from './palette';
import type { ChartOption } from './types';

export interface IndicatorChartLabels {
  /** The first category and the baseline series' name, e.g. "Baseline". */
  readonly baseline: string;
  readonly target: string;
  readonly actual: string;
  /** Label of the final target line, e.g. "Final target". */
  readonly finalTarget: string;
}

/** Formats a value for labels: a number with its precision, a percentage with "%". */
export type FormatValue = (value: number) => string;

type Point = number | null;

/** How a value is written on the chart: stage numbers stay whole, percentages get "%". */
export function chartValueFormat(indicator: Pick<Indicator, 'measureType'>, format: FormatValue): FormatValue {
  return indicator.measureType === 'percentage' ? (v) => `${format(v)}%` : format;
}

function valueAxis(indicator: Pick<Indicator, 'measureType' | 'qualitativeStages' | 'unitOfMeasure'>, format: FormatValue) {
  const common = { type: 'value', splitLine: { lineStyle: { color: '#e3e7ee' } }, axisLabel: { color: '#5a6475' } } as const;
  if (indicator.measureType === 'qualitative') {
    const stages = indicator.qualitativeStages;
    return {
      ...common,
      min: 0,
      max: Math.max(stages.length - 1, 1),
      interval: 1,
      axisLabel: { ...common.axisLabel, width: 150, overflow: 'truncate', formatter: (v: number) => stages[v] ?? String(v) },
    };
  }
  return {
    ...common,
    ...(indicator.measureType === 'percentage' ? { min: 0, max: ({ max }: { max: number }) => Math.max(100, max) } : {}),
    name: indicator.unitOfMeasure,
    nameTextStyle: { align: 'left', color: '#5a6475' },
    axisLabel: { ...common.axisLabel, formatter: (v: number) => chartValueFormat(indicator, format)(v) },
  };
}

export function indicatorChartOption(
  indicator: Pick<Indicator, 'measureType' | 'qualitativeStages' | 'unitOfMeasure' | 'baseline' | 'finalTarget'>,
  progress: Pick<IndicatorProgress, 'periods'>,
  labels: IndicatorChartLabels,
  format: FormatValue,
  /** What a screen reader announces for the chart (ECharts puts it on the chart's element). */
  description?: string,
): ChartOption {
  const write = chartValueFormat(indicator, format);
  const label = (v: number) => (indicator.measureType === 'qualitative' ? `${indicator.qualitativeStages[v] ?? v}` : write(v));
  const categories = [labels.baseline, ...progress.periods.map((p) => p.label)];
  const baseline = indicator.baseline.value;
  const baselineData: Point[] = [baseline, ...progress.periods.map(() => null)];
  const targets: Point[] = [null, ...progress.periods.map((p) => p.target)];
  // An actual's value goes inside the top of its bar where the bar is tall enough, so it
  // never sits on the target's symbol when the two are equal; above a short bar.
  const known = [indicator.baseline.value, indicator.finalTarget, ...progress.periods.flatMap((p) => [p.target, p.actual])].filter((v): v is number => v !== null);
  const scale = Math.max(indicator.measureType === 'percentage' ? 100 : 0, ...known.map(Math.abs), 1e-9);
  const inside = (v: number) => indicator.measureType !== 'qualitative' && Math.abs(v) / scale >= 0.15;
  const actuals = [
    null,
    ...progress.periods.map((p) =>
      p.actual === null
        ? null
        : { value: p.actual, label: inside(p.actual) ? { position: 'insideTop', color: '#fff' } : { position: 'top', color: '#1d2433', backgroundColor: 'rgba(255, 255, 255, 0.85)' } },
    ),
  ];
  const finalTarget = indicator.finalTarget;
  const pointLabel = { show: true, fontSize: 12, color: '#1d2433', formatter: ({ value }: { value: unknown }) => (typeof value === 'number' ? label(value) : '') };

  return {
    animation: false,
    ...(description ? { aria: { enabled: true, label: { description } } } : {}),
    grid: { left: 8, right: 24, top: 64, bottom: 14 },
    legend: {
      top: 0,
      left: 0,
      itemWidth: 26,
      itemHeight: 12,
      textStyle: { fontSize: 12 },
      data: [labels.actual, labels.target, ...(baseline === null ? [] : [labels.baseline])],
    },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? label(v) : '–') },
    xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, fontSize: 12, color: '#1d2433' }, axisTick: { alignWithLabel: true } },
    yAxis: valueAxis(indicator, format),
    series: [
      {
        type: 'bar',
        name: labels.actual,
        data: actuals,
        barMaxWidth: 44,
        itemStyle: { color: PALETTE.actual },
        label: { ...pointLabel, position: 'top', fontWeight: 'bold', distance: 4 },
        z: 2,
      },
      {
        type: 'line',
        name: labels.target,
        data: targets,
        connectNulls: true,
        symbol: 'diamond',
        symbolSize: 12,
        lineStyle: { type: 'dashed', width: 2, color: PALETTE.target },
        itemStyle: { color: PALETTE.target, borderColor: '#fff', borderWidth: 1 },
        z: 3,
        ...(finalTarget === null
          ? {}
          : {
              markLine: {
                silent: true,
                symbol: 'none',
                lineStyle: { type: 'dotted', width: 2, color: PALETTE.target },
                label: { position: 'insideEndTop', color: '#1d2433', fontSize: 12, formatter: `${labels.finalTarget}: ${label(finalTarget)}` },
                data: [{ yAxis: finalTarget, name: labels.finalTarget }],
              },
            }),
      },
      ...(baseline === null
        ? []
        : [
            {
              type: 'scatter',
              name: labels.baseline,
              data: baselineData,
              symbol: 'rect',
              symbolSize: 13,
              itemStyle: { color: PALETTE.baseline },
              label: { ...pointLabel, position: 'right' },
              z: 4,
            },
          ]),
    ],
  };
}
