/**
 * The History screen's data: the open plan's change log read from the engine a page at a
 * time (newest first), an earlier version opened read-only, and restoring one as a new,
 * undoable change. The log is tied to the plan and heads it was read at, so the screen
 * reads it again after any edit, merge or undo.
 */
import { formatDateTime } from '../ui/format';
import type { EngineState } from '../../shared/plan-doc';
import type { SliceContext } from './context';
import { messageOf } from './errors';
import type { AppState, ChangeLog, ChangeLogSlice } from './types';
import { sameHeads } from '../../shared/heads';

/** Entries read per page. */
export const CHANGE_LOG_PAGE = 40;

const EMPTY_LOG: ChangeLog = { planId: null, heads: [], entries: [], nextBefore: null, totalChanges: 0, status: 'idle', error: null };


function engineFields(state: EngineState): Partial<AppState> {
  return { view: state.view, planHeads: state.heads, canUndo: state.canUndo, canRedo: state.canRedo, undoLabel: state.undoLabel, redoLabel: state.redoLabel };
}

export function changeLogSlice(ctx: SliceContext): ChangeLogSlice {
  const { set, get, deps, rt } = ctx;
  /** Only the latest read may write the log (an edit during a read starts another). */
  let reading = 0;

  const read = async (more: boolean) => {
    const engine = rt.engine;
    const planId = get().openPlanId;
    if (!engine || !planId) {
      set({ changeLog: EMPTY_LOG });
      return;
    }
    const log = get().changeLog;
    if (more && (log.planId !== planId || !log.nextBefore || log.status === 'loading')) return;
    const heads = [...get().planHeads];
    const seq = ++reading;
    set({ changeLog: { ...(more ? log : { ...EMPTY_LOG, entries: log.planId === planId ? log.entries : [] }), planId, heads: more ? log.heads : heads, status: 'loading', error: null } });
    try {
      const page = await engine.history({ limit: CHANGE_LOG_PAGE, ...(more ? { before: log.nextBefore! } : {}), localActorPrefix: get().actorId });
      if (seq !== reading || get().openPlanId !== planId) return;
      set({
        changeLog: {
          planId,
          heads: more ? log.heads : heads,
          entries: more ? [...log.entries, ...page.entries] : page.entries,
          nextBefore: page.nextBefore,
          totalChanges: page.totalChanges,
          status: 'ready',
          error: null,
        },
      });
    } catch (e) {
      if (seq === reading) set({ changeLog: { ...get().changeLog, status: 'error', error: messageOf(e) } });
    }
  };

  return {
    changeLog: EMPTY_LOG,
    earlierVersion: null,

    changeLogCurrent() {
      const log = get().changeLog;
      return log.planId !== null && log.planId === get().openPlanId && sameHeads(log.heads, get().planHeads) && log.status !== 'error';
    },

    loadChangeLog: () => read(false),
    loadOlderChanges: () => read(true),

    async openEarlierVersion(entry) {
      const engine = rt.engine;
      const planId = get().openPlanId;
      if (!engine || !planId) return;
      set({ earlierVersion: { planId, entry, view: null } });
      try {
        const view = await engine.viewAt(entry.heads);
        if (get().earlierVersion?.entry.id === entry.id) set({ earlierVersion: { planId, entry, view } });
      } catch (e) {
        set({ earlierVersion: null });
        get().notify({ tone: 'error', message: messageOf(e) });
      }
    },

    closeEarlierVersion() {
      set({ earlierVersion: null });
    },

    async compareVersion(heads) {
      const engine = rt.engine;
      if (!engine) return null;
      try {
        return await engine.compareVersion(heads);
      } catch (e) {
        get().notify({ tone: 'error', message: messageOf(e) });
        return null;
      }
    },

    async restoreVersion(entry) {
      const engine = rt.engine;
      if (!engine) return false;
      try {
        if (!(await get().backupBeforeChange('restore'))) return false;
        const before = get().planHeads;
        const state = await engine.restoreVersion(entry.heads);
        set({ ...engineFields(state), earlierVersion: null });
        rt.saver?.schedule();
        deps.platform.setWindowTitle(state.view.plan.title);
        const time = formatDateTime(entry.time);
        const changed = !sameHeads(before, state.heads);
        get().notify({ tone: 'info', message: { key: changed ? 'historyScreen.restore.done' : 'historyScreen.restore.nothing', params: { time } } });
        return true;
      } catch (e) {
        get().notify({ tone: 'error', message: messageOf(e) });
        return false;
      }
    },
  };
}
