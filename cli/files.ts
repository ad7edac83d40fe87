/**
 * Files of the CLI: a plan file read with its size checked before its bytes, and outputs
 * written atomically (a temporary file next to the target, flushed, then renamed over
 * it), so an existing file is either the old one or the new one, never half of each.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { Translate } from '../shared/i18n';
import { MAX_PLAN_FILE_BYTES, PlanFileError } from '../shared/plan-file';
import { CliError } from './errors';

const reason = (e: unknown) => (e instanceof Error && 'code' in e ? String((e as NodeJS.ErrnoException).code) : e instanceof Error ? e.message : String(e));

/** The bytes of a plan file; refuses what is missing, a folder, or over the size limit. */
export async function readInputFile(path: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new CliError('cli.errors.notAFile', { path });
    size = info.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new CliError('cli.errors.fileNotFound', { path });
    throw new CliError('cli.errors.cannotRead', { path, reason: reason(e) });
  }
  if (size > MAX_PLAN_FILE_BYTES) throw new PlanFileError('tooLarge', { size, max: MAX_PLAN_FILE_BYTES });
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    throw new CliError('cli.errors.cannotRead', { path, reason: reason(e) });
  }
}

/** Checks that `out` can be written (its folder exists, it is not a folder, not the input). */
export async function checkOutput(out: string, input: string | null): Promise<void> {
  if (input !== null && resolve(out) === resolve(input)) throw new CliError('cli.errors.outIsInput', { path: out });
  const dir = dirname(resolve(out));
  try {
    if (!(await stat(dir)).isDirectory()) throw new CliError('cli.errors.outDirMissing', { path: out, dir });
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError('cli.errors.outDirMissing', { path: out, dir });
  }
  try {
    if ((await stat(out)).isDirectory()) throw new CliError('cli.errors.outIsFolder', { path: out });
  } catch (e) {
    if (e instanceof CliError) throw e;
  }
}

/** Writes the bytes to `out` atomically: temporary file in the same folder, fsync, rename. */
export async function writeAtomically(out: string, bytes: Uint8Array): Promise<void> {
  await checkOutput(out, null);
  const temp = resolve(dirname(resolve(out)), `.${basename(out)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, out);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw new CliError('cli.errors.cannotWrite', { path: out, reason: reason(e) });
  }
}

/** A size for people: 12.3 KB. */
export function humanSize(bytes: number, t: Translate): string {
  if (bytes < 1024) return t('cli.size.bytes', { count: bytes });
  if (bytes < 1024 * 1024) return t('cli.size.kb', { size: (bytes / 1024).toFixed(1) });
  return t('cli.size.mb', { size: (bytes / 1024 / 1024).toFixed(1) });
}
