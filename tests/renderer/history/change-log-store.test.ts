import { describe, expect, it } from 'vitest';
import type { ResultId } from '../../../shared/model';
import { bootedApp, createOpenPlan, newEnv, reopen, settled } from '../store/harness';

const rid = (s: string) => s as ResultId;

describe('store: the change log, earlier versions and restoring', () => {
  it('reads the log for the plan as it is, pages it, opens a version and restores it as a saved, undoable change', async () => {
    const env = newEnv();
    const app = await bootedApp(env);
    await createOpenPlan(app);
    await app.s().dispatch('addResult', { id: rid('r_goal'), parentId: null, statement: 'Decent work' });
    await settled(app);

    await app.s().loadChangeLog();
    const log = app.s().changeLog;
    expect(log.status).toBe('ready');
    expect(app.s().changeLogCurrent()).toBe(true);
    expect(log.entries[0]).toMatchObject({ command: 'addResult', local: true, office: app.s().officeName });
    const afterGoal = log.entries[0]!;

    await app.s().dispatch('updateResult', { id: rid('r_goal'), fields: { statement: 'Decent work for all' } });
    // The log was read before this edit: the screen reads it again.
    expect(app.s().changeLogCurrent()).toBe(false);
    await app.s().loadChangeLog();
    expect(app.s().changeLog.entries[0]!.command).toBe('updateResult');

    await app.s().openEarlierVersion(afterGoal);
    expect(app.s().earlierVersion?.view?.results['r_goal']?.statement).toBe('Decent work');
    expect(app.s().view!.results['r_goal']!.statement).toBe('Decent work for all');

    const difference = await app.s().compareVersion(afterGoal.heads);
    expect(difference?.collections.results).toEqual({ changed: 1, broughtBack: 0, removed: 0 });

    expect(await app.s().restoreVersion(afterGoal)).toBe(true);
    expect(app.s().earlierVersion).toBeNull();
    expect(app.s().view!.results['r_goal']!.statement).toBe('Decent work');
    expect(app.s().canUndo).toBe(true);
    expect(app.s().notices.at(-1)?.message.key).toBe('historyScreen.restore.done');
    await settled(app);

    const reloaded = await reopen(env);
    expect(reloaded.s().view!.results['r_goal']!.statement).toBe('Decent work');
    await reloaded.s().loadChangeLog();
    expect(reloaded.s().changeLog.entries[0]).toMatchObject({ command: 'restoreVersion', local: true });

    await app.s().undo();
    expect(app.s().view!.results['r_goal']!.statement).toBe('Decent work for all');
  });

  it('pages older entries without repeats', async () => {
    const env = newEnv();
    const app = await bootedApp(env);
    await createOpenPlan(app);
    for (let i = 0; i < 45; i++) await app.s().dispatch('addResult', { id: rid(`r_${i}`), parentId: null, statement: `Goal ${i}` });
    await app.s().loadChangeLog();
    const first = app.s().changeLog;
    const total = first.totalChanges;
    let guard = 0;
    while (app.s().changeLog.nextBefore && guard++ < 50) await app.s().loadOlderChanges();
    const ids = app.s().changeLog.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(app.s().changeLog.entries.reduce((n, e) => n + e.changeCount, 0)).toBe(total);
  });
});
