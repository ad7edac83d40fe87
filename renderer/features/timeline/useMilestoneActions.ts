/**
 * Edits of milestones and of a result's dates, as store dispatches (so each is undoable,
 * saved and mergeable): the generic entity commands for milestones, `updateResult` for
 * dates. A deletion or a one-click "mark done" says so with an Undo.
 */
import { checkSpanDraft, milestoneFields, type MilestoneDraft } from '../../../shared/analysis/schedule';
import type { IsoDate } from '../../../shared/dates';
import { makeId, type Milestone, type MilestoneId, type ResultId } from '../../../shared/model';
import { randomHex } from '../../platform/random';
import { useApp } from '../../store';
import { formatDate } from '../../ui/format';

export interface MilestoneActions {
  add(resultId: ResultId, draft: MilestoneDraft, number: string): Promise<boolean>;
  update(milestone: Milestone, draft: MilestoneDraft): Promise<boolean>;
  /** Done as of the status date; the date can be changed afterwards. */
  markDone(milestone: Milestone, statusDate: IsoDate): Promise<boolean>;
  remove(milestone: Milestone): Promise<boolean>;
  /** Sets one end of a result's span ('' removes it, so it is derived again). */
  setDate(resultId: ResultId, field: 'startDate' | 'endDate', value: string, other: string): Promise<boolean>;
  /** Sets both ends at once (one undo step); checked by the caller. */
  setSpan(resultId: ResultId, startDate: string, endDate: string): Promise<boolean>;
}

export function useMilestoneActions(): MilestoneActions {
  const dispatch = useApp((s) => s.dispatch);
  const notify = useApp((s) => s.notify);
  const undo = useApp((s) => s.undo);
  const undoAction = { label: { key: 'common.undo' }, run: () => void undo() };

  return {
    async add(resultId, draft, number) {
      const entity: Milestone = { id: makeId<MilestoneId>('milestone', randomHex), resultId, ...milestoneFields(draft), deletedAt: null, deletedBy: null };
      const ok = await dispatch('addEntity', { collection: 'milestones', entity });
      if (ok) notify({ tone: 'info', message: { key: 'timeline.notices.added', params: { number } }, action: undoAction });
      return ok;
    },
    update(milestone, draft) {
      return dispatch('updateEntity', { collection: 'milestones', id: milestone.id, fields: milestoneFields(draft) });
    },
    async markDone(milestone, statusDate) {
      const ok = await dispatch('updateEntity', { collection: 'milestones', id: milestone.id, fields: { status: 'done', completedDate: statusDate } });
      if (ok) notify({ tone: 'info', message: { key: 'timeline.notices.markedDone', params: { date: formatDate(statusDate) } }, action: undoAction });
      return ok;
    },
    async remove(milestone) {
      const ok = await dispatch('deleteEntity', { collection: 'milestones', id: milestone.id });
      if (ok) notify({ tone: 'info', message: { key: 'timeline.notices.deleted', params: { title: milestone.title } }, action: undoAction });
      return ok;
    },
    async setDate(resultId, field, value, other) {
      const [start, end] = field === 'startDate' ? [value, other] : [other, value];
      const problem = checkSpanDraft(start, end)[0];
      if (problem) {
        notify({ tone: 'error', message: { key: `timeline.errors.${problem.key}` } });
        return false;
      }
      return dispatch('updateResult', { id: resultId, fields: { [field]: value === '' ? null : value } });
    },
    setSpan(resultId, startDate, endDate) {
      return dispatch('updateResult', { id: resultId, fields: { startDate: startDate || null, endDate: endDate || null } });
    },
  };
}
