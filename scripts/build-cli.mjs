#!/usr/bin/env node
// Builds the command line (cli/) into dist-cli/: rbm.mjs, run with `node dist-cli/rbm.mjs`
// or `npm run rbm --` (and `rbm` where the package is installed), and the chunks it loads
// when a command needs them (each export format's code is loaded only for that format).
// Automerge stays external: its Node build loads its wasm file from beside its own
// module, which a bundle cannot do; exceljs stays external too (large, and
// resolved from node_modules like Automerge).
import { build } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';

rmSync('dist-cli', { recursive: true, force: true });
await build({
  entryPoints: { rbm: 'cli/rbm.ts' },
  outdir: 'dist-cli',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['@automerge/automerge', 'exceljs'],
  banner: { js: '#!/usr/bin/env node' },
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync('dist-cli/rbm.mjs', 0o755);
console.log('Built dist-cli/rbm.mjs');
