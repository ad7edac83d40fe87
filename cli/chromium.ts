/**
 * PDF through a headless Chromium: the print HTML is written to a private temporary
 * folder and printed with --print-to-pdf. The browser is looked for in RBM_CHROMIUM,
 * then on the PATH (so a test can hide it by giving an empty PATH).
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Translate } from '../shared/i18n';
import { CliError } from './errors';

export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] as const;
const TIMEOUT_MS = 120_000;

async function isExecutableFile(path: string): Promise<boolean> {
  try {
    if (!(await stat(path)).isFile()) return false;
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface ChromiumLookup {
  readonly path: string | null;
  /** RBM_CHROMIUM when it was set but is not an executable file. */
  readonly badEnvPath: string | null;
}

/** Finds a Chromium: RBM_CHROMIUM if it is an executable file, else the first of CHROMIUM_NAMES on the PATH. */
export async function findChromium(env: NodeJS.ProcessEnv): Promise<ChromiumLookup> {
  const fromEnv = env.RBM_CHROMIUM?.trim();
  let badEnvPath: string | null = null;
  if (fromEnv) {
    if (await isExecutableFile(fromEnv)) return { path: fromEnv, badEnvPath: null };
    badEnvPath = fromEnv;
  }
  const dirs = (env.PATH ?? '').split(delimiter).filter((d) => d !== '');
  for (const name of CHROMIUM_NAMES) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (await isExecutableFile(candidate)) return { path: candidate, badEnvPath };
    }
  }
  return { path: null, badEnvPath };
}

function runChromium(executable: string, args: readonly string[]): Promise<{ code: number | null; stderr: string; timedOut: boolean }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let timedOut = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 20_000) stderr += chunk;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stderr, timedOut });
    });
  });
}

/** Prints the HTML to PDF with the Chromium found; returns the PDF's bytes. */
export async function htmlToPdf(html: string, env: NodeJS.ProcessEnv, t: Translate): Promise<Uint8Array> {
  const found = await findChromium(env);
  if (found.path === null) {
    throw new CliError('cli.errors.noChromium', { tried: found.badEnvPath === null ? '' : t('cli.errors.rbmChromiumMissing', { path: found.badEnvPath }) });
  }
  const work = await mkdtemp(join(tmpdir(), 'rbm-pdf-'));
  try {
    const page = join(work, 'plan.html');
    const pdf = join(work, 'plan.pdf');
    await writeFile(page, html, 'utf8');
    const args = [
      '--headless',
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-extensions',
      '--disable-dev-shm-usage',
      `--user-data-dir=${join(work, 'profile')}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${pdf}`,
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      pathToFileURL(page).href,
    ];
    let run: Awaited<ReturnType<typeof runChromium>>;
    try {
      run = await runChromium(found.path, args);
    } catch (e) {
      throw new CliError('cli.errors.chromiumFailed', { code: '-', detail: e instanceof Error ? e.message : String(e) });
    }
    if (run.timedOut) throw new CliError('cli.errors.chromiumTimeout', { seconds: TIMEOUT_MS / 1000 });
    let bytes: Uint8Array | null = null;
    try {
      bytes = new Uint8Array(await readFile(pdf));
    } catch {
      bytes = null;
    }
    if (run.code !== 0 || bytes === null || bytes.length < 5 || new TextDecoder().decode(bytes.subarray(0, 5)) !== '%PDF-') {
      const detail = run.stderr.split('\n').filter((l) => l.trim() !== '').slice(-3).join(' ').slice(0, 500);
      throw new CliError('cli.errors.chromiumFailed', { code: run.code ?? '-', detail });
    }
    return bytes;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
