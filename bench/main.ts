/**
 * `npm run bench`: generates the large plan, runs the node benchmarks of the document
 * engine and the browser benchmarks of the app, prints a table and writes
 * bench/results.json. Run through bench/run.mjs (which bundles this file and builds the
 * web app first).
 *
 * Options: --scale <n> (default 1), --seed <n>, --reps <n> (heavy operations, default 5),
 * --edits <n> (default 200), --keys <n> (default 200), --loads <n> (default 5),
 * --views tree,grid (default both), --merge <n> (entities a field office changes, default 500),
 * --skip-node (also skips the exports), --skip-export, --skip-pdf (the PDF through Chromium and
 * its LibreOffice floor, one run each: minutes on the large plan), --skip-files (the plan-file bench),
 * --skip-browser, --out <path> (default bench/results.json at scale 1, nothing otherwise),
 * --update (keep the figures of the existing results file that this run did not measure:
 * for a run of some parts only), --profile <dir> (CPU profiles of the node run and of the
 * browser's large-plan load and keystrokes, to open in Chrome DevTools).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as A from '@automerge/automerge';
import { fixedClock } from '../shared/dates';
import { PlanSession } from '../shared/plan-doc';
import { CHROMIUM_PATH } from '../tests/chromium';
import { runBrowserBench } from './browser-bench';
import { DEFAULT_SEED, countsOf, generatePlan } from './generate-plan';
import { FigureSet, loadAverage, machine, table, timeRepeated, type Results } from './lib';
import { runExportBench } from './export-bench';
import { runFileBench } from './file-bench';
import { runPdfBench } from './pdf-bench';
import { runNodeBench, sessionOptions, type Snapshot } from './node-bench';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    reps: { type: 'string', default: '5' },
    edits: { type: 'string', default: '200' },
    keys: { type: 'string', default: '200' },
    loads: { type: 'string', default: '5' },
    merge: { type: 'string', default: '500' },
    views: { type: 'string', default: 'tree,grid' },
    port: { type: 'string', default: '4174' },
    chromium: { type: 'string', default: CHROMIUM_PATH },
    'skip-node': { type: 'boolean', default: false },
    'skip-browser': { type: 'boolean', default: false },
    'skip-export': { type: 'boolean', default: false },
    'skip-pdf': { type: 'boolean', default: false },
    'skip-files': { type: 'boolean', default: false },
    update: { type: 'boolean', default: false },
    out: { type: 'string' },
    profile: { type: 'string' },
    root: { type: 'string', default: process.cwd() },
    /** The built web app to serve (bench/run.mjs builds one of its own). */
    dist: { type: 'string' },
  },
});

const num = (name: keyof typeof values): number => {
  const n = Number(values[name]);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
  return n;
};

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const scale = num('scale');
  const seed = num('seed');
  const root = resolve(values.root!);
  const figures = new FigureSet();
  const loadAtStart = loadAverage();

  log(`Generating the plan (seed ${seed}, scale ${scale})`);
  const generated = timeRepeated(1, () => generatePlan({ seed, scale }));
  const data = generated.last;
  const counts = countsOf(data);
  log(`  ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')} (${generated.times[0]!.toFixed(0)} ms)`);

  let snapshot: Snapshot;
  if (!values['skip-node']) {
    snapshot = runNodeBench(data, { seed, reps: num('reps'), edits: num('edits'), mergeEntities: num('merge'), log }, figures);
    if (!values['skip-export']) {
      const view = PlanSession.load([snapshot.bytes], sessionOptions('e0'.repeat(16)), snapshot.heads).view;
      await runExportBench(view, Math.min(3, num('reps')), figures, log);
    }
  } else {
    const session = PlanSession.create(data, { actor: 'b0'.repeat(16), office: 'Benchmark office', clock: fixedClock('2026-01-01T00:00:00.000Z') });
    snapshot = { bytes: A.save(session.document), heads: A.getHeads(session.document) };
  }
  if (!values['skip-pdf']) {
    // One run each: LibreOffice takes minutes over the large plan's document.
    const view = PlanSession.load([snapshot.bytes], sessionOptions('e0'.repeat(16)), snapshot.heads).view;
    await runPdfBench(view, { reps: 1, chromiumPath: values.chromium!, log }, figures);
  }
  if (!values['skip-files']) await runFileBench(snapshot, { reps: Math.min(3, num('reps')), entities: num('merge'), log }, figures);

  let browser: string | undefined;
  if (!values['skip-browser']) {
    const result = await runBrowserBench(
      { data, snapshot },
      {
        root,
        distDir: values.dist ? resolve(values.dist) : join(root, 'dist/renderer'),
        port: num('port'),
        chromiumPath: values.chromium!,
        views: values.views!.split(',').map((v) => v.trim()).filter(Boolean),
        keystrokes: num('keys'),
        loads: num('loads'),
        timeoutMs: 180_000,
        profileDir: values.profile ? resolve(values.profile) : undefined,
        log,
      },
      figures,
    );
    browser = result.browser;
  }

  const resolved = figures.resolved();
  log('');
  log(table(resolved));
  const cores = machine().cpus;
  const loadAtEnd = loadAverage();
  const busy = Math.max(loadAtStart, loadAtEnd) > cores ? `: above ${cores}, other work competed for the CPU and the figures are pessimistic` : '';
  log(`\nMachine: ${cores} cores; 1-minute load average ${loadAtStart} at the start, ${loadAtEnd} at the end${busy}`);
  const out = values.out ?? (scale === 1 ? join(root, 'bench/results.json') : undefined);
  if (out) {
    // --update: the figures this run did not measure are kept from the existing file.
    const measured = new Set(resolved.map((f) => f.key));
    const previous = values.update && existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as Results) : null;
    const kept = previous ? previous.figures.filter((f) => !measured.has(f.key)) : [];
    browser ??= kept.some((f) => f.key.startsWith('browser.')) ? previous?.machine.browser : undefined;
    const now = { date: new Date().toISOString(), load: { start: loadAtStart, end: loadAtEnd } };
    const results: Results = {
      machine: { ...machine(), ...(browser ? { browser } : {}) },
      // An update keeps the date and load of the run the kept figures come from, and lists itself.
      ...(previous ? { date: previous.date, load: previous.load, updates: [...laterUpdates(previous.updates ?? [], measured), { ...now, figures: [...measured] }] } : now),
      plan: { seed, scale, counts },
      figures: [...kept, ...resolved.map((f) => ({ ...f, value: round(f.value), ...(f.ratio !== undefined ? { ratio: round(f.ratio) } : {}) }))],
    };
    writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
    log(`\nWrote ${out}`);
  }
}

/** Earlier updates, without the figures this run measured again (an update left with none is dropped). */
function laterUpdates(updates: NonNullable<Results['updates']>, measured: ReadonlySet<string>): NonNullable<Results['updates']> {
  return updates.map((u) => ({ ...u, figures: u.figures.filter((k) => !measured.has(k)) })).filter((u) => u.figures.length > 0);
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
