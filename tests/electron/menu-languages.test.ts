/**
 * Electron's native menu and main-process texts in the interface language: the menu template
 * in French and Spanish (electron/main/menu.ts), the language main speaks (text.ts), and the
 * wiring in index.ts (the system's language at start, then 'app:setLanguage' from the
 * renderer rebuilds the menu), with Electron stubbed.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../electron/main/menu';
import { mainLanguage, parseStoredLanguage, setMainLanguage, storedLanguageFile, systemLanguageOf, text } from '../../electron/main/text';
import { APP_COMMANDS } from '../../shared/app-commands';
import { catalogues, en, message, type UiLanguage } from '../../shared/i18n';

const items = (template: MenuItemConstructorOptions[]) => template.flatMap((menu) => [menu, ...((menu.submenu as MenuItemConstructorOptions[] | undefined) ?? [])]);
const labelled = (template: MenuItemConstructorOptions[]) => items(template).filter((item) => item.label !== undefined);

describe.each(['fr', 'es'] as const)('the menu template in %s', (language) => {
  const catalogue = catalogues[language]!;
  const template = buildMenuTemplate({ platform: 'linux', isPackaged: true, catalogue, sendCommand: vi.fn() });

  it('labels the menus and every command from that catalogue, with the same accelerators', () => {
    expect(template.map((menu) => menu.label)).toEqual(['file', 'edit', 'view', 'help'].map((menu) => message(catalogue, `menu.${menu}`)));
    for (const command of APP_COMMANDS) {
      const item = items(template).find((i) => i.id === command.id);
      expect(item?.label, command.id).toBe(message(catalogue, command.labelKey));
      expect(item?.accelerator, command.id).toBe(command.accelerator ?? undefined);
    }
  });

  it('shows no key path as a label', () => {
    for (const item of labelled(template)) expect(item.label, item.id).not.toMatch(/^[a-z]+(\.[a-zA-Z_]+)+$/);
  });

  it('offers Settings (the interface language) in Edit, with Ctrl/Cmd+,', () => {
    const edit = template.find((menu) => menu.id === 'edit')!.submenu as MenuItemConstructorOptions[];
    const settings = edit.find((i) => i.id === 'app.settings');
    expect(settings).toMatchObject({ label: message(catalogue, 'languages.settings.command'), accelerator: 'CmdOrCtrl+,' });
  });

  it('names the macOS app menu from the catalogue too', () => {
    const mac = buildMenuTemplate({ platform: 'darwin', isPackaged: true, catalogue, sendCommand: vi.fn() });
    expect(mac[0]?.label).toBe(message(catalogue, 'app.name'));
  });
});

describe('the language main speaks (text.ts)', () => {
  afterEach(() => setMainLanguage('en'));

  it.each(['fr', 'es'] as const)('speaks %s once set, for dialogs too', (language) => {
    expect(setMainLanguage(language)).toBe(true);
    expect(setMainLanguage(language)).toBe(false);
    expect(mainLanguage()).toBe(language);
    expect(text('electron.reload')).toBe(message(catalogues[language]!, 'electron.reload'));
    expect(text('electron.rendererGone', { reason: 'crashed' })).toBe(message(catalogues[language]!, 'electron.rendererGone').replace('{{reason}}', 'crashed'));
  });

  it('reads a kept language back, and nothing from a damaged or foreign file', () => {
    expect(parseStoredLanguage(() => storedLanguageFile('fr'))).toBe('fr');
    for (const content of ['', '{', '"fr"', '{"language":"de"}', '{"language":"__proto__"}', '{"language":["fr"]}', 'null']) expect(parseStoredLanguage(() => content), content).toBeNull();
    expect(
      parseStoredLanguage(() => {
        throw new Error('ENOENT');
      }),
    ).toBeNull();
  });

  it("reads the system's language from the first reader that answers, skipping those that throw", () => {
    const fail = () => {
      throw new Error('not ready');
    };
    expect(systemLanguageOf([fail, () => 'fr-CA'])).toEqual({ language: 'fr', preferred: ['fr-CA'] });
    expect(systemLanguageOf([() => ['de-DE', 'es-419'], () => 'fr'])).toEqual({ language: 'es', preferred: ['de-DE', 'es-419', 'fr'] });
    expect(systemLanguageOf([fail, fail])).toEqual({ language: 'en', preferred: [] });
  });
});

// ---------------------------------------------------------------------------
// index.ts with Electron stubbed (the pattern of tests/electron/index.test.ts, reduced)

type Listener = (...args: unknown[]) => void;

function electronStub(appPath: string, systemLanguages: string[]) {
  let ready!: () => void;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  class FakeWindow {
    webContents = { on: vi.fn(), send: vi.fn() };
    on = vi.fn();
    once = vi.fn();
    loadURL = vi.fn(async () => undefined);
    isMinimized = () => false;
    restore = vi.fn();
    focus = vi.fn();
    isDestroyed = () => false;
    static fromWebContents = vi.fn(() => null);
    static getFocusedWindow = vi.fn(() => null);
  }
  const display = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
  return {
    ready: async () => {
      ready();
      await whenReady;
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    module: {
      app: {
        isPackaged: true,
        requestSingleInstanceLock: () => true,
        on: vi.fn((_event: string, _listener: Listener) => undefined),
        whenReady: () => whenReady,
        isReady: () => true,
        getAppPath: () => appPath,
        getPath: () => path.join(appPath, 'userData'),
        getName: () => 'RBM Planner',
        getVersion: () => '0.1.0',
        getPreferredSystemLanguages: () => systemLanguages,
        getLocale: () => 'en-US',
        quit: vi.fn(),
        exit: vi.fn(),
        commandLine: { appendSwitch: vi.fn() },
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

describe('main process entry and the interface language', () => {
  let appPath: string;
  beforeEach(() => {
    vi.resetModules();
    vi.stubEnv('RBM_DEV_SERVER_URL', '');
    appPath = mkdtempSync(path.join(tmpdir(), 'rbm-lang-'));
    mkdirSync(path.join(appPath, 'dist', 'renderer'), { recursive: true });
    writeFileSync(path.join(appPath, 'dist', 'renderer', 'index.html'), '<!doctype html>');
  });
  afterEach(() => {
    vi.doUnmock('electron');
    vi.unstubAllEnvs();
    rmSync(appPath, { recursive: true, force: true });
  });

  async function start(systemLanguages: string[]) {
    const stub = electronStub(appPath, systemLanguages);
    vi.doMock('electron', () => stub.module);
    await import('../../electron/main/index');
    await stub.ready();
    const menus = () => stub.module.Menu.buildFromTemplate.mock.calls.map(([template]) => (template as MenuItemConstructorOptions[]).map((menu) => menu.label));
    const handler = (channel: string) => stub.module.ipcMain.handle.mock.calls.find(([c]) => c === channel)![1] as (event: unknown, ...args: unknown[]) => Promise<unknown>;
    const call = (channel: string, ...args: unknown[]) => handler(channel)({ senderFrame: { url: 'app://rbm/index.html', parent: null }, sender: {} }, ...args);
    return { stub, menus, call };
  }
  const labelsIn = (language: UiLanguage) => ['file', 'edit', 'view', 'help'].map((menu) => message(catalogues[language]!, `menu.${menu}`));

  it("builds the menu in the system's language at start (fr-CA: French), and hands the renderer the system's languages", async () => {
    const { menus, call } = await start(['fr-CA', 'en-US']);
    expect(menus()).toEqual([labelsIn('fr')]);
    await expect(call('app:info')).resolves.toMatchObject({ systemLanguages: ['fr-CA', 'en-US'] });
  });

  it('rebuilds the menu in the language the renderer says it uses, and only when it changes', async () => {
    const { stub, menus, call } = await start(['de-DE']);
    expect(menus()).toEqual([labelsIn('en')]);
    await call('app:setLanguage', 'es');
    expect(menus()).toEqual([labelsIn('en'), labelsIn('es')]);
    expect(stub.module.Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
    await call('app:setLanguage', 'es');
    expect(menus()).toHaveLength(2);
    await call('app:setLanguage', 'fr');
    expect(menus().at(-1)).toEqual(labelsIn('fr'));
  });

  it('keeps the language for the next start: Chromium\'s --lang and the menu start in it, before the renderer says anything', async () => {
    const first = await start(['fr-CA']);
    expect(first.stub.module.app.commandLine.appendSwitch).not.toHaveBeenCalled();
    await first.call('app:setLanguage', 'es');
    const file = path.join(appPath, 'userData', 'language.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ language: 'es' });

    vi.resetModules();
    const next = await start(['fr-CA']);
    expect(next.stub.module.app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'es');
    expect(next.menus()).toEqual([labelsIn('es')]);
  });

  it('starts in the system language when the kept file is damaged', async () => {
    mkdirSync(path.join(appPath, 'userData'), { recursive: true });
    writeFileSync(path.join(appPath, 'userData', 'language.json'), '{"language":"de"');
    const { stub, menus } = await start(['fr-FR']);
    expect(stub.module.app.commandLine.appendSwitch).not.toHaveBeenCalled();
    expect(menus()).toEqual([labelsIn('fr')]);
  });

  it('refuses a language it does not have, leaving the menu as it is', async () => {
    const { menus, call } = await start(['en-GB']);
    await expect(call('app:setLanguage', 'de')).rejects.toThrow('Invalid arguments for IPC call "app:setLanguage"');
    await expect(call('app:setLanguage', '__proto__')).rejects.toThrow('Invalid arguments');
    expect(menus()).toEqual([labelsIn('en')]);
  });
});

it('the English menu stays English (the reference for the checks above)', () => {
  expect(buildMenuTemplate({ platform: 'linux', isPackaged: true, catalogue: en, sendCommand: vi.fn() }).map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
});
