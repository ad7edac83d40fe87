// Bundles Electron's main process and preload into dist-electron/ (CommonJS, as Electron loads
// the main entry and a sandboxed preload can only be a single CommonJS script).
// `electron` stays external: it is provided by the Electron runtime, not by node_modules.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const common = {
  absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'dist-electron/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'dist-electron/preload.cjs' }),
]);
console.log('Built dist-electron/main.cjs and dist-electron/preload.cjs');
