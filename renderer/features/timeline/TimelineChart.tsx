/**
 * The timeline drawn by ECharts (option built in shared/charts/timeline-chart), with a
 * note above it when the status date lies outside the plan period. A very long plan is
 * drawn in part (the list below always has everything), so the chart stays usable.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MILESTONE_STATES, type MilestoneState, type Timeline } from '../../../shared/analysis/schedule';
import { timelineChartHeight, timelineChartOption } from '../../../shared/charts/timeline-chart';
import { Chart } from '../../ui/Chart';
import { formatDate } from '../../ui/format';

/** Rows drawn at most: beyond this the chart is too tall to read, and filters are the way in. */
export const MAX_CHART_ROWS = 150;

interface TimelineChartProps {
  readonly timeline: Timeline;
  /** Whether the plan has a status date (else the line is "today"). */
  readonly hasStatusDate: boolean;
}

export function TimelineChart({ timeline, hasStatusDate }: TimelineChartProps) {
  const { t } = useTranslation();
  const shown = useMemo(() => (timeline.rows.length > MAX_CHART_ROWS ? { ...timeline, rows: timeline.rows.slice(0, MAX_CHART_ROWS) } : timeline), [timeline]);
  const period = { start: formatDate(timeline.periodStart), end: formatDate(timeline.periodEnd) };
  const statusDate = formatDate(timeline.statusDate);
  const option = useMemo(() => {
    const dates = { start: formatDate(timeline.periodStart), end: formatDate(timeline.periodEnd), statusDate: formatDate(timeline.statusDate) };
    return timelineChartOption(shown, {
      ownSpan: t('timeline.chart.ownSpan'),
      derivedSpan: t('timeline.chart.derivedSpan'),
      states: Object.fromEntries(MILESTONE_STATES.map((s) => [s, t(`timeline.states.${s}`)])) as Record<MilestoneState, string>,
      statusDate: t(hasStatusDate ? 'timeline.chart.statusDate' : 'timeline.chart.today', { date: dates.statusDate }),
      upcoming: t('timeline.chart.upcoming'),
      description: t('timeline.chart.description', {
        ...dates,
        count: shown.rows.length,
        overdue: timeline.counts.overdue,
        next90: timeline.counts.next90,
        done: timeline.counts.done,
      }),
      noStatement: t('detail.noStatement'),
      formatDate,
    });
  }, [shown, timeline, t, hasStatusDate]);

  return (
    <section className="timeline-chart-section" aria-labelledby="timeline-chart-title">
      <h2 id="timeline-chart-title">{t('timeline.chart.title')}</h2>
      {timeline.statusDatePosition !== 'within' && (
        <p className="timeline-notice" role="note">
          {t(`timeline.chart.${timeline.statusDatePosition}`, { date: statusDate, ...period })}
        </p>
      )}
      {timeline.rows.length > MAX_CHART_ROWS && (
        <p className="timeline-notice" role="note">
          {t('timeline.chart.capped', { shown: MAX_CHART_ROWS, total: timeline.rows.length })}
        </p>
      )}
      {timeline.rows.length === 0 ? (
        <p className="empty">{t('timeline.chart.empty')}</p>
      ) : (
        <Chart
          className="timeline-chart"
          option={option}
          label={t('timeline.chart.label', { ...period, count: shown.rows.length })}
          height={timelineChartHeight(shown.rows.length)}
        />
      )}
    </section>
  );
}
