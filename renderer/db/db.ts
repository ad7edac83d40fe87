/**
 * The app's one IndexedDB database. Rows are plain data; a plan's document is stored
 * as opaque bytes (snapshots and incremental changes), so this layer knows nothing
 * of Automerge and the document's layout can change without a migration here.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { PlanId, PlanStatus } from '../../shared/model';
import type { BackupReason } from '../../shared/backups';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from './schema';

export const DEFAULT_DATABASE_NAME = 'rbm-planner';

/** A plan as the library lists it: enough to show and sort it without loading the document. */
export interface PlanListing {
  id: PlanId;
  title: string;
  organisation: string;
  periodStart: string;
  periodEnd: string;
  status: PlanStatus;
  createdAt: string;
  updatedAt: string;
  /** Set by a soft delete (so Undo can restore); null while the plan is live. */
  deletedAt: string | null;
}

/** One piece of a plan's document: a full snapshot, or changes saved after it. */
export interface DocChunk {
  /** Auto-increment: the order in which the chunks must be loaded. */
  seq: number;
  planId: PlanId;
  kind: 'snapshot' | 'changes';
  bytes: Uint8Array;
  /** The document's heads once this chunk is applied. */
  heads: string[];
  createdAt: string;
}

/** The plan's materialised view as JSON, with the heads it reflects, so a plan paints at once. */
export interface ViewCacheEntry {
  planId: PlanId;
  heads: string[];
  json: string;
  savedAt: string;
}

/** A merged plan file, with the heads before the merge so the merge can be undone. */
export interface ImportRecord {
  id: number;
  planId: PlanId;
  /** The file's name as the user picked or dropped it (no folder). */
  fileName: string;
  /** The office that made the file (its envelope's `from.office`). */
  office: string;
  /** When the office wrote the file (its envelope's `createdAt`). */
  fileCreatedAt: string;
  /** full or changes. */
  fileKind: 'full' | 'changes';
  importedAt: string;
  headsBefore: string[];
  headsAfter: string[];
  /** What the merge changed: added, changed, deleted entities, fields, conflicts, unplaced results. */
  counts: Record<string, number>;
  /** Set when the import was undone (the plan went back to `headsBefore`). */
  undoneAt: string | null;
}

/** A plan file this installation wrote for an office: what that office will have once it imports it. */
export interface SentFileRecord {
  id: number;
  planId: PlanId;
  /** The office the file was made for, as the user named it. */
  office: string;
  kind: 'full' | 'changes';
  heads: string[];
  sentAt: string;
}

/** A backup of a plan, as listed (web build; Electron keeps them as files). Its bytes are in `backupFiles`. */
export interface BackupRow {
  id: string;
  planId: PlanId;
  reason: BackupReason;
  createdAt: string;
  title: string;
  planChangedAt: string | null;
  heads: string[];
  size: number;
}

/** A backup's plan file (a full .rbmplan), keyed by the backup's id. */
export interface BackupFileRow {
  id: string;
  bytes: Uint8Array;
}

/** When a backup of a plan was last downloaded (web build: the only copy outside the browser). */
export interface BackupDownloadRow {
  planId: PlanId;
  downloadedAt: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** What to open the database with; tests pass fake-indexeddb's here. */
export interface DatabaseDeps {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export class RbmDatabase extends Dexie {
  plans!: EntityTable<PlanListing, 'id'>;
  docChunks!: EntityTable<DocChunk, 'seq'>;
  viewCache!: EntityTable<ViewCacheEntry, 'planId'>;
  imports!: EntityTable<ImportRecord, 'id'>;
  sentFiles!: EntityTable<SentFileRecord, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  backups!: EntityTable<BackupRow, 'id'>;
  backupFiles!: EntityTable<BackupFileRow, 'id'>;
  backupDownloads!: EntityTable<BackupDownloadRow, 'planId'>;

  constructor(name: string = DEFAULT_DATABASE_NAME, deps: DatabaseDeps = {}) {
    super(name, {
      // A write the user was told is saved must survive a power cut (Chromium defaults to relaxed).
      chromeTransactionDurability: 'strict',
      ...(deps.indexedDB ? { indexedDB: deps.indexedDB } : {}),
      ...(deps.IDBKeyRange ? { IDBKeyRange: deps.IDBKeyRange } : {}),
    });
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const v = this.version(version).stores(stores);
      if (upgrade) v.upgrade(named(version, upgrade));
    }
    // Dexie 4 opens a database that a newer version of the app upgraded (Dexie 3 failed with a
    // VersionError), and this version would then read and write rows whose shape it does not
    // know: such a database is refused, left as it is. Sticky: checked again on every reopen.
    this.on(
      'ready',
      (db: Dexie) => {
        const made = Math.floor((db.backendDB()?.version ?? 0) / 10);
        if (made > LATEST_SCHEMA_VERSION) throw new Dexie.VersionError(`the database was made by a newer version of the app (schema ${made}; this version knows up to ${LATEST_SCHEMA_VERSION})`);
      },
      true,
    );
  }
}

/**
 * A version's upgrade, failing as an UpgradeError that names the version (Dexie passes on
 * whatever the upgrade threw). Its transaction is aborted either way, so the database keeps
 * every record as the version before left it.
 */
function named(version: number, upgrade: NonNullable<SchemaVersion['upgrade']>): NonNullable<SchemaVersion['upgrade']> {
  return async (tx) => {
    try {
      await upgrade(tx);
    } catch (e) {
      throw new Dexie.UpgradeError(`the upgrade of the database to version ${version} failed: ${e instanceof Error ? e.message : String(e)}`, e instanceof Error ? e : undefined);
    }
  };
}

/** Creates the database handle; it opens on first use (or call `db.open()` to surface errors early). */
export function openDatabase(name: string = DEFAULT_DATABASE_NAME, deps: DatabaseDeps = {}): RbmDatabase {
  return new RbmDatabase(name, deps);
}

/**
 * Asks the browser not to evict this origin's storage under pressure. Returns whether
 * storage is persistent; never throws (an old engine or a refusal is just `false`).
 */
export async function requestPersistentStorage(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator?.storage,
): Promise<boolean> {
  try {
    if (!storage || typeof storage.persist !== 'function') return false;
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    return (await storage.persist()) === true;
  } catch {
    return false;
  }
}
