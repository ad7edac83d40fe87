import { describe, expect, it, vi } from 'vitest';
import type { ResultId } from '../../../shared/model';
import { bootedApp, createOpenPlan, lastNoticeKey, newEnv, recordSaveStates, reopen, settled, type App } from './harness';

const rid = (s: string) => s as ResultId;

async function saveFailed(app: App, appendCalls: number): Promise<void> {
  await vi.waitFor(
    () => {
      expect(app.plans.appendCalls).toBe(appendCalls);
      expect(app.s().saveState).toBe('error');
    },
    { timeout: 2000, interval: 5 },
  );
}

describe('store: a save that fails', () => {
  it('shows the quota error, keeps the edits in the view, and a retry writes them all', async () => {
    const env = newEnv();
    const app = await bootedApp(env);
    const id = await createOpenPlan(app);
    app.plans.failures = 2;

    await app.s().dispatch('addResult', { id: rid('r1'), parentId: null, statement: 'First' });
    await saveFailed(app, 1);
    expect(app.s().saveError).toEqual({ key: 'storage.errors.quota' });
    expect(app.s().view?.results['r1']?.statement).toBe('First');
    expect(app.s().canUndo).toBe(true);

    // The next edit tries again (and fails again): both edits are still only in memory.
    await app.s().dispatch('addResult', { id: rid('r2'), parentId: rid('r1'), statement: 'Second' });
    await saveFailed(app, 2);
    expect(app.s().saveError).toEqual({ key: 'storage.errors.quota' });
    expect(Object.keys(app.s().view!.results).sort()).toEqual(['r1', 'r2']);

    // Retry once the disk has room.
    expect(await app.s().flushSave()).toBe(true);
    expect(app.s()).toMatchObject({ saveState: 'saved', saveError: null });

    const reloaded = await reopen(env);
    expect(reloaded.s().openPlanId).toBe(id);
    expect(reloaded.s().view?.results['r1']?.statement).toBe('First');
    expect(reloaded.s().view?.results['r2']).toMatchObject({ parentId: 'r1', statement: 'Second' });
  });

  it('a retry that fails again keeps the error and writes nothing', async () => {
    const app = await bootedApp(newEnv());
    await createOpenPlan(app);
    app.plans.failures = 2;
    await app.s().dispatch('addResult', { id: rid('r1'), parentId: null });
    await saveFailed(app, 1);
    expect(await app.s().flushSave()).toBe(false);
    expect(app.s()).toMatchObject({ saveState: 'error', saveError: { key: 'storage.errors.quota' } });
    expect(await app.s().flushSave()).toBe(true);
    expect(app.s().saveState).toBe('saved');
  });

  it('closePlan and goToLibrary refuse to close while the save fails, and close once it succeeds', async () => {
    const env = newEnv();
    const app = await bootedApp(env);
    const id = await createOpenPlan(app);
    app.plans.failures = Number.POSITIVE_INFINITY;
    await app.s().dispatch('addResult', { id: rid('r1'), parentId: null, statement: 'Unsaved' });
    await saveFailed(app, 1);

    expect(await app.s().goToLibrary()).toBe(false);
    expect(lastNoticeKey(app)).toBe('save.cannotCloseUnsaved');
    expect(app.s().route).toEqual({ screen: 'plan', planId: id, tab: 'results' });
    expect(app.s().openPlanId).toBe(id);
    expect(app.s().openStatus).toBe('ready');
    expect(app.s().view?.results['r1']?.statement).toBe('Unsaved');
    expect(env.platform.held.has(id)).toBe(true);

    expect(await app.s().closePlan()).toBe(false);
    expect(app.s().openPlanId).toBe(id);

    // Deleting the open plan needs it closed first: refused too.
    await app.s().deletePlan(id);
    expect(app.s().plans.map((p) => p.id)).toEqual([id]);
    expect(app.s().openPlanId).toBe(id);

    app.plans.failures = 0;
    expect(await app.s().goToLibrary()).toBe(true);
    expect(app.s().route).toEqual({ screen: 'library' });
    expect(env.platform.held.has(id)).toBe(false);

    await app.s().openPlan(id);
    expect(app.s().view?.results['r1']?.statement).toBe('Unsaved');
  });

  it('opening another plan is refused while the open one cannot be saved', async () => {
    const app = await bootedApp(newEnv());
    const other = await createOpenPlan(app, { title: 'Other' });
    const id = await createOpenPlan(app, { title: 'Edited' });
    app.plans.failures = Number.POSITIVE_INFINITY;
    await app.s().dispatch('addResult', { id: rid('r1'), parentId: null });
    await saveFailed(app, 1);

    await app.s().openPlan(other);
    expect(app.s().openPlanId).toBe(id);
    expect(app.s().view?.plan.title).toBe('Edited');
    expect(lastNoticeKey(app)).toBe('save.cannotCloseUnsaved');
  });
});

describe('store: saving while a write is in flight', () => {
  it('an edit made during a write is saved by the next write', async () => {
    const env = newEnv();
    const app = await bootedApp(env);
    await createOpenPlan(app);
    let open!: () => void;
    app.plans.gate = new Promise<void>((resolve) => (open = resolve));
    const states = recordSaveStates(app);

    await app.s().dispatch('addResult', { id: rid('r1'), parentId: null });
    await vi.waitFor(() => expect(app.s().saveState).toBe('saving'), { timeout: 2000, interval: 5 });
    await app.s().dispatch('addResult', { id: rid('r2'), parentId: null });
    expect(app.s().saveState).toBe('unsaved');
    app.plans.gate = null;
    open();
    await settled(app);
    expect(states.at(-1)).toBe('saved');

    const reloaded = await reopen(env);
    expect(Object.keys(reloaded.s().view!.results).sort()).toEqual(['r1', 'r2']);
  });
});

describe('store: compaction', () => {
  it('compacts the stored chunks once there are more than compactAbove, and every edit survives', async () => {
    const env = newEnv();
    const app = await bootedApp(env, { compactAbove: 3 });
    const id = await createOpenPlan(app);
    const counts: number[] = [];
    for (let i = 1; i <= 8; i++) {
      await app.s().dispatch('addResult', { id: rid(`r${i}`), parentId: null, statement: `Result ${i}` });
      await settled(app);
      counts.push((await app.plans.chunkInfo(id)).count);
    }
    // Never more than compactAbove chunks after a save: each fourth chunk triggers a compaction.
    expect(Math.max(...counts)).toBeLessThanOrEqual(3);
    expect(counts).toContain(1);
    const rows = await app.db.docChunks.where('planId').equals(id).sortBy('seq');
    expect(rows[0]!.kind).toBe('snapshot');
    expect(rows.slice(1).every((r) => r.kind === 'changes')).toBe(true);

    const reloaded = await reopen(env);
    const view = reloaded.s().view!;
    expect(view.rootIds.map((r) => view.results[r]!.statement)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((i) => `Result ${i}`));
  });

  it('a compaction that fails leaves the plan saved and every chunk in place', async () => {
    const env = newEnv();
    const app = await bootedApp(env, { compactAbove: 2 });
    const id = await createOpenPlan(app);
    app.plans.compactFails = true;
    for (let i = 1; i <= 4; i++) {
      await app.s().dispatch('addResult', { id: rid(`r${i}`), parentId: null });
      await settled(app);
    }
    expect(app.s()).toMatchObject({ saveState: 'saved', saveError: null });
    expect((await app.plans.chunkInfo(id)).count).toBe(5);

    const reloaded = await reopen(env);
    expect(reloaded.s().view?.rootIds).toEqual(['r1', 'r2', 'r3', 'r4']);
  });

  it('does not compact while there are few chunks', async () => {
    const app = await bootedApp(newEnv(), { compactAbove: 50 });
    const id = await createOpenPlan(app);
    for (let i = 1; i <= 4; i++) {
      await app.s().dispatch('addResult', { id: rid(`r${i}`), parentId: null });
      await settled(app);
    }
    expect((await app.plans.chunkInfo(id)).count).toBe(5);
  });
});
