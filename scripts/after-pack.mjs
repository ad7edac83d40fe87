// electron-builder's afterPack hook (electron-builder.yml `afterPack`): flips the Electron fuses
// of the packaged binary before it is signed, so that the shipped app cannot be turned into a
// general Node runtime or be made to run code from outside its signed ASAR archive.
//
// Fuses are bits compiled into the Electron binary (https://www.electronjs.org/docs/latest/tutorial/fuses);
// @electron/fuses rewrites them in place. The hook then reads the wire back and fails the build if
// a fuse does not hold the state asked for, rather than ship a binary that only looks hardened.
import { existsSync } from 'node:fs';
import path from 'node:path';
import electronFuses from '@electron/fuses';

const { FuseV1Options, FuseVersion } = electronFuses;

/** Fuse states in the binary's wire (@electron/fuses FuseState): '0', '1', and 'r' for a fuse Electron removed. */
const DISABLED = 48;
const ENABLED = 49;
const REMOVED = 114;

/**
 * Every fuse of the V1 wire, by name, and the state the app ships with. Keyed by name (not the
 * wire index) so that the table reads as the security promise it is.
 */
export const FUSES = Object.freeze({
  // `ELECTRON_RUN_AS_NODE=1 "RBM Planner"` would otherwise run any script with Node's full power.
  RunAsNode: false,
  // Cookies (and other Chromium-encrypted storage) are encrypted with the OS keychain.
  EnableCookieEncryption: true,
  // NODE_OPTIONS (e.g. --require of a foreign script) is ignored.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect and friends cannot open a debugger into the main process.
  EnableNodeCliInspectArguments: false,
  // app.asar is checked against the hash embedded at packaging (macOS Info.plist, Windows resources).
  EnableEmbeddedAsarIntegrityValidation: true,
  // The app is loaded from app.asar only, never from a loose `app` folder placed beside it.
  OnlyLoadAppFromAsar: true,
  // No separate browser-process V8 snapshot is shipped.
  LoadBrowserProcessSpecificV8Snapshot: false,
  // file:// gets no privileges beyond a browser's (the app is served from app://; the PDF window
  // loads one local HTML file, which needs none).
  GrantFileProtocolExtraPrivileges: false,
});

/** The @electron/fuses configuration for FUSES; the ad-hoc macOS signature is redone where the binary has one. */
export function fuseConfig(platformName, arch) {
  const config = { version: FuseVersion.V1, resetAdHocDarwinSignature: isDarwin(platformName) && (arch === ARCH_ARM64 || arch === ARCH_UNIVERSAL) };
  for (const [name, enabled] of Object.entries(FUSES)) {
    const index = FuseV1Options[name];
    if (typeof index !== 'number') throw new Error(`after-pack: @electron/fuses knows no fuse named ${name}`);
    config[index] = enabled;
  }
  return config;
}

/** builder-util's Arch enum: arm64 and universal macOS builds carry an ad-hoc signature. */
const ARCH_ARM64 = 3;
const ARCH_UNIVERSAL = 4;

const isDarwin = (platformName) => platformName === 'darwin' || platformName === 'mas';

/**
 * The Electron binary in a packaged app folder (what @electron/fuses takes): the .app bundle on
 * macOS, the .exe on Windows, the executable (named after the package, not the product) on Linux.
 */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (isDarwin(electronPlatformName)) return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  if (electronPlatformName === 'linux') return path.join(appOutDir, packager.executableName ?? packager.appInfo.productFilename);
  throw new Error(`after-pack: no Electron binary known for the platform "${electronPlatformName}"`);
}

/** Flips the fuses of the packaged app in `context.appOutDir` and checks that they hold. */
export async function afterPack(context, fuses = electronFuses) {
  const binary = electronBinaryPath(context);
  if (!existsSync(binary)) throw new Error(`after-pack: the Electron binary is not at ${binary}`);
  await fuses.flipFuses(binary, fuseConfig(context.electronPlatformName, context.arch));
  const wire = await fuses.getCurrentFuseWire(binary);
  const wrong = Object.entries(FUSES).filter(([name, enabled]) => {
    const state = wire[FuseV1Options[name]];
    return state !== REMOVED && state !== (enabled ? ENABLED : DISABLED);
  });
  if (wrong.length > 0) throw new Error(`after-pack: fuses not set in ${binary}: ${wrong.map(([name]) => name).join(', ')}`);
  console.log(`after-pack: fuses set in ${binary}`);
}

export default afterPack;
