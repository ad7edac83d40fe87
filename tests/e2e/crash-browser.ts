/**
 * Debian's Chromium as a child process of the test, on a persistent profile, so the test can
 * kill it the hard way (SIGKILL to its whole process group: no unload, no flush, no goodbye)
 * and start it again on the same profile. Playwright connects to it over CDP.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';

export interface RunningBrowser {
  readonly pid: number;
  readonly browser: Browser;
  readonly page: Page;
  readonly child: ChildProcess;
}

const until = async (what: string, ms: number, check: () => Promise<boolean>): Promise<void> => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

/** Starts Chromium on `profile` (a user-data folder) with `url` in its tab, and connects to that tab. */
export async function startBrowser(profile: string, url: string): Promise<RunningBrowser> {
  // A killed browser leaves its port file behind: the new one must write its own.
  const portFile = join(profile, 'DevToolsActivePort');
  await rm(portFile, { force: true });
  const child = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', '--remote-debugging-address=127.0.0.1', '--window-size=1366,860', url],
    // Its own process group (detached), so one kill reaches the browser and all its helpers.
    { detached: true, stdio: 'ignore' },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${CHROMIUM_PATH}`);
  let exited: string | null = null;
  child.once('exit', (code, signal) => (exited = `exited (code ${code}, signal ${signal})`));
  child.once('error', (e) => (exited = `failed: ${e.message}`));
  try {
    let endpoint = '';
    await until('DevToolsActivePort', 30_000, async () => {
      if (exited) throw new Error(`Chromium ${exited} before it listened`);
      const text = await readFile(portFile, 'utf8').catch(() => '');
      const [port, path] = text.split('\n');
      if (!port || !path) return false;
      endpoint = `ws://127.0.0.1:${port.trim()}${path.trim()}`;
      return true;
    });
    const browser = await chromium.connectOverCDP(endpoint);
    const context = browser.contexts()[0];
    if (!context) throw new Error('Chromium has no default context');
    // No step may wait forever (the default for a connected browser): a stuck one fails the cycle.
    context.setDefaultTimeout(15_000);
    const page = context.pages()[0] ?? (await context.newPage());
    return { pid, browser, page, child };
  } catch (e) {
    await killBrowser(pid);
    throw e;
  }
}

/** Pids of live (not zombie) processes in process group `pgid`. */
async function liveInGroup(pgid: number): Promise<number[]> {
  const out: number[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    // pid (comm) state ppid pgrp ...: comm may hold spaces and parentheses, so split after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields[0] && fields[0] !== 'Z' && Number(fields[2]) === pgid) out.push(Number(name));
  }
  return out;
}

/** kill -9 of the browser's whole process group; resolves once none of it runs any more. */
export async function killBrowser(pid: number): Promise<void> {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
  await until(`Chromium's process group ${pid} to die`, 10_000, async () => {
    const left = await liveInGroup(pid);
    for (const p of left) {
      try {
        process.kill(p, 'SIGKILL');
      } catch {
        // Gone meanwhile.
      }
    }
    return left.length === 0;
  });
}
