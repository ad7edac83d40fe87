/**
 * Electron fuses at packaging (scripts/after-pack.mjs, electron-builder.yml). The real Electron
 * binary is not available here (its download is disabled), so the hook is checked three ways:
 * its fuse table, the binary it finds in each platform's app folder (with @electron/fuses
 * stubbed), and the real @electron/fuses run by the hook on a file carrying a fuse wire laid out
 * as in Electron's binary (sentinel, version, length, one byte per fuse).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FuseV1Options, FuseVersion, type FuseConfig } from '@electron/fuses';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// @ts-expect-error: a plain JavaScript build script without type declarations.
import * as hookModule from '../../scripts/after-pack.mjs';

interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}
interface FusesModule {
  flipFuses(binary: string, config: FuseConfig): Promise<number>;
  getCurrentFuseWire(binary: string): Promise<Record<number, number>>;
}
const hook = hookModule as {
  FUSES: Readonly<Record<string, boolean>>;
  fuseConfig(platform: string, arch: number): FuseConfig;
  electronBinaryPath(context: PackContext): string;
  afterPack(context: PackContext, fuses?: FusesModule): Promise<void>;
  default: unknown;
};

const ROOT = new URL('../..', import.meta.url);
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const [OFF, ON] = [48, 49];
const X64 = 1;
const ARM64 = 3;

/** What the app ships with: the promise of issue 7 plus the two fuses it does not need. */
const EXPECTED = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: false,
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rbm-fuses-'));
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

function context(platform: string, arch = X64): PackContext {
  return { appOutDir: dir, electronPlatformName: platform, arch, packager: { appInfo: { productFilename: 'RBM Planner' }, ...(platform === 'linux' ? { executableName: 'rbm-planner' } : {}) } };
}

/** A file with Electron's fuse wire in the middle of other bytes, every fuse at Electron's default. */
function fakeBinary(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const defaults = [ON, OFF, ON, ON, OFF, OFF, OFF, ON];
  const wire = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, defaults.length, ...defaults])]);
  writeFileSync(file, Buffer.concat([Buffer.alloc(4096, 0xcc), wire, Buffer.alloc(4096, 0xdd)]));
}

function wireOf(file: string): number[] {
  const bytes = readFileSync(file);
  const at = bytes.indexOf(SENTINEL) + SENTINEL.length;
  return [...bytes.subarray(at + 2, at + 2 + bytes[at + 1]!)];
}

/** A stand-in @electron/fuses that records the call and reports the wire asked for. */
function stubFuses(override: Record<number, number> = {}): FusesModule & { flipFuses: ReturnType<typeof vi.fn>; getCurrentFuseWire: ReturnType<typeof vi.fn> } {
  let asked: FuseConfig | undefined;
  const stub = {
    flipFuses: vi.fn(async (_binary: string, config: FuseConfig) => {
      asked = config;
      return 1;
    }),
    getCurrentFuseWire: vi.fn(async () => {
      const wire: Record<number, number> = {};
      for (let i = 0; i < 8; i++) wire[i] = (asked as Record<number, boolean | undefined>)[i] ? ON : OFF;
      return { ...wire, ...override } as Record<number, number>;
    }),
  };
  return stub;
}

describe('the fuse table', () => {
  it('is exactly the hardened set', () => {
    expect(hook.FUSES).toEqual(EXPECTED);
    expect(Object.isFrozen(hook.FUSES)).toBe(true);
  });

  it('names every fuse @electron/fuses knows, so none is left at its default unnoticed', () => {
    const known = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));
    expect(Object.keys(hook.FUSES).sort()).toEqual(known.sort());
  });

  it('becomes a V1 configuration indexed by the wire positions', () => {
    const config = hook.fuseConfig('linux', X64) as unknown as Record<string | number, unknown>;
    expect(config.version).toBe(FuseVersion.V1);
    expect(config[FuseV1Options.RunAsNode]).toBe(false);
    expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(config[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(false);
    expect(config[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('redoes the ad-hoc signature of arm64 macOS builds only', () => {
    expect(hook.fuseConfig('darwin', ARM64).resetAdHocDarwinSignature).toBe(true);
    expect(hook.fuseConfig('mas', 4).resetAdHocDarwinSignature).toBe(true);
    expect(hook.fuseConfig('darwin', X64).resetAdHocDarwinSignature).toBe(false);
    expect(hook.fuseConfig('linux', ARM64).resetAdHocDarwinSignature).toBe(false);
    expect(hook.fuseConfig('win32', ARM64).resetAdHocDarwinSignature).toBe(false);
  });
});

describe('the afterPack hook', () => {
  it.each([
    ['win32', 'RBM Planner.exe'],
    ['darwin', 'RBM Planner.app'],
    ['mas', 'RBM Planner.app'],
    ['linux', 'rbm-planner'],
  ])('finds the %s binary (%s) in appOutDir and flips its fuses', async (platform, name) => {
    const binary = path.join(dir, name);
    if (name.endsWith('.app')) mkdirSync(binary);
    else writeFileSync(binary, '');
    const fuses = stubFuses();
    await hook.afterPack(context(platform), fuses);
    expect(hook.electronBinaryPath(context(platform))).toBe(binary);
    expect(fuses.flipFuses).toHaveBeenCalledExactlyOnceWith(binary, hook.fuseConfig(platform, X64));
    expect(fuses.getCurrentFuseWire).toHaveBeenCalledWith(binary);
  });

  it('fails the build when the binary is not where it should be', async () => {
    const fuses = stubFuses();
    writeFileSync(path.join(dir, 'RBM Planner'), '');
    await expect(hook.afterPack(context('win32'), fuses)).rejects.toThrow(/binary is not at .*RBM Planner\.exe/);
    await expect(hook.afterPack(context('freebsd'), fuses)).rejects.toThrow(/no Electron binary known/);
    expect(fuses.flipFuses).not.toHaveBeenCalled();
  });

  it('fails the build when a fuse does not hold after flipping', async () => {
    writeFileSync(path.join(dir, 'rbm-planner'), '');
    const fuses = stubFuses({ [FuseV1Options.RunAsNode]: ON });
    await expect(hook.afterPack(context('linux'), fuses)).rejects.toThrow(/fuses not set .*: RunAsNode$/);
  });

  it('accepts a fuse that Electron removed (nothing left to turn off)', async () => {
    writeFileSync(path.join(dir, 'rbm-planner'), '');
    await expect(hook.afterPack(context('linux'), stubFuses({ [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: 114 }))).resolves.toBeUndefined();
  });

  it('is what electron-builder calls: the named export afterPack, also the default', () => {
    expect(typeof hook.afterPack).toBe('function');
    expect(hook.default).toBe(hook.afterPack);
  });
});

describe('the hook with the real @electron/fuses on a fuse wire', () => {
  it.each([
    ['linux', 'rbm-planner', 'rbm-planner'],
    ['win32', 'RBM Planner.exe', 'RBM Planner.exe'],
    ['darwin', 'RBM Planner.app', 'RBM Planner.app/Contents/Frameworks/Electron Framework.framework/Electron Framework'],
  ])('on %s writes the hardened states into the binary', async (platform, _binary, wireFile) => {
    const file = path.join(dir, wireFile);
    fakeBinary(file);
    const size = readFileSync(file).length;
    await hook.afterPack(context(platform));
    const wire = wireOf(file);
    expect(wire).toEqual(Object.values(EXPECTED).map((on) => (on ? ON : OFF)));
    expect(readFileSync(file).length).toBe(size);
  });
});

describe('electron-builder.yml', () => {
  const config = readFileSync(new URL('electron-builder.yml', ROOT), 'utf8');

  it('runs the hook after packing, by a path inside the project', () => {
    const afterPack = /^afterPack:\s*(\S+)\s*$/m.exec(config)?.[1];
    expect(afterPack).toBe('./scripts/after-pack.mjs');
    expect(readFileSync(new URL(afterPack!, ROOT), 'utf8')).toContain('export async function afterPack');
  });

  it('keeps the app in an ASAR archive (the fuses rely on it) and flips no fuses of its own', () => {
    expect(config).toMatch(/^asar: true\s*$/m);
    expect(config).not.toMatch(/^\s*asar:\s*(false|no|off)\b/m);
    expect(config).not.toMatch(/disableAsarIntegrity|electronFuses|disableFuses/);
  });

  it('pins @electron/fuses as a development dependency', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies['@electron/fuses']).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
