/**
 * Reading a plan file. Everything is checked before anything is returned, in this order:
 * size, UTF-8, JSON (bounded nesting, no prototype keys), that it is a plan file, its
 * format version (a newer one is refused by name before its fields are judged), the
 * envelope's schema, the kind, the payload's base64 and checksum, the document itself
 * (Automerge load, a plan this version can read, exactly the heads the envelope names)
 * and that the document is the plan the envelope names. Any failure is a PlanFileError.
 */
import { InProcessEngine, PlanDocumentError, type SessionOptions } from '../plan-doc';
import { fromBase64, sha256Hex } from './bytes';
import { MAX_PLAN_FILE_BYTES, PLAN_FILE_FORMAT, PLAN_FILE_KINDS, PLAN_FILE_VERSION, PlanFileEnvelopeSchema, type PlanFileEnvelope } from './envelope';
import { PlanFileError } from './errors';
import { parseJsonSafely } from './json';

export interface ReadPlanFileOptions extends SessionOptions {
  /** Refuse files larger than this (bytes); default 50 MB. */
  readonly maxBytes?: number;
}

export interface PlanFileContents {
  readonly envelope: PlanFileEnvelope;
  /** The Automerge bytes (checked against the envelope's checksum and heads). */
  readonly payload: Uint8Array;
  /** The plan, loaded and ready to read (engine.state.view) or edit. */
  readonly engine: InProcessEngine;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Checks the envelope of a file's bytes (everything up to and including the checksum). */
export async function readPlanFileEnvelope(bytes: Uint8Array, maxBytes = MAX_PLAN_FILE_BYTES): Promise<{ envelope: PlanFileEnvelope; payload: Uint8Array }> {
  if (bytes.length === 0) throw new PlanFileError('empty');
  if (bytes.length > maxBytes) throw new PlanFileError('tooLarge', { size: bytes.length, max: maxBytes });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new PlanFileError('notText');
  }
  const json = parseJsonSafely(text);
  if (!isRecord(json) || json.format !== PLAN_FILE_FORMAT) throw new PlanFileError('notAPlanFile');
  if (typeof json.formatVersion === 'number' && json.formatVersion > PLAN_FILE_VERSION) {
    throw new PlanFileError('newerVersion', { version: json.formatVersion, supported: PLAN_FILE_VERSION });
  }
  if (typeof json.kind === 'string' && !(PLAN_FILE_KINDS as readonly string[]).includes(json.kind)) {
    throw new PlanFileError('unsupportedKind', { kind: json.kind.slice(0, 40) });
  }
  const parsed = PlanFileEnvelopeSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PlanFileError('invalidEnvelope', { field: issue?.path.join('.') || '-' });
  }
  const envelope = parsed.data;
  const payload = fromBase64(envelope.payload);
  if (payload === null || payload.length === 0) throw new PlanFileError('badPayload');
  if ((await sha256Hex(payload)) !== envelope.sha256) throw new PlanFileError('checksumMismatch');
  return { envelope, payload };
}

/** Reads and checks a plan file, and loads its plan. */
export async function readPlanFile(bytes: Uint8Array, options: ReadPlanFileOptions): Promise<PlanFileContents> {
  const { envelope, payload } = await readPlanFileEnvelope(bytes, options.maxBytes);
  let engine: InProcessEngine;
  try {
    engine = InProcessEngine.load([payload], options, envelope.heads);
  } catch (e) {
    if (e instanceof PlanDocumentError) {
      if (e.code === 'newerVersion') throw new PlanFileError('newerDocument');
      if (e.code === 'unreadable' && /missing or damaged/.test(e.message)) throw new PlanFileError('headsMismatch');
    }
    throw new PlanFileError('unreadableDocument', { detail: e instanceof Error ? e.message : String(e) });
  }
  if (engine.state.view.plan.id !== envelope.planId) throw new PlanFileError('planIdMismatch', { file: envelope.planId, document: engine.state.view.plan.id });
  return { envelope, payload, engine };
}
