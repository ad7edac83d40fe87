/**
 * Opening plan files in main: the 'file:open' service (native open dialog, then a safe read)
 * and the files the system hands to the app (a path on the command line of the first or a
 * second launch, macOS 'open-file'), read the same way and delivered to the app window's
 * renderer as 'file:opened' once it has loaded.
 *
 * The reader never trusts the path: it looks first (not a regular file, or over
 * MAX_OPEN_BYTES, is refused without reading), reads only then, and answers with the file's
 * base name, never its folder. Nothing here needs Electron; index.ts and services.ts wire it.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { OpenDialogOptions } from 'electron';
import { MAX_OPEN_BYTES, OPEN_KINDS, type OpenedFile, type OpenFileRequest, type OpenFileResult } from '../../shared/ipc';

/** The file-system calls the reader makes, so tests can stand in for them. */
export interface OpenFileSystem {
  stat(filePath: string): Promise<{ isFile(): boolean; readonly size: number }>;
  readFile(filePath: string): Promise<Uint8Array>;
}

export const nodeFileSystem: OpenFileSystem = { stat: (filePath) => stat(filePath), readFile: (filePath) => readFile(filePath) };

/** Longest name the contract carries (OpenedFileSchema). */
const MAX_NAME_LENGTH = 300;

/** The file's own name, without its folder, cut to what the contract carries. */
export function baseName(filePath: string): string {
  const name = path.basename(filePath);
  if (name.length <= MAX_NAME_LENGTH) return name;
  const cut = name.slice(0, MAX_NAME_LENGTH);
  // Not half a character: drop a lone leading surrogate left at the end.
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * The bytes as a plain Uint8Array over their own buffer: IPC copies a view's whole buffer,
 * so a view into a larger (pooled) one would carry memory that is not the file's.
 */
function ownBytes(bytes: Uint8Array): Uint8Array {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole ? new Uint8Array(bytes.buffer, 0, bytes.byteLength) : new Uint8Array(bytes);
}

/**
 * Reads one file for the renderer. Never throws: a missing or unreadable file is
 * `unreadable`, a folder or device is `notAFile`, a file over `maxBytes` is `tooLarge`
 * (and is not read).
 */
export async function readOpenedFile(filePath: string, fs: OpenFileSystem = nodeFileSystem, maxBytes = MAX_OPEN_BYTES): Promise<OpenedFile> {
  const name = baseName(filePath);
  let info: { isFile(): boolean; readonly size: number };
  try {
    info = await fs.stat(filePath);
  } catch {
    return { ok: false, name, reason: 'unreadable' };
  }
  if (!info.isFile()) return { ok: false, name, reason: 'notAFile' };
  if (info.size > maxBytes) return { ok: false, name, reason: 'tooLarge' };
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(filePath);
  } catch {
    return { ok: false, name, reason: 'unreadable' };
  }
  // The file may have grown between the look and the read.
  if (bytes.byteLength > maxBytes) return { ok: false, name, reason: 'tooLarge' };
  return { ok: true, name, bytes: ownBytes(bytes) };
}

export type ShowOpenDialog = (options: OpenDialogOptions) => Promise<{ canceled: boolean; filePaths: string[] }>;

/** The dialog's localised texts. */
export interface OpenDialogTexts {
  readonly title: string;
  /** Name of the kind's filter, e.g. "RBM Planner plan file". */
  readonly filterName: string;
  /** Name of the catch-all filter. */
  readonly allFiles: string;
}

/** The 'file:open' service: asks which file (one, of the kind or any), then reads it safely. */
export async function openWithDialog(
  request: OpenFileRequest,
  showOpenDialog: ShowOpenDialog,
  defaultFolder: string,
  texts: OpenDialogTexts,
  fs: OpenFileSystem = nodeFileSystem,
): Promise<OpenFileResult> {
  const choice = await showOpenDialog({
    title: texts.title,
    defaultPath: defaultFolder,
    filters: [
      { name: texts.filterName, extensions: [OPEN_KINDS[request.kind]] },
      { name: texts.allFiles, extensions: ['*'] },
    ],
    properties: ['openFile'],
  });
  const chosen = choice.filePaths[0];
  if (choice.canceled || chosen === undefined) return { ok: false, cancelled: true };
  return readOpenedFile(chosen, fs);
}

const PLAN_FILE_SUFFIX = `.${OPEN_KINDS.rbmplan}`;

/**
 * The plan files named on a command line (the first launch's process.argv, or the argv a
 * second launch passes on), as absolute paths. Skips the executable (argv[0]), every flag
 * (Electron's, Chromium's, macOS's -psn_…) and everything not ending in .rbmplan (in any
 * case; this also skips the app folder or script a development run passes); relative paths
 * are taken from `workingDirectory`. Duplicates are listed once. Whether they exist is
 * checked when they are read.
 */
export function planFileArguments(
  argv: readonly string[],
  workingDirectory: string,
  paths: Pick<typeof path, 'resolve'> = path,
): string[] {
  const found: string[] = [];
  for (const argument of argv.slice(1)) {
    if (argument === '' || argument.startsWith('-')) continue;
    if (!argument.toLowerCase().endsWith(PLAN_FILE_SUFFIX)) continue;
    const absolute = paths.resolve(workingDirectory, argument);
    if (!found.includes(absolute)) found.push(absolute);
  }
  return found;
}

/** Where delivered files go: the app window's renderer ('file:opened'). */
export type DeliverOpenedFile = (file: OpenedFile) => void;

export interface SystemFileInbox {
  /**
   * Files named on a command line: only existing regular files are read (a stray argument
   * is ignored). Resolves once they are read and delivered or queued.
   */
  receiveArguments(argv: readonly string[], workingDirectory: string): Promise<void>;
  /** A file the system asked the app to open (macOS 'open-file'): read and delivered whatever it is. */
  receivePath(filePath: string): Promise<void>;
  /** The renderer has loaded: deliver what waited, in order, and from now on at once. */
  ready(deliver: DeliverOpenedFile): void;
  /** The renderer is gone or reloading: queue again until the next `ready`. */
  notReady(): void;
  /** How many read files wait for the renderer. */
  readonly pending: number;
}

/**
 * Collects the files the system hands to the app. Reads happen one after another in the
 * order they arrived, and the files reach the renderer in that order.
 */
export function createSystemFileInbox(fs: OpenFileSystem = nodeFileSystem): SystemFileInbox {
  const queue: OpenedFile[] = [];
  let deliver: DeliverOpenedFile | null = null;
  let reading: Promise<void> = Promise.resolve();

  const hand = (file: OpenedFile) => {
    if (deliver === null) queue.push(file);
    else deliver(file);
  };

  const isExistingFile = async (filePath: string) => {
    try {
      return (await fs.stat(filePath)).isFile();
    } catch {
      return false;
    }
  };

  const enqueue = (work: () => Promise<void>): Promise<void> => {
    reading = reading.then(work).catch((error: unknown) => console.error('Could not open a file handed to the app:', error));
    return reading;
  };

  return {
    receiveArguments: (argv, workingDirectory) =>
      enqueue(async () => {
        for (const filePath of planFileArguments(argv, workingDirectory)) {
          if (await isExistingFile(filePath)) hand(await readOpenedFile(filePath, fs));
        }
      }),
    receivePath: (filePath) =>
      enqueue(async () => {
        hand(await readOpenedFile(filePath, fs));
      }),
    ready(target) {
      deliver = target;
      for (const file of queue.splice(0)) target(file);
    },
    notReady() {
      deliver = null;
    },
    get pending() {
      return queue.length;
    },
  };
}
