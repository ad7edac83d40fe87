/** The app:// protocol serving the built renderer (electron/main/protocol.ts). */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, mimeTypeFor, resolveAppPath } from '../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security';

const ROOT = path.resolve('/srv/app/dist/renderer');
const inRoot = (...parts: string[]) => path.join(ROOT, ...parts);

describe('resolveAppPath', () => {
  it('maps app://rbm paths to files under the renderer build', () => {
    expect(resolveAppPath(ROOT, 'app://rbm/index.html')).toBe(inRoot('index.html'));
    expect(resolveAppPath(ROOT, 'app://rbm/assets/automerge_wasm_bg-abc.wasm')).toBe(inRoot('assets', 'automerge_wasm_bg-abc.wasm'));
  });

  it('serves index.html for the bare origin', () => {
    expect(resolveAppPath(ROOT, 'app://rbm/')).toBe(inRoot('index.html'));
    expect(resolveAppPath(ROOT, 'app://rbm')).toBe(inRoot('index.html'));
  });

  it('ignores the query string and the fragment', () => {
    expect(resolveAppPath(ROOT, 'app://rbm/index.html?v=2#/plans/p1')).toBe(inRoot('index.html'));
  });

  it('decodes percent-encoded names', () => {
    expect(resolveAppPath(ROOT, 'app://rbm/assets/a%20b.js')).toBe(inRoot('assets', 'a b.js'));
  });

  it('keeps an absolute-looking path inside the renderer build', () => {
    expect(resolveAppPath(ROOT, 'app://rbm//etc/passwd')).toBe(inRoot('etc', 'passwd'));
  });

  it.each([
    'app://rbm/../../etc/passwd',
    'app://rbm/assets/../../../etc/passwd',
    'app://rbm/%2e%2e/%2e%2e/etc/passwd',
    'app://rbm/%2E%2E/secret',
    'app://rbm/..%2f..%2fetc%2fpasswd',
    'app://rbm/assets/..%5c..%5c..%5csecret',
    'app://rbm/..\\..\\secret',
  ])('refuses path traversal: %s', (url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });

  it.each([
    ['a NUL byte', 'app://rbm/index.html%00.png'],
    ['malformed percent-encoding', 'app://rbm/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['a host that only starts like ours', 'app://rbmx/index.html'],
    ['a port', 'app://rbm:8080/index.html'],
  ])('refuses %s', (_what, url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });
});

describe('mimeTypeFor', () => {
  it('serves wasm as application/wasm, which streaming compilation requires', () => {
    expect(mimeTypeFor('/x/automerge.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('/x/AUTOMERGE.WASM')).toBe('application/wasm');
  });

  it.each([
    ['index.html', 'text/html'],
    ['main.js', 'text/javascript'],
    ['main.css', 'text/css'],
    ['logo.svg', 'image/svg+xml'],
    ['icon.png', 'image/png'],
    ['data.json', 'application/json'],
    ['main.js.map', 'application/json'],
  ])('gives %s the type %s', (file, type) => {
    expect(mimeTypeFor(file).split(';')[0]).toBe(type);
  });

  it('falls back to application/octet-stream for unknown extensions', () => {
    expect(mimeTypeFor('notes.xyz')).toBe('application/octet-stream');
  });
});

describe('APP_SCHEME_PRIVILEGES', () => {
  it('registers app:// as standard, secure, fetch-capable and streaming', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
    ]);
  });
});

describe('createAppProtocolHandler', () => {
  const files = new Map([[inRoot('assets', 'am.wasm'), new Uint8Array([0, 97, 115, 109])]]);
  const handler = createAppProtocolHandler(ROOT, CONTENT_SECURITY_POLICY, async (file) => {
    const body = files.get(file);
    if (body === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    return body;
  });

  it('serves a file with its MIME type and the CSP header', async () => {
    const response = await handler(new Request('app://rbm/assets/am.wasm'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/wasm');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(files.get(inRoot('assets', 'am.wasm')));
  });

  it('answers 404 for a file that does not exist', async () => {
    expect((await handler(new Request('app://rbm/missing.js'))).status).toBe(404);
  });

  it('answers 403 for a traversal attempt without reading anything', async () => {
    expect((await handler(new Request('app://rbm/..%2f..%2fetc%2fpasswd'))).status).toBe(403);
  });

  it('answers 405 to anything but GET and HEAD', async () => {
    expect((await handler(new Request('app://rbm/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
