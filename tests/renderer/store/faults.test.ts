/**
 * Every change is all or nothing (issue 7, promise 2), through the store: each operation
 * that writes is run with its Nth write (or commit) failing, N = 1, 2, ... until it
 * completes. After each failure the database (every table, byte for byte) is exactly as
 * before the operation or as after it (a clean run), the user sees the error, what the
 * user did is still there, and doing it again (Retry, or the same action) leaves the
 * database exactly as the clean run did. A closed database is reopened: no failure.
 *
 * Runs are deterministic (fixed clock, a random source that restarts), so a clean run and
 * a faulty run write the same bytes up to the fault.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PlanId, RandomHex, ResultId } from '../../../shared/model';
import { fixedClock } from '../../../shared/dates';
import { buildSamplePlan } from '../../../shared/sample';
import { openDatabase, PlanRepository, SettingsRepository, type RbmDatabase } from '../../../renderer/db';
import { createAppStore, type AppState, type AppStore } from '../../../renderer/store';
import { dumpDatabase, FAULT_KINDS, FAULT_MESSAGE, installFaults, type FaultKind, type FaultRecord, type Faults } from '../../support/faulty-db';
import { bootedApp, createOpenPlan, FakePlatform, newEnv, PLAN_INPUT, settled } from './harness';

const rid = (s: string) => s as ResultId;

/** A random source that can be taken back to a mark, so a retry draws what the clean run drew. */
class Replayable {
  private n = 0;
  private marked = 0;
  readonly hex: RandomHex = () => (++this.n).toString(16).padStart(8, '0') + 'e'.repeat(24);
  mark(): void {
    this.marked = this.n;
  }
  rewind(): void {
    this.n = this.marked;
  }
}

interface FaultyApp {
  readonly store: AppStore;
  readonly s: () => AppState;
  readonly db: RbmDatabase;
  /** Another connection to the same database, for dumps. */
  readonly observer: RbmDatabase;
  readonly faults: Faults;
  readonly random: Replayable;
  readonly platform: FakePlatform;
}

const opened: RbmDatabase[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

async function faultyApp(compactAbove = 1000): Promise<FaultyApp> {
  const factory = new IDBFactory();
  const name = `faults-${crypto.randomUUID()}`;
  const db = openDatabase(name, { indexedDB: factory, IDBKeyRange });
  const observer = openDatabase(name, { indexedDB: factory, IDBKeyRange });
  opened.push(db, observer);
  const faults = installFaults(db);
  const clock = fixedClock('2026-03-01T10:00:00.000Z');
  const random = new Replayable();
  const platform = new FakePlatform();
  const settings = new SettingsRepository(db);
  const store = createAppStore({ plans: new PlanRepository(db, clock), settings, clock, randomHex: random.hex, platform, buildSample: buildSamplePlan, saveDelayMs: 1, compactAbove });
  await settings.set('sampleCreated', true);
  await settings.set('officeName', 'Nairobi office');
  await store.getState().boot();
  expect(store.getState().bootError).toBeNull();
  return { store, s: () => store.getState(), db, observer, faults, random, platform };
}

/** The open plan's saves have run (saved or failed). */
async function saveDone(app: FaultyApp): Promise<void> {
  await vi.waitFor(() => expect(['saved', 'error']).toContain(app.s().saveState), { timeout: 2000, interval: 2 });
}

function errorShown(app: FaultyApp): string[] {
  const keys = app.s().notices.filter((n) => n.tone === 'error').map((n) => n.message.key);
  if (app.s().saveState === 'error' && app.s().saveError) keys.push(app.s().saveError!.key);
  if (app.s().incomingError) keys.push(app.s().incomingError!.message.key);
  return keys;
}

interface Scenario<C> {
  /** Brings a fresh app to the state before the operation (the same every time). */
  setup(app: FaultyApp): Promise<C>;
  run(app: FaultyApp, c: C): Promise<unknown>;
  /** What the user must still have after a failure (the edit in memory, the plan listed, ...). */
  kept(app: FaultyApp, c: C): void;
  /** Doing it again. */
  retry(app: FaultyApp, c: C): Promise<unknown>;
  /**
   * When the retry is a further step (compaction is retried by the next save), the clean run
   * to compare with runs `run` then `retry`.
   */
  retryIsFurther?: boolean;
  /** A failed housekeeping write (compaction) shows no error: the change itself was saved. */
  silent?: boolean;
  /** States between before and after that are whole too (after the save, before compaction). */
  alsoWhole?: (app: FaultyApp, c: C) => Promise<void>;
  /** Applied to both sides when comparing after the retry (compaction renumbers chunks). */
  normalise?: (dump: string) => string;
  /** Tables written best-effort around this operation (see withoutBestEffort); none when the setting is the operation. */
  bestEffort?: readonly string[];
}

/**
 * Rows the app writes on a best-effort basis after an operation (the view cache, the plan
 * last open): a failure there is ignored by design, so when the fault hit them the rest of
 * the database is compared.
 */
function withoutBestEffort(dump: string): string {
  const tables = JSON.parse(dump) as Record<string, { key?: string }[]>;
  delete tables.viewCache;
  tables.settings = (tables.settings ?? []).filter((row) => row.key !== 'lastPlanId');
  return JSON.stringify(tables);
}

/** Which rows differ between two dumps (for failure messages). */
function diff(actual: string, expected: string): string {
  if (actual === expected) return '';
  const a = JSON.parse(actual) as Record<string, unknown[]>;
  const b = JSON.parse(expected) as Record<string, unknown[]>;
  const out: string[] = [];
  for (const table of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const ra = (a[table] ?? []).map((r) => JSON.stringify(r));
    const rb = (b[table] ?? []).map((r) => JSON.stringify(r));
    const only = (x: string[], y: string[]) => x.filter((r) => !y.includes(r)).map((r) => r.slice(0, 160));
    const extra = only(ra, rb);
    const missing = only(rb, ra);
    if (extra.length || missing.length) out.push(`${table}: extra ${JSON.stringify(extra)} missing ${JSON.stringify(missing)}`);
  }
  return out.join('\n');
}

function isBestEffort(fault: FaultRecord | undefined, tables: readonly string[] = ['viewCache', 'settings']): boolean {
  // A commit's record names every table its transaction wrote: best-effort only if all were.
  return fault !== undefined && fault.table !== '' && fault.table.split(',').every((t) => tables.includes(t));
}

async function cleanRun<C>(scenario: Scenario<C>, setupApp: () => Promise<FaultyApp>) {
  const app = await setupApp();
  const c = await scenario.setup(app);
  await settleAll(app);
  const before = await dumpDatabase(app.observer);
  app.random.mark();
  await scenario.run(app, c);
  await settleAll(app);
  const after = await dumpDatabase(app.observer);
  let afterRetry = after;
  if (scenario.retryIsFurther) {
    await scenario.retry(app, c);
    await settleAll(app);
    afterRetry = await dumpDatabase(app.observer);
  }
  return { before, after, afterRetry };
}

/** Lets pending saves and background writes finish. */
async function settleAll(app: FaultyApp): Promise<void> {
  if (app.s().openPlanId) {
    await saveDone(app);
    // The compaction that follows a save runs in the saver's queue: wait for it (a failed save is not retried here).
    if (app.s().saveState === 'saved') await app.s().flushSave();
  }
  await new Promise((resolve) => setTimeout(resolve, 5));
}

async function sweep<C>(scenario: Scenario<C>, kinds: readonly FaultKind[], setupApp: () => Promise<FaultyApp> = () => faultyApp()): Promise<number> {
  const clean = await cleanRun(scenario, setupApp);
  expect(clean.after).not.toBe(clean.before);
  let failures = 0;
  for (const kind of kinds) {
    for (let n = 1; ; n++) {
      if (n > 60) throw new Error(`${kind}: the operation never completed`);
      const app = await setupApp();
      const c = await scenario.setup(app);
      await settleAll(app);
      expect(await dumpDatabase(app.observer), 'setup is deterministic').toBe(clean.before);
      app.random.mark();
      const errorsBefore = errorShown(app).length;
      app.faults.arm(kind, n);
      await scenario.run(app, c);
      await settleAll(app);
      app.faults.disarm();
      const fault = app.faults.lastFired;
      const dump = await dumpDatabase(app.observer);
      const where = `${kind} at write ${n}${fault ? ` (${fault.table || 'commit'})` : ''}`;
      if (!fault) {
        expect(dump, `${where}: completed`).toBe(clean.after);
        break;
      }
      const shown = errorShown(app).slice(errorsBefore);
      const bestEffort = isBestEffort(fault, scenario.bestEffort);
      // Nothing stored (and not a closed database, which must be reopened): the operation failed.
      const completed = kind === 'closed' || dump !== clean.before;
      if (completed) {
        // Reopened and done; or done but a cache not written; or the change saved and only its tidying failed.
        if (dump !== clean.after && bestEffort) {
          expect(withoutBestEffort(dump), `${where}:\n${diff(withoutBestEffort(dump), withoutBestEffort(clean.after))}`).toBe(withoutBestEffort(clean.after));
        } else if (dump !== clean.after && scenario.silent) {
          const whole = scenario.alsoWhole ? await alsoWholeStates(scenario, setupApp) : [];
          expect(whole, `${where}: the stored data is neither before, after nor saved-not-compacted:\n${diff(dump, whole[0] ?? clean.after)}`).toContain(dump);
        } else {
          expect(dump, `${where}: the stored data is neither before nor after:\n${diff(dump, clean.after)}`).toBe(clean.after);
        }
        expect(shown, `${where}: no error when the change was stored`).toEqual([]);
      } else {
        failures++;
        expect(shown, `${where}: the user sees the error`).toContain(FAULT_MESSAGE[kind]);
        scenario.kept(app, c);
      }
      // A failed operation is done again; one that completed is not (only a further step is taken).
      if (!completed || scenario.retryIsFurther) {
        app.random.rewind();
        await scenario.retry(app, c);
        await settleAll(app);
      }
      const norm = scenario.normalise ?? ((d: string) => d);
      let retried = norm(await dumpDatabase(app.observer));
      let expected = norm(clean.afterRetry);
      if (bestEffort && completed) {
        retried = withoutBestEffort(retried);
        expected = withoutBestEffort(expected);
      }
      expect(retried, `${where}: after the retry:\n${diff(retried, expected)}`).toBe(expected);
    }
  }
  return failures;
}

function renumberChunks(dump: string): string {
  const tables = JSON.parse(dump) as Record<string, { seq?: number }[]>;
  tables.docChunks = (tables.docChunks ?? []).map((row, i) => ({ ...row, seq: i + 1 }));
  return JSON.stringify(tables);
}

const wholeCache = new Map<object, string[]>();
async function alsoWholeStates<C>(scenario: Scenario<C>, setupApp: () => Promise<FaultyApp>): Promise<string[]> {
  const cached = wholeCache.get(scenario);
  if (cached) return cached;
  const app = await setupApp();
  const c = await scenario.setup(app);
  await settleAll(app);
  await scenario.alsoWhole!(app, c);
  await settleAll(app);
  const states = [await dumpDatabase(app.observer)];
  wholeCache.set(scenario, states);
  return states;
}

/** A plan open with two results, saved. */
async function openPlanWithResults(app: FaultyApp): Promise<PlanId> {
  const id = await app.s().createPlan(PLAN_INPUT);
  expect(id).not.toBeNull();
  await app.s().dispatch('addResult', { id: rid('r_goal'), parentId: null, statement: 'Goal' });
  await saveDone(app);
  expect(app.s().saveState).toBe('saved');
  return id!;
}

/** Plan files made once by a headquarters installation: its plan, and the plan with one more result. */
let files: { first: Uint8Array; second: Uint8Array; planId: PlanId };
beforeAll(async () => {
  const env = newEnv();
  const hq = await bootedApp(env);
  await hq.s().setOfficeName('Headquarters');
  const planId = await createOpenPlan(hq, { title: 'HQ plan' });
  await hq.s().dispatch('addResult', { id: rid('hq_goal'), parentId: null, statement: 'Decent work' });
  await settled(hq);
  expect(await hq.s().savePlanFile({ office: 'Nairobi office', kind: 'full' })).toBe(true);
  const first = env.platform.saved.at(-1)!.bytes;
  await hq.s().dispatch('addResult', { id: rid('hq_out'), parentId: rid('hq_goal'), statement: 'Policies improved' });
  await settled(hq);
  expect(await hq.s().savePlanFile({ office: 'Nairobi office', kind: 'full' })).toBe(true);
  const second = env.platform.saved.at(-1)!.bytes;
  files = { first, second, planId };
});

async function receive(app: FaultyApp, bytes: Uint8Array, name: string): Promise<void> {
  await app.s().receivePlanFile({ ok: true, name, bytes });
  expect(app.s().incomingError).toBeNull();
  expect(app.s().incoming).not.toBeNull();
}

/** The office with HQ's plan added from its first file, open. */
async function officeWithPlan(app: FaultyApp): Promise<void> {
  await receive(app, files.first, 'first.rbmplan');
  expect(await app.s().applyIncoming()).toBe(true);
  await saveDone(app);
}

const SAVE_EDIT: Scenario<PlanId> = {
  setup: openPlanWithResults,
  async run(app) {
    await app.s().dispatch('addResult', { id: rid('r_out'), parentId: rid('r_goal'), statement: 'Output typed once' });
    await saveDone(app);
  },
  kept(app) {
    expect(app.s().saveState).toBe('error');
    expect(app.s().view?.results[rid('r_out')]?.statement).toBe('Output typed once');
  },
  async retry(app) {
    expect(await app.s().flushSave()).toBe(true);
    expect(app.s().saveState).toBe('saved');
  },
};

describe('store under injected storage faults: saving an edit', () => {
  it('every kind of fault, at every write and commit of the save', { timeout: 120_000 }, async () => {
    expect(await sweep(SAVE_EDIT, FAULT_KINDS)).toBeGreaterThan(0);
  });
});

describe('store under injected storage faults: every other operation', () => {
  const KINDS: readonly FaultKind[] = ['abortQuota', 'unknown', 'commit', 'closed'];

  it('compaction: the saved edit stays saved; a failed compaction is retried by the next save', { timeout: 120_000 }, async () => {
    const scenario: Scenario<PlanId> = {
      setup: openPlanWithResults,
      async run(app) {
        await app.s().dispatch('addResult', { id: rid('r_out'), parentId: rid('r_goal'), statement: 'Output' });
        await saveDone(app);
        // Waits for the compaction that follows the save (a failed save is not retried here).
        if (app.s().saveState === 'saved') await app.s().flushSave();
      },
      kept(app) {
        expect(app.s().view?.results[rid('r_out')]?.statement).toBe('Output');
      },
      async retry(app) {
        // A failed save is retried first (Retry), then the next edit's save compacts.
        if (app.s().saveState === 'error') expect(await app.s().flushSave()).toBe(true);
        await app.s().dispatch('addResult', { id: rid('r_out2'), parentId: rid('r_goal'), statement: 'Output two' });
        await saveDone(app);
        expect(await app.s().flushSave()).toBe(true);
        expect(app.s().saveState).toBe('saved');
      },
      retryIsFurther: true,
      silent: true,
      // A compaction retried later compacts more chunks into the same snapshot: the chunks'
      // numbers (load order only) differ from the clean run's, not their order or content.
      normalise: renumberChunks,
      // Saved, not compacted yet.
      async alsoWhole(app) {
        // The compaction's first write (the save wrote docChunks once).
        app.faults.arm('abortQuota', 2, 'docChunks');
        await app.s().dispatch('addResult', { id: rid('r_out'), parentId: rid('r_goal'), statement: 'Output' });
        await saveDone(app);
        await app.s().flushSave();
        expect(app.faults.lastFired).toBeDefined();
        app.faults.disarm();
      },
    };
    // Compacted whenever a plan has more than one chunk: every save is followed by a compaction.
    await sweep(scenario, KINDS, () => faultyApp(1));
  });

  it('creating a plan', { timeout: 120_000 }, async () => {
    const scenario: Scenario<null> = {
      setup: async () => null,
      run: (app) => app.s().createPlan(PLAN_INPUT),
      kept(app) {
        expect(app.s().plans).toEqual([]);
        expect(app.s().openPlanId).toBeNull();
      },
      async retry(app) {
        expect(await app.s().createPlan(PLAN_INPUT)).not.toBeNull();
      },
    };
    expect(await sweep(scenario, KINDS)).toBeGreaterThan(0);
  });

  it('importing a plan file that adds a plan', { timeout: 120_000 }, async () => {
    const scenario: Scenario<null> = {
      async setup(app) {
        await receive(app, files.first, 'first.rbmplan');
        return null;
      },
      run: (app) => app.s().applyIncoming(),
      kept(app) {
        expect(app.s().plans).toEqual([]);
      },
      async retry(app) {
        await receive(app, files.first, 'first.rbmplan');
        expect(await app.s().applyIncoming()).toBe(true);
      },
    };
    expect(await sweep(scenario, KINDS)).toBeGreaterThan(0);
  });

  it('importing a plan file that merges into the plan', { timeout: 120_000 }, async () => {
    const scenario: Scenario<null> = {
      async setup(app) {
        await officeWithPlan(app);
        await receive(app, files.second, 'second.rbmplan');
        return null;
      },
      run: (app) => app.s().applyIncoming(),
      kept(app) {
        // The plan shown is the stored one, without the file (which can be opened again).
        expect(app.s().view?.results[rid('hq_goal')]).toBeDefined();
        expect(app.s().view?.results[rid('hq_out')]).toBeUndefined();
        expect(app.s().openStatus).toBe('ready');
      },
      async retry(app) {
        await receive(app, files.second, 'second.rbmplan');
        expect(await app.s().applyIncoming()).toBe(true);
        expect(app.s().view?.results[rid('hq_out')]?.statement).toBe('Policies improved');
      },
    };
    expect(await sweep(scenario, KINDS)).toBeGreaterThan(0);
  });

  it('undoing an import', { timeout: 120_000 }, async () => {
    const scenario: Scenario<number> = {
      async setup(app) {
        await officeWithPlan(app);
        await receive(app, files.second, 'second.rbmplan');
        expect(await app.s().applyIncoming()).toBe(true);
        await saveDone(app);
        return app.s().imports[0]!.id;
      },
      run: (app, id) => app.s().undoImport(id),
      kept(app) {
        expect(app.s().view?.results[rid('hq_out')]?.statement).toBe('Policies improved');
      },
      async retry(app, id) {
        expect(await app.s().undoImport(id)).toBe(true);
        expect(app.s().view?.results[rid('hq_out')]).toBeUndefined();
      },
    };
    expect(await sweep(scenario, KINDS)).toBeGreaterThan(0);
  });

  it('deleting, restoring and renaming a plan that is not open', { timeout: 120_000 }, async () => {
    const inLibrary = async (app: FaultyApp) => {
      const id = await openPlanWithResults(app);
      expect(await app.s().goToLibrary()).toBe(true);
      return id;
    };
    const del: Scenario<PlanId> = {
      setup: inLibrary,
      run: (app, id) => app.s().deletePlan(id),
      kept(app, id) {
        expect(app.s().plans.map((p) => p.id)).toEqual([id]);
      },
      async retry(app, id) {
        await app.s().deletePlan(id);
        expect(app.s().plans).toEqual([]);
      },
    };
    const restore: Scenario<PlanId> = {
      async setup(app) {
        const id = await inLibrary(app);
        await app.s().deletePlan(id);
        return id;
      },
      run: (app, id) => app.s().restorePlan(id),
      kept(app) {
        expect(app.s().plans).toEqual([]);
      },
      async retry(app, id) {
        await app.s().restorePlan(id);
        expect(app.s().plans.map((p) => p.id)).toEqual([id]);
      },
    };
    const rename: Scenario<PlanId> = {
      setup: inLibrary,
      run: (app, id) => app.s().renamePlan(id, 'Renamed programme'),
      kept(app) {
        expect(app.s().plans.map((p) => p.title)).toEqual([PLAN_INPUT.title]);
      },
      async retry(app, id) {
        expect(await app.s().renamePlan(id, 'Renamed programme')).toBe(true);
      },
    };
    expect(await sweep(del, KINDS)).toBeGreaterThan(0);
    expect(await sweep(restore, KINDS)).toBeGreaterThan(0);
    expect(await sweep(rename, KINDS)).toBeGreaterThan(0);
  });

  it('renaming the open plan: the save fails and keeps the new title in memory', { timeout: 120_000 }, async () => {
    const scenario: Scenario<PlanId> = {
      setup: openPlanWithResults,
      async run(app, id) {
        await app.s().renamePlan(id, 'Renamed programme');
        await saveDone(app);
      },
      kept(app) {
        expect(app.s().view?.plan.title).toBe('Renamed programme');
        expect(app.s().saveState).toBe('error');
      },
      async retry(app) {
        expect(await app.s().flushSave()).toBe(true);
      },
    };
    expect(await sweep(scenario, KINDS)).toBeGreaterThan(0);
  });

  it('recording a plan file sent to an office', { timeout: 120_000 }, async () => {
    const scenario: Scenario<PlanId> = {
      setup: openPlanWithResults,
      run: (app) => app.s().savePlanFile({ office: 'Dakar office', kind: 'full' }),
      kept(app) {
        expect(app.s().sentFiles).toEqual([]);
      },
      async retry(app) {
        expect(await app.s().savePlanFile({ office: 'Dakar office', kind: 'full' })).toBe(true);
      },
    };
    expect(await sweep(scenario, KINDS)).toBeGreaterThan(0);
  });

  it("the office's name", { timeout: 120_000 }, async () => {
    const scenario: Scenario<null> = {
      setup: async () => null,
      run: (app) => app.s().setOfficeName('Geneva office'),
      kept(app) {
        expect(app.s().officeName).toBe('Nairobi office');
      },
      async retry(app) {
        expect(await app.s().setOfficeName('Geneva office')).toBe(true);
      },
      // The office's name is a setting: its failure is not best-effort.
      bestEffort: [],
    };
    expect(await sweep(scenario, KINDS)).toBeGreaterThan(0);
  });
});
