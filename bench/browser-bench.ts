/**
 * The app in Chromium on the large plan: open from IndexedDB to the first paint of the
 * plan's view, keystroke-to-paint latency, and the JS heap after load.
 *
 * The plan goes into the app's own database the way the app stores it (a listing row,
 * one 'snapshot' chunk with the document's bytes, the `lastPlanId` setting), written with
 * the raw IndexedDB API from the bench: the product has no test hooks. All timing is
 * in-page (performance.now, Event.timeStamp), added by the bench as instrumentation.
 *
 * Views are targets: today the results tree; the logframe matrix (`[role="grid"]`) is a
 * second entry in VIEW_TARGETS once it exists.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { PlanData } from '../shared/model';
import { stats, type FigureSet } from './lib';
import type { Snapshot } from './node-bench';
import { CHROMIUM_ARGS } from '../tests/chromium';

export interface ViewTarget {
  readonly name: string;
  /** One painted item of the view (a row). */
  readonly itemSelector: string;
  /** The item that holds the keyboard selection. */
  readonly selectedSelector: string;
  /** Attribute of the selected element that changes when the selection moves. */
  readonly idAttribute: string;
  /** The element to focus for keyboard navigation (default: the selected item). */
  readonly focusSelector?: string;
  /** Key that brings the selection back to the top when ArrowDown reached the end. */
  readonly restartKey: string;
  /** Gets from the plan's default screen to this view (nothing for the default view). */
  readonly open?: (page: Page) => Promise<void>;
}

export const VIEW_TARGETS: Record<string, ViewTarget> = {
  tree: {
    name: 'results tree',
    itemSelector: '[role="tree"] [role="treeitem"]',
    selectedSelector: '[role="tree"] [role="treeitem"][aria-selected="true"]',
    idAttribute: 'data-result-id',
    restartKey: 'Home',
  },
  // The logframe matrix: a virtual ARIA grid on the plan's "Logframe" tab. The first load
  // clicks the tab as a user would; the app then reopens the plan on the screen last shown,
  // so each reload after it paints the logframe straight away.
  // The grid keeps focus and marks the active cell with aria-selected; cell ids name the row.
  grid: {
    name: 'logframe matrix',
    itemSelector: '[role="grid"] [role="row"][data-result-id]',
    selectedSelector: '[role="grid"] [role="gridcell"][aria-selected="true"]',
    idAttribute: 'id',
    focusSelector: '[role="grid"]',
    restartKey: 'Control+Home',
    open: (page) => page.locator('nav.workspace-nav button', { hasText: 'Logframe' }).click(),
  },
};

export interface BrowserBenchOptions {
  readonly root: string;
  /** The built web app served by vite preview. */
  readonly distDir: string;
  readonly port: number;
  readonly chromiumPath: string;
  readonly views: readonly string[];
  readonly keystrokes: number;
  /** Reloads measured for the time to first paint. */
  readonly loads: number;
  readonly timeoutMs: number;
  /** Where to write CPU profiles of the last large-plan load and of the keystrokes (none if unset). */
  readonly profileDir?: string;
  readonly log: (line: string) => void;
}


interface ReadyMark {
  /** ms from navigation start to the DOM having the view's rows. */
  readonly dom: number;
  /** ms from navigation start to the first frame painted with them. */
  readonly paint: number;
  readonly rows: number;
}

interface LoadTrace {
  readonly ready: ReadyMark | null;
  readonly fcp: number | null;
  readonly longTasks: readonly { start: number; duration: number }[];
}

interface KeySample {
  readonly toFrame: number;
  readonly toPaint: number;
  readonly moved: boolean;
}

interface BenchWindow {
  __rbmBench?: { ready: ReadyMark | null; fcp: number | null; longTasks: { start: number; duration: number }[] };
  __rbmKeys?: { pending: Promise<KeySample> | null };
  __rbmJson?: string;
}

// ---- In-page instrumentation (serialised into the page: self-contained, no imports).

/** Before the app's scripts: note when the view's rows are in the DOM and when they are painted. */
function installLoadProbe(itemSelector: string): void {
  const w = window as unknown as BenchWindow;
  const state: NonNullable<BenchWindow['__rbmBench']> = { ready: null, fcp: null, longTasks: [] };
  w.__rbmBench = state;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') state.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // An engine without these entry types still gives the main figure.
  }
  let seen = false;
  const check = () => {
    if (seen) return;
    const rows = document.querySelectorAll(itemSelector).length;
    if (rows === 0) return;
    seen = true;
    observer.disconnect();
    const dom = performance.now();
    // A rAF callback runs just before its frame is painted; a task posted from it runs after.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (state.ready = { dom, paint: performance.now(), rows });
      channel.port2.postMessage(0);
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}

/** Measures each navigation key from its event time to the paint after the selection moved. */
function installKeyProbe({ selectedSelector, idAttribute }: { selectedSelector: string; idAttribute: string }): void {
  const w = window as unknown as BenchWindow;
  const keys = { pending: null as Promise<KeySample> | null };
  w.__rbmKeys = keys;
  const selectedId = () => document.querySelector(selectedSelector)?.getAttribute(idAttribute) ?? null;
  window.addEventListener(
    'keydown',
    (event) => {
      if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
      const start = event.timeStamp;
      const before = selectedId();
      keys.pending = new Promise<KeySample>((resolve) => {
        const frame = () => {
          const now = selectedId();
          const toFrame = performance.now() - start;
          // A key that has not moved the selection in 2 s met the end of the list.
          if (now !== before || toFrame > 2000) {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve({ toFrame, toPaint: performance.now() - start, moved: now !== before });
            channel.port2.postMessage(0);
          } else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
    },
    true,
  );
}

/** Writes the plan into the app's database with the raw IndexedDB API, as the app stores it. */
async function storePlan(arg: { base64: string; heads: string[]; listing: Record<string, unknown>; now: string }): Promise<void> {
  const binary = atob(arg.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('rbm-planner');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['plans', 'docChunks', 'settings'], 'readwrite', { durability: 'strict' });
      tx.objectStore('plans').put(arg.listing);
      tx.objectStore('docChunks').add({ planId: arg.listing.id, kind: 'snapshot', bytes, heads: arg.heads, createdAt: arg.now });
      tx.objectStore('settings').put({ key: 'lastPlanId', value: arg.listing.id });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('aborted'));
    });
  } finally {
    db.close();
  }
}

/** Waits until the app has written the plan's view cache of `heads` (read with the raw IndexedDB API); returns the ms waited. */
async function waitForViewCache(page: Page, planId: string, heads: readonly string[], timeoutMs: number): Promise<number> {
  const t0 = Date.now();
  await page.waitForFunction(
    async ({ planId, heads }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('rbm-planner');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      try {
        const row = await new Promise<{ heads: string[] } | undefined>((resolve, reject) => {
          const req = db.transaction('viewCache').objectStore('viewCache').get(planId);
          req.onsuccess = () => resolve(req.result as { heads: string[] } | undefined);
          req.onerror = () => reject(req.error);
        });
        return row !== undefined && row.heads.length === heads.length && heads.every((h) => row.heads.includes(h));
      } finally {
        db.close();
      }
    },
    { planId, heads: [...heads] },
    { timeout: timeoutMs, polling: 250 },
  );
  return Date.now() - t0;
}

// ---- The server and the browser.

async function startServer(root: string, distDir: string, port: number, log: (l: string) => void): Promise<ChildProcess> {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`${distDir} has no built app: run vite build first`);
  const args = ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', distDir];
  const server = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  server.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 300; i++) {
    if (server.exitCode !== null) throw new Error(`vite preview exited (${server.exitCode}): ${output}`);
    try {
      if ((await fetch(url)).ok) {
        log(`vite preview on ${url} (pid ${server.pid})`);
        return server;
      }
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`vite preview did not answer on ${url}: ${output}`);
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
  if (server.exitCode === null) server.kill('SIGKILL');
}

/** Runs `work` under the V8 CPU profiler when a profile directory is set; writes <dir>/<name>.cpuprofile. */
async function profiled<T>(page: Page, name: string | undefined, opts: BrowserBenchOptions, work: () => Promise<T>): Promise<T> {
  if (!opts.profileDir || !name) return work();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await cdp.send('Profiler.stop');
    mkdirSync(opts.profileDir, { recursive: true });
    const file = join(opts.profileDir, `browser-${name}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    opts.log(`  CPU profile: ${file}`);
    await cdp.detach();
  }
}

/** Reloads the page and waits until the view's rows are painted; returns the trace. */
async function measuredLoad(page: Page, target: ViewTarget, opts: BrowserBenchOptions, first: boolean, settleMs = 0): Promise<LoadTrace> {
  if (first) {
    await page.goto('/');
    // First start asks for this office's name before anything else.
    const nav = page.getByRole('navigation', { name: 'Main' });
    const office = page.getByRole('dialog', { name: 'Name this office' });
    await nav.or(office).first().waitFor({ timeout: opts.timeoutMs });
    if (await office.isVisible()) {
      await office.getByRole('textbox', { name: 'Office name' }).fill('Benchmark office');
      await office.getByRole('button', { name: 'Continue' }).click();
    }
  } else await page.reload();
  // A view that is not the plan's default screen is opened as a user would (its time counts).
  await target.open?.(page);
  await page.waitForFunction(() => (window as unknown as BenchWindow).__rbmBench?.ready != null, null, { timeout: opts.timeoutMs, polling: 50 });
  // Long tasks after the paint (the document still loading behind a cached view) are watched this long.
  if (settleMs > 0) await page.waitForTimeout(settleMs);
  return page.evaluate(() => {
    const s = (window as unknown as BenchWindow).__rbmBench!;
    return { ready: s.ready, fcp: s.fcp, longTasks: [...s.longTasks] };
  });
}

export async function runBrowserBench(plan: { data: PlanData; snapshot: Snapshot }, opts: BrowserBenchOptions, figures: FigureSet): Promise<{ browser: string }> {
  const { log } = opts;
  const server = await startServer(opts.root, opts.distDir, opts.port, log);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: opts.chromiumPath, args: CHROMIUM_ARGS, headless: true });
    const version = browser.version();
    log(`Chromium ${version}`);
    for (const viewName of opts.views) {
      const target = VIEW_TARGETS[viewName];
      if (!target) throw new Error(`unknown view target ${viewName}; known: ${Object.keys(VIEW_TARGETS).join(', ')}`);
      const context = await browser.newContext({ baseURL: `http://127.0.0.1:${opts.port}`, viewport: { width: 1366, height: 860 } });
      try {
        await benchView(context, target, viewName, plan, opts, figures);
      } finally {
        await context.close();
      }
    }
    return { browser: `Chromium ${version}` };
  } finally {
    await browser?.close();
    await stopServer(server);
  }
}

async function benchView(context: BrowserContext, target: ViewTarget, key: string, plan: { data: PlanData; snapshot: Snapshot }, opts: BrowserBenchOptions, figures: FigureSet): Promise<void> {
  const { log } = opts;
  const label = target.name.charAt(0).toUpperCase() + target.name.slice(1);
  await context.addInitScript(installLoadProbe, target.itemSelector);
  const page = await context.newPage();
  page.on('pageerror', (e) => log(`  page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') log(`  console error: ${m.text()}`);
  });
  page.setDefaultTimeout(opts.timeoutMs);

  // First start: the app makes its database and opens the sample plan (the typical plan).
  log(`[${key}] first start (the app creates its database and the sample plan)`);
  await measuredLoad(page, target, opts, true);
  await page.waitForSelector('[data-save-state="saved"]');

  const openTimes = async (label: string, profile?: string, count = opts.loads, settleMs = 0): Promise<LoadTrace[]> => {
    const traces: LoadTrace[] = [];
    for (let i = 0; i < count; i++) {
      const trace = await profiled(page, i === count - 1 ? profile : undefined, opts, () => measuredLoad(page, target, opts, false, settleMs));
      traces.push(trace);
      log(`  ${label} load ${i + 1}: rows in DOM ${trace.ready!.dom.toFixed(0)} ms, painted ${trace.ready!.paint.toFixed(0)} ms (${trace.ready!.rows} rows); longest task before paint ${longestBefore(trace).toFixed(0)} ms, in the ${(settleMs / 1000).toFixed(0)} s after ${longestAfter(trace).toFixed(0)} ms`);
    }
    return traces;
  };
  const longestBefore = (t: LoadTrace) => Math.max(0, ...t.longTasks.filter((l) => l.start <= t.ready!.paint).map((l) => l.duration));
  const longestAfter = (t: LoadTrace) => Math.max(0, ...t.longTasks.filter((l) => l.start > t.ready!.paint).map((l) => l.duration));

  const sampleTraces = await openTimes('sample plan');
  const sampleRows = sampleTraces[0]!.ready!.rows;
  figures.add({ key: `browser.${key}.sample.open.median`, name: `${label}: open the sample plan to first paint (${sampleRows} rows painted) (median)`, value: stats(sampleTraces.map((t) => t.ready!.paint)).median, unit: 'ms', n: sampleTraces.length });
  const sampleKeys = await keystrokes(page, target, opts.keystrokes, log);
  figures.add({ key: `browser.${key}.sample.key.median`, name: `${label}: floor: keystroke-to-paint, sample plan (median)`, value: stats(sampleKeys.map((s) => s.toPaint)).median, unit: 'ms', n: sampleKeys.length });
  figures.add({ key: `browser.${key}.sample.key.p95`, name: `${label}: floor: keystroke-to-paint, sample plan (p95)`, value: stats(sampleKeys.map((s) => s.toPaint)).p95, unit: 'ms', n: sampleKeys.length });

  // The large plan, stored as the app stores it (without a view cache), reopened at start.
  log(`[${key}] storing the large plan (${(plan.snapshot.bytes.length / 1024).toFixed(0)} KB) in IndexedDB`);
  const now = new Date().toISOString();
  const p = plan.data.plan;
  await page.evaluate(storePlan, {
    base64: Buffer.from(plan.snapshot.bytes).toString('base64'),
    heads: plan.snapshot.heads,
    now,
    listing: { id: p.id, title: p.title, organisation: p.organisation, periodStart: p.periodStart, periodEnd: p.periodEnd, status: p.status, createdAt: p.createdAt, updatedAt: now, deletedAt: null },
  });

  // The first open has no view cache: the document (loaded in the worker) gives the view, and the app writes the cache.
  const [uncached] = await openTimes('large plan, first open (no view cache)', undefined, 1, 6000);
  figures.add({ key: `browser.${key}.open.uncached`, name: `${label}: open the large plan the first time (no view cache yet) to first paint`, value: uncached!.ready!.paint, unit: 'ms', n: 1 });
  figures.add({ key: `browser.${key}.open.uncached.longest`, name: `${label}: first open (no view cache): longest task, window frozen`, value: Math.max(longestBefore(uncached!), longestAfter(uncached!)), unit: 'ms', n: 1 });
  const cacheMs = await waitForViewCache(page, p.id, plan.snapshot.heads, opts.timeoutMs);
  log(`  view cache of the stored heads written ${cacheMs.toFixed(0)} ms after the first open's paint was measured`);

  // Every later open: painted from the view cache, the document loading behind it in the worker (watched 6 s after the paint).
  const traces = await openTimes('large plan', `${key}-open`, opts.loads, 6000);
  const last = traces[traces.length - 1]!;
  const paints = traces.map((t) => t.ready!.paint);
  figures.add({
    key: `browser.${key}.open.median`,
    name: `${label}: open the large plan from IndexedDB to first paint (median)`,
    value: stats(paints).median,
    unit: 'ms',
    n: paints.length,
    floor: `browser.${key}.floor.json.parse`,
    target: 1500,
    note: `each load: ${paints.map((v) => v.toFixed(0)).join(', ')} ms; rows ${last.ready!.rows}; painted from the view cache (first open without one: ${uncached!.ready!.paint.toFixed(0)} ms)`,
  });
  figures.add({ key: `browser.${key}.open.dom.median`, name: `${label}: open the large plan: rows in the DOM (median)`, value: stats(traces.map((t) => t.ready!.dom)).median, unit: 'ms', n: traces.length });
  const fcps = traces.map((t) => t.fcp).filter((v): v is number => v !== null);
  if (fcps.length > 0) figures.add({ key: `browser.${key}.open.fcp.median`, name: `${label}: open the large plan: first contentful paint (app shell)`, value: stats(fcps).median, unit: 'ms', n: fcps.length });
  const blocking = (t: LoadTrace) => t.longTasks.filter((l) => l.start <= t.ready!.paint).reduce((sum, l) => sum + l.duration, 0);
  figures.add({ key: `browser.${key}.open.longtasks`, name: `${label}: open the large plan: main thread in long tasks before paint (median)`, value: stats(traces.map(blocking)).median, unit: 'ms' });
  figures.add({ key: `browser.${key}.open.longest`, name: `${label}: open the large plan: longest task, window frozen (median)`, value: stats(traces.map(longestBefore)).median, unit: 'ms' });
  figures.add({ key: `browser.${key}.open.longest.after`, name: `${label}: open the large plan: longest task in the 6 s after the paint, while the document loads (median)`, value: stats(traces.map(longestAfter)).median, unit: 'ms' });

  // Memory and DOM size after the load.
  const cdp = await context.newCDPSession(page);
  const dom = await page.evaluate(() => ({
    nodes: document.getElementsByTagName('*').length,
    heap: (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null,
  }));
  const before = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('HeapProfiler.collectGarbage');
  const after = await cdp.send('Runtime.getHeapUsage');
  figures.add({ key: `browser.${key}.dom.nodes`, name: `${label}: DOM elements with the large plan open`, value: dom.nodes, unit: 'count' });
  figures.add({ key: `browser.${key}.heap.afterLoad`, name: `${label}: JS heap after load (Runtime.getHeapUsage)`, value: before.usedSize / 2 ** 20, unit: 'MB' });
  figures.add({ key: `browser.${key}.heap.afterGc`, name: `${label}: JS heap after load and a full GC`, value: after.usedSize / 2 ** 20, unit: 'MB' });
  if (dom.heap !== null) figures.add({ key: `browser.${key}.heap.performanceMemory`, name: `${label}: JS heap after load (performance.memory, coarse)`, value: dom.heap / 2 ** 20, unit: 'MB' });
  await cdp.detach();

  const keys = await profiled(page, `${key}-keys`, opts, () => keystrokes(page, target, opts.keystrokes, log));
  const renderer = await rendererMemory(context);
  if (renderer) {
    figures.add({ key: `browser.${key}.renderer.rss`, name: `${label}: renderer process resident memory after load and keys`, value: renderer.rss, unit: 'MB' });
    figures.add({ key: `browser.${key}.renderer.peak`, name: `${label}: renderer process peak resident memory (VmHWM)`, value: renderer.peak, unit: 'MB' });
  }
  const s = stats(keys.map((k) => k.toPaint));
  figures.add({ key: `browser.${key}.key.median`, name: `${label}: keystroke-to-paint, large plan (median)`, value: s.median, unit: 'ms', n: s.n, floor: `browser.${key}.sample.key.median` });
  figures.add({ key: `browser.${key}.key.p95`, name: `${label}: keystroke-to-paint, large plan (p95)`, value: s.p95, unit: 'ms', n: s.n, floor: `browser.${key}.sample.key.p95`, target: 50 });
  figures.add({ key: `browser.${key}.key.frame.median`, name: `${label}: keystroke to the next frame, before its paint (median)`, value: stats(keys.map((k) => k.toFrame)).median, unit: 'ms', n: keys.length });

  // Floor in the same browser, in a page of its own (so it does not count in the app's
  // memory): JSON.parse of the same plan data as plain objects.
  log(`[${key}] floor: JSON.parse of the plan data in a blank page`);
  const blank = await context.newPage();
  await blank.evaluate((json) => ((window as unknown as BenchWindow).__rbmJson = json), JSON.stringify(plan.data));
  const parseTimes = await blank.evaluate((reps) => {
    const json = (window as unknown as BenchWindow).__rbmJson!;
    const out: number[] = [];
    for (let i = 0; i < reps; i++) {
      const t0 = performance.now();
      JSON.parse(json);
      out.push(performance.now() - t0);
    }
    return out;
  }, 5);
  await blank.close();
  figures.add({ key: `browser.${key}.floor.json.parse`, name: `${label}: floor: JSON.parse of the plan data in Chromium (median)`, value: stats(parseTimes).median, unit: 'ms', n: parseTimes.length });
}

/**
 * Resident and peak memory of the largest renderer process (the app's page), read from
 * /proc with the pids Chromium reports. Covers what the JS heap figure does not: the
 * DOM, layout, and Automerge's wasm memory. Null where /proc is not there.
 */
async function rendererMemory(context: BrowserContext): Promise<{ rss: number; peak: number } | null> {
  const browser = context.browser();
  if (!browser || !existsSync('/proc/self/status')) return null;
  const cdp = await browser.newBrowserCDPSession();
  try {
    const info = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
    let best: { rss: number; peak: number } | null = null;
    for (const p of info.processInfo.filter((x) => x.type === 'renderer')) {
      try {
        const status = readFileSync(`/proc/${p.id}/status`, 'utf8');
        const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
        const m = { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
        if (!best || m.rss > best.rss) best = m;
      } catch {
        // the process is gone
      }
    }
    return best;
  } finally {
    await cdp.detach();
  }
}

/**
 * Focuses the view and presses ArrowDown until `count` keys have moved the selection
 * (the restart key brings it back to the top when a short list ends; keys that met the
 * end are not counted).
 */
async function keystrokes(page: Page, target: ViewTarget, count: number, log: (l: string) => void): Promise<KeySample[]> {
  await page.evaluate(installKeyProbe, { selectedSelector: target.selectedSelector, idAttribute: target.idAttribute });
  if (target.focusSelector) await page.locator(target.focusSelector).first().focus();
  else if ((await page.locator(target.selectedSelector).count()) > 0) await page.locator(target.selectedSelector).first().focus();
  else await page.locator(target.itemSelector).first().click();
  const samples: KeySample[] = [];
  let restart = false;
  let ends = 0;
  for (let presses = 0; samples.length < count && presses < 2 * count + 10; presses++) {
    await page.keyboard.press(restart ? target.restartKey : 'ArrowDown');
    const sample = await page.evaluate(() => (window as unknown as BenchWindow).__rbmKeys!.pending!);
    restart = !sample.moved;
    if (sample.moved) samples.push(sample);
    else ends++;
  }
  if (samples.length < count) throw new Error(`only ${samples.length} of ${count} keys moved the selection in the ${target.name}`);
  const s = stats(samples.map((k) => k.toPaint));
  log(`  ${count} keys: median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms${ends ? ` (${ends} presses at the end of the list not counted)` : ''}`);
  return samples;
}
