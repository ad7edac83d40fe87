/**
 * The plan library: creating plans (blank, sample, duplicate), renaming, deleting with
 * Undo, restoring and purging. A plan that is not open is edited through a short-lived
 * engine so its document and its listing always agree.
 */
import { compareIsoDates, isIsoDate, nowIso } from '../../shared/dates';
import { CONTENT_LANGUAGES, makeId, type PlanData, type PlanId } from '../../shared/model';
import { blankPlanData, CommandError, InProcessEngine, type PlanEngine } from '../../shared/plan-doc';
import { defaultSections, defaultSectionTitlesIn } from '../../shared/narrative/default-sections';
import { templateOf } from '../../shared/templates';
import type { SliceContext } from './context';
import { messageOf } from './errors';
import { enginesOf, sessionOptions } from './planSlice';
import { listingOf } from './saver';
import type { LibrarySlice, NewPlanInput } from './types';

/**
 * The rules `updatePlan` applies to an edit, applied to a new plan: the plan schema
 * alone accepts a period that ends before it starts.
 */
function checkNewPlan(input: NewPlanInput): void {
  if (input.title.trim() === '') throw new CommandError('errors.titleRequired');
  if (!isIsoDate(input.periodStart) || !isIsoDate(input.periodEnd)) throw new CommandError('errors.invalidPlanFields', { detail: 'period' });
  if (compareIsoDates(input.periodStart, input.periodEnd) >= 0) throw new CommandError('errors.periodOrder');
  if (input.language !== undefined && !(CONTENT_LANGUAGES as readonly string[]).includes(input.language)) throw new CommandError('errors.invalidPlanFields', { detail: 'language' });
}

export function librarySlice(ctx: SliceContext): LibrarySlice {
  const { set, get, deps } = ctx;

  const fail = (e: unknown) => {
    get().notify({ tone: 'error', message: messageOf(e) });
    return null;
  };

  /** Stores a new plan document made from data, then opens it. */
  const store = async (data: PlanData): Promise<PlanId | null> => {
    try {
      const engine = InProcessEngine.create(data, sessionOptions(ctx));
      const first = (await engine.unsavedChanges())!;
      await deps.plans.create({ id: data.plan.id, ...listingOf(engine.state.view.plan), createdAt: data.plan.createdAt }, first.bytes, first.heads);
      await get().refreshLibrary();
      await get().openPlan(data.plan.id, 'results');
      return data.plan.id;
    } catch (e) {
      return fail(e);
    }
  };

  /** Runs work on a plan's engine: the open one, or one loaded for the occasion and saved after. */
  const withEngine = async (planId: PlanId, work: (engine: PlanEngine) => Promise<unknown>): Promise<void> => {
    if (get().openPlanId === planId && ctx.rt.engine) {
      await work(ctx.rt.engine);
      return;
    }
    const { chunks, heads } = await deps.plans.loadChunks(planId);
    // Loaded where open plans are (a worker in the app): a large plan's load does not hold the window.
    const engine = await enginesOf(ctx).load(chunks, sessionOptions(ctx), heads, null);
    try {
      await work(engine);
      const changes = await engine.unsavedChanges();
      if (changes) await deps.plans.appendChanges(planId, changes.bytes, changes.heads, listingOf(engine.state.view.plan));
    } finally {
      engine.dispose();
    }
  };

  return {
    plans: [],
    deletedPlans: [],
    libraryLoaded: false,

    async refreshLibrary() {
      try {
        const [plans, deletedPlans] = await Promise.all([deps.plans.list(), deps.plans.listDeleted()]);
        set({ plans, deletedPlans, libraryLoaded: true });
      } catch (e) {
        fail(e);
      }
    },

    createPlan(input) {
      try {
        checkNewPlan(input);
        return store(
          blankPlanData({
            id: makeId<PlanId>('plan', deps.randomHex),
            title: input.title.trim(),
            organisation: input.organisation.trim(),
            periodStart: input.periodStart,
            periodEnd: input.periodEnd,
            createdAt: nowIso(deps.clock),
            randomHex: deps.randomHex,
            templateId: input.templateId,
            sections: templateOf(input.templateId).defaultSections ? defaultSections(deps.randomHex, defaultSectionTitlesIn(input.language ?? 'en')) : [],
            ...(input.language ? { language: input.language } : {}),
          }),
        );
      } catch (e) {
        return Promise.resolve(fail(e));
      }
    },

    createSamplePlan() {
      try {
        return store(deps.buildSample({ randomHex: deps.randomHex, clock: deps.clock, officeName: get().officeName }));
      } catch (e) {
        return Promise.resolve(fail(e));
      }
    },

    async renamePlan(planId, title) {
      try {
        if (get().openPlanId === planId) {
          if (!(await get().dispatch('updatePlan', { title }))) return false;
          await get().flushSave();
        } else {
          await withEngine(planId, (engine) => engine.run('updatePlan', { title }));
        }
        await get().refreshLibrary();
        return true;
      } catch (e) {
        fail(e);
        return false;
      }
    },

    async duplicatePlan(planId, title) {
      try {
        let data: PlanData | null = null;
        await withEngine(planId, async (engine) => {
          data = await engine.data();
        });
        const copy = data as PlanData | null;
        if (!copy) return null;
        return await store({ ...copy, plan: { ...copy.plan, id: makeId<PlanId>('plan', deps.randomHex), title, status: 'draft', createdAt: nowIso(deps.clock) } });
      } catch (e) {
        return fail(e);
      }
    },

    async deletePlan(planId) {
      try {
        if (get().openPlanId === planId && !(await get().goToLibrary())) return;
        const listing = await deps.plans.getListing(planId);
        await deps.plans.markDeleted(planId);
        await get().refreshLibrary();
        get().notify({
          tone: 'info',
          message: { key: 'library.deletedNotice', params: { title: listing?.title ?? '' } },
          action: { label: { key: 'common.undo' }, run: () => void get().restorePlan(planId) },
        });
      } catch (e) {
        fail(e);
      }
    },

    async restorePlan(planId) {
      try {
        await deps.plans.restore(planId);
        await get().refreshLibrary();
      } catch (e) {
        fail(e);
      }
    },

    async purgePlan(planId) {
      try {
        await deps.plans.purge(planId);
        await get().refreshLibrary();
      } catch (e) {
        fail(e);
      }
    },
  };
}
