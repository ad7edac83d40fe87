/** The two homes of plans' backups behind one BackupStorage (types.ts): Electron's folder and the browser's database. */
import type { RbmBridge } from '../../shared/ipc';
import type { BackupRepository } from '../db';
import type { BackupStorage } from './types';

/** Electron: files under the user-data folder, through the preload's bridge (main checks every argument). */
export function folderBackupStorage(bridge: Pick<RbmBridge, 'writeBackup' | 'listBackups' | 'readBackup'>): BackupStorage {
  return {
    location: 'folder',
    write: (request) => bridge.writeBackup(request),
    list: (planId) => bridge.listBackups(planId),
    read: (planId, backupId) => bridge.readBackup(planId, backupId),
    downloads: null,
  };
}

/** A browser tab: the browser's database (schema version 3), with the downloads noted for the reminder. */
export function browserBackupStorage(repository: BackupRepository): BackupStorage {
  return {
    location: 'browser',
    write: (request) => repository.write(request),
    list: (planId) => repository.list(planId),
    read: (planId, backupId) => repository.read(planId, backupId),
    downloads: { record: (planId) => repository.recordDownload(planId), last: (planId) => repository.lastDownload(planId) },
  };
}
