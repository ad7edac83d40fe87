/**
 * The preload: exposes `window.rbm`, one method per channel of shared/ipc.ts and nothing raw
 * (no ipcRenderer, no Node). The object `satisfies RbmBridge`, so the bridge and the contract
 * cannot drift. Runs sandboxed, so it imports only types from shared/ (no zod in the bundle).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ExportPdfRequest, IpcArgs, IpcChannel, IpcEventChannel, IpcEvents, IpcResults, OpenFileRequest, RbmBridge, SaveFileRequest } from '../../shared/ipc';

function invoke<C extends IpcChannel>(channel: C, ...args: IpcArgs<C>): Promise<IpcResults[C]> {
  // The main process validates and answers each channel with IpcResults[C].
  return ipcRenderer.invoke(channel, ...args) as Promise<IpcResults[C]>;
}

/** The events the renderer may listen to; a Record over IpcEventChannel so a new event must be listed. */
const EVENTS: Readonly<Record<IpcEventChannel, true>> = { 'menu:command': true, 'file:opened': true };

const bridge = {
  appInfo: () => invoke('app:info'),
  setWindowTitle: (title: string) => invoke('window:setTitle', title),
  saveFile: (request: SaveFileRequest) => invoke('file:save', request),
  exportPdf: (request: ExportPdfRequest) => invoke('export:pdf', request),
  openFile: (request: OpenFileRequest) => invoke('file:open', request),
  on<E extends IpcEventChannel>(event: E, listener: (payload: IpcEvents[E]) => void): () => void {
    // Checked at run time too: the renderer is not trusted to pass only typed names.
    if (!Object.hasOwn(EVENTS, event)) throw new Error(`Unknown event "${String(event)}".`);
    // Only the payload crosses: the IPC event object would hand the renderer `sender`.
    const forward = (_event: IpcRendererEvent, payload: IpcEvents[E]) => listener(payload);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
} satisfies RbmBridge;

contextBridge.exposeInMainWorld('rbm', bridge);
