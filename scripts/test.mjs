#!/usr/bin/env node
// `npm test`: every check the project has, in order: typecheck, lint, unit tests (vitest),
// the web build and the browser end-to-end tests (Playwright in Debian's Chromium). Every
// step runs even when an earlier one fails, so one run shows everything that is wrong; the
// exit code is non-zero when any step failed. The last line counts the tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  { name: 'typecheck', cmd: 'npx tsc -p tsconfig.json && npx tsc -p tsconfig.electron.json' },
  { name: 'lint', cmd: 'npx eslint --max-warnings 0 .' },
  // The CLI tests (tests/cli) run the built rbm.
  { name: 'build-cli', cmd: 'node scripts/build-cli.mjs' },
  { name: 'unit', cmd: 'npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json' },
  { name: 'build', cmd: 'npx vite build --logLevel warn' },
  { name: 'e2e', cmd: 'npx playwright test' },
];

mkdirSync('test-results', { recursive: true });
for (const f of ['test-results/vitest.json', 'test-results/playwright.json']) rmSync(f, { force: true });

const failedSteps = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.cmd}`);
  const started = Date.now();
  const run = spawnSync(step.cmd, { shell: true, stdio: 'inherit' });
  const ok = run.status === 0;
  console.log(`=== ${step.name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) failedSteps.push(step.name);
}

function read(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

let passed = 0;
let failed = 0;
let skipped = 0;
const unit = read('test-results/vitest.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
}
const e2e = read('test-results/playwright.json');
if (e2e) {
  passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
}
// A failed step that is not a test run (typecheck, lint, build) counts as one failure.
failed += failedSteps.filter((s) => s !== 'unit' && s !== 'e2e').length;
if (failedSteps.includes('unit') && (!unit || unit.numFailedTests === 0)) failed += 1;
if (failedSteps.includes('e2e') && (!e2e || e2e.stats.unexpected === 0)) failed += 1;

console.log(failedSteps.length ? `\nFailed steps: ${failedSteps.join(', ')}` : '\nAll steps passed.');
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedSteps.length ? 1 : 0);
