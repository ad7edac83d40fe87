/**
 * Creates the app window: secure web preferences, the size and place it had last time, shown
 * only once painted (no white flash), its state saved on close, and a way back when its renderer
 * process crashes instead of a dead blank window.
 */
import { app, BrowserWindow, dialog } from 'electron';
import { secureWebPreferences } from './security';
import { text } from './text';
import { MIN_WINDOW_SIZE, captureWindowState, fitToDisplays, readWindowState, writeWindowState, type Rect } from './window-state';

export interface MainWindowOptions {
  url: string;
  preloadPath: string;
  /** The window-state JSON file under userData. */
  stateFile: string;
  /** Work areas of the displays, primary first. */
  workAreas: readonly Rect[];
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = fitToDisplays(readWindowState(options.stateFile), options.workAreas);
  const window = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: text('app.name'),
    show: false,
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  window.once('ready-to-show', () => {
    // maximize() also shows the window, so it waits until the page is painted too.
    if (state.isMaximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    try {
      writeWindowState(options.stateFile, captureWindowState(window));
    } catch (error) {
      // Losing the window's place is not worth stopping the app from closing.
      console.warn('Could not save the window state:', error);
    }
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit') void offerReload(window, details.reason);
  });
  window.loadURL(options.url).catch((error: unknown) => console.error(`Could not load ${options.url}:`, error));
  return window;
}

async function offerReload(window: BrowserWindow, reason: string): Promise<void> {
  if (window.isDestroyed()) return;
  const { response } = await dialog.showMessageBox(window, {
    type: 'error',
    title: text('electron.rendererGoneTitle'),
    message: text('electron.rendererGoneTitle'),
    detail: text('electron.rendererGone', { reason }),
    buttons: [text('electron.reload'), text('electron.quit')],
    defaultId: 0,
    cancelId: 1,
  });
  if (window.isDestroyed()) return;
  if (response === 0) window.reload();
  else app.quit();
}
