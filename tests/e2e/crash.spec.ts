/**
 * Promise 1 of issue 7: what the app shows as saved survives a crash.
 *
 * The test starts Debian's Chromium itself, on a persistent profile, and builds a results
 * chain in bursts of distinct, numbered statements. While editing it reads, at random
 * moments, the save status together with the statements on screen: when the header says
 * saved, every statement shown then is claimed saved. At a random moment it kills the
 * browser's whole process group with SIGKILL, restarts Chromium on the same profile, opens
 * the plan and checks that it opens, that every claimed statement is there exactly once,
 * that the tree is valid (numbering continuous, levels following depth), and that what
 * was stored is exactly the plan as it stood after one of the edits (saves keep order, so
 * nothing is half-applied, reordered or duplicated). Twenty kills in one run, at moments of
 * five kinds: while typing a statement, right after committing one, while the save is being
 * written, right after the header said saved, and at a random time into the burst.
 *
 * The seed of the random choices is printed; CRASH_SEED=<seed> replays a run's choices
 * (timing still varies), and CRASH_CYCLES=<n> runs fewer kills while debugging.
 *
 * Shown as saved means: the header's save status (data-save-state) reads saved in the same
 * task of the page as the statement is read from the tree. A statement still in the tree's
 * editor is not shown as saved. Proved able to fail: with the saver reporting saved just
 * before its write, or not awaiting the write, a run fails within a few kills.
 */
import { randomInt } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { killBrowser, startBrowser, type RunningBrowser } from './crash-browser';
import { describe, duplicates, EditLog, prng, stateOf, treeProblems, type ShownRow } from './crash-model';
import { createPlan, row } from './helpers';

const CYCLES = Number(process.env.CRASH_CYCLES ?? 20);
const MODES = ['typing', 'committed', 'saving', 'saved', 'random'] as const;
type Mode = (typeof MODES)[number];
type Kind = 'sibling' | 'child' | 'up';

const WORDS = ['inspect', 'ratify', 'profile', 'train', 'survey', 'remit', 'recruit', 'protect', 'monitor', 'report', 'fund', 'advise', 'draft', 'review'];
const GOAL = 'Migrant workers are protected, crash after crash';

// What this run started, so the hooks can clean up even after a timeout.
let running: RunningBrowser | null = null;
let profile: string | null = null;

test.afterAll(async () => {
  if (running) await killBrowser(running.pid);
  running = null;
  if (profile) await rm(profile, { recursive: true, force: true });
  profile = null;
});

interface Reading {
  readonly state: string | null;
  readonly rows: (ShownRow & { readonly editing: boolean })[];
}

/**
 * The save status and the results tree, read in one go (in one task of the page): at once
 * (`now`), or the moment the status turns to saving or saved (`started`) or to saved
 * (`saved`) after an edit made it unsaved. The page watches its own status for the last
 * two (a MutationObserver, no polling), so the test learns of it, and can kill, within
 * one message.
 */
function observe(page: Page, until: 'now' | 'started' | 'saved'): Promise<Reading> {
  return page.evaluate(
    (until) =>
      new Promise<Reading>((resolve, reject) => {
        const status = document.querySelector('[data-save-state]');
        if (!status) return reject(new Error('no save status on the page'));
        const read = (): Reading => ({
          state: status.getAttribute('data-save-state'),
          rows: [...document.querySelectorAll('[role="treeitem"]')].map((el) => {
            const statement = el.querySelector(':scope > .tree-statement');
            return {
              depth: Number(el.getAttribute('aria-level')),
              number: el.querySelector(':scope > .tree-number')?.textContent ?? '',
              level: el.getAttribute('data-level') ?? '',
              statement: statement && !statement.classList.contains('placeholder') ? (statement.textContent ?? '') : '',
              editing: el.querySelector(':scope > .tree-editor') !== null,
            };
          }),
        });
        if (until === 'now') return resolve(read());
        let edited = false;
        const timer = setTimeout(() => reject(new Error(`the save status never turned ${until} after an edit`)), 10_000);
        const check = () => {
          const state = status.getAttribute('data-save-state');
          if (state === 'unsaved') edited = true;
          if (!edited || !(state === 'saved' || (until === 'started' && state === 'saving'))) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(read());
        };
        const observer = new MutationObserver(check);
        observer.observe(status, { attributes: true, attributeFilter: ['data-save-state'] });
        check();
      }),
    until,
  );
}

const readTree = (page: Page) => observe(page, 'now');

function waitSaved(page: Page): Promise<unknown> {
  return page.waitForFunction(() => document.querySelector('[data-save-state]')?.getAttribute('data-save-state') === 'saved');
}

/**
 * Waits for the app in a freshly started browser and opens the crash plan in it; returns the tree
 * once the plan is open and its status says saved. On the very first start the app asks
 * for the office's name and opens the sample plan.
 */
async function openPlan(page: Page, title: string | null): Promise<Reading> {
  // The browser was started on the app's address: no navigation here.
  const nav = page.getByRole('navigation', { name: 'Main' });
  const office = page.getByRole('dialog', { name: 'Name this office' });
  // A start after a crash on a busy machine can take a while: generous limits while opening.
  await expect(nav.or(office)).toBeVisible({ timeout: 30_000 });
  if (await office.isVisible()) {
    await office.getByRole('textbox', { name: 'Office name' }).fill('Headquarters');
    await office.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(nav).toBeVisible();
  if (title === null) return { state: null, rows: [] };
  // The app reopens the plan last open; a kill before it noted which leaves it in the library.
  const tree = page.getByRole('tree');
  const inLibrary = page.getByRole('button', { name: `Open ${title}`, exact: true });
  const failed = page.locator('.plan-error');
  await expect(tree.or(inLibrary).or(failed).first()).toBeVisible({ timeout: 30_000 });
  if (await failed.isVisible()) throw new Error(`the plan does not open after the crash: ${await failed.innerText()}`);
  if (await inLibrary.isVisible()) await inLibrary.click();
  await expect(tree.or(failed).first()).toBeVisible({ timeout: 30_000 });
  if (await failed.isVisible()) throw new Error(`the plan does not open after the crash: ${await failed.innerText()}`);
  await expect(page.locator('.app-header-plan')).toHaveText(title);
  await waitSaved(page);
  const reading = await readTree(page);
  expect(reading.state, 'a plan just opened, with no edit, is saved').toBe('saved');
  return reading;
}

function statementFor(cycle: number, edit: number, rnd: () => number): string {
  const words = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => WORDS[Math.floor(rnd() * WORDS.length)]!);
  return `K${String(cycle).padStart(2, '0')}.${String(edit).padStart(2, '0')} ${words.join(' ')}`;
}

/** Where the next row goes, relative to the last one: beside it, under it, or beside its parent (never a second goal). */
function chooseKind(depth: number, rnd: () => number): Kind {
  const r = rnd();
  if (depth === 1) return 'child';
  if (depth < 4 && r < 0.25) return 'child';
  if (depth >= 3 && r > 0.85) return 'up';
  return 'sibling';
}

const depthAfter = (depth: number, kind: Kind) => (kind === 'child' ? depth + 1 : kind === 'up' ? depth - 1 : depth);

/** Keys that add the next row when the last row (not its editor) has the focus. */
async function addFromRow(page: Page, kind: Kind, depth: number): Promise<void> {
  if (kind === 'child') await page.keyboard.press('Control+Shift+Enter');
  else {
    if (kind === 'up') {
      await page.keyboard.press('ArrowLeft');
      // The tree moves the focus to the parent (the last row one level up) in the next
      // animation frame: wait for that frame, or the move could take the focus from the
      // editor the next key opens (and leaving the editor closes it).
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      await expect(page.locator(`[role="treeitem"][aria-level="${depth - 1}"]`).last()).toBeFocused();
    }
    await page.keyboard.press('Control+Enter');
  }
}

interface Cycle {
  readonly log: EditLog;
  readonly claimed: ReadonlySet<string>;
  readonly moment: string;
}

/** One burst of edits ended by kill -9 at a moment chosen by `mode` and the PRNG. */
async function burst(run: RunningBrowser, cycle: number, mode: Mode, rnd: () => number, start: readonly ShownRow[]): Promise<Cycle> {
  const page = run.page;
  const log = new EditLog(stateOf(start));
  const claimed = new Set<string>();
  let killing: Promise<void> | null = null;
  const kill = () => (killing ??= killBrowser(run.pid));
  const timers: ReturnType<typeof setTimeout>[] = [];
  const killAfter = (ms: number) => timers.push(setTimeout(() => void kill(), ms));
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const claim = (reading: Reading) => {
    if (reading.state === 'saved') for (const r of reading.rows) if (r.statement !== '' && !r.editing) claimed.add(r.statement);
  };
  const killEdit = 1 + Math.floor(rnd() * 6);
  let moment = `${mode} at edit ${killEdit}`;
  if (mode === 'random') {
    const ms = 200 + Math.floor(rnd() * 3000);
    moment = `random, ${ms} ms into the burst`;
    killAfter(ms);
  }
  const editor = page.locator('.tree-editor');
  try {
    const last = start[start.length - 1]!;
    let depth = last.depth;
    let kind = chooseKind(depth, rnd);
    await row(page, last.number).click();
    log.add(depthAfter(depth, kind));
    await addFromRow(page, kind, depth);
    depth = depthAfter(depth, kind);
    for (let edit = 1; edit <= 40; edit++) {
      const text = statementFor(cycle, edit, rnd);
      await expect(editor).toBeFocused();
      await expect(editor).toHaveValue('');
      if (mode === 'typing' && edit === killEdit) {
        const cut = 1 + Math.floor(rnd() * (text.length - 1));
        const ms = Math.floor(rnd() * 40);
        moment = `typing edit ${edit}, ${ms} ms after its first ${cut} characters`;
        await editor.pressSequentially(text.slice(0, cut));
        killAfter(ms);
        await editor.pressSequentially(text.slice(cut));
        break;
      }
      await editor.pressSequentially(text);
      kind = chooseKind(depth, rnd);
      const last = edit === killEdit && mode !== 'random';
      const seen = last && (mode === 'saving' || mode === 'saved') ? observe(page, mode === 'saving' ? 'started' : 'saved') : null;
      seen?.catch(() => undefined);
      log.name(text);
      if (kind === 'sibling') {
        // Ctrl+Enter in the editor commits the statement and adds the next row at once.
        log.add(depthAfter(depth, kind));
        await editor.press('Control+Enter');
      } else {
        await editor.press('Enter');
        log.add(depthAfter(depth, kind));
        await addFromRow(page, kind, depth);
      }
      depth = depthAfter(depth, kind);
      let slower = '';
      if (seen) {
        // A slower machine (the page's CPU throttled) makes every step of the save now due
        // take longer, so a status running ahead of the database is caught more often. Set
        // after the keys: a new DevTools session may blur the page, which commits an editor.
        const rate = [1, 2, 4, 6][Math.floor(rnd() * 4)]!;
        if (rate > 1) {
          await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
          slower = `, CPU ${rate}x slower`;
        }
      }
      if (last && mode === 'committed') {
        const ms = Math.floor(rnd() * 400);
        moment = `${ms} ms after committing edit ${edit} (${kind})`;
        await sleep(ms);
        break;
      }
      if (seen && mode === 'saving') {
        const ms = Math.floor(rnd() * 10);
        moment = `${ms} ms after the status said saving, edit ${edit}${slower}`;
        claim(await seen);
        if (ms > 0) await sleep(ms);
        break;
      }
      if (seen) {
        moment = `the moment the status said saved, edit ${edit}${slower}`;
        claim(await seen);
        break;
      }
      await expect(page.getByRole('tree').getByText(text, { exact: true })).toBeVisible();
      // Now and then a pause until the header says saved, and now and then a glance at it.
      const r = rnd();
      if (r < 0.3) await waitSaved(page);
      if (r < 0.65) claim(await readTree(page));
    }
    await kill();
  } catch (e) {
    // A kill cuts off whatever the test was doing in the page; anything else is a failure.
    if (!killing) {
      console.log(`cycle ${cycle} failed before its kill (${moment}), after ${log.operations} edit operations`);
      throw e;
    }
  } finally {
    timers.forEach(clearTimeout);
  }
  await kill();
  return { log, claimed, moment };
}

test(`what the app shows as saved survives kill -9 of the browser, ${CYCLES} times`, async ({ baseURL }) => {
  // About 2 to 4 minutes on the shared 2-core machine; the limit leaves room for a busy one.
  test.setTimeout(360_000);
  const seed = process.env.CRASH_SEED ? Number(process.env.CRASH_SEED) : randomInt(2 ** 31);
  console.log(`crash.spec seed ${seed} (replay with CRASH_SEED=${seed})`);
  test.info().annotations.push({ type: 'seed', description: String(seed) });
  const rnd = prng(seed);
  const url = baseURL ?? 'http://127.0.0.1:4173';
  const title = `Crash test ${seed}`;
  profile = await mkdtemp(join(tmpdir(), 'rbm-crash-'));

  // First start: name the office, make the plan with its goal, and wait until it is saved.
  running = await startBrowser(profile, `${url}/`);
  await openPlan(running.page, null);
  await createPlan(running.page, title);
  await running.page.getByRole('button', { name: 'Add goal' }).first().click();
  await running.page.locator('.tree-editor').fill(GOAL);
  await running.page.keyboard.press('Enter');
  await expect(row(running.page, '1')).toContainText(GOAL);
  await waitSaved(running.page);
  let rows = (await readTree(running.page)).rows;

  const modes: Mode[] = Array.from({ length: CYCLES }, (_, i) => MODES[i % MODES.length]!);
  for (let i = modes.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [modes[i], modes[j]] = [modes[j]!, modes[i]!];
  }

  let claimedTotal = 0;
  for (let cycle = 1; cycle <= CYCLES; cycle++) {
    const began = Date.now();
    const { log, claimed, moment } = await burst(running, cycle, modes[cycle - 1]!, rnd, rows);
    const killedAt = Date.now();
    running = await startBrowser(profile, `${url}/`);
    const reopened = await openPlan(running.page, title);
    const times = `burst ${((killedAt - began) / 1000).toFixed(1)} s, restart ${((Date.now() - killedAt) / 1000).toFixed(1)} s`;
    rows = reopened.rows;
    const found = stateOf(rows);
    const at = log.indexOf(found);
    const where = `seed ${seed}, cycle ${cycle}, killed ${moment}`;
    const ours = [...claimed].filter((s) => s.startsWith(`K${String(cycle).padStart(2, '0')}.`)).length;
    console.log(`cycle ${String(cycle).padStart(2)}: killed ${moment}; ${claimed.size} statements claimed saved (${ours} of this burst); stored: ${at} of ${log.operations} edit operations; ${rows.length} rows; ${times}`);
    expect(treeProblems(rows), `the tree after the crash is valid (${where})`).toEqual([]);
    expect(duplicates(rows), `no statement twice after the crash (${where})`).toEqual([]);
    const shown = new Set(rows.map((r) => r.statement));
    expect([...claimed].filter((s) => !shown.has(s)), `every statement shown as saved is there after the crash (${where})`).toEqual([]);
    expect(at, `the stored plan is the plan after one of the edits (${where})\nfound:\n${describe(found)}\nlast edited:\n${describe(log.current)}`).toBeGreaterThanOrEqual(0);
    claimedTotal += claimed.size;
  }
  console.log(`${CYCLES} kills; ${claimedTotal} claims checked; the plan ends with ${rows.length} rows`);
  await killBrowser(running.pid);
  running = null;
});
