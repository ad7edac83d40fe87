/**
 * The timeline chart of a plan: one row per result over the plan period, a bar for its
 * activity span (a derived span lighter, with a dashed outline), its milestones as
 * diamonds whose colour and cut-out both say their state (so print in greyscale still
 * tells them apart), the status date as a vertical line with its label, and the next 90
 * days shaded. Built from `buildTimeline` (shared/analysis/schedule); the words come in
 * translated, so this stays pure.
 */
import { addDays, parseISO } from 'date-fns';
import type {
  AriaComponentOption,
  ComposeOption,
  CustomSeriesOption,
  CustomSeriesRenderItem,
  GridComponentOption,
  LegendComponentOption,
  MarkAreaComponentOption,
  MarkLineComponentOption,
  ScatterSeriesOption,
  TooltipComponentOption,
  XAXisComponentOption,
  YAXisComponentOption,
} from 'echarts';
import { isDerivedSpan, MILESTONE_STATES, type MilestoneState, type Timeline, type TimelineRow } from '../analysis/schedule';
import type { IsoDate } from '../dates';
import { PALETTE } from './palette';
import type { ChartOption } from './types';

type TimelineOption = ComposeOption<
  | CustomSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | XAXisComponentOption
  | YAXisComponentOption
  | MarkLineComponentOption
  | MarkAreaComponentOption
  | AriaComponentOption
>;

/** The words of the chart, translated by the caller. */
export interface TimelineChartText {
  /** Legend of a span set by the result's own dates. */
  readonly ownSpan: string;
  /** Legend of a span derived from the result's results and milestones. */
  readonly derivedSpan: string;
  readonly states: Readonly<Record<MilestoneState, string>>;
  /** The status-date line's label, date included ("Status date 31 Jan 2012"). */
  readonly statusDate: string;
  /** The shaded window's label ("Next 90 days"). */
  readonly upcoming: string;
  /** What the chart shows, for screen readers (ECharts' aria description). */
  readonly description: string;
  readonly noStatement: string;
  readonly formatDate: (iso: IsoDate) => string;
}

/** Height of one result's row, and the room above and below the rows (legend, axes, labels). */
export const ROW_HEIGHT = 21;
const TOP = 84;
const BOTTOM = 36;
/** Room for the row labels on the left. */
const LABEL_WIDTH = 330;
const LABEL_CHARS = 46;

/** The chart's height for a number of rows, so every row keeps its height. */
export function timelineChartHeight(rows: number): number {
  return TOP + Math.max(rows, 1) * ROW_HEIGHT + BOTTOM;
}

/**
 * Milestone symbols, drawn in a 20x20 box: a diamond, with a hole (an inner path wound
 * the other way) that differs by state: none when done, "!" when overdue, a wide ring
 * when due in the next 90 days, a thin ring later, a bar when cancelled.
 */
const OUTER = 'M0,-10L10,0L0,10L-10,0Z';
const innerDiamond = (r: number) => `M0,-${r}L-${r},0L0,${r}L${r},0Z`;
export const MILESTONE_SYMBOLS: Readonly<Record<MilestoneState, string>> = {
  done: `path://${OUTER}`,
  overdue: `path://${OUTER}M-1.6,-6.5L-1.6,1.5L1.6,1.5L1.6,-6.5ZM-1.6,3.3L-1.6,6.3L1.6,6.3L1.6,3.3Z`,
  next90: `path://${OUTER}${innerDiamond(4.5)}`,
  later: `path://${OUTER}${innerDiamond(6.5)}`,
  cancelled: `path://${OUTER}M-6,-1.6L-6,1.6L6,1.6L6,-1.6Z`,
};

export const MILESTONE_COLOURS: Readonly<Record<MilestoneState, string>> = {
  done: PALETTE.onTrack,
  overdue: PALETTE.offTrack,
  next90: PALETTE.atRisk,
  later: PALETTE.target,
  cancelled: PALETTE.notMeasured,
};

const SPAN_STROKE = '#3d5a80';
const OWN_FILL = '#8fb0d9';
const DERIVED_FILL = '#eef3f9';
const HATCH_STROKE = '#9fb6d6';
const STATUS_LINE = '#1d2433';
const UPCOMING_FILL = 'rgba(178, 107, 0, 0.13)';
const UPCOMING_LEGEND = '#f1dfc2';
const STATUS_ICON = 'path://M-1.5,-10L1.5,-10L1.5,10L-1.5,10Z';

/** Midnight at the start of a day, in the time axis' milliseconds. */
const dayStart = (iso: IsoDate): number => parseISO(iso).getTime();
const dayEnd = (iso: IsoDate): number => addDays(parseISO(iso), 1).getTime();
/** Milestones sit mid-day: one due on the status date is drawn after its line, as it is not overdue. */
const midDay = (iso: IsoDate): number => dayStart(iso) + 12 * 3600 * 1000;

/** The start of a statement, cut at a word, to label a row. */
export function shortStatement(statement: string, max = LABEL_CHARS): string {
  const text = statement.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** ECharts rich text reads braces and bars as markup. */
const plain = (text: string): string => text.replace(/[{}|]/g, (c) => (c === '|' ? '/' : c === '{' ? '(' : ')'));

/** The row label: number and short statement, indented by depth, weighted by level. */
export function rowLabel(row: TimelineRow, noStatement: string): string {
  const statement = row.statement.trim() ? shortStatement(row.statement, LABEL_CHARS - row.depth * 2) : noStatement;
  return `{d${Math.min(row.depth, 3)}|}{n|${plain(row.number)}} {${row.level}|${plain(statement)}}`;
}

/** Where the year labels sit: mid-way through each year's part of the period. */
function yearMarks(start: IsoDate, end: IsoDate): { ticks: number[]; labels: number[] } {
  const min = dayStart(start);
  const max = dayEnd(end);
  const ticks: number[] = [min];
  const labels: number[] = [];
  for (let year = parseISO(start).getFullYear(); year <= parseISO(end).getFullYear(); year++) {
    const from = Math.max(min, new Date(year, 0, 1).getTime());
    const to = Math.min(max, new Date(year + 1, 0, 1).getTime());
    if (from > min) ticks.push(from);
    labels.push((from + to) / 2);
  }
  ticks.push(max);
  return { ticks, labels };
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A derived span's fill: light, with diagonal hatching that prints in greyscale. One
 * small SVG tile repeated as a pattern (the SVG renderer defines it once for all bars).
 */
const HATCH_TILE = 6;
export const HATCH_IMAGE = `data:image/svg+xml,${encodeURIComponent(
  `<svg xmlns="http://www.w3.org/2000/svg" width="${HATCH_TILE}" height="${HATCH_TILE}"><rect width="${HATCH_TILE}" height="${HATCH_TILE}" fill="#eef3f9"/><path d="M-1,1L1,-1M0,${HATCH_TILE}L${HATCH_TILE},0M${HATCH_TILE - 1},${HATCH_TILE + 1}L${HATCH_TILE + 1},${HATCH_TILE - 1}" stroke="#9fb6d6" stroke-width="1.2"/></svg>`,
)}`;
const HATCH_FILL = { image: HATCH_IMAGE, repeat: 'repeat' as const, imageWidth: HATCH_TILE, imageHeight: HATCH_TILE };

/** Draws one span: a bar across its row, solid for own dates, light, hatched and dashed when derived. */
const renderSpan =
  (derived: boolean): CustomSeriesRenderItem =>
  (_params, api) => {
    const from = api.coord([api.value(0), api.value(2)]);
    const to = api.coord([api.value(1), api.value(2)]);
    const height = ROW_HEIGHT * 0.5;
    const shape = { x: from[0]!, y: from[1]! - height / 2, width: Math.max(to[0]! - from[0]!, 2), height };
    return {
      type: 'rect',
      shape: { ...shape, r: derived ? 0 : 2 },
      style: derived ? { fill: HATCH_FILL, stroke: SPAN_STROKE, lineWidth: 1.2, lineDash: [4, 3] } : { fill: OWN_FILL, stroke: SPAN_STROKE, lineWidth: 1 },
    };
  };

export function timelineChartOption(timeline: Timeline, text: TimelineChartText): ChartOption {
  const { rows, periodStart, periodEnd, statusDate } = timeline;
  const min = dayStart(periodStart);
  const max = dayEnd(periodEnd);
  const marks = yearMarks(periodStart, periodEnd);
  const range = (start: IsoDate, end: IsoDate) => `${text.formatDate(start)} – ${text.formatDate(end)}`;
  const rowName = (row: TimelineRow) => `${row.number} ${row.statement.trim() || text.noStatement}`;

  const spans = (derived: boolean) =>
    rows.flatMap((row, index) => {
      if (!row.bar || !row.span || isDerivedSpan(row.span) !== derived) return [];
      const name = `${rowName(row)}: ${range(row.span.start, row.span.end)}${derived ? ` (${text.derivedSpan})` : ''}`;
      return [{ name, value: [dayStart(row.bar.start), dayEnd(row.bar.end), index] }];
    });

  const milestones = (state: MilestoneState) =>
    rows.flatMap((row, index) =>
      row.milestones
        .filter((m) => m.state === state && m.position === 'within')
        .map((m) => ({ name: `${m.milestone.title}: ${text.states[state]}, ${text.formatDate(m.milestone.dueDate)}`, value: [midDay(m.milestone.dueDate), index] })),
    );

  const showStatusLine = timeline.statusDatePosition === 'within';
  const areaStart = statusDate < periodStart ? periodStart : statusDate;
  const areaEnd = timeline.upcomingEnd > periodEnd ? periodEnd : timeline.upcomingEnd;
  const showArea = areaStart <= areaEnd && statusDate <= periodEnd;

  const xAxis = (position: 'top' | 'bottom'): XAXisComponentOption => ({
    type: 'time',
    position,
    min,
    max,
    axisLine: { show: true, lineStyle: { color: '#8a93a3' } },
    axisTick: { show: true, customValues: marks.ticks, length: 5 },
    splitLine: position === 'top' ? { show: true, lineStyle: { color: '#d5dae3' } } : { show: false },
    axisLabel: { customValues: marks.labels, formatter: (value: number) => String(new Date(value).getFullYear()), color: '#1d2433', fontWeight: 600, hideOverlap: true },
  });

  const span = (derived: boolean): CustomSeriesOption => ({
    type: 'custom',
    name: derived ? text.derivedSpan : text.ownSpan,
    renderItem: renderSpan(derived),
    encode: { x: [0, 1], y: 2 },
    itemStyle: { color: derived ? DERIVED_FILL : OWN_FILL },
    data: spans(derived),
    z: 2,
  });

  const option: TimelineOption = {
    aria: { enabled: true, label: { description: text.description } },
    animation: false,
    grid: { left: LABEL_WIDTH, right: 24, top: TOP, bottom: BOTTOM },
    legend: {
      top: 4,
      left: 'center',
      selectedMode: false,
      itemGap: 16,
      itemWidth: 22,
      itemHeight: 13,
      textStyle: { color: '#1d2433' },
      data: [
        { name: text.ownSpan, icon: 'rect', itemStyle: { color: OWN_FILL, borderColor: SPAN_STROKE, borderWidth: 1 } },
        {
          name: text.derivedSpan,
          icon: 'rect',
          itemStyle: { color: DERIVED_FILL, borderColor: SPAN_STROKE, borderWidth: 1, borderType: 'dashed', decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [1, 3], rotation: -Math.PI / 4, color: HATCH_STROKE } },
        },
        ...(showStatusLine ? [{ name: text.statusDate, icon: STATUS_ICON, itemStyle: { color: STATUS_LINE } }] : []),
        ...(showArea ? [{ name: text.upcoming, icon: 'rect', itemStyle: { color: UPCOMING_LEGEND, borderColor: PALETTE.atRisk, borderWidth: 1 } }] : []),
        ...MILESTONE_STATES.map((state) => ({ name: text.states[state], icon: MILESTONE_SYMBOLS[state] })),
      ],
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => escapeHtml(Array.isArray(params) ? (params[0]?.name ?? '') : params.name),
    },
    xAxis: [xAxis('top'), xAxis('bottom')],
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.id),
      axisTick: { show: false },
      axisLine: { show: true, lineStyle: { color: '#8a93a3' } },
      splitLine: { show: false },
      axisLabel: {
        interval: 0,
        align: 'left',
        margin: LABEL_WIDTH - 8,
        formatter: (_value: string, index: number) => (rows[index] ? rowLabel(rows[index], text.noStatement) : ''),
        rich: {
          d0: { width: 0 },
          d1: { width: 10 },
          d2: { width: 20 },
          d3: { width: 30 },
          n: { color: '#5a6475', fontSize: 11, padding: [0, 4, 0, 0] },
          goal: { fontWeight: 700, color: '#1d2433', fontSize: 12 },
          outcome: { fontWeight: 600, color: '#1d2433', fontSize: 12 },
          output: { color: '#1d2433', fontSize: 12 },
          activity: { color: '#3b4456', fontSize: 12 },
        },
      },
    },
    series: [
      span(false),
      span(true),
      {
        // Carries the shading of the next 90 days, and names it in the legend.
        type: 'scatter',
        name: text.upcoming,
        data: [],
        itemStyle: { color: UPCOMING_LEGEND },
        markArea: showArea ? { silent: true, itemStyle: { color: UPCOMING_FILL }, data: [[{ xAxis: dayStart(areaStart) }, { xAxis: dayEnd(areaEnd) }]] } : undefined,
        z: 1,
      },
      {
        // Carries the status-date line, and names it in the legend.
        type: 'scatter',
        name: text.statusDate,
        data: [],
        itemStyle: { color: STATUS_LINE },
        markLine: showStatusLine
          ? {
              silent: true,
              symbol: 'none',
              lineStyle: { color: STATUS_LINE, type: 'solid', width: 2 },
              // The y axis runs top down, so the line starts at the top: its label sits above the year labels.
              label: { show: true, position: 'start', distance: 22, formatter: text.statusDate, color: STATUS_LINE, fontWeight: 700, fontSize: 12 },
              data: [{ name: text.statusDate, xAxis: dayStart(statusDate) }],
            }
          : undefined,
        z: 6,
      },
      ...MILESTONE_STATES.map(
        (state): ScatterSeriesOption => ({
          type: 'scatter',
          name: text.states[state],
          symbol: MILESTONE_SYMBOLS[state],
          symbolSize: state === 'overdue' ? 17 : 14,
          itemStyle: { color: MILESTONE_COLOURS[state], borderWidth: 0, opacity: 1 },
          data: milestones(state),
          z: state === 'overdue' || state === 'next90' ? 5 : 4,
        }),
      ),
    ],
  };
  return option as ChartOption;
}
