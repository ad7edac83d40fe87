/**
 * Wiring of the main process entry (electron/main/index.ts) against a stubbed Electron: the order
 * of registration, single instance, the window it opens and the failure when the build is missing.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../shared/ipc';

type Listener = (...args: unknown[]) => void;

function createElectronStub(appPath: string, gotLock = true) {
  const appListeners = new Map<string, Listener>();
  let ready!: () => void;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  const windows: FakeWindow[] = [];
  let isReady = false;
  class FakeWindow {
    options: unknown;
    minimized = true;
    contentsListeners = new Map<string, Listener>();
    webContents = {
      on: vi.fn((event: string, listener: Listener) => this.contentsListeners.set(event, listener)),
      send: vi.fn(),
    };
    on = vi.fn();
    once = vi.fn();
    loadURL = vi.fn(async () => undefined);
    isMinimized = () => this.minimized;
    restore = vi.fn(() => (this.minimized = false));
    focus = vi.fn();
    isDestroyed = () => false;
    constructor(options: unknown) {
      this.options = options;
      windows.push(this);
    }
    static fromWebContents = vi.fn(() => null);
    static getFocusedWindow = vi.fn(() => null);
  }
  const display = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
  return {
    windows,
    appListeners,
    ready: async () => {
      isReady = true;
      ready();
      await whenReady;
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    module: {
      app: {
        isPackaged: false,
        requestSingleInstanceLock: vi.fn(() => gotLock),
        on: vi.fn((event: string, listener: Listener) => appListeners.set(event, listener)),
        whenReady: vi.fn(() => whenReady),
        isReady: vi.fn(() => isReady),
        getAppPath: () => appPath,
        getPath: () => path.join(appPath, 'userData'),
        getName: () => 'RBM Planner',
        getVersion: () => '0.1.0',
        quit: vi.fn(),
        exit: vi.fn(),
      },
      BrowserWindow: FakeWindow,
      dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn() },
      ipcMain: { handle: vi.fn() },
      Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      shell: { openExternal: vi.fn(async () => undefined) },
      screen: { getPrimaryDisplay: () => display, getAllDisplays: () => [display] },
    },
  };
}

let appPath: string;
let stub: ReturnType<typeof createElectronStub>;

async function loadMain(options: { gotLock?: boolean; withBuild?: boolean; argv?: string[] } = {}) {
  if (options.withBuild ?? true) {
    mkdirSync(path.join(appPath, 'dist', 'renderer'), { recursive: true });
    writeFileSync(path.join(appPath, 'dist', 'renderer', 'index.html'), '<!doctype html>');
  }
  stub = createElectronStub(appPath, options.gotLock ?? true);
  vi.doMock('electron', () => stub.module);
  const argv = process.argv;
  process.argv = options.argv ?? ['/opt/RBM Planner/rbm-planner'];
  try {
    await import('../../electron/main/index');
  } finally {
    process.argv = argv;
  }
}

/** Lets the inbox's file reads finish. */
async function settle() {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
}

function planFile(name: string, content = '{"format":"rbmplan"}'): string {
  const file = path.join(appPath, name);
  writeFileSync(file, content);
  return file;
}

const openedCalls = (window: { webContents: { send: { mock: { calls: unknown[][] } } } }) =>
  window.webContents.send.mock.calls.filter(([channel]) => channel === 'file:opened').map(([, payload]) => payload);

beforeEach(() => {
  vi.resetModules();
  vi.stubEnv('RBM_DEV_SERVER_URL', '');
  appPath = mkdtempSync(path.join(tmpdir(), 'rbm-main-'));
});
afterEach(() => {
  vi.doUnmock('electron');
  vi.unstubAllEnvs();
  rmSync(appPath, { recursive: true, force: true });
});

describe('main process entry', () => {
  it('registers app:// as a privileged scheme before the app is ready', async () => {
    await loadMain();
    expect(stub.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app' }),
    ]);
    expect(stub.module.protocol.handle).not.toHaveBeenCalled();
  });

  it('when ready, serves app://, handles every IPC channel, sets the menu and opens the app window', async () => {
    await loadMain();
    await stub.ready();
    expect(stub.module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(stub.module.ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
    expect(stub.module.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    expect(stub.windows).toHaveLength(1);
    const window = stub.windows[0]!;
    expect(window.options).toMatchObject({
      show: false,
      webPreferences: {
        preload: path.join(appPath, 'dist-electron', 'preload.cjs'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
      },
    });
    expect(window.loadURL).toHaveBeenCalledWith('app://rbm/index.html');
  });

  it('serves the renderer with the header CSP: the meta policy of index.html plus frame-ancestors', async () => {
    await loadMain();
    await stub.ready();
    const [, handler] = stub.module.protocol.handle.mock.calls[0] as unknown as [string, (request: Request) => Promise<Response>];
    const response = await handler(new Request('app://rbm/index.html'));
    expect(response.status).toBe(200);
    const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(response.headers.get('Content-Security-Policy')).toBe(`${meta}; frame-ancestors 'none'`);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it("sends a clicked menu command to the app window's renderer", async () => {
    await loadMain();
    await stub.ready();
    const [template] = stub.module.Menu.buildFromTemplate.mock.calls[0] as [Array<{ id?: string; submenu?: unknown }>];
    const file = template.find((item) => item.id === 'file')?.submenu as Array<{ id?: string; click?: () => void }>;
    file.find((item) => item.id === 'plan.new')?.click?.();
    expect(stub.windows[0]?.webContents.send).toHaveBeenCalledWith('menu:command', 'plan.new');
  });

  it('hardens every web contents as it is created', async () => {
    await loadMain();
    const contents = {
      on: vi.fn(),
      setWindowOpenHandler: vi.fn(),
      session: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() },
    };
    stub.appListeners.get('web-contents-created')?.({}, contents);
    expect(contents.on).toHaveBeenCalledWith('will-navigate', expect.any(Function));
    expect(contents.on).toHaveBeenCalledWith('will-redirect', expect.any(Function));
    expect(contents.on).toHaveBeenCalledWith('will-attach-webview', expect.any(Function));
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
    expect(contents.session.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(contents.session.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(contents.session.setDevicePermissionHandler).toHaveBeenCalledOnce();
  });

  it('focuses the running window when a second instance starts', async () => {
    await loadMain();
    await stub.ready();
    stub.appListeners.get('second-instance')?.({}, ['rbm-planner', 'plan.rbmplan'], appPath);
    const window = stub.windows[0]!;
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
    expect(stub.windows).toHaveLength(1);
  });

  it('opens a plan file given on the first launch once the renderer has loaded', async () => {
    const file = planFile('Nairobi.RBMPLAN');
    await loadMain({ argv: ['/opt/RBM Planner/rbm-planner', '--no-sandbox', file, path.join(appPath, 'notes.txt')] });
    await stub.ready();
    await settle();
    const window = stub.windows[0]!;
    expect(openedCalls(window)).toEqual([]);
    window.contentsListeners.get('did-finish-load')?.();
    expect(openedCalls(window)).toEqual([{ ok: true, name: 'Nairobi.RBMPLAN', bytes: new TextEncoder().encode('{"format":"rbmplan"}') }]);
  });

  it('opens the plan file of a second launch (relative to its working directory) in the running window', async () => {
    await loadMain();
    await stub.ready();
    const window = stub.windows[0]!;
    window.contentsListeners.get('did-finish-load')?.();
    planFile('Kisumu.rbmplan');
    stub.appListeners.get('second-instance')?.({}, ['rbm-planner', '--allow-file-access-from-files', 'Kisumu.rbmplan'], appPath);
    expect(window.focus).toHaveBeenCalledOnce();
    await settle();
    expect(openedCalls(window)).toEqual([expect.objectContaining({ ok: true, name: 'Kisumu.rbmplan' })]);
    expect(stub.windows).toHaveLength(1);
  });

  it('queues a macOS open-file that comes before ready, and again while the renderer reloads', async () => {
    await loadMain();
    const early = planFile('early.rbmplan');
    const preventDefault = vi.fn();
    stub.appListeners.get('open-file')?.({ preventDefault }, early);
    expect(preventDefault).toHaveBeenCalledOnce();
    await stub.ready();
    await settle();
    const window = stub.windows[0]!;
    window.contentsListeners.get('did-finish-load')?.();
    expect(openedCalls(window)).toEqual([expect.objectContaining({ name: 'early.rbmplan' })]);
    window.contentsListeners.get('did-navigate')?.();
    stub.appListeners.get('open-file')?.({ preventDefault }, path.join(appPath, 'missing.rbmplan'));
    await settle();
    expect(openedCalls(window)).toHaveLength(1);
    window.contentsListeners.get('did-finish-load')?.();
    expect(openedCalls(window)).toEqual([expect.objectContaining({ name: 'early.rbmplan' }), { ok: false, name: 'missing.rbmplan', reason: 'unreadable' }]);
  });

  it('quits at once when another instance holds the lock', async () => {
    await loadMain({ gotLock: false });
    expect(stub.module.app.quit).toHaveBeenCalledOnce();
    expect(stub.module.app.whenReady).not.toHaveBeenCalled();
  });

  it('explains and exits when the renderer build is missing', async () => {
    await loadMain({ withBuild: false });
    await stub.ready();
    expect(stub.module.dialog.showErrorBox).toHaveBeenCalledWith(
      'RBM Planner cannot start',
      expect.stringContaining(path.join(appPath, 'dist', 'renderer')),
    );
    expect(stub.module.app.exit).toHaveBeenCalledWith(1);
    expect(stub.windows).toHaveLength(0);
  });
});
