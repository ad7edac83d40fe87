/**
 * Backups of plans in the desktop app (issue 7, promise 4): full plan files under the
 * user-data folder, `<userData>/backups/<planId>/<id>.rbmplan`, each with a small `<id>.json`
 * beside it (what the Backups view lists, so listing never reads whole plans). Files are
 * written atomically (file-save.ts writeFileAtomic: a temporary file, flushed, renamed), and
 * after each write the plan's backups are pruned by the retention rule (shared/backups.ts).
 *
 * The plan id and backup id arrive validated by shared/ipc.ts (a strict alphabet without dots
 * or separators); every path is checked again to lie inside the backups folder.
 */
import { mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { BACKUP_ID, BACKUP_PLAN_ID, BACKUP_REASONS, backupId, backupsToPrune, compareNewestFirst, type BackupInfo, type BackupReason } from '../../shared/backups';
import { BackupInfoSchema, MAX_OPEN_BYTES, type BackupWriteRequest } from '../../shared/ipc';
import { writeFileAtomic } from './file-save';

export interface BackupServiceDeps {
  /** The backups folder: `<userData>/backups`. */
  readonly root: string;
  readonly now: () => Date;
  /** 8 random hex digits (a backup id's last part). */
  readonly randomHex8: () => string;
}

export interface BackupService {
  write(request: BackupWriteRequest): Promise<BackupInfo>;
  list(planId: string): Promise<BackupInfo[]>;
  read(planId: string, id: string): Promise<Uint8Array>;
}

/** A refused backup call (a path outside the folder, a backup that is not there). */
export class BackupRequestError extends Error {
  override name = 'BackupRequestError';
}

const FILE_EXTENSION = '.rbmplan';
const INFO_EXTENSION = '.json';

/** `root/…parts`, refused unless it lies strictly inside root. */
export function insideRoot(root: string, ...parts: string[]): string {
  const base = path.resolve(root);
  const target = path.resolve(base, ...parts);
  if (!target.startsWith(base + path.sep)) throw new BackupRequestError('A backup path must stay inside the backups folder.');
  return target;
}

function planFolder(root: string, planId: string): string {
  if (!BACKUP_PLAN_ID.test(planId)) throw new BackupRequestError('Invalid plan id for a backup.');
  return insideRoot(root, planId);
}

function backupPaths(root: string, planId: string, id: string): { file: string; info: string } {
  if (!BACKUP_ID.test(id)) throw new BackupRequestError('Invalid backup id.');
  const folder = planFolder(root, planId);
  return { file: insideRoot(folder, id + FILE_EXTENSION), info: insideRoot(folder, id + INFO_EXTENSION) };
}

function isMissing(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'ENOENT';
}

/** What a backup file says about itself when its `.json` is missing or damaged: read from the id and the file. */
async function infoFromFile(planId: string, id: string, file: string): Promise<BackupInfo> {
  const stamp = id.slice(0, 19);
  const createdAt = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}.${stamp.slice(15, 18)}Z`;
  const reasonPart = id.slice(20, id.lastIndexOf('-'));
  const reason = (BACKUP_REASONS as readonly string[]).includes(reasonPart) ? (reasonPart as BackupReason) : 'rolling';
  const { size } = await stat(file);
  let title = '';
  let heads: string[] = [];
  if (size <= MAX_OPEN_BYTES) {
    try {
      const envelope: unknown = JSON.parse(new TextDecoder().decode(await readFile(file)));
      if (typeof envelope === 'object' && envelope !== null) {
        const e = envelope as { title?: unknown; heads?: unknown };
        if (typeof e.title === 'string') title = e.title.slice(0, 300);
        if (Array.isArray(e.heads)) heads = e.heads.filter((h): h is string => typeof h === 'string' && /^[0-9a-f]{64}$/.test(h));
      }
    } catch {
      // Not JSON: listed with what its name says; reading it back gives the plan file's own message.
    }
  }
  return { id, planId, reason, createdAt, title, planChangedAt: null, heads, size };
}

export function createBackupService(deps: BackupServiceDeps): BackupService {
  const list = async (planId: string): Promise<BackupInfo[]> => {
    const folder = planFolder(deps.root, planId);
    let names: string[];
    try {
      names = await readdir(folder);
    } catch (e) {
      if (isMissing(e)) return [];
      throw e;
    }
    const infos: BackupInfo[] = [];
    for (const name of names) {
      if (!name.endsWith(FILE_EXTENSION)) continue;
      const id = name.slice(0, -FILE_EXTENSION.length);
      if (!BACKUP_ID.test(id)) continue;
      const paths = backupPaths(deps.root, planId, id);
      let info: BackupInfo | null = null;
      try {
        const parsed = BackupInfoSchema.safeParse(JSON.parse(await readFile(paths.info, 'utf8')));
        if (parsed.success && parsed.data.id === id && parsed.data.planId === planId) info = parsed.data;
      } catch {
        // Missing or damaged: read from the file itself below.
      }
      try {
        infos.push(info ?? (await infoFromFile(planId, id, paths.file)));
      } catch (e) {
        // Removed meanwhile (pruned by another write): not listed.
        if (!isMissing(e)) throw e;
      }
    }
    return infos.sort(compareNewestFirst);
  };

  return {
    list,

    async write(request) {
      const folder = planFolder(deps.root, request.planId);
      await mkdir(folder, { recursive: true });
      const now = deps.now();
      const id = backupId(now, request.reason, deps.randomHex8());
      const paths = backupPaths(deps.root, request.planId, id);
      const info: BackupInfo = {
        id,
        planId: request.planId,
        reason: request.reason,
        createdAt: now.toISOString(),
        title: request.title,
        planChangedAt: request.planChangedAt,
        heads: [...request.heads],
        size: request.bytes.byteLength,
      };
      // The plan file first: a crash between the two leaves a file listed from its own envelope.
      await writeFileAtomic(paths.file, request.bytes);
      await writeFileAtomic(paths.info, new TextEncoder().encode(JSON.stringify(info)));
      const all = await list(request.planId);
      for (const old of backupsToPrune(all, now)) {
        const p = backupPaths(deps.root, request.planId, old);
        await rm(p.file, { force: true });
        await rm(p.info, { force: true });
      }
      return info;
    },

    async read(planId, id) {
      const { file } = backupPaths(deps.root, planId, id);
      try {
        const { size } = await stat(file);
        if (size > MAX_OPEN_BYTES) throw new BackupRequestError('The backup is too large to read.');
        return new Uint8Array(await readFile(file));
      } catch (e) {
        if (isMissing(e)) throw new BackupRequestError('The backup is no longer there.');
        throw e;
      }
    },
  };
}
