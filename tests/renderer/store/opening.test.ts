import * as A from '@automerge/automerge';
import { describe, expect, it, vi } from 'vitest';
import type { PlanId, ResultId } from '../../../shared/model';
import { bootedApp, createOpenPlan, newEnv, settled, type App } from './harness';

const rid = (s: string) => s as ResultId;

/** Two plans in the library, none open. */
async function twoPlans(app: App): Promise<[PlanId, PlanId]> {
  const a = await createOpenPlan(app, { title: 'Plan A' });
  const b = await createOpenPlan(app, { title: 'Plan B' });
  expect(await app.s().goToLibrary()).toBe(true);
  return [a, b];
}

describe('store: opening a plan', () => {
  it('openPlan shows the plan, sets the window title and remembers it for the next start', async () => {
    const env = newEnv();
    const app = await bootedApp(env);
    const [a] = await twoPlans(app);
    await app.s().openPlan(a, 'overview');
    expect(app.s()).toMatchObject({ openPlanId: a, openStatus: 'ready', openError: null, route: { screen: 'plan', planId: a, tab: 'overview' } });
    expect(app.s().view?.plan.title).toBe('Plan A');
    expect(env.platform.titles.at(-1)).toBe('Plan A');
    expect(await app.settings.get('lastPlanId')).toBe(a);
  });

  it('the next start reopens the plan on the screen last shown (a bad stored screen falls back to the default)', async () => {
    const env = newEnv();
    const app = await bootedApp(env);
    const [, b] = await twoPlans(app);
    await app.s().openPlan(b);
    app.s().setTab('risks');
    await vi.waitFor(async () => expect(await app.settings.get('lastTab')).toBe('risks'));
    await app.s().closePlan();

    const next = await bootedApp(env);
    expect(next.s().route).toEqual({ screen: 'plan', planId: b, tab: 'risks' });
    await next.s().closePlan();

    await next.settings.set('lastTab', 'not-a-screen');
    const third = await bootedApp(env);
    expect(third.s().route).toEqual({ screen: 'plan', planId: b, tab: 'results' });
  });

  it('openPlan of a plan open in another window gives the openElsewhere error', async () => {
    const env = newEnv();
    const app = await bootedApp(env);
    const [a] = await twoPlans(app);
    env.platform.lock = 'elsewhere';

    await app.s().openPlan(a);
    expect(app.s()).toMatchObject({ openPlanId: a, openStatus: 'error', openError: { key: 'plan.openElsewhere' }, view: null });
    expect(await app.s().dispatch('addResult', { id: rid('r1'), parentId: null })).toBe(false);

    env.platform.lock = 'grant';
    expect(await app.s().goToLibrary()).toBe(true);
    await app.s().openPlan(a);
    expect(app.s().openStatus).toBe('ready');
  });

  it('a second window (store) cannot open a plan this one has open', async () => {
    const env = newEnv();
    const first = await bootedApp(env);
    const id = await createOpenPlan(first);
    const second = await bootedApp(env);
    await second.s().openPlan(id);
    expect(second.s().openError).toEqual({ key: 'plan.openElsewhere' });

    expect(await first.s().goToLibrary()).toBe(true);
    expect(await second.s().goToLibrary()).toBe(true);
    await second.s().openPlan(id);
    expect(second.s().openStatus).toBe('ready');
  });

  /** Replaces the plan's stored snapshot, or appends a changes chunk, with bytes that are no document. */
  async function spoil(app: App, planId: PlanId, kind: 'snapshot' | 'changes'): Promise<void> {
    const garbage = new Uint8Array([0x85, 0x6f, 0x4a, 0x83, 1, 2, 3, 4, 5, 6, 7, 8]);
    if (kind === 'changes') {
      await app.db.docChunks.add({ planId, kind, bytes: garbage, heads: ['not-a-head'], createdAt: '2026-01-01T00:00:00.000Z' });
    } else {
      await app.db.docChunks.where('planId').equals(planId).modify({ bytes: garbage });
    }
  }

  it('openPlan of a plan whose stored snapshot is garbage gives errors.document.unreadable, and the app goes on', async () => {
    const env = newEnv();
    const app = await bootedApp(env);
    const [a, b] = await twoPlans(app);
    await spoil(app, a, 'snapshot');

    await expect(app.s().openPlan(a)).resolves.toBeUndefined();
    expect(app.s()).toMatchObject({ openPlanId: a, openStatus: 'error', openError: { key: 'errors.document.unreadable' }, view: null });
    expect(await app.s().dispatch('addResult', { id: rid('r1'), parentId: null })).toBe(false);

    // Back to the library (releasing the plan), and other plans open.
    expect(await app.s().goToLibrary()).toBe(true);
    expect(env.platform.held.size).toBe(0);
    await app.s().openPlan(b);
    expect(app.s().openStatus).toBe('ready');
  });

  // Known bug: Automerge's loadIncremental skips bytes it cannot parse without an error,
  // so a damaged changes chunk opens as a plan silently missing those edits (and the next
  // compaction deletes the chunk). Needs the chunks' stored heads checked on load (see
  // the report); until then this test documents the behaviour and fails once it is fixed.
  it('openPlan of a plan with a garbage changes chunk gives errors.document.unreadable', async () => {
    const app = await bootedApp(newEnv());
    const [a] = await twoPlans(app);
    await spoil(app, a, 'changes');
    await app.s().openPlan(a);
    expect(app.s().openError?.key).toBe('errors.document.unreadable');
  });

  it('openPlan of a plan that is no longer stored gives the storage notFound error', async () => {
    const app = await bootedApp(newEnv());
    const [a] = await twoPlans(app);
    await app.plans.purge(a);
    await app.s().openPlan(a);
    expect(app.s()).toMatchObject({ openStatus: 'error', openError: { key: 'storage.errors.notFound' } });
  });
});

describe('store: session actor ids', () => {
  it('each opened session writes its changes under its own actor id, made from the installation actor id', async () => {
    const app = await bootedApp(newEnv());
    const id = await createOpenPlan(app);
    const installation = app.s().actorId;

    for (const r of ['r1', 'r2']) {
      await app.s().dispatch('addResult', { id: rid(r), parentId: null });
      await settled(app);
      expect(await app.s().goToLibrary()).toBe(true);
      await app.s().openPlan(id);
    }

    const { chunks } = await app.plans.loadChunks(id);
    let doc = A.load(chunks[0]!);
    for (const chunk of chunks.slice(1)) doc = A.loadIncremental(doc, chunk);
    const changes = A.getAllChanges(doc).map((c) => A.decodeChange(c));
    const actors = changes.map((c) => c.actor);
    // createPlan, then one addResult in each of two later sessions.
    expect(changes.map((c) => JSON.parse(c.message ?? '{}').command)).toEqual(['createPlan', 'addResult', 'addResult']);
    expect(new Set(actors).size).toBe(3);
    for (const actor of actors) {
      expect(actor.startsWith(installation)).toBe(true);
      expect(actor.length).toBe(installation.length + 8);
    }
  });
});

describe('store: opening plans in quick succession', () => {
  it('opening the same plan twice at once (a double click) leaves it open and ready', async () => {
    const env = newEnv();
    const app = await bootedApp(env);
    const [a] = await twoPlans(app);

    const errors: unknown[] = [];
    app.store.subscribe((state) => void (state.openError && errors.push(state.openError)));

    await Promise.all([app.s().openPlan(a), app.s().openPlan(a)]);
    expect(app.s()).toMatchObject({ openPlanId: a, openStatus: 'ready', openError: null });
    // Not even for a moment "open in another window" (this window's own hold).
    expect(errors).toEqual([]);
    expect(app.s().view?.plan.title).toBe('Plan A');
    expect(await app.s().dispatch('addResult', { id: rid('r1'), parentId: null })).toBe(true);

    expect(await app.s().goToLibrary()).toBe(true);
    expect([...env.platform.held]).toEqual([]);
  });

  it('opening one plan then at once another leaves the second open and does not keep the first locked', async () => {
    const env = newEnv();
    const app = await bootedApp(env);
    const [a, b] = await twoPlans(app);

    await Promise.all([app.s().openPlan(a), app.s().openPlan(b)]);
    expect(app.s()).toMatchObject({ openPlanId: b, openStatus: 'ready', openError: null });
    expect(app.s().view?.plan.title).toBe('Plan B');
    expect([...env.platform.held]).toEqual([b]);

    expect(await app.s().goToLibrary()).toBe(true);
    expect([...env.platform.held]).toEqual([]);
    await app.s().openPlan(a);
    expect(app.s().openStatus).toBe('ready');
  });
});
