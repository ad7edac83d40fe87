/**
 * Opening a plan from its view cache: painted at once when the cache holds the stored
 * document's last heads, the document loading behind it, edits made meanwhile applied once
 * it is loaded; a stale or unreadable cache never shown; the cache written after a load
 * without one, a while after saves, and on close.
 */
import { describe, expect, it, vi } from 'vitest';
import type { PlanId, ResultId } from '../../../shared/model';
import { buildSamplePlan } from '../../../shared/sample';
import { inProcessEngines, type EngineFactory } from '../../../shared/plan-doc/engine';
import { decodeViewCache, encodeViewCache } from '../../../shared/plan-doc/view-cache';
import { PlanDocumentError } from '../../../shared/plan-doc';
import { SettingsRepository } from '../../../renderer/db';
import { createAppStore } from '../../../renderer/store';
import { bootedApp, createOpenPlan, FlakyPlanRepository, newEnv, settled, type App, type Env } from './harness';

const rid = (s: string) => s as ResultId;

/** An engine factory whose loads wait for `release()` (or fail with `fail(e)`); counts loads. */
function gatedEngines() {
  let open!: () => void;
  let refuse!: (e: unknown) => void;
  let gate = new Promise<void>((resolve, reject) => ((open = resolve), (refuse = reject)));
  const factory: EngineFactory & { loads: number } = {
    offThread: true,
    loads: 0,
    async load(chunks, options, heads, shown) {
      factory.loads++;
      await gate;
      return inProcessEngines.load(chunks, options, heads, shown);
    },
    create: (data, options) => inProcessEngines.create(data, options),
  };
  return {
    factory,
    release: () => open(),
    fail: (e: unknown) => refuse(e),
    reset: () => (gate = new Promise<void>((resolve, reject) => ((open = resolve), (refuse = reject)))),
  };
}

/** A store on the env's database (as after a reload) with the given engines. */
async function reloadedApp(env: Env, engines: EngineFactory, viewCacheDelayMs = 60_000): Promise<App> {
  const db = env.open();
  const plans = new FlakyPlanRepository(db, env.clock);
  const settings = new SettingsRepository(db);
  const store = createAppStore({ plans, settings, clock: env.clock, randomHex: env.randomHex, platform: env.platform, buildSample: buildSamplePlan, saveDelayMs: 5, compactAbove: 1000, engines, viewCacheDelayMs });
  const app = { store, db, plans, settings, s: () => store.getState() };
  await app.settings.set('sampleCreated', true);
  if ((await app.settings.get('officeName')) === '') await app.settings.set('officeName', 'Test office');
  await app.s().boot();
  expect(app.s().bootError).toBeNull();
  return app;
}

/** A plan with two results, saved, then closed (its cache written as it closed). */
async function savedPlan(env: Env): Promise<{ planId: PlanId; app: App }> {
  const app = await reloadedApp(env, inProcessEngines);
  const planId = await createOpenPlan(app, { title: 'Cached plan' });
  await app.s().dispatch('addResult', { id: rid('r_goal'), parentId: null, statement: 'Goal' });
  await app.s().dispatch('addResult', { id: rid('r_out'), parentId: rid('r_goal'), statement: 'Outcome' });
  await settled(app);
  expect(await app.s().goToLibrary()).toBe(true);
  await vi.waitFor(async () => expect((await app.plans.getViewCache(planId))?.heads).toEqual((await app.plans.loadChunks(planId)).heads));
  return { planId, app };
}

describe('store: the view cache', () => {
  it('is written after a plan opens without one, and holds exactly the live view of the stored heads', async () => {
    const env = newEnv();
    const app = await reloadedApp(env, inProcessEngines);
    const planId = await createOpenPlan(app);
    await vi.waitFor(async () => expect(await app.plans.getViewCache(planId)).toBeDefined());
    const entry = (await app.plans.getViewCache(planId))!;
    const { heads } = await app.plans.loadChunks(planId);
    expect(entry.heads).toEqual(heads);
    expect(decodeViewCache(entry.json, heads)).toEqual(app.s().view);
  });

  it('paints the plan at once when it holds the stored heads; an edit made before the document is loaded waits and is applied, then saved', async () => {
    const env = newEnv();
    const { planId } = await savedPlan(env);
    const gated = gatedEngines();
    const app = await reloadedApp(env, gated.factory);
    const opening = app.s().openPlan(planId);

    // Shown from the cache while the document is still loading.
    await vi.waitFor(() => expect(app.s().openStatus).toBe('ready'));
    expect(app.s().documentLoading).toBe(true);
    expect(gated.factory.loads).toBe(1);
    expect(app.s().view?.plan.title).toBe('Cached plan');
    expect(app.s().view?.tree.map((n) => n.number)).toEqual(['1', '1.1']);
    expect(Object.isFrozen(app.s().view?.results['r_goal'])).toBe(true);

    // An edit now waits for the document.
    let done = false;
    const edit = app.s().dispatch('updateResult', { id: rid('r_goal'), fields: { statement: 'Goal, edited while loading' } }).then((ok) => ((done = true), ok));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    expect(app.s().view?.results['r_goal']?.statement).toBe('Goal');

    // The open is done once the cache is shown; the document is still loading.
    await opening;
    expect(app.s().documentLoading).toBe(true);
    gated.release();
    expect(await edit).toBe(true);
    expect(app.s().documentLoading).toBe(false);
    expect(app.s().view?.results['r_goal']?.statement).toBe('Goal, edited while loading');
    expect(app.s().canUndo).toBe(true);
    await settled(app);

    // The edit is stored: a reload shows it (from the document; the cache is now stale).
    expect(await app.s().goToLibrary()).toBe(true);
    const again = await reloadedApp(env, inProcessEngines);
    await again.s().openPlan(planId);
    expect(again.s().view?.results['r_goal']?.statement).toBe('Goal, edited while loading');
  });

  it('of other heads (the plan was saved since) is not shown: the plan shows only once its document is loaded', async () => {
    const env = newEnv();
    const { planId, app: first } = await savedPlan(env);
    const stale = (await first.plans.getViewCache(planId))!;
    await first.s().openPlan(planId);
    await first.s().dispatch('updateResult', { id: rid('r_goal'), fields: { statement: 'Newer than the cache' } });
    await settled(first);
    expect(await first.s().goToLibrary()).toBe(true);
    // Put the older cache back, as if the cache write after that save had been lost.
    await first.plans.putViewCache(planId, stale.heads, stale.json);

    const gated = gatedEngines();
    const app = await reloadedApp(env, gated.factory);
    const opening = app.s().openPlan(planId);
    await vi.waitFor(() => expect(gated.factory.loads).toBe(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(app.s().openStatus).toBe('loading');
    expect(app.s().view).toBeNull();
    gated.release();
    await opening;
    expect(app.s().view?.results['r_goal']?.statement).toBe('Newer than the cache');
    // The cache is written again for these heads.
    const { heads } = await app.plans.loadChunks(planId);
    await vi.waitFor(async () => expect((await app.plans.getViewCache(planId))?.heads).toEqual(heads));
  });

  it('that cannot be read (damaged JSON, another format, heads inside that differ) is ignored', async () => {
    const env = newEnv();
    const { planId, app: first } = await savedPlan(env);
    const entry = (await first.plans.getViewCache(planId))!;
    const parsed = JSON.parse(entry.json) as Record<string, unknown>;
    const spoiled = [
      entry.json.slice(0, entry.json.length / 2),
      JSON.stringify({ ...parsed, format: 999 }),
      JSON.stringify({ ...parsed, heads: ['0'.repeat(64)] }),
      JSON.stringify({ ...parsed, collections: { ...(parsed.collections as object), results: null } }),
    ];
    for (const json of spoiled) {
      expect(decodeViewCache(json, entry.heads)).toBeNull();
      await first.plans.putViewCache(planId, entry.heads, json);
      const gated = gatedEngines();
      const app = await reloadedApp(env, gated.factory);
      const opening = app.s().openPlan(planId);
      await vi.waitFor(() => expect(gated.factory.loads).toBe(1));
      expect(app.s().view).toBeNull();
      gated.release();
      await opening;
      expect(app.s().view?.results['r_goal']?.statement).toBe('Goal');
      expect(await app.s().goToLibrary()).toBe(true);
    }
  });

  it('shown while the document fails to load: the plan is not shown as open, the waiting edit is refused, and the app goes on', async () => {
    const env = newEnv();
    const { planId } = await savedPlan(env);
    const gated = gatedEngines();
    const app = await reloadedApp(env, gated.factory);
    const opening = app.s().openPlan(planId);
    await vi.waitFor(() => expect(app.s().documentLoading).toBe(true));
    const edit = app.s().dispatch('addResult', { id: rid('r_new'), parentId: null });
    await opening;
    gated.fail(new PlanDocumentError('unreadable', 'simulated'));
    expect(await edit).toBe(false);
    await vi.waitFor(() => expect(app.s().openStatus).toBe('error'));
    expect(app.s()).toMatchObject({ openStatus: 'error', openError: { key: 'errors.document.unreadable' }, view: null, documentLoading: false });
    expect(await app.s().goToLibrary()).toBe(true);
    expect(env.platform.held.size).toBe(0);
  });

  it('is brought up to date a while after saves and when the plan closes', async () => {
    const env = newEnv();
    const { planId } = await savedPlan(env);
    const app = await reloadedApp(env, inProcessEngines, 30);
    await app.s().openPlan(planId);
    await app.s().dispatch('updateResult', { id: rid('r_out'), fields: { statement: 'Outcome, saved' } });
    await settled(app);
    const { heads } = await app.plans.loadChunks(planId);
    await vi.waitFor(async () => expect((await app.plans.getViewCache(planId))?.heads).toEqual(heads));
    expect(decodeViewCache((await app.plans.getViewCache(planId))!.json, heads)).toEqual(app.s().view);

    await app.s().dispatch('updateResult', { id: rid('r_out'), fields: { statement: 'Outcome, closed' } });
    expect(await app.s().goToLibrary()).toBe(true);
    const closedHeads = (await app.plans.loadChunks(planId)).heads;
    await vi.waitFor(async () => expect((await app.plans.getViewCache(planId))?.heads).toEqual(closedHeads));
    expect(decodeViewCache((await app.plans.getViewCache(planId))!.json, closedHeads)?.results['r_out']?.statement).toBe('Outcome, closed');
  });

  it('is not written when the store is not given a delay for it (tests counting storage writes)', async () => {
    const app = await bootedApp(newEnv());
    const planId = await createOpenPlan(app);
    await app.s().dispatch('addResult', { id: rid('r1'), parentId: null });
    await settled(app);
    expect(await app.s().goToLibrary()).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    expect(await app.plans.getViewCache(planId)).toBeUndefined();
  });

  it('round-trips a view exactly (encode, decode), derived parts included', async () => {
    const app = await bootedApp(newEnv());
    await createOpenPlan(app);
    const view = app.s().view!;
    expect(decodeViewCache(encodeViewCache(view), view.heads)).toEqual(view);
    expect(decodeViewCache(encodeViewCache(view), [])).toBeNull();
  });
});
