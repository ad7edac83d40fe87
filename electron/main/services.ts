/**
 * The services behind the IPC channels, bound to the window that called. Kept apart from the
 * handlers so that checking a call and doing the work stay separate concerns.
 */
import type { BrowserWindow } from 'electron';
import type { AppInfo } from '../../shared/ipc';
import { windowTitle } from '../../shared/window-title';
import type { IpcServices } from './ipc-handlers';

/** Builds the services for one calling window (null when the window is already gone). */
export function createServices(window: Pick<BrowserWindow, 'setTitle'> | null, appInfo: AppInfo): IpcServices {
  return {
    'app:info': () => appInfo,
    'window:setTitle': (title) => {
      window?.setTitle(windowTitle(title));
    },
  };
}
