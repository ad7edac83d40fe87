/** IPC handlers of the main process (electron/main/ipc-handlers.ts, services.ts). */
import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { handleIpc, IpcRequestError, registerIpcHandlers, sendToRenderer, type IpcServices } from '../../electron/main/ipc-handlers';
import { createServices } from '../../electron/main/services';
import { IPC_CHANNELS, type AppInfo } from '../../shared/ipc';

const APP = 'app://rbm/index.html';
const INFO: AppInfo = { name: 'RBM Planner', version: '0.1.0', platform: 'linux', electron: '40.8.5' };

function fakeServices() {
  return {
    'app:info': vi.fn(() => INFO),
    'window:setTitle': vi.fn((_title: string) => undefined),
    'file:save': vi.fn(async () => ({ saved: false as const })),
    'export:pdf': vi.fn(async () => ({ saved: false as const })),
  } satisfies IpcServices;
}

describe('handleIpc', () => {
  it('passes valid arguments from the app to the service and returns its result', async () => {
    const services = fakeServices();
    await expect(handleIpc('app:info', APP, [], services)).resolves.toEqual(INFO);
    await handleIpc('window:setTitle', APP, ['Country plan 2026'], services);
    expect(services['window:setTitle']).toHaveBeenCalledExactlyOnceWith('Country plan 2026');
  });

  it.each([
    ['a number instead of a title', 'window:setTitle', [42]],
    ['a missing title', 'window:setTitle', []],
    ['a title over 300 characters', 'window:setTitle', ['x'.repeat(301)]],
    ['an argument where none is expected', 'app:info', ['extra']],
    ['arguments that are not a list', 'app:info', { 0: 'x' }],
  ] as const)('rejects %s with a clear error and does not call the service', async (_what, channel, args) => {
    const services = fakeServices();
    const call = handleIpc(channel, APP, args, services);
    await expect(call).rejects.toThrow(IpcRequestError);
    await expect(call).rejects.toThrow(`Invalid arguments for IPC call "${channel}"`);
    expect(services[channel]).not.toHaveBeenCalled();
  });

  it('names the invalid argument in the error', async () => {
    await expect(handleIpc('window:setTitle', APP, [42], fakeServices())).rejects.toThrow(/^Invalid arguments .*0: /);
  });

  it.each([['https://evil.example/'], ['file:///tmp/x.html'], [undefined], ['app://other/index.html']])(
    'rejects a call from an untrusted sender (%s) without calling the service',
    async (sender) => {
      const services = fakeServices();
      await expect(handleIpc('app:info', sender, [], services)).rejects.toThrow(/refused: the sender .* is not the app/);
      expect(services['app:info']).not.toHaveBeenCalled();
    },
  );

  it('accepts the dev server as sender only when it is given', async () => {
    const dev = 'http://127.0.0.1:5173';
    await expect(handleIpc('app:info', `${dev}/`, [], fakeServices(), dev)).resolves.toEqual(INFO);
    await expect(handleIpc('app:info', `${dev}/`, [], fakeServices())).rejects.toThrow(IpcRequestError);
  });

  it.each(['fs:read', '__proto__', 'toString'])('rejects the unknown channel %s', async (channel) => {
    await expect(handleIpc(channel, APP, [], fakeServices())).rejects.toThrow(`Unknown IPC channel "${channel}"`);
  });
});

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per channel of the contract', () => {
    const handle = vi.fn();
    registerIpcHandlers({ handle }, () => fakeServices());
    expect(handle.mock.calls.map(([channel]) => channel).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
  });

  it("checks the sending frame's URL and binds services to the sending window", async () => {
    const handle = vi.fn();
    const services = fakeServices();
    const servicesFor = vi.fn((_sender: WebContents) => services);
    registerIpcHandlers({ handle }, servicesFor);
    const handler = handle.mock.calls.find(([channel]) => channel === 'window:setTitle')?.[1];
    const sender = { id: 7 };
    await handler({ senderFrame: { url: APP }, sender }, 'Plan A');
    expect(servicesFor).toHaveBeenCalledWith(sender);
    expect(services['window:setTitle']).toHaveBeenCalledWith('Plan A');
    await expect(handler({ senderFrame: null, sender }, 'Plan B')).rejects.toThrow(IpcRequestError);
  });
});

const DEPS = {
  showSaveDialog: vi.fn(async () => ({ canceled: true })),
  documentsFolder: '/home/planner/Documents',
  kindName: (kind: string) => `${kind} file`,
  renderPdf: vi.fn(async () => new Uint8Array([37, 80, 68, 70])),
};

describe('createServices', () => {
  it('answers app:info and sets the title of the calling window', () => {
    const window = { setTitle: vi.fn() };
    const services = createServices(window, INFO, DEPS);
    expect(services['app:info']()).toEqual(INFO);
    services['window:setTitle']('Plan A');
    expect(window.setTitle).toHaveBeenCalledWith('Plan A – RBM Planner');
  });

  it('titles the window with the app name alone when no plan is open', () => {
    const window = { setTitle: vi.fn() };
    createServices(window, INFO, DEPS)['window:setTitle']('');
    expect(window.setTitle).toHaveBeenCalledWith('RBM Planner');
  });

  it('ignores a title for a window that is already gone', () => {
    expect(() => createServices(null, INFO, DEPS)['window:setTitle']('Plan A')).not.toThrow();
  });
});

describe('sendToRenderer', () => {
  it('sends the payload on the event channel', () => {
    const send = vi.fn();
    sendToRenderer({ send }, 'menu:command', 'plan.new');
    expect(send).toHaveBeenCalledExactlyOnceWith('menu:command', 'plan.new');
  });
});
