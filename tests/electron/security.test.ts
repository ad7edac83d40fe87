/** Window security settings of the desktop shell (electron/main/security.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  hardenWebContents,
  isAllowedNavigation,
  isTrustedSender,
  secureWebPreferences,
  type HardenableContents,
} from '../../electron/main/security';

const DEV = 'http://127.0.0.1:5173';

describe('secureWebPreferences', () => {
  it('isolates the renderer: context isolation, sandbox, no Node, web security, no webview', () => {
    const prefs = secureWebPreferences('/app/dist-electron/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('keeps the spell checker for the narrative text', () => {
    expect(secureWebPreferences('/p.cjs').spellcheck).toBe(true);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directive = (name: string) =>
    CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `));

  it('allows neither inline script nor eval', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'/);
  });

  it("lets Automerge compile its wasm and fetch it from the app's own origin only", () => {
    expect(directive('script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(directive('connect-src')).toBe("connect-src 'self'");
  });

  it("is the same policy as renderer/index.html's meta tag", () => {
    const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(META_CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });
});

describe('isAllowedNavigation', () => {
  it.each([APP_ENTRY_URL, 'app://rbm/', 'app://rbm/index.html#/plans/p1', 'app://rbm/index.html?x=1'])(
    'allows the app origin: %s',
    (url) => expect(isAllowedNavigation(url)).toBe(true),
  );

  it.each([
    'https://example.org/',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://rbm.evil.org/index.html',
    'app://rbm:8080/index.html',
    'app://user:pw@rbm/index.html',
    'javascript:alert(1)',
    'data:text/html,hi',
    'not a url',
    '',
  ])('denies anything else: %s', (url) => expect(isAllowedNavigation(url)).toBe(false));

  it('denies values that are not strings', () => {
    for (const value of [undefined, null, 42, {}, new URL(APP_ENTRY_URL)]) expect(isAllowedNavigation(value)).toBe(false);
  });

  it("allows the dev server's origin only when one is given", () => {
    expect(isAllowedNavigation(`${DEV}/index.html`, DEV)).toBe(true);
    expect(isAllowedNavigation('http://127.0.0.1:5174/', DEV)).toBe(false);
    expect(isAllowedNavigation('https://example.org/', DEV)).toBe(false);
  });

  it('ignores a dev server URL that is not http(s)', () => {
    expect(isAllowedNavigation('file:///tmp/index.html', 'file:///tmp/')).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts frames showing the app', () => {
    expect(isTrustedSender('app://rbm/index.html')).toBe(true);
  });

  it('distrusts other frames, a missing frame URL and the dev server outside development', () => {
    expect(isTrustedSender('https://example.org/')).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
    expect(isTrustedSender('app://other/index.html')).toBe(false);
    expect(isTrustedSender(`${DEV}/`)).toBe(false);
  });

  it('trusts the dev server when it is given', () => {
    expect(isTrustedSender(`${DEV}/`, DEV)).toBe(true);
  });
});

/** A stand-in web contents that records the handlers hardening installs. */
function fakeContents() {
  const navigateListeners: Array<(event: { preventDefault(): void }, url: string) => void> = [];
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  let requestHandler: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
  let checkHandler: (() => boolean) | undefined;
  const contents: HardenableContents = {
    on: (_event, listener) => navigateListeners.push(listener),
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
    session: {
      setPermissionRequestHandler: (handler) => {
        requestHandler = handler;
      },
      setPermissionCheckHandler: (handler) => {
        checkHandler = handler;
      },
    },
  };
  const navigate = (url: string) => {
    const event = { preventDefault: vi.fn() };
    for (const listener of navigateListeners) listener(event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return {
    contents,
    navigate,
    open: (url: string) => openHandler?.({ url }),
    request: (permission: string) => {
      const callback = vi.fn();
      requestHandler?.(null, permission, callback);
      return callback;
    },
    check: () => checkHandler?.(),
  };
}

describe('hardenWebContents', () => {
  it('prevents navigation away from the app and lets in-app navigation through', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    expect(fake.navigate('https://example.org/phish')).toBe(true);
    expect(fake.navigate('file:///etc/passwd')).toBe(true);
    expect(fake.navigate('app://rbm/index.html')).toBe(false);
  });

  it('denies every window.open, even to the app itself', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    expect(fake.open('https://example.org/')).toEqual({ action: 'deny' });
    expect(fake.open(APP_ENTRY_URL)).toEqual({ action: 'deny' });
  });

  it('denies permission requests and permission checks', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      expect(fake.request(permission)).toHaveBeenCalledExactlyOnceWith(false);
    }
    expect(fake.check()).toBe(false);
  });

  it('allows navigation to the dev server when one is given', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, DEV);
    expect(fake.navigate(`${DEV}/index.html`)).toBe(false);
    expect(fake.navigate('https://example.org/')).toBe(true);
  });
});
