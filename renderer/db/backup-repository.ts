/**
 * Backups of plans in the browser's database (web build; schema version 3): a backup's
 * description in `backups`, its plan file in `backupFiles`, both written in one transaction
 * with the pruning the retention rule asks for (shared/backups.ts), so a crash leaves the
 * backups as they were or with the new one, never a description without its file. Every
 * method rejects only with a StorageError. Time comes from the injected clock.
 */
import Dexie from 'dexie';
import type { Clock } from '../../shared/dates';
import { backupId, backupsToPrune, compareNewestFirst, type BackupInfo } from '../../shared/backups';
import type { BackupWriteRequest } from '../../shared/ipc';
import type { PlanId } from '../../shared/model';
import type { BackupRow, RbmDatabase } from './db';
import { StorageError, guard } from './errors';

export class BackupRepository {
  constructor(
    private readonly db: RbmDatabase,
    private readonly clock: Clock,
    /** 8 random hex digits (the last part of a backup's id). */
    private readonly randomHex8: () => string,
  ) {}

  /** Stores a backup and prunes the plan's older ones; returns its description. */
  write(request: BackupWriteRequest): Promise<BackupInfo> {
    return guard(() =>
      this.db.transaction('rw', [this.db.backups, this.db.backupFiles], async () => {
        const now = this.clock.now();
        const row: BackupRow = {
          id: backupId(now, request.reason, this.randomHex8()),
          planId: request.planId as PlanId,
          reason: request.reason,
          createdAt: now.toISOString(),
          title: request.title,
          planChangedAt: request.planChangedAt,
          heads: [...request.heads],
          size: request.bytes.byteLength,
        };
        await this.db.backups.add(row);
        await this.db.backupFiles.add({ id: row.id, bytes: request.bytes });
        // Only ids and times are read to prune (through the index), not the plan files.
        const keys = await this.ofPlan(request.planId).keys();
        const ids = await this.ofPlan(request.planId).primaryKeys();
        const listed = ids.map((id, i) => ({ id, createdAt: String((keys[i] as unknown as [string, string])[1]) }));
        const prune = backupsToPrune(listed, now);
        if (prune.length > 0) {
          await this.db.backups.bulkDelete(prune);
          await this.db.backupFiles.bulkDelete(prune);
        }
        return infoOf(row);
      }),
    );
  }

  /** A plan's backups, newest first. */
  list(planId: string): Promise<BackupInfo[]> {
    return guard(async () => (await this.ofPlan(planId).toArray()).map(infoOf).sort(compareNewestFirst));
  }

  /** One backup's plan file; not found when it is not a backup of this plan. */
  read(planId: string, id: string): Promise<Uint8Array> {
    return guard(() =>
      this.db.transaction('r', [this.db.backups, this.db.backupFiles], async () => {
        const row = await this.db.backups.get(id);
        const file = await this.db.backupFiles.get(id);
        if (!row || row.planId !== planId || !file) throw new StorageError('not_found', `backup ${id} of plan ${planId} is not in the database`, { messageKey: 'backups.errors.notFound' });
        return file.bytes;
      }),
    );
  }

  /** Notes that a backup of the plan was downloaded now. */
  recordDownload(planId: string): Promise<void> {
    return guard(async () => {
      await this.db.backupDownloads.put({ planId: planId as PlanId, downloadedAt: this.clock.now().toISOString() });
    });
  }

  /** When a backup of the plan was last downloaded; null when never. */
  lastDownload(planId: string): Promise<string | null> {
    return guard(async () => (await this.db.backupDownloads.get(planId as PlanId))?.downloadedAt ?? null);
  }

  private ofPlan(planId: string) {
    return this.db.backups.where('[planId+createdAt]').between([planId, Dexie.minKey], [planId, Dexie.maxKey], true, true);
  }
}

function infoOf(row: BackupRow): BackupInfo {
  return { id: row.id, planId: row.planId, reason: row.reason, createdAt: row.createdAt, title: row.title, planChangedAt: row.planChangedAt, heads: row.heads, size: row.size };
}
