/**
 * The plan's schedule as of its status date (`statusDateOf`): when the work on each
 * result runs (its activity span), where each milestone stands, and the timeline's rows.
 * Pure functions of the view and the status date, so the timeline screen, its chart and
 * any export read the same figures.
 *
 * Spans: a result's own start and end dates where set; an end that is not set is derived
 * from the spans of the results under it and from its own milestones (their due dates,
 * and the completion dates of done ones; cancelled milestones are no work), so an outcome
 * whose outputs are dated needs no dates of its own. Which end is derived is kept in the
 * data, so the screen can say so.
 */
import { addDays, differenceInCalendarDays, parseISO } from 'date-fns';
import { isIsoDate, toIsoDate, type IsoDate } from '../dates';
import type { Milestone, Result, ResultId, ResultLevel } from '../model';
import type { PlanView } from '../plan-doc/view-types';

/** How far ahead "due soon" looks from the status date. */
export const UPCOMING_DAYS = 90;

/** A milestone's state as of the status date, in the order the screen lists them. */
export const MILESTONE_STATES = ['overdue', 'next90', 'later', 'done', 'cancelled'] as const;
export type MilestoneState = (typeof MILESTONE_STATES)[number];

/** Where a date (or a span) lies against the plan period. */
export type PeriodPosition = 'before' | 'within' | 'after';

export interface MilestoneAssessment {
  readonly milestone: Milestone;
  readonly state: MilestoneState;
  /**
   * Days past the due date: for an overdue milestone at the status date, for a done one
   * at its completion (0 when on time or early, or with no completion date).
   */
  readonly daysLate: number;
  /** Days from the status date to the due date (negative once it has passed). */
  readonly daysToDue: number;
  /**
   * Recorded as done, but completed after the status date: as of the status date it was
   * still open, so it is judged by its due date (a status date moved back to review the past).
   */
  readonly doneAfterStatusDate: boolean;
}

const days = (from: IsoDate, to: IsoDate): number => differenceInCalendarDays(parseISO(to), parseISO(from));

/** The last day of the "next 90 days" window that starts on the status date. */
export function upcomingEnd(statusDate: IsoDate): IsoDate {
  return toIsoDate(addDays(parseISO(statusDate), UPCOMING_DAYS));
}

export function periodPosition(date: IsoDate, periodStart: IsoDate, periodEnd: IsoDate): PeriodPosition {
  return date < periodStart ? 'before' : date > periodEnd ? 'after' : 'within';
}

/**
 * A milestone as of the status date: done (completed on or before it), cancelled,
 * overdue (due before it and neither), due in the next 90 days (the status date
 * included), or later.
 */
export function assessMilestone(milestone: Milestone, statusDate: IsoDate): MilestoneAssessment {
  const daysToDue = days(statusDate, milestone.dueDate);
  const completed = milestone.completedDate;
  const doneAfterStatusDate = milestone.status === 'done' && completed !== null && completed > statusDate;
  const base = { milestone, daysToDue, doneAfterStatusDate };
  if (milestone.status === 'cancelled') return { ...base, state: 'cancelled', daysLate: 0 };
  if (milestone.status === 'done' && !doneAfterStatusDate) {
    return { ...base, state: 'done', daysLate: completed === null ? 0 : Math.max(0, days(milestone.dueDate, completed)) };
  }
  if (daysToDue < 0) return { ...base, state: 'overdue', daysLate: -daysToDue };
  return { ...base, state: daysToDue <= UPCOMING_DAYS ? 'next90' : 'later', daysLate: 0 };
}

/** Where one end of a span comes from: the result's own date, derived, or nothing (the other end stands in). */
export type SpanSource = 'own' | 'derived' | 'none';

export interface Span {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly startSource: SpanSource;
  readonly endSource: SpanSource;
}

/** True unless both ends are the result's own dates. */
export function isDerivedSpan(span: Span): boolean {
  return span.startSource !== 'own' || span.endSource !== 'own';
}

const validDate = (d: string | null | undefined): IsoDate | null => (d && isIsoDate(d) ? d : null);

/** The dates a milestone puts on its result's span: its due date, and its completion date once done. */
function milestoneDates(m: Milestone): IsoDate[] {
  if (m.status === 'cancelled') return [];
  const out: IsoDate[] = [];
  const due = validDate(m.dueDate);
  if (due) out.push(due);
  const completed = m.status === 'done' ? validDate(m.completedDate) : null;
  if (completed) out.push(completed);
  return out;
}

function spanOf(result: Result, derived: readonly IsoDate[]): Span | null {
  let ownStart = validDate(result.startDate);
  let ownEnd = validDate(result.endDate);
  // Dates entered the wrong way round (by a merge, say) still describe the same work.
  if (ownStart && ownEnd && ownStart > ownEnd) [ownStart, ownEnd] = [ownEnd, ownStart];
  let min: IsoDate | null = null;
  let max: IsoDate | null = null;
  for (const d of derived) {
    if (min === null || d < min) min = d;
    if (max === null || d > max) max = d;
  }
  let start = ownStart ?? min;
  let end = ownEnd ?? max;
  let startSource: SpanSource = ownStart ? 'own' : min ? 'derived' : 'none';
  let endSource: SpanSource = ownEnd ? 'own' : max ? 'derived' : 'none';
  if (start === null && end === null) return null;
  if (start === null) [start, startSource] = [end!, 'none'];
  if (end === null) [end, endSource] = [start, 'none'];
  // An own date beyond what is derived for the other end: the own date wins.
  if (start > end) {
    if (startSource === 'own') end = start;
    else start = end;
  }
  return { start, end, startSource, endSource };
}

/**
 * Every result's span (null where nothing about it is dated), computed bottom-up over
 * the results chain as displayed (`view.tree`), so a parent's derived span covers its
 * results' spans whether those are their own or derived in turn.
 */
export function resultSpans(view: Pick<PlanView, 'results' | 'milestones' | 'tree'>): ReadonlyMap<ResultId, Span | null> {
  const datesOf = new Map<string, IsoDate[]>();
  for (const m of Object.values(view.milestones)) {
    const list = datesOf.get(m.resultId) ?? [];
    list.push(...milestoneDates(m));
    datesOf.set(m.resultId, list);
  }
  const spans = new Map<ResultId, Span | null>();
  // Children come after their parent in tree order: walking it backwards meets every child first.
  for (let i = view.tree.length - 1; i >= 0; i--) {
    const node = view.tree[i]!;
    const result = view.results[node.id];
    if (!result) continue;
    const derived = [...(datesOf.get(node.id) ?? [])];
    for (const child of node.childIds) {
      const span = spans.get(child);
      if (span) derived.push(span.start, span.end);
    }
    spans.set(node.id, spanOf(result, derived));
  }
  return spans;
}

export interface TimelineFilters {
  readonly level: ResultLevel | '';
  readonly componentId: string;
  /** Results on which this unit has any role (responsible, accountable, consulted, informed). */
  readonly unitId: string;
  /** Only the milestones overdue or due in the next 90 days, and only the results that have one. */
  readonly dueSoonOnly: boolean;
}

export const NO_TIMELINE_FILTERS: TimelineFilters = { level: '', componentId: '', unitId: '', dueSoonOnly: false };

/** Component id meaning "results with no component" in the component filter. */
export const NO_COMPONENT = '__none__';

export function hasTimelineFilters(filters: TimelineFilters): boolean {
  return filters.level !== '' || filters.componentId !== '' || filters.unitId !== '' || filters.dueSoonOnly;
}

export interface TimelineMilestone extends MilestoneAssessment {
  /** Where its due date lies against the plan period (outside, it is listed but not drawn). */
  readonly position: PeriodPosition;
}

/** A span cut to the plan period: what the chart draws. */
export interface Bar {
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** Whether the span runs on before the period's start or after its end. */
  readonly cutStart: boolean;
  readonly cutEnd: boolean;
}

export interface TimelineRow {
  readonly id: ResultId;
  readonly level: ResultLevel;
  readonly number: string;
  readonly depth: number;
  readonly statement: string;
  readonly span: Span | null;
  /** Null when the result has no span or its span lies wholly outside the plan period. */
  readonly bar: Bar | null;
  /** 'before' or 'after' when the whole span lies outside the plan period; null without a span. */
  readonly spanPosition: PeriodPosition | null;
  /** By due date. */
  readonly milestones: readonly TimelineMilestone[];
}

export type MilestoneCounts = Readonly<Record<MilestoneState, number>> & {
  readonly total: number;
  /** Done after their due date. */
  readonly doneLate: number;
};

export interface Timeline {
  readonly statusDate: IsoDate;
  /** Last day of the next 90 days from the status date. */
  readonly upcomingEnd: IsoDate;
  readonly periodStart: IsoDate;
  readonly periodEnd: IsoDate;
  readonly statusDatePosition: PeriodPosition;
  readonly rows: readonly TimelineRow[];
  /**
   * The milestones of the results the level, component and unit filters keep, by state
   * (the "due soon only" filter narrows the list, not the counts).
   */
  readonly counts: MilestoneCounts;
}

export function countMilestones(list: readonly MilestoneAssessment[]): MilestoneCounts {
  const counts = { overdue: 0, next90: 0, later: 0, done: 0, cancelled: 0, total: list.length, doneLate: 0 };
  for (const a of list) {
    counts[a.state]++;
    if (a.state === 'done' && a.daysLate > 0) counts.doneLate++;
  }
  return counts;
}

const byDueDate = (a: TimelineMilestone, b: TimelineMilestone): number =>
  a.milestone.dueDate < b.milestone.dueDate ? -1 : a.milestone.dueDate > b.milestone.dueDate ? 1 : a.milestone.id < b.milestone.id ? -1 : a.milestone.id > b.milestone.id ? 1 : 0;

function barOf(span: Span, periodStart: IsoDate, periodEnd: IsoDate): Bar | null {
  if (span.end < periodStart || span.start > periodEnd) return null;
  return {
    start: span.start < periodStart ? periodStart : span.start,
    end: span.end > periodEnd ? periodEnd : span.end,
    cutStart: span.start < periodStart,
    cutEnd: span.end > periodEnd,
  };
}

const isDueSoon = (a: MilestoneAssessment): boolean => a.state === 'overdue' || a.state === 'next90';

/**
 * The timeline as of the status date: the results in tree order (with their number and
 * depth), their spans cut to the plan period, and their milestones with their state,
 * filtered by level, component, unit and "due soon only".
 */
export function buildTimeline(view: PlanView, statusDate: IsoDate, filters: TimelineFilters = NO_TIMELINE_FILTERS): Timeline {
  const { periodStart, periodEnd } = view.plan;
  const spans = resultSpans(view);
  const milestonesOf = new Map<string, TimelineMilestone[]>();
  for (const m of Object.values(view.milestones)) {
    const list = milestonesOf.get(m.resultId) ?? [];
    list.push({ ...assessMilestone(m, statusDate), position: periodPosition(m.dueDate, periodStart, periodEnd) });
    milestonesOf.set(m.resultId, list);
  }
  let unitResults: Set<string> | null = null;
  if (filters.unitId) {
    unitResults = new Set();
    for (const r of Object.values(view.responsibilities)) if (r.unitId === filters.unitId) unitResults.add(r.resultId);
  }

  const rows: TimelineRow[] = [];
  const counted: TimelineMilestone[] = [];
  for (const node of view.tree) {
    const result = view.results[node.id];
    if (!result) continue;
    if (filters.level && result.level !== filters.level) continue;
    if (filters.componentId === NO_COMPONENT ? result.componentId !== null : filters.componentId && result.componentId !== filters.componentId) continue;
    if (unitResults && !unitResults.has(node.id)) continue;
    const all = (milestonesOf.get(node.id) ?? []).sort(byDueDate);
    counted.push(...all);
    const milestones = filters.dueSoonOnly ? all.filter(isDueSoon) : all;
    if (filters.dueSoonOnly && milestones.length === 0) continue;
    const span = spans.get(node.id) ?? null;
    const bar = span ? barOf(span, periodStart, periodEnd) : null;
    rows.push({
      id: node.id,
      level: result.level,
      number: node.number,
      depth: node.depth,
      statement: result.statement,
      span,
      bar,
      spanPosition: span ? (bar ? 'within' : span.end < periodStart ? 'before' : 'after') : null,
      milestones,
    });
  }
  return {
    statusDate,
    upcomingEnd: upcomingEnd(statusDate),
    periodStart,
    periodEnd,
    statusDatePosition: periodPosition(statusDate, periodStart, periodEnd),
    rows,
    counts: countMilestones(counted),
  };
}

/** A milestone as typed in its form (dates as yyyy-MM-dd text, empty when not given). */
export interface MilestoneDraft {
  readonly title: string;
  readonly dueDate: string;
  readonly status: Milestone['status'];
  readonly completedDate: string;
}

export type MilestoneDraftField = keyof MilestoneDraft;

export interface DraftProblem<F extends string> {
  readonly field: F;
  /** Message key in the timeline namespace's `errors`. */
  readonly key: string;
}

const TITLE_MAX = 500;

/**
 * What is wrong with a milestone as typed, field by field. A done milestone needs its
 * completion date, and it cannot be after the status date: the plan reports as of that
 * date, so a milestone completed later was not done yet as of it (move the status date
 * forward first). A completion date is kept only for done milestones.
 */
export function checkMilestoneDraft(draft: MilestoneDraft, statusDate: IsoDate): DraftProblem<MilestoneDraftField>[] {
  const problems: DraftProblem<MilestoneDraftField>[] = [];
  const title = draft.title.trim();
  if (!title) problems.push({ field: 'title', key: 'titleRequired' });
  else if (title.length > TITLE_MAX) problems.push({ field: 'title', key: 'titleTooLong' });
  if (!draft.dueDate) problems.push({ field: 'dueDate', key: 'dueDateRequired' });
  else if (!isIsoDate(draft.dueDate)) problems.push({ field: 'dueDate', key: 'dateInvalid' });
  if (draft.status === 'done') {
    if (!draft.completedDate) problems.push({ field: 'completedDate', key: 'completedDateRequired' });
    else if (!isIsoDate(draft.completedDate)) problems.push({ field: 'completedDate', key: 'dateInvalid' });
    else if (draft.completedDate > statusDate) problems.push({ field: 'completedDate', key: 'completedAfterStatusDate' });
  }
  return problems;
}

/** The milestone's fields from a draft that passed `checkMilestoneDraft`. */
export function milestoneFields(draft: MilestoneDraft): Pick<Milestone, 'title' | 'dueDate' | 'status' | 'completedDate'> {
  return {
    title: draft.title.trim(),
    dueDate: draft.dueDate,
    status: draft.status,
    completedDate: draft.status === 'done' ? draft.completedDate : null,
  };
}

export type SpanDraftField = 'startDate' | 'endDate';

/** What is wrong with a result's start and end as typed (empty means "not set": derived). */
export function checkSpanDraft(startDate: string, endDate: string): DraftProblem<SpanDraftField>[] {
  const problems: DraftProblem<SpanDraftField>[] = [];
  if (startDate && !isIsoDate(startDate)) problems.push({ field: 'startDate', key: 'dateInvalid' });
  if (endDate && !isIsoDate(endDate)) problems.push({ field: 'endDate', key: 'dateInvalid' });
  if (problems.length === 0 && startDate && endDate && endDate < startDate) problems.push({ field: 'endDate', key: 'endBeforeStart' });
  return problems;
}
