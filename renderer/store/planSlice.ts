/**
 * The open plan: loading it into an engine, running commands on it, undo and redo,
 * and saving. Only one plan is open at a time; switching flushes the last one's saves.
 *
 * Opening paints the plan at once from its view cache (the view stored with the heads it
 * reflects) when those heads are the stored document's last ones, and loads the document
 * behind it (in a worker in the app); edits made meanwhile wait for it. A cache of other
 * heads, or unreadable, is ignored: the plan then shows once its document is loaded, and
 * the cache is written again from the loaded engine (after the load, a while after saves,
 * and on close).
 */
import { nowIso } from '../../shared/dates';
import { sameHeads } from '../../shared/heads';
import type { EngineState, PlanEngine } from '../../shared/plan-doc';
import { inProcessEngines, type EngineFactory, type ShownView } from '../../shared/plan-doc/engine';
import { PendingEngine } from '../../shared/plan-doc/engine-pending';
import { decodeViewCache } from '../../shared/plan-doc/view-cache';
import type { PlanId } from '../../shared/model';
import { DEFAULT_COMPACT_ABOVE, DEFAULT_SAVE_DELAY_MS, type SliceContext } from './context';
import { messageOf } from './errors';
import { Saver, type SaverStatus } from './saver';
import type { AppState, HistorySlice, PlanSlice, SaveSlice, Tab } from './types';
import { shownLanguageOf } from './contentLanguage';

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

/** The engines the store makes for open plans (a worker's in the app). */
export function enginesOf(ctx: SliceContext): EngineFactory {
  return ctx.deps.engines ?? inProcessEngines;
}


/** Lets the window paint what was just set before work that holds the thread (a frame, or 100 ms when frames are paused). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    if (typeof requestAnimationFrame === 'function')
      requestAnimationFrame(() =>
        setTimeout(() => {
          clearTimeout(timer);
          resolve();
        }, 0),
      );
  });
}

/**
 * Writes the open plan's view cache from its engine (made where the document is: in the
 * worker in the app) unless the cache already holds these heads. Never fails: a cache
 * only saves time at the next open.
 */
export async function writeViewCache(ctx: SliceContext, planId: PlanId, engine: PlanEngine): Promise<void> {
  const { rt } = ctx;
  if (ctx.deps.viewCacheDelayMs === undefined) return;
  if (rt.cachedHeads && sameHeads(rt.cachedHeads.heads, engine.state.heads) && rt.cachedHeads.planId === planId) return;
  try {
    const { heads, json } = await engine.cachedView();
    await ctx.deps.plans.putViewCache(planId, heads, json);
    if (rt.engine === engine) rt.cachedHeads = { planId, heads };
  } catch {
    // The next open loads the document without a cache and writes it then.
  }
}

/** Attaches a loaded engine to the store as the open plan. */
export function attachEngine(ctx: SliceContext, planId: PlanId, engine: PlanEngine, lastSavedAt: string | null): void {
  const { set, deps, rt } = ctx;
  if (rt.engine !== engine) {
    rt.engine?.dispose();
    rt.cachedHeads = null;
  }
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
      if (rt.engine !== engine) return;
      set(statusFields(status));
      // A while after the last save the view cache is brought up to date (from the worker in the app).
      if (status.state === 'saved') scheduleViewCache(ctx, planId, engine);
    },
  });
  set({ ...engineFields(engine.state), openStatus: 'ready', openError: null, saveState: 'saved', saveError: null, lastSavedAt, documentLoading: engine instanceof PendingEngine && !engine.loaded });
  deps.platform.setWindowTitle(engine.state.view.plan.title);
}

function scheduleViewCache(ctx: SliceContext, planId: PlanId, engine: PlanEngine): void {
  const { rt, deps } = ctx;
  if (deps.viewCacheDelayMs === undefined) return;
  if (rt.viewCacheTimer) clearTimeout(rt.viewCacheTimer);
  rt.viewCacheTimer = setTimeout(() => {
    rt.viewCacheTimer = null;
    if (rt.engine === engine) void writeViewCache(ctx, planId, engine);
  }, deps.viewCacheDelayMs);
}

/** The view cache of the stored document's last heads, or null (none, stale or unreadable). */
async function cachedViewOf(ctx: SliceContext, planId: PlanId, heads: readonly string[]): Promise<ShownView | null> {
  const entry = await ctx.deps.plans.getViewCache(planId).catch(() => undefined);
  if (!entry || !Array.isArray(entry.heads) || !sameHeads(entry.heads, heads) || typeof entry.json !== 'string') return null;
  const view = decodeViewCache(entry.json, heads);
  return view ? { view, json: entry.json } : null;
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
      // The language the plan was last shown in (before its view is set, so it is shown so at once).
      const shownLanguages = await deps.settings.get('shownLanguages').catch(() => ({}) as Record<string, string>);
      set({ shownLanguage: Object.prototype.hasOwnProperty.call(shownLanguages, planId) ? shownLanguages[planId]! : null });
      const engines = enginesOf(ctx);
      const listing = await deps.plans.getListing(planId);
      const { chunks, heads } = await deps.plans.loadChunks(planId);
      const shown = await cachedViewOf(ctx, planId, heads);
      if (get().openPlanId !== planId) return;
      if (shown) {
        // Painted at once from the cache; the document loads behind it and edits wait for it.
        const loading = (engines.offThread ? Promise.resolve() : afterPaint()).then(() => engines.load(chunks, sessionOptions(ctx), heads, shown));
        const engine = new PendingEngine({ view: shown.view, heads: [...shown.view.heads], canUndo: false, canRedo: false, undoLabel: null, redoLabel: null }, loading);
        attachEngine(ctx, planId, engine, listing?.updatedAt ?? null);
        rt.cachedHeads = { planId, heads: [...heads] };
        // The open is done once the cache is shown (start-up does not wait for the document);
        // the live view replaces it when the document is loaded, or the plan fails to open.
        engine.ready.then(
          () => {
            if (rt.engine !== engine) return;
            // The live view (the same as the cache's, unless the cache was not the document's view).
            set({ ...engineFields(engine.state), documentLoading: false });
            deps.platform.setWindowTitle(engine.state.view.plan.title);
          },
          (e: unknown) => {
            if (rt.engine !== engine) return;
            // The document cannot be read: the cached view is not shown as the plan.
            rt.saver?.close();
            rt.saver = null;
            rt.engine = null;
            engine.dispose();
            set({ view: null, planHeads: [], documentLoading: false, openStatus: 'error', openError: messageOf(e) });
          },
        );
      } else {
        const engine = await engines.load(chunks, sessionOptions(ctx), heads, null);
        if (get().openPlanId !== planId) {
          engine.dispose();
          return;
        }
        attachEngine(ctx, planId, engine, listing?.updatedAt ?? null);
        // No cache of these heads: write one now, so the next open paints at once.
        void writeViewCache(ctx, planId, engine);
      }
      await deps.settings.set('lastPlanId', planId).catch(() => undefined);
      await get().refreshExchanges();
    } catch (e) {
      if (get().openPlanId === planId) set({ openStatus: 'error', openError: messageOf(e) });
    }
  };

  return {
    openPlanId: null,
    view: null,
    mainView: null,
    shownLanguage: null,
    planHeads: [],
    openStatus: null,
    openError: null,
    documentLoading: false,
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
      if (rt.viewCacheTimer) clearTimeout(rt.viewCacheTimer);
      rt.viewCacheTimer = null;
      const engine = rt.engine;
      const planId = get().openPlanId;
      rt.engine = null;
      rt.saver = null;
      // The view cache is brought up to date as the plan closes (not waited for), then the engine goes.
      if (engine && planId) void writeViewCache(ctx, planId, engine).finally(() => engine.dispose());
      else engine?.dispose();
      rt.cachedHeads = null;
      set({ openPlanId: null, view: null, planHeads: [], imports: [], sentFiles: [], openStatus: null, openError: null, documentLoading: false, canUndo: false, canRedo: false, undoLabel: null, redoLabel: null, selectedResultId: null, selectedSectionId: null, saveState: 'saved', saveError: null });
      deps.platform.setWindowTitle('');
      return true;
    },

    dispatch(name, args) {
      // While the plan is shown in a further language, edits of its texts are written as translations into it.
      const shownLanguage = shownLanguageOf(get().mainView, get().shownLanguage);
      return guarded((engine) => engine.run(name, args, shownLanguage ? { shownLanguage } : undefined));
    },

    async setShownLanguage(language) {
      const planId = get().openPlanId;
      if (!planId) return;
      const chosen = language && shownLanguageOf(get().mainView, language) ? language : null;
      set({ shownLanguage: chosen });
      // The same engine view again: the store's `set` shows it in the language now chosen.
      set({ view: get().mainView });
      try {
        const stored = { ...(await deps.settings.get('shownLanguages')) };
        if (chosen) stored[planId] = chosen;
        else delete stored[planId];
        await deps.settings.set('shownLanguages', stored);
      } catch {
        // Only the choice for the next open is lost; the plan is shown as chosen.
      }
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
