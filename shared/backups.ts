/**
 * Backups of plans outside the document's own storage (issue 7, promise 4): what a backup is,
 * how it is named, and which ones are kept. Used by Electron's main process (files under the
 * user-data folder) and by the web build (the browser database's `backups` table), so both
 * keep the same backups.
 */

/**
 * Why a backup was taken: rolling (every 15 minutes at most while the plan is edited), before
 * an import, before History's restore of a version, before restoring a backup, before a
 * database schema upgrade, or by hand ("Back up now").
 */
export const BACKUP_REASONS = ['rolling', 'import', 'restore', 'restoreBackup', 'upgrade', 'manual'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** What a backup is, as listed (the plan file's bytes are read separately). */
export interface BackupInfo {
  /** Unique per plan, and safe as a file name: see BACKUP_ID. */
  readonly id: string;
  readonly planId: string;
  readonly reason: BackupReason;
  /** ISO instant the backup was taken. */
  readonly createdAt: string;
  /** The plan's title in the backup. */
  readonly title: string;
  /** ISO instant of the plan's last saved change in the backup (null when unknown). */
  readonly planChangedAt: string | null;
  /** The document's heads in the backup. */
  readonly heads: readonly string[];
  /** Size of the plan file in bytes. */
  readonly size: number;
}

/** Rolling backups: one every 15 minutes at most while a plan is edited. */
export const ROLLING_INTERVAL_MS = 15 * 60 * 1000;
/** Retention: the newest backups kept whatever their age. */
export const KEEP_RECENT = 10;
/** Retention: besides those, the newest backup of each of the last days (UTC days, today included). */
export const KEEP_DAILY_DAYS = 14;
/** Web build: ask to download a backup when the plan was edited and none was downloaded for this many days. */
export const DOWNLOAD_REMINDER_DAYS = 7;

/** A plan's id as a folder name: the model's id alphabet and length (no dots, no separators). */
export const BACKUP_PLAN_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** A backup's id: when (compact UTC), why, and 8 random hex digits: `20260101T101500123Z-rolling-0a1b2c3d`. */
export const BACKUP_ID = /^\d{8}T\d{9}Z-(?:rolling|import|restore|restoreBackup|upgrade|manual)-[0-9a-f]{8}$/;

/** A new backup id for `at`, `reason` and 8 random hex digits. */
export function backupId(at: Date, reason: BackupReason, randomHex8: string): string {
  const stamp = at.toISOString().replace(/[-:.]/g, '');
  const id = `${stamp}-${reason}-${randomHex8.slice(0, 8).toLowerCase()}`;
  if (!BACKUP_ID.test(id)) throw new Error(`invalid backup id ${id}`);
  return id;
}

/** Newest first: by time taken, then id (two backups in one millisecond keep one order). */
export function compareNewestFirst(a: Pick<BackupInfo, 'createdAt' | 'id'>, b: Pick<BackupInfo, 'createdAt' | 'id'>): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * The retention rule: which backups of one plan to delete. Kept: the KEEP_RECENT newest, and
 * the newest of each UTC day among the last KEEP_DAILY_DAYS days (today and the 13 before).
 * Everything else goes, whatever its reason (a backup before an import is kept as long as a
 * rolling one). Returns the ids to delete.
 */
export function backupsToPrune(backups: readonly Pick<BackupInfo, 'id' | 'createdAt'>[], now: Date, keepRecent = KEEP_RECENT, keepDays = KEEP_DAILY_DAYS): string[] {
  const sorted = [...backups].sort(compareNewestFirst);
  const keep = new Set(sorted.slice(0, keepRecent).map((b) => b.id));
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const oldestDay = new Date(today - (keepDays - 1) * 86_400_000).toISOString().slice(0, 10);
  const seenDays = new Set<string>();
  for (const b of sorted) {
    const day = b.createdAt.slice(0, 10);
    if (day < oldestDay || seenDays.has(day)) continue;
    seenDays.add(day);
    keep.add(b.id);
  }
  return sorted.filter((b) => !keep.has(b.id)).map((b) => b.id);
}
