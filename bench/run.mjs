#!/usr/bin/env node
// `npm run bench`: bundles bench/main.ts with esbuild (packages stay external and resolve
// from node_modules, so Automerge loads its wasm as in any Node program), builds the web
// app into node_modules/.cache/rbm-bench/renderer unless told not to (--skip-browser or
// --no-build, which reuses the last build), and runs the bundle with
// --expose-gc so garbage is collected between measurements. Arguments pass through to
// bench/main.ts (see its header).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const outDir = `${root}node_modules/.cache/rbm-bench`;
mkdirSync(outDir, { recursive: true });

await build({
  absWorkingDir: root,
  entryPoints: ['bench/main.ts'],
  outfile: `${outDir}/main.mjs`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});

// The web app is built into a directory of the bench's own, not dist/: other work in the
// same tree (e2e runs, builds) neither breaks this run nor is broken by it.
const distDir = `${outDir}/renderer`;
if (!args.includes('--skip-browser') && !args.includes('--no-build')) {
  console.log(`Building the web app (vite build --outDir ${distDir})`);
  const vite = spawnSync(process.execPath, [`${root}node_modules/vite/bin/vite.js`, 'build', '--logLevel', 'warn', '--outDir', distDir], { cwd: root, stdio: 'inherit' });
  if (vite.status !== 0) process.exit(vite.status ?? 1);
}

const passThrough = args.filter((a) => a !== '--no-build');
// --profile <dir>: the node run is profiled by V8 too (node --cpu-prof).
const profileAt = args.indexOf('--profile');
const nodeFlags = profileAt >= 0 && args[profileAt + 1] ? ['--cpu-prof', `--cpu-prof-dir=${args[profileAt + 1]}`] : [];
const run = spawnSync(process.execPath, ['--expose-gc', '--enable-source-maps', ...nodeFlags, `${outDir}/main.mjs`, '--root', root, '--dist', distDir, ...passThrough], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
