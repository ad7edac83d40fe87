/**
 * Reading a plan file. Everything is checked before anything is returned, in this order:
 * size, UTF-8, JSON (bounded nesting, no prototype keys), that it is a plan file, its
 * format version (a newer one is refused by name before its fields are judged), the
 * envelope's schema, the kind, the payload's base64 and checksum, the document itself
 * (Automerge load, a plan this version can read, exactly the heads the envelope names)
 * and that the document is the plan the envelope names. Any failure is a PlanFileError.
 *
 * A "changes" file is checked the same way up to its payload, which must load as
 * Automerge changes; it is returned as changes, never as a plan, and `applyChangesFile`
 * applies it onto a local copy of the plan that has its base heads.
 */
import { COLLECTIONS, PlanDataSchema } from '../model';
import { InProcessEngine, PlanDocumentError, type ImportPreview, type PlanEngine, type PlanView, type SessionOptions, type StoredBytes } from '../plan-doc';
import { applyChangeBytes, checkChangeBytes } from '../plan-doc/file-bytes';
import { DOC_SCHEMA_VERSION } from '../plan-doc/migrations';
import { fromBase64, sha256Hex } from './bytes';
import { MAX_PLAN_FILE_BYTES, PLAN_FILE_FORMAT, PLAN_FILE_KINDS, PLAN_FILE_VERSION, PlanFileEnvelopeSchema, type PlanFileEnvelope } from './envelope';
import { PlanFileError } from './errors';
import { parseJsonSafely } from './json';
import { shortHash } from './write';

export interface ReadPlanFileOptions extends SessionOptions {
  /** Refuse files larger than this (bytes); default 50 MB. */
  readonly maxBytes?: number;
}

/** A full file, read: its envelope, its bytes and its plan. */
export interface PlanFileContents {
  readonly kind: 'full';
  readonly envelope: PlanFileEnvelope;
  /** The Automerge bytes (checked against the envelope's checksum and heads). */
  readonly payload: Uint8Array;
  /** The plan, loaded and ready to read (engine.state.view) or edit. */
  readonly engine: InProcessEngine;
}

/** A changes file, read: the changes and the heads they build on (not a plan: see applyChangesFile). */
export interface ChangesFileContents {
  readonly kind: 'changes';
  readonly envelope: PlanFileEnvelope;
  /** The Automerge changes (checked against the envelope's checksum, loadable as changes). */
  readonly changes: Uint8Array;
  /** The heads the receiving copy must have for the changes to apply. */
  readonly baseHeads: readonly string[];
}

export type AnyPlanFileContents = PlanFileContents | ChangesFileContents;

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Parses and checks the envelope of a file's bytes (size, UTF-8, JSON, format, version,
 * schema) without judging its payload: what `rbm info` shows of a file whose plan data
 * is damaged.
 */
export function parsePlanFileEnvelope(bytes: Uint8Array, maxBytes = MAX_PLAN_FILE_BYTES): PlanFileEnvelope {
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
  return parsed.data;
}

/** Checks the envelope of a file's bytes (everything up to and including the checksum). */
export async function readPlanFileEnvelope(bytes: Uint8Array, maxBytes = MAX_PLAN_FILE_BYTES): Promise<{ envelope: PlanFileEnvelope; payload: Uint8Array }> {
  const envelope = parsePlanFileEnvelope(bytes, maxBytes);
  const payload = fromBase64(envelope.payload);
  if (payload === null || payload.length === 0) throw new PlanFileError('badPayload');
  if ((await sha256Hex(payload)) !== envelope.sha256) throw new PlanFileError('checksumMismatch');
  return { envelope, payload };
}

/**
 * Problems in a loaded plan that no edit or merge can make, only a damaged or forged
 * file: a value of the wrong type or shape, an unknown choice, a malformed id. Lengths and
 * rules across fields (e.g. thresholds in order) are not judged here: concurrent edits of
 * two offices can legitimately break them, and refusing such a file would lose work.
 */
const STRUCTURAL_ISSUES = new Set(['invalid_type', 'invalid_union', 'invalid_value', 'invalid_format', 'invalid_key', 'invalid_element', 'unrecognized_keys']);

/** The path of the first structural problem of a loaded plan, or null when it has none. */
export function structuralProblem(view: PlanView): string | null {
  // The view's own (frozen) objects are checked, not a copy: parsing reads them only.
  const data: Record<string, unknown> = { plan: view.plan };
  for (const collection of COLLECTIONS) data[collection] = Object.values(view[collection]);
  const parsed = PlanDataSchema.safeParse(data);
  if (parsed.success) return null;
  const issue = parsed.error.issues.find((i) => STRUCTURAL_ISSUES.has(i.code));
  return issue === undefined ? null : issue.path.join('.') || '-';
}

/** Reads and checks a plan file of either kind; a full file's plan is loaded. */
export async function readAnyPlanFile(bytes: Uint8Array, options: ReadPlanFileOptions): Promise<AnyPlanFileContents> {
  const { envelope, payload } = await readPlanFileEnvelope(bytes, options.maxBytes);
  if (envelope.kind === 'changes') {
    try {
      checkChangeBytes(payload);
    } catch {
      throw new PlanFileError('badChanges');
    }
    return { kind: 'changes', envelope, changes: payload, baseHeads: envelope.baseHeads ?? [] };
  }
  let engine: InProcessEngine;
  try {
    engine = InProcessEngine.load([payload], options, envelope.heads);
  } catch (e) {
    if (e instanceof PlanDocumentError) {
      if (e.code === 'newerVersion') throw newerDocument(e);
      if (e.code === 'unreadable' && /missing or damaged/.test(e.message)) throw new PlanFileError('headsMismatch');
    }
    throw new PlanFileError('unreadableDocument', { detail: e instanceof Error ? e.message : String(e) });
  }
  const problem = structuralProblem(engine.state.view);
  if (problem !== null) throw new PlanFileError('invalidPlan', { field: problem.slice(0, 200) });
  if (engine.state.view.plan.id !== envelope.planId) throw new PlanFileError('planIdMismatch', { file: envelope.planId, document: engine.state.view.plan.id });
  return { kind: 'full', envelope, payload, engine };
}

/** Reads and checks a full plan file, and loads its plan. A changes file is refused (changesOnly). */
export async function readPlanFile(bytes: Uint8Array, options: ReadPlanFileOptions): Promise<PlanFileContents> {
  const contents = await readAnyPlanFile(bytes, options);
  if (contents.kind === 'changes') throw new PlanFileError('changesOnly', { title: contents.envelope.title });
  return contents;
}

/** A plan saved by a newer version of the app: refused, naming its document version and the newest this one reads. */
function newerDocument(e: PlanDocumentError): PlanFileError {
  return new PlanFileError('newerDocument', { version: e.documentVersion ?? '?', supported: DOC_SCHEMA_VERSION });
}

/** Loading only, no change is made with it: the actor never appears in a document. */
const READ_ONLY_ACTOR = '00'.repeat(16);

/**
 * Applies a changes file onto the local copy of its plan (a whole save(), or an engine
 * holding it): refused with `otherPlan` when the local plan is another plan and with
 * `missingBase` (naming the missing heads) when the local copy lacks changes the file
 * builds on. Returns the merged document's save() and heads; the local copy is unchanged.
 */
export async function applyChangesFile(local: Uint8Array | PlanEngine, contents: ChangesFileContents): Promise<StoredBytes> {
  const localBytes = local instanceof Uint8Array ? local : (await local.snapshot()).bytes;
  const { envelope } = contents;
  let outcome: ReturnType<typeof applyChangeBytes>;
  try {
    outcome = applyChangeBytes(localBytes, contents.changes, { planId: envelope.planId, baseHeads: contents.baseHeads, heads: envelope.heads }, READ_ONLY_ACTOR);
  } catch (e) {
    if (e instanceof PlanDocumentError && e.code === 'newerVersion') throw newerDocument(e);
    throw new PlanFileError('badChanges');
  }
  if (outcome.ok) return { bytes: outcome.bytes, heads: outcome.heads };
  if (outcome.reason === 'otherPlan') throw new PlanFileError('otherPlan', { file: envelope.planId, local: outcome.planId });
  if (outcome.reason === 'missingBase') throw new PlanFileError('missingBase', { missing: outcome.missing.map(shortHash).join(', '), count: outcome.missing.length });
  throw new PlanFileError('headsMismatch');
}

/**
 * The import preview of a changes file against the open plan (engine.previewImport). The
 * changes are merged straight into the plan when it has their base: the preview's plan then
 * holds every head the file names. Otherwise (a base missing, or anything unusual) the
 * preview is made the careful way, through applyChangesFile, which refuses with its clear
 * messages (otherPlan, missingBase, ...). The direct way saves loading and saving the whole
 * plan twice (seconds for a large plan).
 */
export async function previewChangesFile(engine: PlanEngine, contents: ChangesFileContents): Promise<ImportPreview> {
  const { envelope } = contents;
  if (engine.state.view.plan.id === envelope.planId) {
    let direct: ImportPreview | null = null;
    try {
      direct = await engine.previewImport(contents.changes);
    } catch {
      // The careful way below says what is wrong.
    }
    if (direct && envelope.heads.every((h) => direct.after.heads.includes(h))) return direct;
  }
  return engine.previewImport((await applyChangesFile(engine, contents)).bytes);
}
