/**
 * The timeline chart's option: one category per row in tree order, spans as bars cut to
 * the plan period (own solid, derived hatched and dashed), milestones by state with a
 * shape per state, the status-date line and the next 90 days only where they fall in the
 * period, year ticks and labels, and nothing animated (print).
 */
import { addDays, parseISO } from 'date-fns';
import type { CustomSeriesRenderItemAPI, CustomSeriesRenderItemParams } from 'echarts';
import { describe, expect, it } from 'vitest';
import { buildTimeline, type Timeline } from '../../../shared/analysis/schedule';
import {
  HATCH_IMAGE,
  MILESTONE_COLOURS,
  MILESTONE_SYMBOLS,
  ROW_HEIGHT,
  rowLabel,
  shortStatement,
  timelineChartHeight,
  timelineChartOption,
  type TimelineChartText,
} from '../../../shared/charts/timeline-chart';
import type { PlanData } from '../../../shared/model';
import { blankData } from '../../fixtures/plans';
import { milestone, result, viewOf } from '../analysis/quality-plans';

const TEXT: TimelineChartText = {
  ownSpan: 'Planned span',
  derivedSpan: 'Derived',
  states: { overdue: 'Overdue', next90: 'Next 90 days', later: 'Later', done: 'Done', cancelled: 'Cancelled' },
  statusDate: 'Status date 31 Jan 2012',
  upcoming: 'Next 90 days from the status date',
  description: 'Timeline of 4 results',
  noStatement: 'No statement yet',
  formatDate: (iso) => `<${iso}>`,
};
const ms = (iso: string) => parseISO(iso).getTime();
const after = (iso: string) => addDays(parseISO(iso), 1).getTime();

/** Goal g > outcome o > outputs p (dated 2009-2011) and q (no dates, milestones only). */
function plan(change: (d: PlanData) => void = () => undefined): PlanData {
  const data = blankData();
  data.results = [
    result('g', 'goal', null),
    result('o', 'outcome', 'g'),
    result('p', 'output', 'o', 'a', { startDate: '2009-06-01', endDate: '2011-03-31', statement: 'Guidance {issued} | agreed' }),
    result('q', 'output', 'o', 'b', { statement: '' }),
  ];
  data.milestones = [
    milestone('late', 'q', '2011-10-31'),
    milestone('soon', 'q', '2012-02-15', { title: 'Report <b>out</b>' }),
    milestone('done', 'p', '2010-06-30', { status: 'done', completedDate: '2010-07-15' }),
    milestone('outside', 'q', '2016-06-30'),
  ];
  change(data);
  return data;
}

interface Series {
  type: string;
  name: string;
  data: { name: string; value: number[] }[];
  symbol?: string;
  itemStyle?: { color?: string };
  renderItem?: (params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI) => unknown;
  markLine?: { data: { xAxis: number }[]; label: { formatter: string } };
  markArea?: { data: [{ xAxis: number }, { xAxis: number }][] };
}
interface Option {
  animation: boolean;
  aria: { label: { description: string } };
  yAxis: { data: string[]; axisLabel: { formatter: (v: string, i: number) => string } };
  xAxis: { min: number; max: number; axisTick: { customValues: number[] }; axisLabel: { customValues: number[]; formatter: (v: number) => string } }[];
  legend: { data: { name: string }[] };
  tooltip: { formatter: (p: { name: string }) => string };
  series: Series[];
}
const optionOf = (timeline: Timeline) => timelineChartOption(timeline, TEXT) as unknown as Option;
const series = (option: Option, name: string) => option.series.find((s) => s.name === name)!;
const STATUS = '2012-01-31';

describe('timelineChartOption', () => {
  const timeline = buildTimeline(viewOf(plan()), STATUS);
  const option = optionOf(timeline);

  it('has one category per row in tree order, labelled by number and short statement, indented by depth', () => {
    expect(option.yAxis.data).toEqual(['g', 'o', 'p', 'q']);
    expect(option.yAxis.axisLabel.formatter('g', 0)).toBe('{d0|}{n|1} {goal|Statement of g}');
    // Rich-text markup in a statement cannot break the label.
    expect(option.yAxis.axisLabel.formatter('p', 2)).toBe('{d2|}{n|1.1.1} {output|Guidance (issued) / agreed}');
    expect(option.yAxis.axisLabel.formatter('q', 3)).toBe('{d2|}{n|1.1.2} {output|No statement yet}');
  });

  it('draws own spans and derived spans as two series, cut to the plan period, to the end of their last day', () => {
    expect(series(option, 'Planned span').data).toEqual([{ name: '1.1.1 Guidance {issued} | agreed: <2009-06-01> – <2011-03-31>', value: [ms('2010-01-01'), after('2011-03-31'), 2] }]);
    const derived = series(option, 'Derived').data;
    // g and o cover p (from 2009) and q's milestones (to 2016); q runs from its first milestone to its last.
    expect(derived.map((d) => d.value)).toEqual([
      [ms('2010-01-01'), after('2015-12-31'), 0],
      [ms('2010-01-01'), after('2015-12-31'), 1],
      [ms('2011-10-31'), after('2015-12-31'), 3],
    ]);
    expect(derived[2]!.name).toBe('1.1.2 No statement yet: <2011-10-31> – <2016-06-30> (Derived)');
  });

  it('renders an own span solid and a derived one hatched with a dashed outline', () => {
    const api = { value: (i: number) => [ms('2010-01-01'), ms('2011-01-01'), 2][i]!, coord: ([x, y]: number[]) => [x! / 1e9, y! * 20] } as unknown as CustomSeriesRenderItemAPI;
    const params = {} as CustomSeriesRenderItemParams;
    const own = series(option, 'Planned span').renderItem!(params, api) as { type: string; shape: { y: number; height: number }; style: { fill: unknown; lineDash?: number[] } };
    expect(own.type).toBe('rect');
    expect(own.shape).toMatchObject({ y: 40 - ROW_HEIGHT * 0.25, height: ROW_HEIGHT * 0.5 });
    expect(typeof own.style.fill).toBe('string');
    expect(own.style.lineDash).toBeUndefined();
    const derived = series(option, 'Derived').renderItem!(params, api) as { style: { fill: { image: string }; lineDash: number[] } };
    expect(derived.style.fill.image).toBe(HATCH_IMAGE);
    expect(derived.style.lineDash).toEqual([4, 3]);
    expect(decodeURIComponent(HATCH_IMAGE)).toMatch(/^data:image\/svg\+xml,<svg .*<path /);
  });

  it('puts each milestone in its state series, at mid-day of its due date, with a shape and colour per state; none outside the period', () => {
    const noon = (iso: string) => ms(iso) + 12 * 3600 * 1000;
    expect(series(option, 'Overdue')).toMatchObject({ type: 'scatter', symbol: MILESTONE_SYMBOLS.overdue, itemStyle: { color: MILESTONE_COLOURS.overdue } });
    expect(series(option, 'Overdue').data).toEqual([{ name: 'Milestone late: Overdue, <2011-10-31>', value: [noon('2011-10-31'), 3] }]);
    expect(series(option, 'Next 90 days').data).toEqual([{ name: 'Report <b>out</b>: Next 90 days, <2012-02-15>', value: [noon('2012-02-15'), 3] }]);
    expect(series(option, 'Done').data.map((d) => d.value)).toEqual([[noon('2010-06-30'), 2]]);
    expect(series(option, 'Later').data).toEqual([]);
    expect(new Set(Object.values(MILESTONE_SYMBOLS)).size).toBe(5);
    for (const symbol of Object.values(MILESTONE_SYMBOLS)) expect(symbol).toMatch(/^path:\/\/M0,-10L10,0L0,10L-10,0Z/);
  });

  it('draws the status-date line with its label and shades the next 90 days, both named in the legend', () => {
    expect(series(option, 'Status date 31 Jan 2012').markLine).toMatchObject({ data: [{ xAxis: ms(STATUS) }], label: { formatter: 'Status date 31 Jan 2012' } });
    expect(series(option, 'Next 90 days from the status date').markArea!.data).toEqual([[{ xAxis: ms(STATUS) }, { xAxis: after('2012-04-30') }]]);
    expect(option.legend.data.map((d) => d.name)).toEqual([
      'Planned span',
      'Derived',
      'Status date 31 Jan 2012',
      'Next 90 days from the status date',
      'Overdue',
      'Next 90 days',
      'Later',
      'Done',
      'Cancelled',
    ]);
  });

  it('has no status-date line when the status date lies outside the period, and shades only the part of the window inside it', () => {
    const late = optionOf(buildTimeline(viewOf(plan()), '2016-02-01'));
    expect(series(late, 'Status date 31 Jan 2012').markLine).toBeUndefined();
    expect(series(late, 'Next 90 days from the status date').markArea).toBeUndefined();
    expect(late.legend.data.map((d) => d.name)).not.toContain('Status date 31 Jan 2012');
    const early = optionOf(buildTimeline(viewOf(plan()), '2009-12-01'));
    expect(series(early, 'Status date 31 Jan 2012').markLine).toBeUndefined();
    expect(series(early, 'Next 90 days from the status date').markArea!.data).toEqual([[{ xAxis: ms('2010-01-01') }, { xAxis: after('2010-03-01') }]]);
  });

  it('spans the x axes over the plan period with a tick at each new year and the years labelled mid-year', () => {
    for (const axis of option.xAxis) {
      expect([axis.min, axis.max]).toEqual([ms('2010-01-01'), after('2015-12-31')]);
      expect(axis.axisTick.customValues).toEqual([2010, 2011, 2012, 2013, 2014, 2015, 2016].map((y) => ms(`${y}-01-01`)));
      expect(axis.axisLabel.customValues.map(axis.axisLabel.formatter)).toEqual(['2010', '2011', '2012', '2013', '2014', '2015']);
    }
  });

  it('is not animated, describes itself for screen readers, and escapes what the tooltip shows', () => {
    expect(option.animation).toBe(false);
    expect(option.aria.label.description).toBe('Timeline of 4 results');
    expect(option.tooltip.formatter({ name: 'Report <b>out</b>' })).toBe('Report &#60;b&#62;out&#60;/b&#62;');
  });
});

describe('labels and height', () => {
  it('cuts a long statement at a word, and leaves a short one whole', () => {
    expect(shortStatement('Short statement')).toBe('Short statement');
    expect(shortStatement('Office-wide strategy paper on labour migration adopted, setting out the vision', 40)).toBe('Office-wide strategy paper on labour…');
    expect(shortStatement('Supercalifragilisticexpialidocious-and-more-words', 20)).toBe('Supercalifragilisti…');
  });

  it('labels a deep row with less room for its statement, up to three indents', () => {
    const row = buildTimeline(viewOf(plan()), STATUS).rows[2]!;
    expect(rowLabel({ ...row, depth: 5 }, '')).toMatch(/^\{d3\|\}/);
  });

  it('gives every row its own height, and an empty chart room for its axes', () => {
    expect(timelineChartHeight(10) - timelineChartHeight(9)).toBe(ROW_HEIGHT);
    expect(timelineChartHeight(0)).toBe(timelineChartHeight(1));
  });
});
