// `npm start`: runs the desktop app from this checkout.
// Electron's binary is not fetched by `npm install` here (package.json sets allowScripts
// electron: false), so this first makes sure it is present, trying one bounded download if not,
// and otherwise explains in one message how to get it or run the web build instead. The check
// comes before the builds so that a machine without Electron is told at once.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const require = createRequire(import.meta.url);
const DOWNLOAD_TIMEOUT_MS = 120_000;

/** The Electron executable, or null when the binary was never downloaded. */
function electronBinary() {
  try {
    // electron/index.js reads path.txt (written by its install script) and throws without it.
    delete require.cache[require.resolve('electron')];
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Tries electron's own install script once; returns a one-line reason when it did not work. */
function downloadElectron() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    // electron/install.js exits 0 without downloading when this is set: do not pretend to try.
    return 'ELECTRON_SKIP_BINARY_DOWNLOAD is set, so no download was attempted';
  }
  console.log(`Electron's binary is missing; trying to download it (up to ${DOWNLOAD_TIMEOUT_MS / 1000} s)...`);
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/electron/install.js')], {
    cwd: root,
    encoding: 'utf8',
    timeout: DOWNLOAD_TIMEOUT_MS,
  });
  if (result.error?.code === 'ETIMEDOUT') return `the download did not finish within ${DOWNLOAD_TIMEOUT_MS / 1000} s`;
  if (result.error) return result.error.message;
  const firstLine = `${result.stderr}${result.stdout}`.split('\n').find((line) => line.trim() !== '');
  return firstLine?.trim() ?? `the install script exited with code ${result.status}`;
}

function explainMissingElectron(reason) {
  console.error(`
Electron's binary is not installed on this machine, so the desktop app cannot start.
(${reason})

To install it, on a machine with internet access run, in ${root}:
    node node_modules/electron/install.js
(behind a mirror, set ELECTRON_MIRROR first), then run npm start again.

The same app runs in a browser without Electron:
    npm run web
`);
}

/** Runs a node script from the project and stops with its exit code if it fails. */
function runNode(args, what) {
  console.log(`Building ${what}...`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`Building ${what} failed.`);
    process.exit(result.status ?? 1);
  }
}

let binary = electronBinary();
if (binary === null) {
  const reason = downloadElectron();
  binary = electronBinary();
  if (binary === null) {
    explainMissingElectron(reason);
    process.exit(1);
  }
}

runNode([path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], 'the renderer');
runNode([path.join(root, 'scripts/build-electron.mjs')], 'the Electron main process');

// With ELECTRON_RUN_AS_NODE set, the binary would run as plain Node instead of opening the app.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, [root], { cwd: root, stdio: 'inherit', env });
child.on('error', (error) => {
  console.error(`Could not start Electron (${binary}): ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
