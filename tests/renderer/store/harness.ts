/**
 * A store wired as in renderer/main.tsx, but against fake-indexeddb, a ticking clock,
 * a counting random source and a platform stub. `reopen()` makes a new store on the
 * same database, as a reload of the app would.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, expect, vi } from 'vitest';
import type { PlanId, RandomHex } from '../../../shared/model';
import { buildSamplePlan } from '../../../shared/sample';
import { openDatabase, PlanRepository, SettingsRepository, StorageError, type RbmDatabase } from '../../../renderer/db';
import type { OpenFileResult, OpenKind, OpenedFile, SaveFileResult, SaveKind } from '../../../shared/ipc';
import type { Platform } from '../../../renderer/platform/types';
import { createAppStore, type AppState, type AppStore, type NewPlanInput } from '../../../renderer/store';
import { tickingClock } from '../../fixtures/plans';

/**
 * Counts in the leading digits: ids keep the first 20 digits (makeId) and session
 * actor suffixes the first 8, so a zero-padded counter would make them all alike.
 */
export function leadingCounterHex(): RandomHex {
  let n = 0;
  return () => (++n).toString(16).padStart(8, '0') + 'c'.repeat(24);
}

/** Stands in for Electron or the browser tab; `lock` decides what lockPlan answers. */
export class FakePlatform implements Platform {
  readonly kind = 'web';
  readonly titles: string[] = [];
  readonly held = new Set<string>();
  /** 'grant' takes the lock (refused, as by the Web Locks API, while held); 'elsewhere' always refuses. */
  lock: 'grant' | 'elsewhere' = 'grant';

  setWindowTitle(title: string): void {
    this.titles.push(title);
  }
  onMenuCommand(): () => void {
    return () => undefined;
  }
  async appVersion(): Promise<string> {
    return 'test';
  }
  async lockPlan(planId: string): Promise<(() => void) | null> {
    if (this.lock === 'elsewhere' || this.held.has(planId)) return null;
    this.held.add(planId);
    return () => this.held.delete(planId);
  }
  /** Files the app saved, in order; `saveAnswer` 'cancel' makes the next saves cancelled. */
  readonly saved: { kind: SaveKind; name: string; bytes: Uint8Array }[] = [];
  saveAnswer: 'save' | 'cancel' = 'save';
  async saveFile(kind: SaveKind, name: string, bytes: Uint8Array): Promise<SaveFileResult> {
    if (this.saveAnswer === 'cancel') return { saved: false };
    this.saved.push({ kind, name, bytes });
    return { saved: true, fileName: name };
  }
  /** Null as in a browser; `offerPdf()` makes it answer like Electron's 'export:pdf'. */
  savePdf: ((html: string, name: string) => Promise<SaveFileResult>) | null = null;
  /** Print views handed to savePdf, in order. */
  readonly pdfs: { html: string; name: string }[] = [];
  /** 'fail' makes savePdf reject, as when main cannot make the PDF. */
  pdfAnswer: 'save' | 'cancel' | 'fail' = 'save';
  /** What the next openFile answers (cancelled when empty); the kinds asked for, in order. */
  readonly toOpen: OpenFileResult[] = [];
  readonly openKinds: OpenKind[] = [];
  async openFile(kind: OpenKind): Promise<OpenFileResult> {
    this.openKinds.push(kind);
    return this.toOpen.shift() ?? { ok: false, cancelled: true };
  }
  /** Listeners for files the system hands the app; `systemOpens(file)` plays one. */
  private readonly fileListeners = new Set<(file: OpenedFile) => void>();
  onFileOpened(listener: (file: OpenedFile) => void): () => void {
    this.fileListeners.add(listener);
    return () => this.fileListeners.delete(listener);
  }
  systemOpens(file: OpenedFile): void {
    for (const listener of this.fileListeners) listener(file);
  }
  offerPdf(): void {
    this.savePdf = async (html, name) => {
      if (this.pdfAnswer === 'fail') throw new Error('printToPDF failed (simulated)');
      if (this.pdfAnswer === 'cancel') return { saved: false };
      this.pdfs.push({ html, name });
      return { saved: true, fileName: name };
    };
  }
}

/**
 * A repository whose appendChanges fails with a quota error while `failures` is above 0,
 * and waits for `gate` (when set) before writing; `compactFails` makes compaction fail.
 */
export class FlakyPlanRepository extends PlanRepository {
  failures = 0;
  appendCalls = 0;
  gate: Promise<void> | null = null;
  compactFails = false;

  override async compact(...args: Parameters<PlanRepository['compact']>): ReturnType<PlanRepository['compact']> {
    if (this.compactFails) throw new StorageError('quota', 'QuotaExceededError (simulated)');
    return super.compact(...args);
  }

  override async appendChanges(...args: Parameters<PlanRepository['appendChanges']>): ReturnType<PlanRepository['appendChanges']> {
    this.appendCalls++;
    if (this.gate) await this.gate;
    if (this.failures > 0) {
      this.failures--;
      throw new StorageError('quota', 'QuotaExceededError (simulated)');
    }
    return super.appendChanges(...args);
  }
}

export interface Env {
  readonly open: () => RbmDatabase;
  readonly platform: FakePlatform;
  readonly randomHex: RandomHex;
  readonly clock: ReturnType<typeof tickingClock>;
}

const opened: RbmDatabase[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

/** A fresh database (one per test) shared by every store made from this env. */
export function newEnv(): Env {
  const factory = new IDBFactory();
  const name = `store-${crypto.randomUUID()}`;
  return {
    open: () => {
      const db = openDatabase(name, { indexedDB: factory, IDBKeyRange });
      opened.push(db);
      return db;
    },
    platform: new FakePlatform(),
    // One random source per env: a reloaded app never repeats an id either.
    randomHex: leadingCounterHex(),
    clock: tickingClock(),
  };
}

export interface App {
  readonly store: AppStore;
  readonly db: RbmDatabase;
  readonly plans: FlakyPlanRepository;
  readonly settings: SettingsRepository;
  readonly s: () => AppState;
}

/** A new store on the env's database (a new connection, as after a reload). */
export function makeApp(env: Env, options: { compactAbove?: number; saveDelayMs?: number } = {}): App {
  const db = env.open();
  const plans = new FlakyPlanRepository(db, env.clock);
  const settings = new SettingsRepository(db);
  const store = createAppStore({
    plans,
    settings,
    clock: env.clock,
    randomHex: env.randomHex,
    platform: env.platform,
    buildSample: buildSamplePlan,
    saveDelayMs: options.saveDelayMs ?? 5,
    compactAbove: options.compactAbove ?? 1000,
  });
  return { store, db, plans, settings, s: () => store.getState() };
}

/** Boots a store whose first start is behind it (no sample plan: faster, and an empty library). */
export async function bootedApp(env: Env, options: Parameters<typeof makeApp>[1] = {}): Promise<App> {
  const app = makeApp(env, options);
  await app.settings.set('sampleCreated', true);
  if ((await app.settings.get('officeName')) === '') await app.settings.set('officeName', 'Test office');
  await app.s().boot();
  expect(app.s().bootError).toBeNull();
  return app;
}

export const PLAN_INPUT: NewPlanInput = { templateId: 'organisation', title: 'Country programme', organisation: 'ILO', periodStart: '2026-01-01', periodEnd: '2028-12-31' };

/** Creates a plan through the store and checks it is open. */
export async function createOpenPlan(app: App, input: Partial<NewPlanInput> = {}): Promise<PlanId> {
  const id = await app.s().createPlan({ ...PLAN_INPUT, ...input });
  expect(id).not.toBeNull();
  expect(app.s().openStatus).toBe('ready');
  return id!;
}

/** Waits until everything edited is written (the debounced save ran and succeeded). */
export async function settled(app: App): Promise<void> {
  await vi.waitFor(() => expect(app.s().saveState).toBe('saved'), { timeout: 2000, interval: 5 });
  expect(await app.s().flushSave()).toBe(true);
}

/** Every value saveState took, in order, from now on. */
export function recordSaveStates(app: App): string[] {
  const seen: string[] = [];
  app.store.subscribe((state, prev) => {
    if (state.saveState !== prev.saveState) seen.push(state.saveState);
  });
  return seen;
}

/** A new store on the same database, booted: the app after a reload (the old page's locks are gone). */
export async function reopen(env: Env): Promise<App> {
  env.platform.held.clear();
  const app = makeApp(env);
  await app.s().boot();
  expect(app.s().bootError).toBeNull();
  return app;
}

/** The last notice's message key. */
export function lastNoticeKey(app: App): string | undefined {
  return app.s().notices.at(-1)?.message.key;
}
