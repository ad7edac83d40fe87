/**
 * The timeline's content as a table a keyboard and a screen reader can use: one group of
 * rows per result (its number, statement and span, own or derived, with buttons to edit
 * its dates and add a milestone), then its milestones with due date, state as of the
 * status date in words, completion date, and their actions.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TimelineMilestone, TimelineRow } from '../../../shared/analysis/schedule';
import type { Milestone } from '../../../shared/model';
import { formatDate } from '../../ui/format';
import { useLevelName } from '../../ui/levels';

export interface ScheduleHandlers {
  readonly onAdd: (row: TimelineRow) => void;
  readonly onEditDates: (row: TimelineRow) => void;
  readonly onEdit: (milestone: Milestone, row: TimelineRow) => void;
  readonly onMarkDone: (milestone: Milestone) => void;
  readonly onDelete: (milestone: Milestone) => void;
}

interface ScheduleTableProps extends ScheduleHandlers {
  readonly rows: readonly TimelineRow[];
  readonly selectedMilestoneId: string | null;
}

/** What the span's notes say: which ends are derived or missing, and how it sits in the plan period. */
function spanNotes(row: TimelineRow, t: TFunction): string[] {
  const span = row.span;
  if (!span) return [];
  const notes: string[] = [];
  if (span.startSource === 'derived' && span.endSource === 'derived') notes.push(t('timeline.span.derived'));
  else {
    if (span.startSource === 'derived') notes.push(t('timeline.span.startDerived'));
    if (span.endSource === 'derived') notes.push(t('timeline.span.endDerived'));
  }
  if (span.startSource === 'none') notes.push(t('timeline.span.startMissing'));
  if (span.endSource === 'none') notes.push(t('timeline.span.endMissing'));
  if (row.spanPosition === 'before' || row.spanPosition === 'after') notes.push(t(`timeline.span.${row.spanPosition}`));
  if (row.bar?.cutStart) notes.push(t('timeline.span.cutStart'));
  if (row.bar?.cutEnd) notes.push(t('timeline.span.cutEnd'));
  return notes;
}

/** The span in words, for the dialog that edits it. */
export function spanInWords(row: TimelineRow, t: TFunction): string {
  if (!row.span) return t('timeline.span.none');
  const dates = t('timeline.span.span', { start: formatDate(row.span.start), end: formatDate(row.span.end) });
  const notes = spanNotes(row, t);
  return notes.length > 0 ? `${dates} (${notes.join('; ')})` : dates;
}

function SpanText({ row }: { readonly row: TimelineRow }) {
  const { t } = useTranslation();
  const span = row.span;
  if (!span) return <span className="muted">{t('timeline.span.none')}</span>;
  const notes = spanNotes(row, t);
  const own = span.startSource === 'own' && span.endSource === 'own';
  return (
    <>
      <span className={own ? 'span-dates' : 'span-dates derived'}>{t('timeline.span.span', { start: formatDate(span.start), end: formatDate(span.end) })}</span>
      {notes.length > 0 && <span className="muted"> ({notes.join('; ')})</span>}
    </>
  );
}

function StateCell({ item }: { readonly item: TimelineMilestone }) {
  const { t } = useTranslation();
  const { state, daysLate, daysToDue, milestone } = item;
  const detail =
    state === 'overdue'
      ? t('timeline.stateDetail.overdue', { count: daysLate })
      : state === 'next90'
        ? daysToDue === 0
          ? t('timeline.stateDetail.dueToday')
          : t('timeline.stateDetail.next90', { count: daysToDue })
        : null;
  return (
    <>
      <span className={`milestone-state state-${state}`}>
        <span className="milestone-state-icon" aria-hidden="true" />
        {t(`timeline.states.${state}`)}
      </span>
      {detail && <span className="milestone-state-detail">{detail}</span>}
      {milestone.status === 'in_progress' && <span className="muted milestone-state-detail">{t('timeline.status.in_progress')}</span>}
    </>
  );
}

function CompletedCell({ item }: { readonly item: TimelineMilestone }) {
  const { t } = useTranslation();
  const completed = item.milestone.completedDate;
  if (item.milestone.status !== 'done' || !completed) return <span className="muted">—</span>;
  const late = item.daysLate > 0 || item.doneAfterStatusDate;
  const note = item.doneAfterStatusDate ? t('timeline.list.afterStatusDate') : item.daysLate > 0 ? t('timeline.list.late', { count: item.daysLate }) : t('timeline.list.onTime');
  return (
    <>
      <span className="milestone-date">{formatDate(completed)}</span> <span className={late ? 'completed-late' : 'muted'}>({note})</span>
    </>
  );
}

function MilestoneRow({ item, row, selected, handlers }: { readonly item: TimelineMilestone; readonly row: TimelineRow; readonly selected: boolean; readonly handlers: ScheduleHandlers }) {
  const { t } = useTranslation();
  const m = item.milestone;
  const open = (item.state === 'overdue' || item.state === 'next90' || item.state === 'later') && m.status !== 'done';
  return (
    <tr
      id={`milestone-${m.id}`}
      data-milestone-id={m.id}
      tabIndex={-1}
      className={`milestone-row state-${item.state}${selected ? ' selected' : ''}`}
      aria-current={selected ? 'true' : undefined}
    >
      <th scope="row" className="milestone-title">
        {m.title}
      </th>
      <td className="milestone-due">
        <span className="milestone-date">{formatDate(m.dueDate)}</span>
        {item.position !== 'within' && <span className="muted milestone-outside">{t('timeline.list.outsidePeriod')}</span>}
      </td>
      <td>
        <StateCell item={item} />
      </td>
      <td>
        <CompletedCell item={item} />
      </td>
      <td>
        <div className="row-actions milestone-actions">
          {open && (
            <button type="button" aria-label={t('timeline.list.markDoneLabel', { title: m.title })} onClick={() => handlers.onMarkDone(m)}>
              {t('timeline.list.markDone')}
            </button>
          )}
          <button type="button" aria-label={t('timeline.list.editLabel', { title: m.title })} onClick={() => handlers.onEdit(m, row)}>
            {t('timeline.list.edit')}
          </button>
          <button type="button" aria-label={t('timeline.list.deleteLabel', { title: m.title })} onClick={() => handlers.onDelete(m)}>
            {t('timeline.list.delete')}
          </button>
        </div>
      </td>
    </tr>
  );
}

export function ScheduleTable({ rows, selectedMilestoneId, ...handlers }: ScheduleTableProps) {
  const { t } = useTranslation();
  const levelNameOf = useLevelName();
  return (
    <table className="table schedule-table">
      <caption className="visually-hidden">{t('timeline.list.title')}</caption>
      <colgroup>
        <col className="col-title" />
        <col className="col-due" />
        <col className="col-state" />
        <col className="col-completed" />
        <col className="col-actions" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t('timeline.list.milestone')}</th>
          <th scope="col">{t('timeline.list.due')}</th>
          <th scope="col">{t('timeline.list.state')}</th>
          <th scope="col">{t('timeline.list.completed')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('timeline.list.actions')}</span>
          </th>
        </tr>
      </thead>
      {rows.map((row) => (
        <tbody key={row.id} className={`schedule-group depth-${Math.min(row.depth, 3)}`}>
          <tr className="schedule-result-row">
            <th scope="rowgroup" colSpan={4} className="schedule-result">
              <span className="schedule-result-title">
                <span className={`level-badge level-${row.level}`}>{levelNameOf(row.level)}</span> <span className="schedule-number">{row.number}</span>{' '}
                <span className={row.statement.trim() ? undefined : 'placeholder'}>{row.statement.trim() || t('detail.noStatement')}</span>
              </span>
              <span className="schedule-span">
                <span className="schedule-label">{t('timeline.span.label')}:</span> <SpanText row={row} />
              </span>
            </th>
            <td className="schedule-result-actions">
              <div className="row-actions">
                <button type="button" aria-label={t('timeline.list.editDatesOf', { number: row.number })} onClick={() => handlers.onEditDates(row)}>
                  {t('timeline.list.editDates')}
                </button>
                <button type="button" aria-label={t('timeline.list.addTo', { number: row.number })} onClick={() => handlers.onAdd(row)}>
                  {t('timeline.list.add')}
                </button>
              </div>
            </td>
          </tr>
          {row.milestones.map((item) => (
            <MilestoneRow key={item.milestone.id} item={item} row={row} selected={selectedMilestoneId === item.milestone.id} handlers={handlers} />
          ))}
        </tbody>
      ))}
    </table>
  );
}
