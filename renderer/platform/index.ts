/** Picks the platform: the Electron bridge when the preload exposed it, else the web. */
import { isAppCommandId } from '../../shared/app-commands';
import type { RbmBridge } from '../../shared/ipc';
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
  };
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
};

export function detectPlatform(): Platform {
  return window.rbm ? electronPlatform(window.rbm) : webPlatform;
}

export type { Platform };
