import { describe, expect, it } from 'vitest';
import type { ResultId } from '../../../shared/model';
import { bootedApp, createOpenPlan, lastNoticeKey, newEnv, recordSaveStates, reopen, settled } from './harness';

const rid = (s: string) => s as ResultId;

describe('store: editing the open plan', () => {
  it("dispatch('addResult') changes the view, goes unsaved then saved, and the edit survives a reload", async () => {
    const env = newEnv();
    const app = await bootedApp(env);
    const id = await createOpenPlan(app);
    const states = recordSaveStates(app);

    expect(await app.s().dispatch('addResult', { id: rid('r_goal'), parentId: null, statement: 'Decent work' })).toBe(true);
    expect(app.s().view?.results['r_goal']).toMatchObject({ level: 'goal', statement: 'Decent work' });
    expect(app.s().view?.rootIds).toEqual(['r_goal']);
    expect(app.s().saveState).toBe('unsaved');

    await settled(app);
    expect(states).toEqual(['unsaved', 'saving', 'saved']);
    expect(app.s().lastSavedAt).not.toBeNull();

    const reloaded = await reopen(env);
    expect(reloaded.s().openPlanId).toBe(id);
    expect(reloaded.s().view?.results['r_goal']).toMatchObject({ level: 'goal', statement: 'Decent work' });
  });

  it('edits made in quick succession are saved together and all survive a reload', async () => {
    const env = newEnv();
    const app = await bootedApp(env, { saveDelayMs: 100 });
    await createOpenPlan(app);
    const appendsBefore = app.plans.appendCalls;
    await app.s().dispatch('addResult', { id: rid('r_goal'), parentId: null, statement: 'Goal' });
    await app.s().dispatch('addResult', { id: rid('r_out'), parentId: rid('r_goal'), statement: 'Outcome' });
    await app.s().dispatch('updateResult', { id: rid('r_goal'), fields: { statement: 'Goal, edited' } });
    await settled(app);
    expect(app.plans.appendCalls - appendsBefore).toBe(1);

    const reloaded = await reopen(env);
    const results = reloaded.s().view!.results;
    expect(results['r_goal']?.statement).toBe('Goal, edited');
    expect(results['r_out']).toMatchObject({ level: 'outcome', parentId: 'r_goal', statement: 'Outcome' });
  });

  it('a command the domain refuses leaves the view unchanged and shows its error key', async () => {
    const app = await bootedApp(newEnv());
    await createOpenPlan(app);
    await app.s().dispatch('addResult', { id: rid('r1'), parentId: null });
    await app.s().dispatch('addResult', { id: rid('r2'), parentId: rid('r1') });
    await app.s().dispatch('addResult', { id: rid('r3'), parentId: rid('r2') });
    await app.s().dispatch('addResult', { id: rid('r4'), parentId: rid('r3') });
    expect(app.s().view?.results['r4']?.level).toBe('activity');
    await settled(app);
    const view = app.s().view;
    const undoLabel = app.s().undoLabel;

    expect(await app.s().dispatch('addResult', { id: rid('r5'), parentId: rid('r4') })).toBe(false);
    expect(app.s().view).toBe(view);
    expect(app.s().undoLabel).toBe(undoLabel);
    expect(app.s().saveState).toBe('saved');
    expect(app.s().notices.at(-1)).toMatchObject({ tone: 'error', message: { key: 'errors.noLevelBelowActivity' } });

    expect(await app.s().dispatch('updateResult', { id: rid('r_missing'), fields: { statement: 'x' } })).toBe(false);
    expect(lastNoticeKey(app)).toBe('errors.resultNotFound');
    expect(app.s().view).toBe(view);
  });

  it('dispatch with no plan open does nothing and returns false', async () => {
    const app = await bootedApp(newEnv());
    expect(await app.s().dispatch('addResult', { id: rid('r1'), parentId: null })).toBe(false);
    expect(app.s().view).toBeNull();
  });
});

describe('store: undo and redo', () => {
  it('canUndo, canRedo and the labels follow the history', async () => {
    const app = await bootedApp(newEnv());
    await createOpenPlan(app);
    expect(app.s()).toMatchObject({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });

    await app.s().dispatch('addResult', { id: rid('r_goal'), parentId: null });
    expect(app.s()).toMatchObject({ canUndo: true, canRedo: false, undoLabel: { key: 'history.addResult', params: { level: 'goal' } } });

    await app.s().dispatch('updateResult', { id: rid('r_goal'), fields: { statement: 'Typed' } });
    expect(app.s().undoLabel).toEqual({ key: 'history.editStatement' });

    await app.s().undo();
    expect(app.s().view?.results['r_goal']?.statement).toBe('');
    expect(app.s()).toMatchObject({ canUndo: true, canRedo: true, undoLabel: { key: 'history.addResult' }, redoLabel: { key: 'history.editStatement' } });

    await app.s().redo();
    expect(app.s().view?.results['r_goal']?.statement).toBe('Typed');
    expect(app.s()).toMatchObject({ canRedo: false, redoLabel: null, undoLabel: { key: 'history.editStatement' } });
  });

  it('undo of an add removes the result from the view, and that is saved too', async () => {
    const env = newEnv();
    const app = await bootedApp(env);
    await createOpenPlan(app);
    await app.s().dispatch('addResult', { id: rid('r_goal'), parentId: null, statement: 'Goal' });
    await settled(app);

    await app.s().undo();
    expect(app.s().view?.results['r_goal']).toBeUndefined();
    expect(app.s().view?.rootIds).toEqual([]);
    expect(app.s()).toMatchObject({ canUndo: false, canRedo: true, saveState: 'unsaved' });
    await settled(app);

    const reloaded = await reopen(env);
    expect(reloaded.s().view?.results['r_goal']).toBeUndefined();
    expect(reloaded.s().view?.rootIds).toEqual([]);
    // A reload starts a new history: nothing to undo across sessions.
    expect(reloaded.s().canUndo).toBe(false);
  });

  it('a new edit after an undo clears redo', async () => {
    const app = await bootedApp(newEnv());
    await createOpenPlan(app);
    await app.s().dispatch('addResult', { id: rid('r1'), parentId: null });
    await app.s().undo();
    expect(app.s().canRedo).toBe(true);
    await app.s().dispatch('addResult', { id: rid('r2'), parentId: null });
    expect(app.s().canRedo).toBe(false);
    await app.s().redo();
    expect(Object.keys(app.s().view!.results)).toEqual(['r2']);
  });
});
