/**
 * Every window security setting of the desktop shell, in one place so that it can be reviewed and
 * unit-tested: web preferences, the Content-Security-Policy, which URLs a window may navigate to,
 * which frames may call IPC, and the hardening applied to every web contents.
 * Functions take plain or `unknown` input; the Electron objects they act on are passed in.
 */
import type { WebPreferences } from 'electron';
import { PRINT_CSS_HASH } from '../../shared/export/print-css';

/**
 * The renderer's origin. IndexedDB (every plan the user has) is keyed by this origin: changing
 * the scheme or host would make the app start with an empty library.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'rbm';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The CSP of renderer/index.html's meta tag (a test compares them), so that the web build and the
 * desktop app run under one policy. 'wasm-unsafe-eval' lets Automerge compile its wasm; nothing
 * allows inline script or eval. The one inline style allowed is the print view's fixed stylesheet,
 * by its hash, so that the print preview (an iframe inheriting this policy) shows it typeset.
 */
export const META_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  `style-src 'self' ${PRINT_CSS_HASH}`,
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The CSP sent as a header with every app:// response: the meta tag's policy plus
 * frame-ancestors, which browsers honour only in a header.
 */
export const CONTENT_SECURITY_POLICY = `${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/** Web preferences of every app window: the renderer gets no Node and sees only the preload's bridge. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
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
    spellcheck: true,
  };
}

/** Parses a URL without throwing; `unknown` because it comes from events and the renderer. */
function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string') return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * Whether a URL is on the app's own origin. Compared field by field because Node's URL gives
 * `origin === 'null'` for custom schemes; credentials and ports are refused outright.
 */
export function isAppUrl(value: unknown): boolean {
  const url = parseUrl(value);
  return (
    url !== null &&
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === ''
  );
}

/** Whether a URL is on the origin of the development server (http(s) only). */
function isDevServerUrl(value: unknown, devServerUrl: string | undefined): boolean {
  const dev = parseUrl(devServerUrl);
  const url = parseUrl(value);
  if (dev === null || url === null) return false;
  if (dev.protocol !== 'http:' && dev.protocol !== 'https:') return false;
  return url.origin === dev.origin;
}

/**
 * Whether a window may navigate to `url`: only within the app (or the dev server in development).
 * Links to anywhere else are refused, so a crafted plan text can never load a remote page that
 * would then have the preload's bridge.
 */
export function isAllowedNavigation(url: unknown, devServerUrl?: string): boolean {
  return isAppUrl(url) || isDevServerUrl(url, devServerUrl);
}

/** Whether an IPC call comes from a frame showing the app (or the dev server in development). */
export function isTrustedSender(frameUrl: unknown, devServerUrl?: string): boolean {
  return isAllowedNavigation(frameUrl, devServerUrl);
}

/** Longest external link handed to the system browser (longer ones are not links a planner typed). */
const MAX_EXTERNAL_URL_LENGTH = 2048;

/**
 * The URL to hand to the system browser for a link the renderer tried to open (an indicator's
 * evidence link), or null: only https, without credentials, of a sane length. Anything else
 * (http, file:, javascript:, app:, custom schemes that would start other programs) opens nothing.
 */
export function externalLinkTarget(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > MAX_EXTERNAL_URL_LENGTH) return null;
  const url = parseUrl(value);
  if (url === null || url.protocol !== 'https:' || url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.href;
}

/** An Electron event that can be cancelled; navigation events also carry the URL (Electron >= 25). */
interface CancellableEvent {
  preventDefault(): void;
  readonly url?: string;
}

/**
 * The part of Electron's WebContents that hardening touches, so that tests can pass a fake and
 * the real WebContents fits it structurally.
 */
export interface HardenableContents {
  on(event: 'will-navigate', listener: (event: CancellableEvent, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: CancellableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: CancellableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  session: {
    setPermissionRequestHandler(
      handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
    ): void;
    setPermissionCheckHandler(handler: () => boolean): void;
    setDevicePermissionHandler(handler: () => boolean): void;
  };
}

export interface HardeningOptions {
  /** Development only: the Vite dev server the window may navigate within. */
  readonly devServerUrl?: string;
  /** Opens an https link in the system browser (Electron's shell.openExternal). */
  readonly openExternal?: (url: string) => unknown;
}

/**
 * Applies the navigation, new-window and permission rules to a web contents. Called for every web
 * contents the app creates (`web-contents-created`), so a window added later is covered too.
 * Navigation (also by a server redirect) stays within the app; no window is ever opened (an https
 * link goes to the system browser instead); no <webview> is attached; the app needs no browser
 * permission (camera, notifications, USB, ...), so all are denied.
 */
export function hardenWebContents(contents: HardenableContents, options: HardeningOptions = {}): void {
  const { devServerUrl, openExternal } = options;
  const openOutside = (url: unknown) => {
    const target = externalLinkTarget(url);
    if (target !== null && openExternal !== undefined) {
      Promise.resolve()
        .then(() => openExternal(target))
        .catch((error: unknown) => console.warn('Could not open the link in the browser:', error));
    }
  };
  contents.on('will-navigate', (event, url) => {
    const target = event.url ?? url;
    if (isAllowedNavigation(target, devServerUrl)) return;
    event.preventDefault();
    openOutside(target);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(event.url ?? url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) => {
    openOutside(details.url);
    return { action: 'deny' };
  });
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  contents.session.setPermissionCheckHandler(() => false);
  contents.session.setDevicePermissionHandler(() => false);
}
