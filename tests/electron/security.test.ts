/** Window security settings of the desktop shell (electron/main/security.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  externalLinkTarget,
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

describe("renderer/index.html's own policy", () => {
  const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  const directives = new Map(meta.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));

  it('allows neither inline script or style nor eval (only wasm compilation)', () => {
    expect(meta).not.toBe('');
    expect(meta).not.toContain("'unsafe-inline'");
    expect(meta).not.toContain("'unsafe-eval'");
    expect(meta).not.toContain("'unsafe-hashes'");
    expect(meta).not.toContain("'strict-dynamic'");
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  it('loads nothing from other origins and forbids plugins, <base> and form posts', () => {
    for (const values of directives.values()) for (const value of values) expect(value).toMatch(/^('self'|'none'|'wasm-unsafe-eval'|'sha256-[A-Za-z0-9+/=]+'|data:|blob:)$/);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });

  it('has no inline script or inline event handler the policy would have to allow', () => {
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc="[^"]+"/);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
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
  const listeners = new Map<string, Array<(event: { preventDefault(): void; url?: string }, url: string) => void>>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  let requestHandler: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
  let checkHandler: (() => boolean) | undefined;
  let deviceHandler: (() => boolean) | undefined;
  const contents: HardenableContents = {
    on: (event: string, listener: (event: { preventDefault(): void; url?: string }, url: string) => void) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
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
      setDevicePermissionHandler: (handler) => {
        deviceHandler = handler;
      },
    },
  };
  /** Emits an event the way Electron 40 does (the URL on the event and, deprecated, as an argument); true when prevented. */
  const emit = (name: string, url: string, style: 'both' | 'details' | 'argument' = 'both') => {
    const event = { preventDefault: vi.fn(), ...(style === 'argument' ? {} : { url }) };
    // A future Electron may stop passing the deprecated argument.
    for (const listener of listeners.get(name) ?? []) listener(event, style === 'details' ? (undefined as unknown as string) : url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return {
    contents,
    listeners,
    navigate: (url: string, style?: 'both' | 'details' | 'argument') => emit('will-navigate', url, style),
    redirect: (url: string) => emit('will-redirect', url),
    attachWebview: () => emit('will-attach-webview', 'about:blank'),
    open: (url: string) => openHandler?.({ url }),
    request: (permission: string) => {
      const callback = vi.fn();
      requestHandler?.(null, permission, callback);
      return callback;
    },
    check: () => checkHandler?.(),
    device: () => deviceHandler?.(),
  };
}

/** Lets the deferred openExternal run. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('hardenWebContents', () => {
  it('prevents navigation away from the app and lets in-app navigation through', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    expect(fake.navigate('https://example.org/phish')).toBe(true);
    expect(fake.navigate('file:///etc/passwd')).toBe(true);
    expect(fake.navigate('app://rbm/index.html')).toBe(false);
  });

  it('judges the URL whether Electron gives it on the event or only as the old argument', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    expect(fake.navigate('https://example.org/', 'details')).toBe(true);
    expect(fake.navigate('https://example.org/', 'argument')).toBe(true);
    expect(fake.navigate('app://rbm/index.html', 'details')).toBe(false);
  });

  it('prevents redirects away from the app', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    expect(fake.redirect('https://example.org/')).toBe(true);
    expect(fake.redirect('file:///etc/passwd')).toBe(true);
    expect(fake.redirect('app://rbm/index.html')).toBe(false);
  });

  it('never attaches a <webview>', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    expect(fake.attachWebview()).toBe(true);
  });

  it('denies every window.open, even to the app itself', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    expect(fake.open('https://example.org/')).toEqual({ action: 'deny' });
    expect(fake.open(APP_ENTRY_URL)).toEqual({ action: 'deny' });
  });

  it('hands https links (window.open or a link navigating the window) to the system browser, and nothing else', async () => {
    const fake = fakeContents();
    const openExternal = vi.fn(async () => undefined);
    hardenWebContents(fake.contents, { openExternal });
    expect(fake.open('https://example.org/evidence?q=1#x')).toEqual({ action: 'deny' });
    expect(fake.navigate('https://data.example.org/report.pdf')).toBe(true);
    for (const url of ['http://example.org/', 'file:///etc/passwd', 'javascript:alert(1)', 'ms-msdt:/id', 'app://rbm/index.html', 'https://user:pw@example.org/', `https://example.org/${'a'.repeat(3000)}`]) {
      expect(fake.open(url)).toEqual({ action: 'deny' });
      fake.navigate(url);
    }
    await tick();
    expect(openExternal.mock.calls).toEqual([['https://example.org/evidence?q=1#x'], ['https://data.example.org/report.pdf']]);
  });

  it('survives a system browser that cannot be started', async () => {
    const fake = fakeContents();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    hardenWebContents(fake.contents, { openExternal: () => Promise.reject(new Error('no browser')) });
    expect(fake.open('https://example.org/')).toEqual({ action: 'deny' });
    await tick();
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('denies permission requests, permission checks and device access', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'midiSysex', 'pointerLock', 'fullscreen']) {
      expect(fake.request(permission)).toHaveBeenCalledExactlyOnceWith(false);
    }
    expect(fake.check()).toBe(false);
    expect(fake.device()).toBe(false);
  });

  it('allows navigation to the dev server when one is given', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, { devServerUrl: DEV });
    expect(fake.navigate(`${DEV}/index.html`)).toBe(false);
    expect(fake.redirect(`${DEV}/index.html`)).toBe(false);
    expect(fake.navigate('https://example.org/')).toBe(true);
  });
});

describe('externalLinkTarget', () => {
  it.each([
    ['https://example.org', 'https://example.org/'],
    ['HTTPS://Example.org/a b', 'https://example.org/a%20b'],
  ])('passes %s on as %s', (url, target) => expect(externalLinkTarget(url)).toBe(target));

  it.each(['http://example.org/', 'ftp://example.org/', 'file:///C:/Windows/system32/calc.exe', 'javascript:alert(1)', 'data:text/html,x', 'smb://host/share', 'https://u:p@example.org/', 'https:', 'not a url', ''])(
    'refuses %s',
    (url) => expect(externalLinkTarget(url)).toBeNull(),
  );

  it('refuses values that are not strings', () => {
    for (const value of [undefined, null, 1, {}, new URL('https://example.org/')]) expect(externalLinkTarget(value)).toBeNull();
  });
});
