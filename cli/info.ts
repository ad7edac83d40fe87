/**
 * `rbm info <file.rbmplan> [--json]`: what a plan file is (plan, kind, office, heads,
 * counts, size, format) and whether it is whole. A file whose envelope can be read but
 * whose plan data is damaged is still described, with the problem, and exit code 1.
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from '../shared/dates';
import type { Translate } from '../shared/i18n';
import { PlanFileError, fromBase64, parsePlanFileEnvelope, readAnyPlanFile, type PlanFileEnvelope } from '../shared/plan-file';
import { parseArgs } from './args';
import { CliError, EXIT, usageError } from './errors';
import { humanSize, readInputFile } from './files';

const SPEC = { json: 'flag', help: 'flag' } as const;
const COMMAND = 'info';

export interface InfoRequest {
  readonly input: string;
  readonly json: boolean;
}

export function parseInfoArgs(args: readonly string[]): InfoRequest | 'help' {
  const parsed = parseArgs(args, SPEC, COMMAND);
  if (parsed.options.help === true) return 'help';
  const [input, extra] = parsed.positionals;
  if (input === undefined) throw usageError('cli.errors.missingFile', {}, COMMAND);
  if (extra !== undefined) throw usageError('cli.errors.extraArgument', { argument: extra }, COMMAND);
  return { input, json: parsed.options.json === true };
}

/** What `rbm info --json` prints (one JSON object). */
export interface PlanFileInfo {
  readonly file: string;
  readonly valid: boolean;
  /** Why the file cannot be used (null when valid). */
  readonly problem: { readonly code: string; readonly message: string } | null;
  readonly format: string;
  readonly formatVersion: number;
  readonly planId: string;
  readonly title: string;
  readonly kind: PlanFileEnvelope['kind'];
  readonly from: { readonly office: string; readonly actorId: string };
  readonly createdAt: string;
  readonly heads: readonly string[];
  readonly baseHeads?: readonly string[];
  readonly counts: Readonly<Record<string, number>>;
  /** Bytes of the file, and of the plan data it carries. */
  readonly size: number;
  readonly payloadSize: number | null;
  readonly sha256: string;
  /** "ok" the plan data matches the checksum, "mismatch" it does not, "unreadable" it is not base64. */
  readonly checksum: 'ok' | 'mismatch' | 'unreadable';
}

const CHECKSUM_CODES: Readonly<Record<string, PlanFileInfo['checksum']>> = { checksumMismatch: 'mismatch', badPayload: 'unreadable' };

/** Reads and describes the file; a file that is not a plan file at all is an error (CliError). */
export async function describePlanFile(path: string, clock: Clock, t: Translate): Promise<PlanFileInfo> {
  let bytes: Uint8Array;
  let envelope: PlanFileEnvelope;
  try {
    bytes = await readInputFile(path);
    envelope = parsePlanFileEnvelope(bytes);
  } catch (e) {
    if (e instanceof PlanFileError) throw new CliError('cli.errors.readPlan', { path, message: t(e.key, e.params) });
    throw e;
  }
  let problem: PlanFileInfo['problem'] = null;
  try {
    await readAnyPlanFile(bytes, { actor: randomBytes(16).toString('hex'), office: t('cli.defaultOffice'), clock });
  } catch (e) {
    if (!(e instanceof PlanFileError)) throw e;
    problem = { code: e.code, message: t(e.key, e.params) };
  }
  const payload = fromBase64(envelope.payload);
  return {
    file: path,
    valid: problem === null,
    problem,
    format: envelope.format,
    formatVersion: envelope.formatVersion,
    planId: envelope.planId,
    title: envelope.title,
    kind: envelope.kind,
    from: { office: envelope.from.office, actorId: envelope.from.actorId },
    createdAt: envelope.createdAt,
    heads: envelope.heads,
    ...(envelope.baseHeads === undefined ? {} : { baseHeads: envelope.baseHeads }),
    counts: envelope.counts,
    size: bytes.length,
    payloadSize: payload === null ? null : payload.length,
    sha256: envelope.sha256,
    checksum: problem === null ? 'ok' : (CHECKSUM_CODES[problem.code] ?? 'ok'),
  };
}

/** The description for a person: one labelled line per fact, heads one per line. */
export function formatInfo(info: PlanFileInfo, t: Translate): string {
  const line = (label: string, value: string) => `  ${t(`cli.info.labels.${label}`).padEnd(14)}${value}`;
  const list = (label: string, hashes: readonly string[]) => [line(label, t('cli.info.headCount', { count: hashes.length })), ...hashes.map((h) => `  ${' '.repeat(14)}${h}`)];
  const counts = Object.entries(info.counts)
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');
  return [
    t('cli.info.heading', { path: info.file }),
    line('title', info.title),
    line('planId', info.planId),
    line('kind', t(`cli.info.kinds.${info.kind}`)),
    line('from', t('cli.info.from', { office: info.from.office || t('cli.info.noOffice'), actor: info.from.actorId })),
    line('createdAt', info.createdAt),
    line('format', t('cli.info.format', { format: info.format, version: info.formatVersion })),
    ...list('heads', info.heads),
    ...(info.baseHeads === undefined ? [] : list('baseHeads', info.baseHeads)),
    line('counts', counts === '' ? '-' : counts),
    line('size', info.payloadSize === null ? humanSize(info.size, t) : t('cli.info.size', { size: humanSize(info.size, t), payload: humanSize(info.payloadSize, t) })),
    line('checksum', t(`cli.info.checksum.${info.checksum}`, { sha256: info.sha256 })),
    line('status', info.problem === null ? t(`cli.info.valid.${info.kind}`) : t('cli.info.invalid', { message: info.problem.message })),
  ].join('\n');
}

export async function runInfo(request: InfoRequest, context: { clock: Clock; t: Translate; print: (line: string) => void }): Promise<number> {
  const info = await describePlanFile(request.input, context.clock, context.t);
  context.print(request.json ? JSON.stringify(info, null, 2) : formatInfo(info, context.t));
  return info.valid ? EXIT.ok : EXIT.failed;
}
