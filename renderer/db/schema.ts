/**
 * The database's schema history, oldest first. Append a version, never edit one: a
 * user's database was created by some past entry, and Dexie upgrades it step by step
 * through each later one. Each version with an `upgrade` gets a test with a fixture
 * from the version before.
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  readonly version: number;
  /** Dexie store specs: primary key first, then indexes; `null` deletes a table. */
  readonly stores: Readonly<Record<string, string | null>>;
  /** Rewrites existing rows into the new shape, inside the upgrade transaction. */
  readonly upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      plans: 'id, updatedAt',
      docChunks: '++seq, planId, [planId+seq]',
      viewCache: 'planId',
      imports: '++id, planId',
      settings: 'key',
    },
  },
  {
    // Plan files written for an office, so a later "changes only" file knows what it has.
    version: 2,
    stores: { sentFiles: '++id, planId' },
  },
  {
    // Backups of plans (issue 7, promise 4) in the web build: what each is (`backups`, listed
    // without reading the plans), the plan file itself (`backupFiles`, by the backup's id), and
    // when a backup of each plan was last downloaded (`backupDownloads`). New tables only:
    // no existing row changes.
    version: 3,
    stores: { backups: 'id, planId, [planId+createdAt]', backupFiles: 'id', backupDownloads: 'planId' },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
