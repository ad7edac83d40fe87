/**
 * Backups through the store (renderer/store/backupsSlice.ts) on fake-indexeddb, with the web
 * build's storage (the browser database): backups before an import, before History's restore
 * and before restoring a backup; restoring one (and undoing that); rolling backups driven by
 * an injected clock and timers; downloads and the reminder; bad backup files.
 */
import { describe, expect, it } from 'vitest';
import { ROLLING_INTERVAL_MS, type BackupInfo } from '../../../shared/backups';
import type { ResultId } from '../../../shared/model';
import { readAnyPlanFile, writePlanFile } from '../../../shared/plan-file';
import { buildSamplePlan } from '../../../shared/sample';
import { fixedClock } from '../../../shared/dates';
import { InProcessEngine } from '../../../shared/plan-doc';
import { BackupRepository, PlanRepository, SettingsRepository } from '../../../renderer/db';
import { browserBackupStorage } from '../../../renderer/platform/backups';
import type { BackupStorage } from '../../../renderer/platform/types';
import { createAppStore } from '../../../renderer/store';
import { watchForRollingBackups, type BackupTimers } from '../../../renderer/store/backupsSlice';
import { FakePlatform, leadingCounterHex, newEnv, settled, PLAN_INPUT } from './harness';

const rid = (s: string) => s as ResultId;

class BackupsPlatform extends FakePlatform {
  backups?: BackupStorage;
}

/** A clock that moves 1 ms per reading, and by hand. */
function steppingClock(iso = '2026-03-01T09:00:00.000Z') {
  let t = Date.parse(iso);
  return { now: () => new Date((t += 1)), advance: (ms: number) => (t += ms), at: () => t };
}

/** Timers that run only when the test says so. */
function manualTimers(clock: ReturnType<typeof steppingClock>) {
  const pending: { run: () => void; at: number; id: number }[] = [];
  let next = 1;
  const timers: BackupTimers = {
    setTimeout: (run, ms) => {
      const id = next++;
      pending.push({ run, at: clock.at() + ms, id });
      return id;
    },
    clearTimeout: (id) => {
      const i = pending.findIndex((p) => p.id === id);
      if (i >= 0) pending.splice(i, 1);
    },
  };
  return {
    timers,
    pending,
    /** Runs the timers due by now. */
    runDue: () => {
      for (const p of pending.filter((x) => x.at <= clock.at())) {
        pending.splice(pending.indexOf(p), 1);
        p.run();
      }
    },
  };
}

async function backupsApp() {
  const env = newEnv();
  const clock = steppingClock();
  const platform = new BackupsPlatform();
  const db = env.open();
  let n = 0;
  const repo = new BackupRepository(db, clock, () => (++n).toString(16).padStart(8, '0'));
  platform.backups = browserBackupStorage(repo);
  const manual = manualTimers(clock);
  const settings = new SettingsRepository(db);
  const store = createAppStore({
    plans: new PlanRepository(db, clock),
    settings,
    clock,
    randomHex: leadingCounterHex(),
    platform,
    buildSample: buildSamplePlan,
    saveDelayMs: 5,
    compactAbove: 1000,
    backupTimers: manual.timers,
  });
  const unwatch = watchForRollingBackups(store);
  await settings.set('sampleCreated', true);
  await settings.set('officeName', 'Test office');
  await store.getState().boot();
  const s = () => store.getState();
  const planId = await s().createPlan(PLAN_INPUT);
  expect(planId).not.toBeNull();
  const app = { store, db, plans: new PlanRepository(db, clock), settings, s };
  return { env, clock, platform, repo, manual, app, s, planId: planId!, unwatch, db };
}

type Ctx = Awaited<ReturnType<typeof backupsApp>>;

async function statement(ctx: Ctx, id: string, text: string) {
  expect(await ctx.s().dispatch('updateResult', { id: rid(id), fields: { statement: text } })).toBe(true);
}

async function listed(ctx: Ctx): Promise<BackupInfo[]> {
  return ctx.repo.list(ctx.planId);
}

/** The plan in a backup: its statement of `id`. */
async function statementIn(ctx: Ctx, info: BackupInfo, id: string): Promise<string | undefined> {
  const contents = await readAnyPlanFile(await ctx.repo.read(ctx.planId, info.id), { actor: 'ab'.repeat(16), office: 'x', clock: ctx.clock });
  if (contents.kind !== 'full') throw new Error('not full');
  return contents.engine.state.view.results[rid(id)]?.statement;
}

describe('backups before risky changes', () => {
  it('backs up the plan as it was before an import is applied, with the heads before it', async () => {
    const ctx = await backupsApp();
    const { s } = ctx;
    await s().dispatch('addResult', { id: rid('r_goal'), parentId: null, statement: 'Before the import' });
    await settled(ctx.app as never);
    // Another office's copy, edited there.
    expect(await s().savePlanFile({ office: '', kind: 'full' })).toBe(true);
    const theirs = await readAnyPlanFile(ctx.platform.saved.at(-1)!.bytes, { actor: 'cd'.repeat(16), office: 'Dakar', clock: ctx.clock });
    if (theirs.kind !== 'full') throw new Error('full expected');
    await theirs.engine.run('updateResult', { id: rid('r_goal'), fields: { statement: 'Changed in Dakar' } });
    const file = await writePlanFile({ snapshot: await theirs.engine.snapshot(), view: theirs.engine.state.view }, { from: { office: 'Dakar', actorId: 'cd'.repeat(16) }, createdAt: '2026-03-01T10:00:00.000Z' });

    const headsBefore = [...s().planHeads];
    await s().receivePlanFile({ ok: true, name: 'dakar.rbmplan', bytes: file });
    expect(s().incoming?.mode).toBe('merge');
    expect(await s().applyIncoming()).toBe(true);
    expect(s().view?.results[rid('r_goal')]?.statement).toBe('Changed in Dakar');

    const backups = (await listed(ctx)).filter((b) => b.reason === 'import');
    expect(backups).toHaveLength(1);
    expect([...backups[0]!.heads].sort()).toEqual([...headsBefore].sort());
    expect(await statementIn(ctx, backups[0]!, 'r_goal')).toBe('Before the import');
  });

  it('backs up before History restores a version', async () => {
    const ctx = await backupsApp();
    const { s } = ctx;
    await s().dispatch('addResult', { id: rid('r_goal'), parentId: null, statement: 'First' });
    await s().loadChangeLog();
    const first = s().changeLog.entries[0]!;
    await statement(ctx, 'r_goal', 'Second');
    const headsBefore = [...s().planHeads];
    expect(await s().restoreVersion(first)).toBe(true);
    expect(s().view?.results[rid('r_goal')]?.statement).toBe('First');
    const backups = (await listed(ctx)).filter((b) => b.reason === 'restore');
    expect(backups).toHaveLength(1);
    expect([...backups[0]!.heads].sort()).toEqual([...headsBefore].sort());
    expect(await statementIn(ctx, backups[0]!, 'r_goal')).toBe('Second');
  });

  it('does not make the change when its backup cannot be written, and says so', async () => {
    const ctx = await backupsApp();
    const { s } = ctx;
    await s().dispatch('addResult', { id: rid('r_goal'), parentId: null, statement: 'First' });
    await s().loadChangeLog();
    const first = s().changeLog.entries[0]!;
    await statement(ctx, 'r_goal', 'Second');
    // The disk is full: the backup storage refuses every write.
    ctx.repo.write = async () => Promise.reject(new Error('disk full'));
    expect(await s().restoreVersion(first)).toBe(false);
    expect(s().view?.results[rid('r_goal')]?.statement).toBe('Second');
    expect(s().notices.at(-1)?.message).toMatchObject({ key: 'backups.errors.before.restore', params: { detail: 'disk full' } });
  });
});

describe('restoring a backup', () => {
  it('backs up first, makes the plan as in the backup as one undoable change, and the backup taken first brings it back', async () => {
    const ctx = await backupsApp();
    const { s } = ctx;
    await s().dispatch('addResult', { id: rid('r_goal'), parentId: null, statement: 'As backed up' });
    expect(await s().backUpNow()).toBe(true);
    await s().loadBackups();
    const manual = s().backupList.items[0]!;
    expect(manual.reason).toBe('manual');
    expect(manual.title).toBe(PLAN_INPUT.title);
    await statement(ctx, 'r_goal', 'Edited later');
    await s().dispatch('addResult', { id: rid('r_more'), parentId: rid('r_goal'), statement: 'Added later' });
    const headsBeforeRestore = [...s().planHeads];

    expect(await s().restoreBackup(manual.id)).toBe(true);
    expect(s().view?.results[rid('r_goal')]?.statement).toBe('As backed up');
    expect(s().view?.results[rid('r_more')]).toBeUndefined();
    expect(s().notices.at(-1)?.message.key).toBe('backups.notices.restored');
    // The restore's result equals the backup's content.
    const inBackup = await readAnyPlanFile(await ctx.repo.read(ctx.planId, manual.id), { actor: 'ab'.repeat(16), office: 'x', clock: ctx.clock });
    if (inBackup.kind !== 'full') throw new Error('full expected');
    const pick = (v: NonNullable<ReturnType<typeof s>['view']>) => Object.values(v.results).map((r) => [r.id, r.statement, r.parentId]).sort();
    expect(pick(s().view!)).toEqual(pick(inBackup.engine.state.view));

    // A backup of the plan as it was just before the restore was taken first.
    const before = s().backupList.items.find((b) => b.reason === 'restoreBackup')!;
    expect([...before.heads].sort()).toEqual([...headsBeforeRestore].sort());
    expect(await statementIn(ctx, before, 'r_goal')).toBe('Edited later');

    // Undo takes the restore back.
    expect(s().canUndo).toBe(true);
    await s().undo();
    expect(s().view?.results[rid('r_goal')]?.statement).toBe('Edited later');
    expect(s().view?.results[rid('r_more')]?.statement).toBe('Added later');
    await s().redo();
    expect(s().view?.results[rid('r_goal')]?.statement).toBe('As backed up');
    // And the backup taken before the restore restores the later state too.
    expect(await s().restoreBackup(before.id)).toBe(true);
    expect(s().view?.results[rid('r_goal')]?.statement).toBe('Edited later');
    expect(s().view?.results[rid('r_more')]?.statement).toBe('Added later');
    await settled(ctx.app as never);
  });

  it('refuses a damaged backup with a clear message and changes nothing', async () => {
    const ctx = await backupsApp();
    const { s } = ctx;
    await s().dispatch('addResult', { id: rid('r_goal'), parentId: null, statement: 'Kept' });
    expect(await s().backUpNow()).toBe(true);
    await s().loadBackups();
    const info = s().backupList.items[0]!;
    await ctx.db.backupFiles.put({ id: info.id, bytes: new TextEncoder().encode('{"format":"rbm-plan", "oops"') });
    const heads = [...s().planHeads];
    const count = (await listed(ctx)).length;
    expect(await s().restoreBackup(info.id)).toBe(false);
    expect(s().notices.at(-1)?.message.key).toMatch(/^planFile\.errors\./);
    expect(s().planHeads).toEqual(heads);
    expect(s().view?.results[rid('r_goal')]?.statement).toBe('Kept');
    // No backup was taken either: nothing was about to change.
    expect((await listed(ctx)).length).toBe(count);
  });

  it('refuses a backup of another plan', async () => {
    const ctx = await backupsApp();
    const { s } = ctx;
    expect(await s().backUpNow()).toBe(true);
    await s().loadBackups();
    const info = s().backupList.items[0]!;
    const other = await ctx.s().createPlan({ ...PLAN_INPUT, title: 'Other plan' });
    expect(await s().backUpNow()).toBe(true);
    const otherBackup = (await ctx.repo.list(other!))[0]!;
    // The other plan's file stored under this plan's backup.
    await ctx.db.backupFiles.put({ id: info.id, bytes: await ctx.repo.read(other!, otherBackup.id) });
    await s().openPlan(ctx.planId, 'backups');
    await s().loadBackups();
    expect(await s().restoreBackup(info.id)).toBe(false);
    expect(s().notices.at(-1)?.message).toMatchObject({ key: 'backups.errors.otherPlan', params: { title: 'Other plan' } });
  });
});

describe('rolling backups', () => {
  it('takes one after the first edit, then at most one every 15 minutes while the plan is edited', async () => {
    const ctx = await backupsApp();
    const { s } = ctx;
    const rolling = async () => (await listed(ctx)).filter((b) => b.reason === 'rolling');
    await s().dispatch('addResult', { id: rid('r_goal'), parentId: null, statement: 'v1' });
    await vi_waitFor(() => ctx.manual.pending.length === 1);
    ctx.manual.runDue();
    await vi_waitFor(async () => (await rolling()).length === 1);
    // Edits within the next 15 minutes: one backup waits for the interval.
    await statement(ctx, 'r_goal', 'v2');
    ctx.clock.advance(5 * 60_000);
    await statement(ctx, 'r_goal', 'v3');
    await vi_waitFor(() => ctx.manual.pending.length === 1);
    ctx.manual.runDue();
    expect((await rolling()).length).toBe(1);
    ctx.clock.advance(ROLLING_INTERVAL_MS);
    ctx.manual.runDue();
    await vi_waitFor(async () => (await rolling()).length === 2);
    const newest = (await rolling())[0]!;
    expect(await statementIn(ctx, newest, 'r_goal')).toBe('v3');
    // No edit since: no timer, no backup.
    ctx.clock.advance(ROLLING_INTERVAL_MS * 3);
    ctx.manual.runDue();
    expect(ctx.manual.pending).toHaveLength(0);
    expect((await rolling()).length).toBe(2);
    ctx.unwatch();
  });
});

describe('downloads', () => {
  it('a plan added from a plan file counts from when it was added here, not from when another office made it', async () => {
    const ctx = await backupsApp();
    const { s } = ctx;
    // Made by another office a month before it reaches this computer.
    const madeAt = fixedClock('2026-01-15T09:00:00.000Z');
    const data = buildSamplePlan({ randomHex: leadingCounterHex(), clock: madeAt, officeName: 'Dakar' });
    const theirs = InProcessEngine.create(data, { actor: 'cd'.repeat(16), office: 'Dakar', clock: madeAt });
    const file = await writePlanFile({ snapshot: await theirs.snapshot(), view: theirs.state.view }, { from: { office: 'Dakar', actorId: 'cd'.repeat(16) }, createdAt: '2026-01-15T10:00:00.000Z' });
    await s().receivePlanFile({ ok: true, name: 'dakar.rbmplan', bytes: file });
    expect(s().incoming?.mode).not.toBe('merge');
    expect(await s().applyIncoming()).toBe(true);
    expect(s().openPlanId).toBe(data.plan.id);
    expect(await s().dispatch('updatePlan', { title: 'Edited here' })).toBe(true);
    await settled(ctx.app as never);
    await s().loadBackups();
    expect(s().downloadReminderDue()).toBe(false);
    ctx.clock.advance(8 * 86_400_000);
    expect(await s().dispatch('updatePlan', { title: 'Edited a week later' })).toBe(true);
    await settled(ctx.app as never);
    await s().loadBackups();
    expect(s().downloadReminderDue()).toBe(true);
  });

  it('saves a backup through the platform and notes it; the reminder asks after 7 days of edits without one', async () => {
    const ctx = await backupsApp();
    const { s } = ctx;
    await s().dispatch('addResult', { id: rid('r_goal'), parentId: null, statement: 'v1' });
    await settled(ctx.app as never);
    expect(await s().backUpNow()).toBe(true);
    await s().loadBackups();
    // A plan made minutes ago: no reminder yet.
    expect(s().downloadReminderDue()).toBe(false);
    ctx.clock.advance(8 * 86_400_000);
    await statement(ctx, 'r_goal', 'v2');
    await settled(ctx.app as never);
    await s().loadBackups();
    expect(s().downloadReminderDue()).toBe(true);

    const info = s().backupList.items[0]!;
    expect(await s().downloadBackup(info.id)).toBe(true);
    const saved = ctx.platform.saved.at(-1)!;
    expect(saved.kind).toBe('rbmplan');
    expect(saved.name).toMatch(/^Country programme - backup 2026-03-01 09h\d\d\.rbmplan$/);
    expect(saved.bytes).toEqual(await ctx.repo.read(ctx.planId, info.id));
    expect(s().backupList.lastDownloadAt).not.toBeNull();
    expect(s().downloadReminderDue()).toBe(false);

    // A cancelled save notes nothing.
    ctx.platform.saveAnswer = 'cancel';
    const last = s().backupList.lastDownloadAt;
    ctx.clock.advance(1000);
    expect(await s().downloadBackup(info.id)).toBe(false);
    expect(s().backupList.lastDownloadAt).toBe(last);
  });
});

/** Polls a condition (sync or async) until it holds. */
async function vi_waitFor(check: () => boolean | Promise<boolean>, timeout = 3000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeout) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('a plan whose stored document no longer opens', () => {
  it('is restored from a backup: the damaged document is replaced and the plan opens', async () => {
    const ctx = await backupsApp();
    const { s } = ctx;
    await s().dispatch('addResult', { id: rid('r_goal'), parentId: null, statement: 'Worth keeping' });
    expect(await s().backUpNow()).toBe(true);
    await settled(ctx.app as never);
    expect(await s().closePlan()).toBe(true);
    // The stored document is damaged.
    await ctx.db.docChunks.where('planId').equals(ctx.planId).modify((c) => {
      c.bytes = new Uint8Array([0x85, 0x6f, 0x4a, 0x83, 1, 2, 3]);
    });
    await s().openPlan(ctx.planId, 'backups');
    expect(s().openStatus).toBe('error');
    await s().loadBackups();
    const backup = s().backupList.items.find((b) => b.reason === 'manual')!;
    expect(await s().recoverFromBackup(backup.id)).toBe(true);
    expect(s().openStatus).toBe('ready');
    expect(s().view?.results[rid('r_goal')]?.statement).toBe('Worth keeping');
    expect(s().notices.at(-1)?.message.key).toBe('backups.notices.recovered');
    // Stored that way: it opens again after closing.
    expect(await s().closePlan()).toBe(true);
    await s().openPlan(ctx.planId, 'results');
    expect(s().openStatus).toBe('ready');
    expect(s().view?.results[rid('r_goal')]?.statement).toBe('Worth keeping');
  });
});
