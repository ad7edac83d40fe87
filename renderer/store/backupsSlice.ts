/**
 * Backups of plans outside the document's own storage (issue 7, promise 4): full plan files
 * kept by the platform (Electron: files under the user-data folder; web: the browser's
 * database, with a reminder to download one), listed and restored from the Backups view.
 *
 * Taken: rolling, at most every 15 minutes while a plan is edited (`watchForRollingBackups`
 * notes edits, the injected timers and clock decide when); before every import, History's
 * restore of a version and the restore of a backup (`backupBeforeChange`; the change is not
 * made when its backup cannot be written); before a database schema upgrade
 * (`backUpBeforeUpgrade`, at start); and by hand ("Back up now").
 *
 * Restoring a backup: the plan as it is now is backed up first (so the restore can be undone
 * from that backup too), the backup's document is merged into the open plan (nothing any office
 * wrote is lost, and the backup's version is then part of the plan's history), and the plan is
 * made as it was in the backup with the restoreVersion command: a new, undoable change that
 * travels to other offices like any edit.
 */
import Dexie from 'dexie';
import { DOWNLOAD_REMINDER_DAYS, ROLLING_INTERVAL_MS, type BackupInfo, type BackupReason } from '../../shared/backups';
import type { Clock } from '../../shared/dates';
import type { PlanId } from '../../shared/model';
import { InProcessEngine, type EngineState, type PlanEngine } from '../../shared/plan-doc';
import type { MessageRef } from '../../shared/plan-doc/commands/types';
import { PlanFileError, readAnyPlanFile, writePlanFile } from '../../shared/plan-file';
import { safeFileName } from '../../shared/export/text';
import { sameHeads } from '../../shared/heads';
import { LATEST_SCHEMA_VERSION, type DatabaseDeps, type DocChunk, type PlanListing } from '../db';
import type { BackupStorage } from '../platform/types';
import type { SliceContext } from './context';
import { messageOf } from './errors';
import { sessionOptions } from './planSlice';
import type { AppState } from './types';

export type { BackupReason };

/** Timers the rolling backups wait with (injected so tests drive them). */
export interface BackupTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The open plan's backups as the Backups view shows them. */
export interface BackupList {
  readonly planId: PlanId | null;
  /** Newest first. */
  readonly items: readonly BackupInfo[];
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly error: MessageRef | null;
  /** Web build: when a backup of this plan was last downloaded (null: never, or Electron). */
  readonly lastDownloadAt: string | null;
}

export interface BackupsSlice {
  backupList: BackupList;
  /** What the backups machinery is doing (the view disables its buttons meanwhile). */
  backupBusy: 'backingUp' | 'restoring' | 'downloading' | null;
  /** Where backups are kept here (null: this store has no backup storage). */
  readonly backupLocation: BackupStorage['location'] | null;
  /** Reads the open plan's backups (and, in the web build, when one was last downloaded). */
  loadBackups(): Promise<void>;
  /** "Back up now": a backup of the open plan as it is. */
  backUpNow(): Promise<boolean>;
  /** Saves one backup's plan file where the user chooses (Electron) or as a download (web). */
  downloadBackup(backupId: string): Promise<boolean>;
  /** Makes the open plan as it was in the backup, after backing up the plan as it is now. */
  restoreBackup(backupId: string): Promise<boolean>;
  /**
   * Backs up the open plan as it is now, before a change that replaces much of it.
   * Resolves false (with a notice) when the backup could not be written: the caller then
   * does not make the change.
   */
  backupBeforeChange(reason: Extract<BackupReason, 'import' | 'restore' | 'restoreBackup'>): Promise<boolean>;
  /** Notes an edit of the open plan: a rolling backup follows, at most one per ROLLING_INTERVAL_MS. */
  noteEdited(): void;
  /** Web build: whether to ask for a backup to be downloaded (edited, and none downloaded for DOWNLOAD_REMINDER_DAYS days). */
  downloadReminderDue(): boolean;
  /**
   * A plan whose stored document no longer opens: its stored document becomes the backup's
   * (the damaged one cannot be read, so it cannot be backed up first), then the plan opens.
   */
  recoverFromBackup(backupId: string): Promise<boolean>;
}

const EMPTY_LIST: BackupList = { planId: null, items: [], status: 'idle', error: null, lastDownloadAt: null };
const DAY_MS = 86_400_000;

function engineFields(state: EngineState): Partial<AppState> {
  return { view: state.view, planHeads: state.heads, canUndo: state.canUndo, canRedo: state.canRedo, undoLabel: state.undoLabel, redoLabel: state.redoLabel };
}

/** Hex actor id for a file's `from` (the office's; a placeholder of zeros before one exists). */
function fileActor(actorId: string): string {
  return /^(?:[0-9a-f]{2}){1,64}$/.test(actorId) ? actorId : '00'.repeat(16);
}

/** A plan file of the engine's plan as it is now. */
async function planFileOf(engine: PlanEngine, office: string, actorId: string, clock: Clock): Promise<{ bytes: Uint8Array; heads: string[]; title: string }> {
  const snapshot = await engine.snapshot();
  const view = engine.state.view;
  const bytes = await writePlanFile({ snapshot, view }, { from: { office, actorId: fileActor(actorId) }, createdAt: clock.now().toISOString() });
  return { bytes, heads: [...snapshot.heads], title: view.plan.title };
}

export function backupsSlice(ctx: SliceContext): BackupsSlice {
  const { set, get, deps, rt } = ctx;
  const storage = deps.platform.backups ?? null;
  const timers: BackupTimers = deps.backupTimers ?? { setTimeout: (run, ms) => globalThis.setTimeout(run, ms), clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>) };

  /** When each plan was last backed up (ms), as far as this window knows. */
  const lastBackupAt = new Map<string, number>();
  let rolling: { planId: PlanId; handle: unknown } | null = null;
  /** The plan edited since its last backup (a rolling backup is due for it). */
  let editedPlan: PlanId | null = null;

  const now = () => deps.clock.now();

  /** Writes a backup of the open plan; throws on failure. */
  const writeBackup = async (reason: BackupReason): Promise<BackupInfo> => {
    const engine = rt.engine;
    const planId = get().openPlanId;
    if (!storage) throw new Error('no backup storage');
    if (!engine || !planId) throw new PlanFileError('viewOutOfDate');
    const file = await planFileOf(engine, get().officeName, get().actorId, deps.clock);
    const planChangedAt = get().saveState === 'saved' && get().lastSavedAt ? get().lastSavedAt : now().toISOString();
    const info = await storage.write({ planId, reason, title: file.title, planChangedAt, heads: file.heads, bytes: file.bytes });
    lastBackupAt.set(planId, new Date(info.createdAt).getTime());
    if (editedPlan === planId && sameHeads(get().planHeads, file.heads)) editedPlan = null;
    const list = get().backupList;
    if (list.planId === planId) set({ backupList: { ...list, items: [info, ...list.items.filter((b) => b.id !== info.id)] } });
    return info;
  };

  const loadBackups = async () => {
    const planId = get().openPlanId;
    if (!storage || !planId) {
      set({ backupList: EMPTY_LIST });
      return;
    }
    const list = get().backupList;
    set({ backupList: { ...(list.planId === planId ? list : { ...EMPTY_LIST, planId }), status: 'loading', error: null } });
    try {
      const [items, lastDownloadAt] = await Promise.all([storage.list(planId), storage.downloads ? storage.downloads.last(planId) : Promise.resolve(null)]);
      if (items[0]) lastBackupAt.set(planId, Math.max(lastBackupAt.get(planId) ?? 0, new Date(items[0].createdAt).getTime()));
      if (get().openPlanId === planId) set({ backupList: { planId, items, status: 'ready', error: null, lastDownloadAt } });
    } catch (e) {
      if (get().openPlanId === planId) set({ backupList: { ...get().backupList, planId, status: 'error', error: messageOf(e) } });
    }
  };

  /** A backup action failed: the view's buttons come back, the user is told why, and the list is read again when asked. */
  const failed = async (e: unknown, reload: boolean): Promise<false> => {
    set({ backupBusy: null });
    get().notify({ tone: 'error', message: problemOf(e) });
    if (reload) await loadBackups();
    return false;
  };

  /** When this plan was last backed up (asks the storage once per plan). */
  const lastBackupOf = async (planId: PlanId): Promise<number> => {
    const known = lastBackupAt.get(planId);
    if (known !== undefined) return known;
    const newest = storage ? (await storage.list(planId))[0] : undefined;
    const at = newest ? new Date(newest.createdAt).getTime() : 0;
    lastBackupAt.set(planId, Math.max(lastBackupAt.get(planId) ?? 0, at));
    return lastBackupAt.get(planId)!;
  };

  const runRolling = async (planId: PlanId) => {
    rolling = null;
    if (editedPlan !== planId || get().openPlanId !== planId || get().openStatus !== 'ready' || get().backupBusy) return;
    try {
      await writeBackup('rolling');
    } catch (e) {
      // Tried again after the next edit; the user is told once per failure.
      get().notify({ tone: 'error', message: { key: 'backups.errors.rolling', params: { detail: describe(messageOf(e)) } } });
      lastBackupAt.set(planId, now().getTime());
    }
  };

  const scheduleRolling = async (planId: PlanId) => {
    if (rolling?.planId === planId) return;
    if (rolling) timers.clearTimeout(rolling.handle);
    // Held while the last backup's time is read, so a burst of edits schedules one backup.
    const claim = { planId, handle: null as unknown };
    rolling = claim;
    const last = await lastBackupOf(planId).catch(() => 0);
    if (rolling !== claim) return;
    const wait = Math.max(0, last + ROLLING_INTERVAL_MS - now().getTime());
    claim.handle = timers.setTimeout(() => void runRolling(planId), wait);
  };

  return {
    backupList: EMPTY_LIST,
    backupBusy: null,
    backupLocation: storage?.location ?? null,

    loadBackups,

    async backUpNow() {
      if (!storage || get().backupBusy) return false;
      set({ backupBusy: 'backingUp' });
      try {
        const info = await writeBackup('manual');
        set({ backupBusy: null });
        get().notify({ tone: 'info', message: { key: 'backups.notices.backedUp', params: { title: info.title } } });
        await loadBackups();
        return true;
      } catch (e) {
        return failed(e, false);
      }
    },

    async downloadBackup(backupId) {
      const planId = get().openPlanId;
      const info = get().backupList.items.find((b) => b.id === backupId);
      if (!storage || !planId || !info || get().backupBusy) return false;
      set({ backupBusy: 'downloading' });
      try {
        const bytes = await storage.read(planId, backupId);
        const day = info.createdAt.slice(0, 16).replace('T', ' ').replace(':', 'h');
        const result = await deps.platform.saveFile('rbmplan', safeFileName(`${info.title || planId} - backup ${day}`, 'rbmplan'), bytes);
        if (result.saved) {
          await storage.downloads?.record(planId);
          get().notify({ tone: 'info', message: { key: 'backups.notices.downloaded', params: { name: result.fileName } } });
        }
        set({ backupBusy: null });
        if (result.saved) await loadBackups();
        return result.saved;
      } catch (e) {
        return failed(e, true);
      }
    },

    async restoreBackup(backupId) {
      const planId = get().openPlanId;
      const engine = rt.engine;
      const info = get().backupList.items.find((b) => b.id === backupId);
      if (!storage || !planId || !engine || !info || get().backupBusy) return false;
      set({ backupBusy: 'restoring' });
      try {
        // Read and checked in full before anything changes.
        const bytes = await storage.read(planId, backupId);
        const contents = await readAnyPlanFile(bytes, sessionOptions(ctx));
        if (contents.kind !== 'full') throw new PlanFileError('changesOnly', { title: contents.envelope.title });
        if (contents.envelope.planId !== planId) throw new RestoreError({ key: 'backups.errors.otherPlan', params: { title: contents.envelope.title } });
        if (!(await get().flushSave())) throw new RestoreError({ key: 'save.cannotCloseUnsaved' });
        // The plan as it is now, so this restore can be undone from a backup too.
        set({ backupBusy: null });
        if (!(await get().backupBeforeChange('restoreBackup'))) return false;
        set({ backupBusy: 'restoring' });
        // The backup's document merged in: changes only the backup holds (an import undone since, say) are kept.
        const preview = await engine.previewImport(contents.payload);
        if (preview.changed) {
          const merged = await engine.applyImport(preview);
          if (merged === false) throw new RestoreError({ key: 'planFiles.errors.staleImport' });
        }
        const before = [...get().planHeads];
        const state = await engine.restoreVersion(contents.envelope.heads);
        set({ ...engineFields(state), backupBusy: null, earlierVersion: null });
        rt.saver?.schedule();
        deps.platform.setWindowTitle(state.view.plan.title);
        const changed = preview.changed || !sameHeads(before, state.heads);
        get().notify({ tone: 'info', message: { key: changed ? 'backups.notices.restored' : 'backups.notices.restoredNothing', params: { title: info.title } } });
        await loadBackups();
        return true;
      } catch (e) {
        return failed(e, true);
      }
    },

    async backupBeforeChange(reason) {
      if (!storage) return true;
      try {
        await writeBackup(reason);
        return true;
      } catch (e) {
        get().notify({ tone: 'error', message: { key: `backups.errors.before.${reason}`, params: { detail: describe(problemOf(e)) } } });
        return false;
      }
    },

    noteEdited() {
      const planId = get().openPlanId;
      if (!storage || !planId || get().openStatus !== 'ready') return;
      editedPlan = planId;
      void scheduleRolling(planId);
    },

    async recoverFromBackup(backupId) {
      const planId = get().openPlanId;
      const info = get().backupList.items.find((b) => b.id === backupId);
      if (!storage || !planId || get().openStatus !== 'error' || !info || get().backupBusy) return false;
      set({ backupBusy: 'restoring' });
      try {
        const contents = await readAnyPlanFile(await storage.read(planId, backupId), sessionOptions(ctx));
        if (contents.kind !== 'full') throw new PlanFileError('changesOnly', { title: contents.envelope.title });
        if (contents.envelope.planId !== planId) throw new RestoreError({ key: 'backups.errors.otherPlan', params: { title: contents.envelope.title } });
        const heads = [...contents.envelope.heads];
        const stored = await deps.plans.chunkInfo(planId);
        // The backup's document replaces every stored chunk (one transaction), or is the first one.
        if (stored.count > 0) await deps.plans.compact(planId, contents.payload, heads, stored.maxSeq);
        else await deps.plans.appendChanges(planId, contents.payload, heads);
        set({ backupBusy: null });
        await get().openPlan(planId, 'backups');
        if (get().openStatus !== 'ready') return false;
        get().notify({ tone: 'info', message: { key: 'backups.notices.recovered', params: { title: info.title } } });
        await loadBackups();
        return true;
      } catch (e) {
        return failed(e, false);
      }
    },

    downloadReminderDue() {
      const list = get().backupList;
      const view = get().view;
      const planId = get().openPlanId;
      if (!storage?.downloads || !planId || !view || list.planId !== planId || list.status !== 'ready') return false;
      // A plan added here from a plan file counts from then: the user has that file.
      const added = get().imports.find((r) => r.planId === planId && r.headsBefore.length === 0)?.importedAt;
      const since = [list.lastDownloadAt ?? view.plan.createdAt, added ?? ''].reduce((a, b) => (b > a ? b : a));
      const changed = get().lastSavedAt ?? since;
      return changed > since && now().getTime() - new Date(since).getTime() >= DOWNLOAD_REMINDER_DAYS * DAY_MS;
    },
  };
}

/** A restore refused for a reason of its own (a message to show). */
class RestoreError extends Error {
  constructor(readonly ref: MessageRef) {
    super(ref.key);
  }
}

function problemOf(e: unknown): MessageRef {
  if (e instanceof RestoreError) return e.ref;
  if (e instanceof PlanFileError) return { key: e.key, params: e.params };
  return messageOf(e);
}

/** A message ref as plain text for another message's `detail` (the key's params are dropped). */
function describe(ref: MessageRef): string {
  const detail = ref.params?.detail;
  return typeof detail === 'string' ? detail : ref.key;
}

/**
 * Notes edits of the open plan for rolling backups, and (web build) reminds the user to
 * download a backup when a plan opens: one notice per plan and window. Returns an unsubscribe.
 */
export function watchForRollingBackups(store: { getState(): AppState; subscribe(listener: (state: AppState, prev: AppState) => void): () => void }): () => void {
  const reminded = new Set<string>();
  return store.subscribe((state, prev) => {
    const planId = state.openPlanId;
    if (!planId || state.openStatus !== 'ready') return;
    const sameOpenPlan = prev.openPlanId === planId && prev.openStatus === 'ready';
    if (sameOpenPlan && state.planHeads !== prev.planHeads && !sameHeads(state.planHeads, prev.planHeads)) state.noteEdited();
    if (!sameOpenPlan && state.backupLocation === 'browser') void state.loadBackups();
    if (state.backupList !== prev.backupList && state.backupList.planId === planId && state.backupList.status === 'ready' && !reminded.has(planId) && state.downloadReminderDue()) {
      reminded.add(planId);
      state.notify({
        tone: 'info',
        message: { key: 'backups.reminder.notice', params: { count: DOWNLOAD_REMINDER_DAYS } },
        action: { label: { key: 'backups.reminder.action' }, run: () => store.getState().setTab('backups') },
      });
    }
  });
}

/** What the database on disk holds before the app opens it with its own schema. */
export interface StoredDatabase {
  /** The schema version it was made with (0: there is no database yet). */
  readonly version: number;
  readonly plans: readonly PlanListing[];
  readonly chunks: readonly DocChunk[];
  readonly officeName: string;
  readonly actorId: string;
}

/**
 * Reads the database as it is on disk, without upgrading it: opened without a version, so
 * Dexie takes the stored one. Null when there is no database (nothing to back up) or it is
 * already at the latest version.
 */
export async function readBeforeUpgrade(name: string, deps: DatabaseDeps = {}): Promise<StoredDatabase | null> {
  const options = { ...(deps.indexedDB ? { indexedDB: deps.indexedDB } : {}), ...(deps.IDBKeyRange ? { IDBKeyRange: deps.IDBKeyRange } : {}) };
  // Where the engine lists its databases, a missing one is not opened at all (opening would make it).
  const factory = deps.indexedDB ?? globalThis.indexedDB;
  const listed = factory && typeof factory.databases === 'function' ? await factory.databases().catch(() => null) : null;
  if (listed && !listed.some((d) => d.name === name)) return null;
  const probe = new Dexie(name, options);
  try {
    await probe.open();
    const version = Math.round(probe.verno);
    if (version >= LATEST_SCHEMA_VERSION || !probe.tables.some((t) => t.name === 'plans') || !probe.tables.some((t) => t.name === 'docChunks')) return null;
    const plans = (await probe.table('plans').toArray()) as PlanListing[];
    const chunks = ((await probe.table('docChunks').toArray()) as DocChunk[]).sort((a, b) => a.seq - b.seq);
    const settings = probe.tables.some((t) => t.name === 'settings') ? ((await probe.table('settings').toArray()) as { key: string; value: unknown }[]) : [];
    const setting = (key: string) => {
      const value = settings.find((s) => s.key === key)?.value;
      return typeof value === 'string' ? value : '';
    };
    return { version, plans, chunks, officeName: setting('officeName'), actorId: setting('actorId') };
  } catch {
    // No database yet (Dexie refuses to create one without a schema), or one it cannot read: nothing to back up here.
    return null;
  } finally {
    probe.close();
  }
}

/** A plan that could not be backed up before the upgrade (its stored document does not load). */
export interface UpgradeBackupProblem {
  readonly planId: string;
  readonly title: string;
  readonly detail: string;
}

/**
 * Backs up every plan's stored document as it was before a schema upgrade ('upgrade'). The
 * caller decides when: in Electron before the database is opened (the backups are files); in
 * the web build after it opened (the backups table is part of the upgrade: a backup cannot
 * live in the database being upgraded, and an upgrade that fails aborts as one transaction,
 * leaving the database as it was). Returns the plans that could not be backed up.
 */
export async function backUpBeforeUpgrade(stored: StoredDatabase, storage: BackupStorage, clock: Clock): Promise<UpgradeBackupProblem[]> {
  const problems: UpgradeBackupProblem[] = [];
  for (const plan of stored.plans) {
    const rows = stored.chunks.filter((c) => c.planId === plan.id);
    try {
      if (rows.length === 0) throw new Error('no stored document');
      const engine = InProcessEngine.load(
        rows.map((r) => r.bytes),
        { actor: fileActor(stored.actorId) + '00000000', office: stored.officeName, clock },
        rows[rows.length - 1]!.heads,
      );
      const file = await planFileOf(engine, stored.officeName, stored.actorId, clock);
      await storage.write({ planId: plan.id, reason: 'upgrade', title: file.title, planChangedAt: plan.updatedAt, heads: file.heads, bytes: file.bytes });
    } catch (e) {
      problems.push({ planId: plan.id, title: plan.title, detail: e instanceof Error ? e.message : String(e) });
    }
  }
  return problems;
}
