/** Picks the platform: the Electron bridge when the preload exposed it, else the web. */
import { isAppCommandId } from '../../shared/app-commands';
import { SAVE_KINDS, type RbmBridge, type SaveFileResult, type SaveKind } from '../../shared/ipc';
import { safeFileName } from '../../shared/export/text';
import { windowTitle } from '../../shared/window-title';
import { lockPlan } from './locks';
import type { Platform } from './types';

declare global {
  interface Window {
    rbm?: RbmBridge;
  }
}

function electronPlatform(bridge: RbmBridge): Platform {
  return {
    kind: 'electron',
    setWindowTitle: (title) => void bridge.setWindowTitle(title).catch(() => undefined),
    onMenuCommand: (listener) => bridge.on('menu:command', (id) => {
      if (isAppCommandId(id)) listener(id);
    }),
    appVersion: async () => (await bridge.appInfo()).version,
    lockPlan,
    saveFile: (kind, suggestedName, bytes) => bridge.saveFile({ kind, suggestedName, bytes }),
    savePdf: (html, suggestedName) => bridge.exportPdf({ html, suggestedName }),
  };
}

const MIME: Readonly<Record<SaveKind, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  iati: 'application/xml',
  html: 'text/html',
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
};

export function detectPlatform(): Platform {
  return window.rbm ? electronPlatform(window.rbm) : webPlatform;
}

export type { Platform };
