/** IPC handlers of the main process (electron/main/ipc-handlers.ts, services.ts). */
import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { handleIpc, IpcRequestError, registerIpcHandlers, sendToRenderer, type IpcServices } from '../../electron/main/ipc-handlers';
import { createServices } from '../../electron/main/services';
import { IPC_CHANNELS, MAX_OPEN_BYTES, type AppInfo, type OpenFileRequest } from '../../shared/ipc';

const APP = 'app://rbm/index.html';
const INFO: AppInfo = { name: 'RBM Planner', version: '0.1.0', platform: 'linux', electron: '40.8.5' };

function fakeServices() {
  return {
    'app:info': vi.fn(() => INFO),
    'window:setTitle': vi.fn((_title: string) => undefined),
    'file:save': vi.fn(async () => ({ saved: false as const })),
    'export:pdf': vi.fn(async () => ({ saved: false as const })),
    'file:open': vi.fn(async (_request: OpenFileRequest) => ({ ok: false as const, cancelled: true as const })),
    'backup:write': vi.fn(async () => ({ id: '20260101T000000000Z-manual-00000000', planId: 'p', reason: 'manual' as const, createdAt: '2026-01-01T00:00:00.000Z', title: '', planChangedAt: null, heads: [], size: 1 })),
    'backup:list': vi.fn(async () => []),
    'backup:read': vi.fn(async () => new Uint8Array()),
    'app:setLanguage': vi.fn((_language: 'en' | 'fr' | 'es') => undefined),
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

  it('refuses values the schema cannot even compare (found by fuzzing: a length without a prototype)', async () => {
    const services = fakeServices();
    const call = handleIpc('window:setTitle', APP, [{ length: Object.create(null) as object }], services);
    await expect(call).rejects.toThrow(IpcRequestError);
    await expect(call).rejects.toThrow('Invalid arguments for IPC call "window:setTitle"');
    expect(services['window:setTitle']).not.toHaveBeenCalled();
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
  showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
  documentsFolder: '/home/planner/Documents',
  kindName: (kind: string) => `${kind} file`,
  text: (key: string) => `<${key}>`,
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

describe('file:open', () => {
  it.each([
    ['an unknown kind', [{ kind: 'exe' }]],
    ['a kind the app saves but does not open', [{ kind: 'docx' }]],
    ['no request', []],
    ['a path instead of a request', ['/etc/passwd']],
    ['two requests', [{ kind: 'rbmplan' }, { kind: 'rbmplan' }]],
  ] as const)('refuses %s before any dialog opens', async (_what, args) => {
    const services = fakeServices();
    await expect(handleIpc('file:open', APP, args, services)).rejects.toThrow(/Invalid arguments for IPC call "file:open"/);
    expect(services['file:open']).not.toHaveBeenCalled();
  });

  it('refuses a call from outside the app', async () => {
    const services = fakeServices();
    await expect(handleIpc('file:open', 'https://evil.example/', [{ kind: 'rbmplan' }], services)).rejects.toThrow(IpcRequestError);
    expect(services['file:open']).not.toHaveBeenCalled();
  });

  it('never passes on a path the renderer adds to its request', async () => {
    const services = fakeServices();
    await handleIpc('file:open', APP, [{ kind: 'rbmplan', path: '/etc/passwd', defaultPath: '/root' }], services);
    expect(services['file:open']).toHaveBeenCalledExactlyOnceWith({ kind: 'rbmplan' });
  });

  it('opens the dialog of the calling window through the services and reads the chosen file', async () => {
    const showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: ['/home/planner/Documents/Nairobi.rbmplan'] }));
    const fileSystem = {
      stat: vi.fn(async () => ({ isFile: () => true, size: 3 })),
      readFile: vi.fn(async () => new Uint8Array([123, 125, 10])),
    };
    const services = createServices(null, INFO, { ...DEPS, showOpenDialog, fileSystem });
    const result = await handleIpc('file:open', APP, [{ kind: 'rbmplan' }], services);
    expect(result).toEqual({ ok: true, name: 'Nairobi.rbmplan', bytes: new Uint8Array([123, 125, 10]) });
    expect(fileSystem.readFile).toHaveBeenCalledWith('/home/planner/Documents/Nairobi.rbmplan');
    expect(showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        title: '<electron.openDialogTitle>',
        defaultPath: '/home/planner/Documents',
        filters: [
          { name: 'rbmplan file', extensions: ['rbmplan'] },
          { name: '<electron.allFiles>', extensions: ['*'] },
        ],
        properties: ['openFile'],
      }),
    );
  });

  it('answers tooLarge through the services without reading the file', async () => {
    const fileSystem = { stat: vi.fn(async () => ({ isFile: () => true, size: MAX_OPEN_BYTES + 1 })), readFile: vi.fn(async () => new Uint8Array()) };
    const showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: ['/tmp/huge.rbmplan'] }));
    const services = createServices(null, INFO, { ...DEPS, showOpenDialog, fileSystem });
    await expect(handleIpc('file:open', APP, [{ kind: 'rbmplan' }], services)).resolves.toEqual({ ok: false, name: 'huge.rbmplan', reason: 'tooLarge' });
    expect(fileSystem.readFile).not.toHaveBeenCalled();
  });
});

describe('sendToRenderer', () => {
  it('sends the payload on the event channel', () => {
    const send = vi.fn();
    sendToRenderer({ send }, 'menu:command', 'plan.new');
    expect(send).toHaveBeenCalledExactlyOnceWith('menu:command', 'plan.new');
  });

  it('sends an opened file on file:opened', () => {
    const send = vi.fn();
    const file = { ok: false as const, name: 'plan.rbmplan', reason: 'unreadable' as const };
    sendToRenderer({ send }, 'file:opened', file);
    expect(send).toHaveBeenCalledExactlyOnceWith('file:opened', file);
  });
});
