/**
 * The app:// protocol that serves the built renderer (dist/renderer) to the window.
 * A custom standard scheme rather than file:// gives the renderer a real origin (IndexedDB, fetch
 * of Automerge's wasm, module workers) and lets us send the CSP as a header. Path resolution is
 * a pure function so that traversal refusal is unit-tested.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_HOST, APP_SCHEME } from './security';

/** Registered before `ready`: standard and secure give an origin and storage; fetch loads the wasm. */
export const APP_SCHEME_PRIVILEGES: CustomScheme[] = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
];

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  // WebAssembly.instantiateStreaming refuses any other type.
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The Content-Type for a file path, by extension. */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** The path of an app://rbm URL: right after the host, up to the query or fragment. */
const APP_URL_PATH = new RegExp(`^${APP_SCHEME}://${APP_HOST}(?<path>/[^?#]*)?(?:[?#]|$)`, 'i');

/**
 * The file under `rootDir` that an app:// URL names, or null when the URL must be refused.
 * Chromium removes dot segments before a request reaches us, so a URL that still spells `..`
 * (plain or percent-encoded) was crafted: it is refused rather than normalised.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  const match = APP_URL_PATH.exec(requestUrl);
  if (match === null) return null;
  const rawPath = match.groups?.path ?? '/';
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.split(/[\\/]/).includes('..')) return null;
  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  const root = path.resolve(rootDir);
  const file = path.resolve(root, relative);
  const inside = path.relative(root, file);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return file;
}

/** Reads a file; injected so tests need no files. */
export type ReadFile = (filePath: string) => Promise<Uint8Array>;

/** The handler for `protocol.handle('app', ...)`: serves files under `rootDir` with the CSP header. */
export function createAppProtocolHandler(
  rootDir: string,
  csp: string,
  read: ReadFile = readFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const file = resolveAppPath(rootDir, request.url);
    if (file === null) return new Response(null, { status: 403 });
    let body: Uint8Array;
    try {
      body = await read(file);
    } catch {
      return new Response(null, { status: 404 });
    }
    const headers = {
      'Content-Type': mimeTypeFor(file),
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
    };
    // A file's bytes never live in a SharedArrayBuffer, which is all the DOM typing guards against.
    const content = body as Uint8Array<ArrayBuffer>;
    return new Response(request.method === 'HEAD' ? null : content, { status: 200, headers });
  };
}
