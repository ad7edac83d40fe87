/**
 * The main-process side of shared/ipc.ts: one `ipcMain.handle` per channel. Each call is checked
 * (trusted sender, arguments valid by the channel's zod schema) and handed to a service; nothing
 * else happens here. `handleIpc` is the whole logic and runs without Electron in tests.
 */
import type { IpcMain, WebContents } from 'electron';
import { IPC_CHANNELS, type IpcArgs, type IpcChannel, type IpcEventChannel, type IpcEvents, type IpcResults } from '../../shared/ipc';
import { isTrustedSender } from './security';

/** What serves each channel, with arguments already validated. */
export type IpcServices = {
  [C in IpcChannel]: (...args: IpcArgs<C>) => IpcResults[C] | Promise<IpcResults[C]>;
};

/** A refused IPC call. The message reaches the renderer's rejected promise, so it names the cause. */
export class IpcRequestError extends Error {
  override name = 'IpcRequestError';
}

function isIpcChannel(value: string): value is IpcChannel {
  return Object.hasOwn(IPC_CHANNELS, value);
}

/**
 * Checks one IPC call and runs its service. Throws IpcRequestError for an unknown channel, an
 * untrusted sender or invalid arguments; the service is not called in those cases.
 */
export async function handleIpc(
  channel: string,
  senderUrl: unknown,
  rawArgs: unknown,
  services: IpcServices,
  devServerUrl?: string,
): Promise<unknown> {
  if (!isIpcChannel(channel)) throw new IpcRequestError(`Unknown IPC channel "${channel}".`);
  if (!isTrustedSender(senderUrl, devServerUrl)) {
    throw new IpcRequestError(`IPC call "${channel}" refused: the sender ${String(senderUrl)} is not the app.`);
  }
  let parsed: ReturnType<(typeof IPC_CHANNELS)[typeof channel]['args']['safeParse']>;
  try {
    parsed = IPC_CHANNELS[channel].args.safeParse(rawArgs);
  } catch {
    // zod runs some checks (a length limit) on values of the wrong type too, and comparing an
    // object without a prototype throws (found by tests/electron/ipc-fuzz.test.ts).
    throw new IpcRequestError(`Invalid arguments for IPC call "${channel}": (arguments): unreadable values`);
  }
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(arguments)'}: ${i.message}`).join('; ');
    throw new IpcRequestError(`Invalid arguments for IPC call "${channel}": ${issues}`);
  }
  // TypeScript cannot tie `channel` to its own service and argument tuple through the union;
  // the schema lookup above used the same key, so the call is sound.
  const service = services[channel] as (...args: readonly unknown[]) => unknown;
  return service(...parsed.data);
}

/**
 * What speaks for the caller of an IPC call: the URL of the frame that sent it when that frame is
 * a window's top frame, otherwise a description no sender check trusts. The preload runs only in
 * top frames (nodeIntegrationInSubFrames is off), so a call from a subframe, even one showing an
 * app:// page, or from a frame already gone (senderFrame null), is refused.
 */
export function senderUrlOf(frame: { readonly url: string; readonly parent?: unknown } | null | undefined): unknown {
  if (frame === null || frame === undefined) return undefined;
  if (frame.parent != null) return `a subframe showing ${frame.url}`;
  return frame.url;
}

/** Registers a handler for every channel. `servicesFor` binds services to the calling window. */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  servicesFor: (sender: WebContents) => IpcServices,
  devServerUrl?: string,
): void {
  for (const channel of Object.keys(IPC_CHANNELS)) {
    ipcMain.handle(channel, (event, ...args: unknown[]) =>
      handleIpc(channel, senderUrlOf(event.senderFrame), args, servicesFor(event.sender), devServerUrl),
    );
  }
}

/** Sends a typed main-to-renderer event (IpcEvents), so payloads cannot drift from the contract. */
export function sendToRenderer<E extends IpcEventChannel>(
  contents: Pick<WebContents, 'send'>,
  event: E,
  payload: IpcEvents[E],
): void {
  contents.send(event, payload);
}
