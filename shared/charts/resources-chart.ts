/**
 * Charts of the resources screen, as ECharts options built from the roll-up
 * (shared/analysis/resources): what each strategic objective counts by funding source,
 * with the part from "principal" and from "significant" results told apart by a hatch
 * pattern as well as by shade; and planned against secured funds, the gap hatched. Every
 * bar stack carries its total as a label and every series is in the legend, so the charts
 * read in greyscale print; nothing is animated.
 */
import { toMajor, type CurrencyRollup, type Figures, type RollupRow } from '../analysis/resources';
import { PALETTE } from './palette';
import type { ChartOption } from './types';

/** Formats a figure for labels and tooltips (the screen passes an Intl.NumberFormat). */
export type FormatAmount = (value: number) => string;

/** Diagonal hatching drawn over a bar's colour. */
export const HATCH = { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4, color: 'rgba(255, 255, 255, 0.85)' } as const;

export interface StackSeries {
  readonly name: string;
  readonly data: readonly number[];
  readonly color: string;
  readonly hatched?: boolean;
}

interface StackedBarsInput {
  readonly categories: readonly string[];
  readonly series: readonly StackSeries[];
  /** Name of the value axis, e.g. "USD". */
  readonly axisName: string;
  readonly format: FormatAmount;
  /** Short form for the value axis and the totals above the bars (e.g. "1.2M"); defaults to format. */
  readonly formatShort?: FormatAmount;
}

const TOTAL_SERIES = 'total';
const ZERO: Figures = { planned: 0, secured: 0, gap: 0 };

/**
 * Bars stacked per category, the stack's total written above it. The total is an empty
 * bar on top of the stack that carries the label (it is left out of the legend).
 */
export function stackedBarsOption({ categories, series, axisName, format, formatShort }: StackedBarsInput): ChartOption {
  const short = formatShort ?? format;
  const totals = categories.map((_, i) => series.reduce((sum, s) => sum + (s.data[i] ?? 0), 0));
  return {
    animation: false,
    // Room for the legend (two lines when it has more than two series) and the axis name.
    grid: { left: 8, right: 16, top: series.length > 2 ? 84 : 60, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, data: series.map((s) => s.name), itemWidth: 22, itemHeight: 14, textStyle: { fontSize: 12 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => (typeof v === 'number' ? format(v) : '') },
    xAxis: { type: 'category', data: [...categories], axisLabel: { interval: 0, fontSize: 12, color: '#1d2433' }, axisTick: { alignWithLabel: true } },
    yAxis: { type: 'value', name: axisName, nameTextStyle: { align: 'right' }, axisLabel: { formatter: (v: number) => short(v), color: '#5a6475' }, splitLine: { lineStyle: { color: '#e3e7ee' } } },
    series: [
      ...series.map((s) => ({
        type: 'bar',
        name: s.name,
        stack: 'amount',
        barMaxWidth: 56,
        data: [...s.data],
        itemStyle: { color: s.color, borderColor: s.color, borderWidth: 1, ...(s.hatched ? { decal: HATCH } : {}) },
        emphasis: { focus: 'series' },
      })),
      {
        type: 'bar',
        name: TOTAL_SERIES,
        stack: 'amount',
        data: totals.map(() => 0),
        itemStyle: { color: 'transparent' },
        tooltip: { show: false },
        label: { show: true, position: 'top', fontSize: 12, fontWeight: 'bold', color: '#1d2433', formatter: ({ dataIndex }: { dataIndex: number }) => short(totals[dataIndex] ?? 0) },
        silent: true,
      },
    ],
  };
}

export interface ObjectiveChartLabels {
  readonly regularPrincipal: string;
  readonly regularSignificant: string;
  readonly extraPrincipal: string;
  readonly extraSignificant: string;
  readonly axisName: string;
}

/**
 * What each strategic objective counts, by source: regular budget and extra-budgetary
 * (colour), each split into the part from results for which it is the principal objective
 * (solid) and the share counted from results for which it is significant (hatched).
 * `categories` names the objectives in the roll-up's order, then "not attributed" if the
 * roll-up has such allocations (then `categories` has one more entry).
 */
export function objectivesBySourceOption(rollup: CurrencyRollup, categories: readonly string[], labels: ObjectiveChartLabels, format: FormatAmount, formatShort?: FormatAmount): ChartOption {
  const major = (minor: number) => toMajor(minor, rollup.minorDigits);
  const withUnattributed = categories.length > rollup.objectives.length;
  const principal = rollup.objectives.map((o) => o.principal);
  const significant = rollup.objectives.map((o) => o.significant);
  if (withUnattributed) {
    principal.push(rollup.notAttributed.bySource);
    significant.push({ regular_budget: ZERO, extra_budgetary: ZERO, total: ZERO });
  }
  return stackedBarsOption({
    categories,
    axisName: labels.axisName,
    format,
    formatShort,
    series: [
      { name: labels.regularPrincipal, data: principal.map((f) => major(f.regular_budget.planned)), color: PALETTE.regularBudget },
      { name: labels.regularSignificant, data: significant.map((f) => major(f.regular_budget.planned)), color: PALETTE.regularBudget, hatched: true },
      { name: labels.extraPrincipal, data: principal.map((f) => major(f.extra_budgetary.planned)), color: PALETTE.extraBudgetary },
      { name: labels.extraSignificant, data: significant.map((f) => major(f.extra_budgetary.planned)), color: PALETTE.extraBudgetary, hatched: true },
    ],
  });
}
export interface GapChartLabels {
  readonly secured: string;
  readonly gap: string;
  readonly axisName: string;
}

/**
 * Planned against secured funds per row (periods or objectives): the secured part solid,
 * the gap (planned, not yet secured) hatched on top, the planned total written above.
 */
export function fundingGapOption(rows: readonly RollupRow<unknown>[], categories: readonly string[], minorDigits: number, labels: GapChartLabels, format: FormatAmount, formatShort?: FormatAmount): ChartOption {
  const major = (minor: number) => toMajor(minor, minorDigits);
  return stackedBarsOption({
    categories,
    axisName: labels.axisName,
    format,
    formatShort,
    series: [
      { name: labels.secured, data: rows.map((r) => major(r.bySource.total.secured)), color: PALETTE.secured },
      { name: labels.gap, data: rows.map((r) => major(r.bySource.total.gap)), color: PALETTE.gap, hatched: true },
    ],
  });
}

export interface SourceChartLabels {
  readonly regular: string;
  readonly extra: string;
  readonly axisName: string;
}

/** Planned funds per row (periods, units, components) stacked by source. */
export function sourcesOption(rows: readonly RollupRow<unknown>[], categories: readonly string[], minorDigits: number, labels: SourceChartLabels, format: FormatAmount, formatShort?: FormatAmount): ChartOption {
  const major = (minor: number) => toMajor(minor, minorDigits);
  return stackedBarsOption({
    categories,
    axisName: labels.axisName,
    format,
    formatShort,
    series: [
      { name: labels.regular, data: rows.map((r) => major(r.bySource.regular_budget.planned)), color: PALETTE.regularBudget },
      { name: labels.extra, data: rows.map((r) => major(r.bySource.extra_budgetary.planned)), color: PALETTE.extraBudgetary, hatched: true },
    ],
  });
}
