/** Picks the platform: the Electron bridge when the preload exposed it, else the web. */
import { isAppCommandId } from '../../shared/app-commands';
import { MAX_OPEN_BYTES, OPEN_KINDS, SAVE_KINDS, type OpenFileResult, type OpenKind, type RbmBridge, type SaveFileResult, type SaveKind } from '../../shared/ipc';
import { safeFileName } from '../../shared/export/text';
import { windowTitle } from '../../shared/window-title';
import { lockPlan } from './locks';
import { browserBackupStorage, folderBackupStorage } from './backups';
import type { BackupRepository } from '../db';
import type { BackupStorage, Platform } from './types';

declare global {
  interface Window {
    rbm?: RbmBridge;
  }
}

function electronPlatform(bridge: RbmBridge): Platform {
  return {
    backups: folderBackupStorage(bridge),
    kind: 'electron',
    setWindowTitle: (title) => void bridge.setWindowTitle(title).catch(() => undefined),
    onMenuCommand: (listener) => bridge.on('menu:command', (id) => {
      if (isAppCommandId(id)) listener(id);
    }),
    appVersion: async () => (await bridge.appInfo()).version,
    lockPlan,
    saveFile: (kind, suggestedName, bytes) => bridge.saveFile({ kind, suggestedName, bytes }),
    savePdf: (html, suggestedName) => bridge.exportPdf({ html, suggestedName }),
    openFile: (kind) => bridge.openFile({ kind }),
    onFileOpened: (listener) => bridge.on('file:opened', listener),
    systemLanguages: async () => {
      const fromMain = await bridge.appInfo().then((info) => info.systemLanguages ?? [], () => []);
      return fromMain.length > 0 ? fromMain : browserLanguages();
    },
    setLanguage: (language) => void bridge.setLanguage(language).catch(() => undefined),
  };
}

const MIME: Readonly<Record<SaveKind, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  iati: 'application/xml',
  html: 'text/html',
  rbmplan: 'application/json',
};

/** A browser saves through a download: the browser asks where, or puts it in Downloads. */
function download(kind: SaveKind, suggestedName: string, bytes: Uint8Array): Promise<SaveFileResult> {
  const extension = SAVE_KINDS[kind];
  const stem = suggestedName.toLowerCase().endsWith(`.${extension}`) ? suggestedName.slice(0, -extension.length - 1) : suggestedName;
  const fileName = safeFileName(stem, extension);
  // Copied into a fresh ArrayBuffer: a Blob part must not be a view of a shared buffer.
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: MIME[kind] }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return Promise.resolve({ saved: true, fileName });
}

/** Reads a file the user dropped or picked, as main would (size-limited, never throws). */
export async function readDroppedFile(file: File): Promise<Exclude<OpenFileResult, { cancelled: true }>> {
  if (file.size > MAX_OPEN_BYTES) return { ok: false, name: file.name, reason: 'tooLarge' };
  try {
    return { ok: true, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    return { ok: false, name: file.name, reason: 'unreadable' };
  }
}

/**
 * A browser's file picker: a hidden file input. A cancelled picker fires `cancel`
 * (Chromium, Firefox, Safari 16.4+), so the promise always settles there.
 */
function pickFile(kind: OpenKind): Promise<OpenFileResult> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = `.${OPEN_KINDS[kind]},application/json`;
    input.hidden = true;
    const done = (result: OpenFileResult) => {
      input.remove();
      resolve(result);
    };
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) done({ ok: false, cancelled: true });
      else void readDroppedFile(file).then(done);
    });
    input.addEventListener('cancel', () => done({ ok: false, cancelled: true }));
    document.body.append(input);
    input.click();
  });
}

/** The browser's preferred languages (navigator.languages, else navigator.language). */
function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}

const webPlatform: Platform = {
  kind: 'web',
  setWindowTitle: (title) => {
    document.title = windowTitle(title);
  },
  // A browser tab has no native menu: shortcuts and buttons cover the same commands.
  onMenuCommand: () => () => undefined,
  appVersion: async () => import.meta.env.VITE_APP_VERSION ?? 'web',
  lockPlan,
  saveFile: download,
  // A browser tab cannot print to a file itself: the print preview uses the browser's print dialog.
  savePdf: null,
  openFile: pickFile,
  onFileOpened: () => () => undefined,
  systemLanguages: () => Promise.resolve(browserLanguages()),
  // A browser tab has no native menu or dialogs of its own to translate.
  setLanguage: () => undefined,
};

/**
 * The platform this window runs on. `backups` is the browser database's backup repository:
 * a browser tab keeps plans' backups there; Electron keeps them as files instead.
 */
export function detectPlatform(options: { readonly backups?: BackupRepository } = {}): Platform {
  if (window.rbm) return electronPlatform(window.rbm);
  return options.backups ? { ...webPlatform, backups: browserBackupStorage(options.backups) } : webPlatform;
}

export type { Platform, BackupStorage };
