/**
 * Milestones and timeline (issue 4, item 6): the plan period as a chart of the results'
 * activity spans and milestones with the status-date line and the next 90 days shaded,
 * the overdue / next 90 days / done counts, and below it the same content as a list to
 * read and edit by keyboard: each result's dates and milestones (add, edit, mark done,
 * delete with Undo). Everything is computed from the view as of the plan's status date
 * (`statusDateOf`), so it follows every edit.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildTimeline, hasTimelineFilters, NO_TIMELINE_FILTERS, type TimelineFilters, type TimelineRow } from '../../../shared/analysis/schedule';
import { useAsOf } from '../../ui/useAsOf';
import type { Milestone } from '../../../shared/model';
import { useApp } from '../../store';
import { formatDate } from '../../ui/format';
import { MilestoneDialog } from './MilestoneDialog';
import { ScheduleTable, spanInWords } from './ScheduleTable';
import { SpanDialog } from './SpanDialog';
import { TimelineChart } from './TimelineChart';
import { TimelineFiltersBar } from './TimelineFiltersBar';
import { useMilestoneActions } from './useMilestoneActions';
import './timeline.css';

/** Results listed before "Show more": a large plan has thousands. */
const PAGE = 100;

type DialogState =
  | { readonly mode: 'add'; readonly row: TimelineRow }
  | { readonly mode: 'dates'; readonly row: TimelineRow }
  | { readonly mode: 'edit'; readonly milestone: Milestone; readonly row: TimelineRow };

export function TimelineScreen() {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const focusRequest = useApp((s) => s.focusRequest);
  const clearFocusRequest = useApp((s) => s.clearFocusRequest);
  const notify = useApp((s) => s.notify);
  const actions = useMilestoneActions();
  const [filters, setFilters] = useState<TimelineFilters>(NO_TIMELINE_FILTERS);
  const [visible, setVisible] = useState(PAGE);
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const [selectedMilestoneId, setSelectedMilestoneId] = useState<string | null>(null);
  const [handledRequest, setHandledRequest] = useState<typeof focusRequest>(null);

  const statusDate = useAsOf(view.plan);
  const timeline = useMemo(() => buildTimeline(view, statusDate, filters), [view, statusDate, filters]);

  // A request to show a milestone (navigateTo from another screen): select it, and make
  // sure it is listed (clearing filters that hide it, showing more results); the DOM side,
  // scrolling and focus, follows in an effect. State adjusted during render, React's way.
  const target = focusRequest?.target;
  if (focusRequest && focusRequest !== handledRequest && target?.kind === 'milestone') {
    const rowIndex = timeline.rows.findIndex((r) => r.milestones.some((m) => m.milestone.id === target.id));
    if (rowIndex < 0 && view.milestones[target.id] && hasTimelineFilters(filters)) {
      setFilters(NO_TIMELINE_FILTERS);
    } else {
      setHandledRequest(focusRequest);
      setSelectedMilestoneId(rowIndex >= 0 ? target.id : null);
      if (rowIndex >= visible) setVisible(Math.ceil((rowIndex + 1) / PAGE) * PAGE);
    }
  }
  useEffect(() => {
    if (!handledRequest) return undefined;
    const frame = requestAnimationFrame(() => {
      const id = handledRequest.target.kind === 'milestone' ? handledRequest.target.id : '';
      const row = document.getElementById(`milestone-${id}`);
      row?.scrollIntoView({ block: 'center' });
      row?.focus({ preventScroll: true });
      clearFocusRequest();
    });
    return () => cancelAnimationFrame(frame);
  }, [handledRequest, clearFocusRequest]);

  const period = { start: view.plan.periodStart, end: view.plan.periodEnd };
  const shownRows = timeline.rows.slice(0, visible);
  const rest = timeline.rows.length - shownRows.length;
  const { counts } = timeline;

  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <div className="screen-heading">
        <h1 id="timeline-title">{t('timeline.title')}</h1>
      </div>
      <p className="intro">
        {t('timeline.intro')}{' '}
        <strong>{view.plan.statusDate ? t('timeline.asOfStatusDate', { date: formatDate(statusDate) }) : t('timeline.asOfToday', { date: formatDate(statusDate) })}</strong>{' '}
        <span className="muted">{t('timeline.statusDateHint')}</span>
      </p>

      <section className="timeline-counts" aria-label={t('timeline.counts.label')}>
        <dl>
          <div className="timeline-count count-overdue">
            <dt>
              <span className="milestone-state-icon state-overdue" aria-hidden="true" />
              {t('timeline.counts.overdue')}
            </dt>
            <dd data-testid="timeline-count-overdue">{counts.overdue}</dd>
          </div>
          <div className="timeline-count count-next90">
            <dt>
              <span className="milestone-state-icon state-next90" aria-hidden="true" />
              {t('timeline.counts.next90')}
            </dt>
            <dd data-testid="timeline-count-next90">{counts.next90}</dd>
          </div>
          <div className="timeline-count count-done">
            <dt>
              <span className="milestone-state-icon state-done" aria-hidden="true" />
              {t('timeline.counts.done')}
            </dt>
            <dd data-testid="timeline-count-done">
              {counts.done}
              {counts.doneLate > 0 && <span className="timeline-count-note">{t('timeline.counts.doneLate', { count: counts.doneLate })}</span>}
            </dd>
          </div>
        </dl>
        <p className="muted timeline-counts-total">
          {/* The "due soon" filter narrows the list, not the counts; the others narrow both. */}
          {filters.level || filters.componentId || filters.unitId ? t('timeline.counts.filtered', { count: counts.total }) : t('timeline.counts.total', { count: counts.total })}
        </p>
      </section>

      <TimelineFiltersBar
        filters={filters}
        onChange={(next) => {
          setFilters(next);
          setVisible(PAGE);
        }}
      />

      <TimelineChart timeline={timeline} hasStatusDate={Boolean(view.plan.statusDate)} />

      <section className="timeline-list" aria-labelledby="timeline-list-title">
        <h2 id="timeline-list-title">{t('timeline.list.title')}</h2>
        <p className="hint">{t('timeline.list.intro')}</p>
        {timeline.rows.length === 0 && <p className="empty">{t('timeline.chart.empty')}</p>}
        {shownRows.length > 0 && (
          <ScheduleTable
            rows={shownRows}
            selectedMilestoneId={selectedMilestoneId}
            onAdd={(row) => setDialog({ mode: 'add', row })}
            onEditDates={(row) => setDialog({ mode: 'dates', row })}
            onEdit={(milestone, row) => setDialog({ mode: 'edit', milestone, row })}
            onMarkDone={(milestone) => {
              setSelectedMilestoneId(milestone.id);
              void actions.markDone(milestone, statusDate);
            }}
            onDelete={(milestone) => void actions.remove(milestone)}
          />
        )}
        {rest > 0 && (
          <p className="timeline-more">
            <span className="muted">{t('timeline.list.showing', { shown: shownRows.length, total: timeline.rows.length })}</span>{' '}
            <button type="button" onClick={() => setVisible((v) => v + PAGE)}>
              {t('timeline.list.showMore', { count: Math.min(PAGE, rest) })}
            </button>
          </p>
        )}
      </section>

      {dialog?.mode === 'dates' && view.results[dialog.row.id] && (
        <SpanDialog
          result={view.results[dialog.row.id]!}
          number={dialog.row.number}
          current={spanInWords(dialog.row, t)}
          onClose={() => setDialog(null)}
          onSubmit={(start, end) => actions.setSpan(dialog.row.id, start, end)}
        />
      )}
      {(dialog?.mode === 'add' || dialog?.mode === 'edit') && (
        <MilestoneDialog
          milestone={dialog.mode === 'edit' ? dialog.milestone : undefined}
          heading={dialog.mode === 'edit' ? t('timeline.dialog.editTitle') : t('timeline.dialog.addTitle', { number: dialog.row.number })}
          statusDate={statusDate}
          period={period}
          onClose={() => setDialog(null)}
          onSubmit={(draft) => {
            if (dialog.mode === 'edit') return actions.update(dialog.milestone, draft);
            if (!view.results[dialog.row.id]) {
              notify({ tone: 'error', message: { key: 'timeline.errors.resultGone' } });
              return Promise.resolve(false);
            }
            return actions.add(dialog.row.id, draft, dialog.row.number);
          }}
        />
      )}
    </section>
  );
}
