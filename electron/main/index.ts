/**
 * Entry of Electron's main process: wires the pieces together and owns the app's lifecycle.
 * One instance only (a second launch focuses the running window and hands it the plan files
 * on its command line); the renderer is served from app://rbm; every web contents is hardened
 * as it is created; IPC and the menu follow shared/ipc.ts and shared/app-commands.ts. Plan
 * files the system hands to the app (command line, second launch, macOS open-file) reach the
 * app window's renderer as 'file:opened' once it has loaded. The logic lives in the modules
 * imported here.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, shell } from 'electron';
import type { AppInfo } from '../../shared/ipc';
import { registerIpcHandlers, sendToRenderer } from './ipc-handlers';
import { createMainWindow } from './main-window';
import { createSystemFileInbox } from './open-files';
import { renderPdf } from './pdf';
import { buildMenuTemplate } from './menu';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { APP_ENTRY_URL, APP_SCHEME, CONTENT_SECURITY_POLICY, hardenWebContents } from './security';
import { createServices } from './services';
import { createBackupService } from './backups';
import { mainCatalogue, parseStoredLanguage, setMainLanguage, storedLanguageFile, systemLanguageOf, text } from './text';
import type { UiLanguage } from '../../shared/i18n';

// Privileges can only be granted before `ready`.
protocol.registerSchemesAsPrivileged(APP_SCHEME_PRIVILEGES);

/** Development only: load the renderer from Vite's dev server (e.g. http://127.0.0.1:5173). */
const devServerUrl = app.isPackaged ? undefined : process.env.RBM_DEV_SERVER_URL || undefined;

let mainWindow: BrowserWindow | null = null;

/**
 * The interface language the user chose, kept by main for the next start (the renderer keeps
 * its own copy in its database): Chromium's locale must be set before `ready`, long before the
 * renderer can say which language it uses.
 */
const languageFile = () => path.join(app.getPath('userData'), 'language.json');
let keptLanguage = parseStoredLanguage(() => readFileSync(languageFile(), 'utf8'));
if (keptLanguage !== null) app.commandLine.appendSwitch('lang', keptLanguage);

/** Keeps the renderer's language for the next start (written whole, then renamed into place). */
function keepLanguage(language: UiLanguage): void {
  if (language === keptLanguage) return;
  try {
    mkdirSync(path.dirname(languageFile()), { recursive: true });
    const temporary = `${languageFile()}.tmp`;
    writeFileSync(temporary, storedLanguageFile(language));
    renameSync(temporary, languageFile());
    keptLanguage = language;
  } catch {
    // Not kept: the next start begins in the system's language until the renderer says otherwise.
  }
}

/** Plan files the system handed to the app, held until the app window's renderer has loaded. */
const systemFiles = createSystemFileInbox();

function openMainWindow(): void {
  const window = createMainWindow({
    url: devServerUrl ?? APP_ENTRY_URL,
    preloadPath: path.join(app.getAppPath(), 'dist-electron', 'preload.cjs'),
    stateFile: path.join(app.getPath('userData'), 'window-state.json'),
    workAreas: [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea),
  });
  mainWindow = window;
  // The renderer subscribes to 'file:opened' as it starts; a reload (a new document in the
  // main frame; in-page navigation is another event) or a crash starts it again.
  const contents = window.webContents;
  contents.on('did-navigate', () => systemFiles.notReady());
  contents.on('render-process-gone', () => systemFiles.notReady());
  contents.on('did-finish-load', () =>
    systemFiles.ready((file) => {
      if (!window.isDestroyed()) sendToRenderer(contents, 'file:opened', file);
    }),
  );
  window.on('closed', () => {
    systemFiles.notReady();
    mainWindow = null;
  });
}

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

/**
 * The system's preferred languages as main reads them (the renderer gets them in app:info for a
 * first start) and the interface language they give. Read when asked: both getters need `ready`.
 */
function systemLanguage() {
  return systemLanguageOf([() => app.getPreferredSystemLanguages(), () => app.getLocale()]);
}

function appInfo(): AppInfo {
  return { name: app.getName(), version: app.getVersion(), platform: process.platform, electron: process.versions.electron, systemLanguages: systemLanguage().preferred };
}

/** Sets the native menu, in the language main speaks now (again after each language change). */
function applyMenu(): void {
  const template = buildMenuTemplate({
    platform: process.platform,
    isPackaged: app.isPackaged,
    catalogue: mainCatalogue(),
    sendCommand: (id) => {
      const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
      if (target !== null && !target.isDestroyed()) sendToRenderer(target.webContents, 'menu:command', id);
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function start(): void {
  // Until the renderer says which language it uses (its stored choice): the one kept from the last run, else the system's.
  setMainLanguage(keptLanguage ?? systemLanguage().language);
  const rendererRoot = path.join(app.getAppPath(), 'dist', 'renderer');
  if (devServerUrl === undefined && !existsSync(path.join(rendererRoot, 'index.html'))) {
    dialog.showErrorBox(text('electron.startFailedTitle'), text('electron.rendererMissing', { path: rendererRoot }));
    app.exit(1);
    return;
  }
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot, CONTENT_SECURITY_POLICY));
  const backups = createBackupService({ root: path.join(app.getPath('userData'), 'backups'), now: () => new Date(), randomHex8: () => randomBytes(4).toString('hex') });
  registerIpcHandlers(
    ipcMain,
    (sender) => {
      const window = BrowserWindow.fromWebContents(sender);
      return createServices(window, appInfo(), {
        showSaveDialog: (options) => (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options)),
        showOpenDialog: (options) => (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options)),
        documentsFolder: app.getPath('documents'),
        kindName: (kind) => text(`electron.fileKinds.${kind}`),
        text: (key) => text(key),
        renderPdf: (html) => renderPdf(html, { createWindow: (options) => new BrowserWindow(options), tempRoot: app.getPath('temp') }),
        backups,
        setLanguage: (language) => {
          if (setMainLanguage(language)) applyMenu();
          keepLanguage(language);
        },
      });
    },
    devServerUrl,
  );
  applyMenu();
  openMainWindow();
}

/** A second launch (a double-click on a plan file while the app runs): focus, then open its files. */
function onSecondInstance(_event: unknown, argv: string[], workingDirectory: string): void {
  if (mainWindow === null && app.isReady()) openMainWindow();
  focusMainWindow();
  void systemFiles.receiveArguments(argv, workingDirectory);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Windows and Linux pass a double-clicked plan file on the command line.
  void systemFiles.receiveArguments(process.argv, process.cwd());
  app.on('second-instance', onSecondInstance);
  // macOS hands files through this event, possibly before `ready`: they wait in the inbox.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    void systemFiles.receivePath(filePath);
    if (app.isReady() && mainWindow === null) openMainWindow();
    focusMainWindow();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, { devServerUrl, openExternal: (url) => shell.openExternal(url) }));
  app.on('window-all-closed', () => {
    // macOS apps stay running without windows until the user quits.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && mainWindow === null) openMainWindow();
  });
  app.whenReady().then(start).catch((error: unknown) => {
    dialog.showErrorBox(text('electron.startFailedTitle'), String(error));
    app.exit(1);
  });
}
