/**
 * Every window the main process creates is locked down. The main process (electron/main/index.ts)
 * runs against a stubbed Electron whose BrowserWindow records each construction; the test drives
 * every way a window comes into being (start, reopening after the window closed, a second
 * launch, a macOS open-file, a PDF export through IPC) and checks each window's web preferences and
 * that its web contents was hardened. A guard compares the places that construct a window in the
 * sources with the places seen constructing one here, so a window added later without being
 * covered (and so without its preferences checked) fails this test.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => void;
const APP = 'app://rbm/index.html';
const MAIN_SOURCES = new URL('../../electron/main/', import.meta.url);

/** A web contents as hardening and the main process use it, recording what was installed. */
function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  return {
    listeners,
    on: vi.fn((event: string, listener: Listener) => listeners.set(event, [...(listeners.get(event) ?? []), listener])),
    send: vi.fn(),
    loadFile: vi.fn(async () => undefined),
    printToPDF: vi.fn(async () => new Uint8Array([37, 80, 68, 70])),
    setWindowOpenHandler: vi.fn(),
    session: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() },
  };
}

type WindowOptions = { webPreferences?: Record<string, unknown> } & Record<string, unknown>;

function constructionSite(stack: string | undefined): string {
  const frame = (stack ?? '').split('\n').find((line) => /electron[\\/]main[\\/][^\\/]+\.ts:\d+/.test(line));
  const match = frame === undefined ? null : /electron[\\/]main[\\/]([^\\/:]+\.ts):(\d+)/.exec(frame);
  return match === null ? '(unknown)' : `${match[1]}:${match[2]}`;
}

function createElectronStub(appPath: string) {
  const appListeners = new Map<string, Listener>();
  const windows: FakeWindow[] = [];
  let ready!: () => void;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  let isReady = false;
  class FakeWindow {
    webContents = fakeContents();
    options: WindowOptions;
    /** Where in electron/main the window was constructed ("file.ts:line"). */
    site: string;
    windowListeners = new Map<string, Listener>();
    destroyed = false;
    on = vi.fn((event: string, listener: Listener) => this.windowListeners.set(event, listener));
    once = vi.fn();
    loadURL = vi.fn(async () => undefined);
    isMinimized = () => false;
    restore = vi.fn();
    focus = vi.fn();
    isDestroyed = () => this.destroyed;
    destroy = vi.fn(() => (this.destroyed = true));
    constructor(options: WindowOptions) {
      this.options = options;
      this.site = constructionSite(new Error('constructed').stack);
      windows.push(this);
      // As Electron does for every new web contents.
      appListeners.get('web-contents-created')?.({}, this.webContents);
    }
    static fromWebContents = vi.fn(() => null);
    static getFocusedWindow = vi.fn(() => null);
  }
  const display = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
  const ipcHandlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  return {
    windows,
    appListeners,
    ipcHandlers,
    ready: async () => {
      isReady = true;
      ready();
      await whenReady;
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    module: {
      app: {
        isPackaged: true,
        requestSingleInstanceLock: () => true,
        on: vi.fn((event: string, listener: Listener) => appListeners.set(event, listener)),
        whenReady: () => whenReady,
        isReady: () => isReady,
        getAppPath: () => appPath,
        getPath: () => appPath,
        getName: () => 'RBM Planner',
        getVersion: () => '0.1.0',
        quit: vi.fn(),
        exit: vi.fn(),
      },
      BrowserWindow: FakeWindow,
      dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(), showSaveDialog: vi.fn(async () => ({ canceled: true })), showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) },
      ipcMain: { handle: vi.fn((channel: string, handler: (event: unknown, ...args: unknown[]) => Promise<unknown>) => ipcHandlers.set(channel, handler)) },
      Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      screen: { getPrimaryDisplay: () => display, getAllDisplays: () => [display] },
      shell: { openExternal: vi.fn(async () => undefined) },
    },
  };
}

let appPath: string;
let stub: ReturnType<typeof createElectronStub>;

beforeEach(async () => {
  vi.resetModules();
  vi.stubEnv('RBM_DEV_SERVER_URL', '');
  appPath = mkdtempSync(path.join(tmpdir(), 'rbm-windows-'));
  mkdirSync(path.join(appPath, 'dist', 'renderer'), { recursive: true });
  writeFileSync(path.join(appPath, 'dist', 'renderer', 'index.html'), '<!doctype html>');
  stub = createElectronStub(appPath);
  vi.doMock('electron', () => stub.module);
  const argv = process.argv;
  process.argv = ['/opt/RBM Planner/rbm-planner'];
  try {
    await import('../../electron/main/index');
  } finally {
    process.argv = argv;
  }
});
afterEach(() => {
  vi.doUnmock('electron');
  vi.unstubAllEnvs();
  rmSync(appPath, { recursive: true, force: true });
});

/** Fires 'closed' on the latest app window (not the PDF window): the main process then forgets it. */
function closeAppWindow(): void {
  const appWindow = [...stub.windows].reverse().find((w) => w.options.webPreferences?.preload !== undefined);
  appWindow?.windowListeners.get('closed')?.();
}

/** Every way the main process opens a window, one after another. */
async function openEveryWindow(): Promise<void> {
  await stub.ready();
  // The app window at start, then again after it closed: macOS dock click, a second launch, open-file.
  closeAppWindow();
  stub.appListeners.get('activate')?.();
  closeAppWindow();
  stub.appListeners.get('second-instance')?.({}, ['rbm-planner'], appPath);
  closeAppWindow();
  stub.appListeners.get('open-file')?.({ preventDefault: () => undefined }, path.join(appPath, 'missing.rbmplan'));
  // The hidden window a PDF is printed in.
  const exportPdf = stub.ipcHandlers.get('export:pdf')!;
  await expect(exportPdf({ senderFrame: { url: APP }, sender: {} }, { html: '<!doctype html><p>Plan</p>', suggestedName: 'Plan' })).resolves.toEqual({ saved: false });
}

/** The preferences every window must have, set explicitly (not left to Electron's defaults). */
const LOCKED_DOWN = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
};

/** The places in electron/main/*.ts that construct a BrowserWindow ("file.ts:line"). */
function constructionSitesInSources(): string[] {
  const sites: string[] = [];
  for (const file of readdirSync(MAIN_SOURCES).filter((f) => f.endsWith('.ts'))) {
    readFileSync(new URL(file, MAIN_SOURCES), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (/new\s+BrowserWindow\b/.test(line)) sites.push(`${file}:${i + 1}`);
      });
  }
  return sites.sort();
}

describe('every window the main process creates', () => {
  it('is created on each path: start, reopen, second launch, open-file and the PDF export', async () => {
    await openEveryWindow();
    const appWindows = stub.windows.filter((w) => w.options.webPreferences?.preload !== undefined);
    const pdfWindows = stub.windows.filter((w) => w.options.webPreferences?.javascript === false);
    expect(appWindows).toHaveLength(4);
    expect(pdfWindows).toHaveLength(1);
    expect(stub.windows).toHaveLength(5);
    expect(pdfWindows[0]!.destroy).toHaveBeenCalledOnce();
  });

  it('has context isolation, the sandbox, no Node (nor in workers or subframes) and web security, set explicitly', async () => {
    await openEveryWindow();
    for (const window of stub.windows) {
      expect([window.site, window.options.webPreferences]).toEqual([window.site, expect.objectContaining(LOCKED_DOWN)]);
      const prefs = window.options.webPreferences!;
      expect(prefs.enableBlinkFeatures).toBeUndefined();
      expect(prefs.additionalArguments).toBeUndefined();
      expect(prefs.partition).toBeUndefined();
      expect(prefs.session).toBeUndefined();
      expect(prefs.contextIsolation).toBe(true);
    }
  });

  it('gets only the app\'s own preload, or none (the PDF window has no bridge and no JavaScript)', async () => {
    await openEveryWindow();
    for (const window of stub.windows) {
      const preload = window.options.webPreferences?.preload;
      if (preload !== undefined) expect(preload).toBe(path.join(appPath, 'dist-electron', 'preload.cjs'));
      else expect(window.options.webPreferences?.javascript).toBe(false);
    }
  });

  it('has its web contents hardened: navigation, redirects, webviews, window.open and permissions', async () => {
    await openEveryWindow();
    for (const window of stub.windows) {
      const contents = window.webContents;
      for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) expect([window.site, event, contents.listeners.has(event)]).toEqual([window.site, event, true]);
      expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
      expect(contents.session.setPermissionRequestHandler).toHaveBeenCalledOnce();
      expect(contents.session.setPermissionCheckHandler).toHaveBeenCalledOnce();
      expect(contents.session.setDevicePermissionHandler).toHaveBeenCalledOnce();
      const [handler] = contents.setWindowOpenHandler.mock.calls[0] as unknown as [(details: { url: string }) => unknown];
      expect(handler({ url: APP })).toEqual({ action: 'deny' });
    }
  });

  it('comes from a place in the sources this test drives, so a new window cannot go unchecked', async () => {
    await openEveryWindow();
    const seen = [...new Set(stub.windows.map((w) => w.site))].sort();
    expect(seen).not.toContain('(unknown)');
    expect(seen).toEqual(constructionSitesInSources());
  });
});

describe('a packaged app', () => {
  it('ignores RBM_DEV_SERVER_URL: loads app:// and refuses IPC and navigation from the dev server', async () => {
    vi.resetModules();
    vi.stubEnv('RBM_DEV_SERVER_URL', 'http://127.0.0.1:5173');
    stub = createElectronStub(appPath);
    vi.doMock('electron', () => stub.module);
    await import('../../electron/main/index');
    await openEveryWindow();
    expect(stub.windows[0]!.loadURL).toHaveBeenCalledWith(APP);
    const appInfo = stub.ipcHandlers.get('app:info')!;
    await expect(appInfo({ senderFrame: { url: 'http://127.0.0.1:5173/', parent: null }, sender: {} })).rejects.toThrow(/refused: the sender/);
    const navigate = stub.windows[0]!.webContents.listeners.get('will-navigate')![0]!;
    const event = { preventDefault: vi.fn(), url: 'http://127.0.0.1:5173/' };
    navigate(event, event.url);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('the stand-in', () => {
  it('catches a window made with weaker preferences', () => {
    const window = new stub.module.BrowserWindow({ webPreferences: { ...LOCKED_DOWN, sandbox: false } });
    expect(window.options.webPreferences).not.toEqual(expect.objectContaining(LOCKED_DOWN));
    expect(constructionSite(new Error('here').stack)).toBe('(unknown)');
  });
});
