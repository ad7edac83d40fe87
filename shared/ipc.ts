/**
 * The one typed contract between the renderer and Electron's main process.
 * Main registers a handler per channel (validating its arguments with these schemas);
 * the preload exposes exactly these functions (its object `satisfies RbmBridge`);
 * the renderer reaches them only through renderer/platform.
 * Channels are `noun:verb`.
 */
import { z } from 'zod';
import type { AppCommandId } from './app-commands';

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  electron: z.string(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

/** Renderer-to-main calls: channel -> [argument schemas, result]. */
export const IPC_CHANNELS = {
  'app:info': { args: z.tuple([]) },
  'window:setTitle': { args: z.tuple([z.string().max(300)]) },
} as const;
export type IpcChannel = keyof typeof IPC_CHANNELS;

export interface IpcResults {
  'app:info': AppInfo;
  'window:setTitle': void;
}

export type IpcArgs<C extends IpcChannel> = z.infer<(typeof IPC_CHANNELS)[C]['args']>;

/** Main-to-renderer events: channel -> payload. */
export interface IpcEvents {
  'menu:command': AppCommandId;
}
export type IpcEventChannel = keyof IpcEvents;

/**
 * What the preload exposes as `window.rbm`. Each method wraps one channel;
 * `on` subscribes to one main-to-renderer event and returns an unsubscribe function.
 */
export interface RbmBridge {
  appInfo(): Promise<AppInfo>;
  setWindowTitle(title: string): Promise<void>;
  on<E extends IpcEventChannel>(event: E, listener: (payload: IpcEvents[E]) => void): () => void;
}
