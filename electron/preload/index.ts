/**
 * The preload: exposes `window.rbm`, one method per channel of shared/ipc.ts and nothing raw
 * (no ipcRenderer, no Node). The object `satisfies RbmBridge`, so the bridge and the contract
 * cannot drift. Runs sandboxed, so it imports only types from shared/ (no zod in the bundle).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { UiLanguage } from '../../shared/i18n';
import type { BackupWriteRequest, ExportPdfRequest, IpcArgs, IpcChannel, IpcEventChannel, IpcEvents, IpcResults, OpenedFile, OpenFileRequest, RbmBridge, SaveFileRequest } from '../../shared/ipc';

function invoke<C extends IpcChannel>(channel: C, ...args: IpcArgs<C>): Promise<IpcResults[C]> {
  // The main process validates and answers each channel with IpcResults[C].
  return ipcRenderer.invoke(channel, ...args) as Promise<IpcResults[C]>;
}

/** The events the renderer may listen to; a Record over IpcEventChannel so a new event must be listed. */
const EVENTS: Readonly<Record<IpcEventChannel, true>> = { 'menu:command': true, 'file:opened': true };

/**
 * Files the system hands the app ('file:opened') arrive once the page has loaded, but the app
 * subscribes only when it has started (database open, and on first start after the office
 * name is given). They are held here until then and handed to the first subscriber, so a
 * double-clicked plan file that launched the app is not lost. A few at most.
 */
const MAX_HELD_FILES = 20;
const heldFiles: OpenedFile[] = [];
let fileSubscribers = 0;
ipcRenderer.on('file:opened', (_event: IpcRendererEvent, file: OpenedFile) => {
  if (fileSubscribers === 0 && heldFiles.length < MAX_HELD_FILES) heldFiles.push(file);
});

const bridge = {
  appInfo: () => invoke('app:info'),
  setWindowTitle: (title: string) => invoke('window:setTitle', title),
  saveFile: (request: SaveFileRequest) => invoke('file:save', request),
  exportPdf: (request: ExportPdfRequest) => invoke('export:pdf', request),
  openFile: (request: OpenFileRequest) => invoke('file:open', request),
  writeBackup: (request: BackupWriteRequest) => invoke('backup:write', request),
  listBackups: (planId: string) => invoke('backup:list', planId),
  readBackup: (planId: string, backupId: string) => invoke('backup:read', planId, backupId),
  setLanguage: (language: UiLanguage) => invoke('app:setLanguage', language),
  on<E extends IpcEventChannel>(event: E, listener: (payload: IpcEvents[E]) => void): () => void {
    // Checked at run time too: the renderer is not trusted to pass only typed names.
    if (!Object.hasOwn(EVENTS, event)) throw new Error(`Unknown event "${String(event)}".`);
    // Only the payload crosses: the IPC event object would hand the renderer `sender`.
    const forward = (_event: IpcRendererEvent, payload: IpcEvents[E]) => listener(payload);
    ipcRenderer.on(event, forward);
    if (event !== 'file:opened') {
      return () => {
        ipcRenderer.removeListener(event, forward);
      };
    }
    fileSubscribers += 1;
    // E is 'file:opened' here; TypeScript does not narrow a type parameter by a value check.
    for (const file of heldFiles.splice(0)) (listener as (payload: OpenedFile) => void)(file);
    let subscribed = true;
    return () => {
      ipcRenderer.removeListener(event, forward);
      if (subscribed) fileSubscribers -= 1;
      subscribed = false;
    };
  },
} satisfies RbmBridge;

contextBridge.exposeInMainWorld('rbm', bridge);
