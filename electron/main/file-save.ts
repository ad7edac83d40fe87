/**
 * Saving a file the renderer made (a Word, PDF, Excel or IATI export): the native save
 * dialog picks the place, then the bytes are written atomically (a temporary file beside
 * the target, flushed to disk, then renamed over it), so a crash or a full disk never
 * leaves a half-written document under the user's chosen name.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { SaveDialogOptions } from 'electron';
import { SAVE_KINDS, type SaveFileRequest, type SaveFileResult, type SaveKind } from '../../shared/ipc';
import { safeFileName } from '../../shared/export/text';

/** Writes `bytes` to `target` atomically: the old file or the new one, never a partial one. */
export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (e) {
    await handle.close();
    await rm(temp, { force: true });
    throw e;
  }
  await handle.close();
  try {
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

/** The file name to propose: the renderer's suggestion made safe again, with the kind's extension. */
export function proposedName(kind: SaveKind, suggested: string): string {
  const extension = SAVE_KINDS[kind];
  const stem = suggested.toLowerCase().endsWith(`.${extension}`) ? suggested.slice(0, -extension.length - 1) : suggested;
  return safeFileName(path.basename(stem), extension);
}

export type ShowSaveDialog = (options: SaveDialogOptions) => Promise<{ canceled: boolean; filePath?: string }>;

/** Asks where to save, then writes; cancelling saves nothing. */
export async function saveWithDialog(
  request: SaveFileRequest,
  showSaveDialog: ShowSaveDialog,
  defaultFolder: string,
  filterName: string,
): Promise<SaveFileResult> {
  const extension = SAVE_KINDS[request.kind];
  const choice = await showSaveDialog({
    defaultPath: path.join(defaultFolder, proposedName(request.kind, request.suggestedName)),
    filters: [{ name: filterName, extensions: [extension] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { saved: false };
  await writeFileAtomic(choice.filePath, request.bytes);
  return { saved: true, fileName: path.basename(choice.filePath) };
}
