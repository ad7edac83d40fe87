/**
 * The open plan: loading it into an engine, running commands on it, undo and redo,
 * and saving. Only one plan is open at a time; switching flushes the last one's saves.
 */
import { nowIso } from '../../shared/dates';
import { InProcessEngine, type EngineState, type PlanEngine } from '../../shared/plan-doc';
import type { PlanId } from '../../shared/model';
import { DEFAULT_COMPACT_ABOVE, DEFAULT_SAVE_DELAY_MS, type SliceContext } from './context';
import { messageOf } from './errors';
import { Saver, type SaverStatus } from './saver';
import type { AppState, HistorySlice, PlanSlice, SaveSlice, Tab } from './types';

/**
 * Each opened document gets its own actor id (this installation's id plus a random
 * suffix): two sessions sharing one actor id could number their changes alike.
 */
export function sessionOptions({ deps, get }: SliceContext) {
  return { actor: get().actorId + deps.randomHex().slice(0, 8), office: get().officeName, clock: deps.clock };
}

function engineFields(state: EngineState): Partial<AppState> {
  return { view: state.view, planHeads: state.heads, canUndo: state.canUndo, canRedo: state.canRedo, undoLabel: state.undoLabel, redoLabel: state.redoLabel };
}

function statusFields(status: SaverStatus): Partial<AppState> {
  switch (status.state) {
    case 'saved':
      return { saveState: 'saved', lastSavedAt: status.at, saveError: null };
    case 'error':
      return { saveState: 'error', saveError: status.error };
    default:
      return { saveState: status.state };
  }
}

/** Attaches a loaded engine to the store as the open plan. */
export function attachEngine(ctx: SliceContext, planId: PlanId, engine: PlanEngine, lastSavedAt: string | null): void {
  const { set, deps, rt } = ctx;
  rt.engine = engine;
  rt.saver = new Saver({
    planId,
    engine,
    plans: deps.plans,
    delayMs: deps.saveDelayMs ?? DEFAULT_SAVE_DELAY_MS,
    compactAbove: deps.compactAbove ?? DEFAULT_COMPACT_ABOVE,
    now: () => nowIso(deps.clock),
    onStatus: (status) => {
      // A status from a plan that has been closed since is stale.
      if (rt.engine === engine) set(statusFields(status));
    },
  });
  set({ ...engineFields(engine.state), openStatus: 'ready', openError: null, saveState: 'saved', saveError: null, lastSavedAt });
  deps.platform.setWindowTitle(engine.state.view.plan.title);
}

export function planSlice(ctx: SliceContext): PlanSlice & HistorySlice & SaveSlice {
  const { set, get, deps, rt } = ctx;

  const afterEdit = (state: EngineState) => {
    set(engineFields(state));
    rt.saver?.schedule();
    const title = state.view.plan.title;
    deps.platform.setWindowTitle(title);
  };

  const guarded = async (work: (engine: PlanEngine) => Promise<EngineState>): Promise<boolean> => {
    const engine = rt.engine;
    if (!engine) return false;
    try {
      afterEdit(await work(engine));
      return true;
    } catch (e) {
      get().notify({ tone: 'error', message: messageOf(e) });
      return false;
    }
  };

  /** The open in flight, if any. */
  let opening: { readonly planId: PlanId; readonly done: Promise<void> } | null = null;

  const openNow = async (planId: PlanId, tab: Tab): Promise<void> => {
    if (!(await get().closePlan())) return;
    set({ openPlanId: planId, openStatus: 'loading', openError: null, view: null, selectedResultId: null, route: { screen: 'plan', planId, tab } });
    try {
      const release = await deps.platform.lockPlan(planId);
      if (get().openPlanId !== planId) {
        // Another plan was opened (or this one closed) meanwhile: let this one go, or
        // its hold would outlive it and the plan could not be opened again.
        release?.();
        return;
      }
      if (!release) {
        set({ openStatus: 'error', openError: { key: 'plan.openElsewhere' } });
        return;
      }
      rt.releaseLock = release;
      const listing = await deps.plans.getListing(planId);
      const { chunks, heads } = await deps.plans.loadChunks(planId);
      const engine = InProcessEngine.load(chunks, sessionOptions(ctx), heads);
      if (get().openPlanId !== planId) return;
      attachEngine(ctx, planId, engine, listing?.updatedAt ?? null);
      await deps.settings.set('lastPlanId', planId).catch(() => undefined);
      await get().refreshExchanges();
    } catch (e) {
      if (get().openPlanId === planId) set({ openStatus: 'error', openError: messageOf(e) });
    }
  };

  return {
    openPlanId: null,
    view: null,
    planHeads: [],
    openStatus: null,
    openError: null,
    canUndo: false,
    canRedo: false,
    undoLabel: null,
    redoLabel: null,
    saveState: 'saved',
    lastSavedAt: null,
    saveError: null,

    openPlan(planId, tab = 'results') {
      if (get().openPlanId === planId && get().openStatus === 'ready') {
        set({ route: { screen: 'plan', planId, tab } });
        return Promise.resolve();
      }
      // A second click while the plan is opening waits for that open: a second lock
      // request would be refused by this window's own hold ("open in another window").
      if (opening?.planId === planId) return opening.done;
      const done: Promise<void> = openNow(planId, tab).finally(() => {
        if (opening?.done === done) opening = null;
      });
      opening = { planId, done };
      return done;
    },

    async closePlan() {
      if (rt.saver && !(await rt.saver.flush())) {
        get().notify({ tone: 'error', message: { key: 'save.cannotCloseUnsaved' } });
        return false;
      }
      rt.saver?.close();
      rt.releaseLock?.();
      rt.releaseLock = null;
      rt.engine = null;
      rt.saver = null;
      set({ openPlanId: null, view: null, planHeads: [], imports: [], sentFiles: [], openStatus: null, openError: null, canUndo: false, canRedo: false, undoLabel: null, redoLabel: null, selectedResultId: null, selectedSectionId: null, saveState: 'saved', saveError: null });
      deps.platform.setWindowTitle('');
      return true;
    },

    dispatch(name, args) {
      return guarded((engine) => engine.run(name, args));
    },

    async undo() {
      if (get().canUndo) await guarded((engine) => engine.undo());
    },

    async redo() {
      if (get().canRedo) await guarded((engine) => engine.redo());
    },

    async flushSave() {
      return rt.saver ? rt.saver.flush() : true;
    },

    drafts: [],
    setDraft(key, pending) {
      const drafts = get().drafts.filter((d) => d !== key);
      set({ drafts: pending ? [...drafts, key] : drafts });
    },
  };
}
