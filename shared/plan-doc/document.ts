/**
 * Creating, loading and saving plan documents. A new document is made in one change
 * holding the layout (with every bucket) and the plan's data, so every copy of a plan
 * shares that first change.
 */
import * as A from '@automerge/automerge';
import { COLLECTIONS, PlanDataSchema, translationFields, type CollectionName, type PlanData, type PlanId } from '../model';
import { DOC_SCHEMA_VERSION, bucketOf, emptyBuckets, encodeEntity, encodeValue, type Bucketed, type DocMap, type PlanDocShape } from './layout';
import type { PlanView } from './view-types';
import { sameHeads } from '../heads';

export type PlanDoc = A.Doc<PlanDocShape>;

/** What an Automerge change carries as its message: who made it and which command. */
export interface ChangeMeta {
  readonly office: string;
  readonly command: string;
}

export function encodeMeta(meta: ChangeMeta): string {
  return JSON.stringify(meta);
}

export class PlanDocumentError extends Error {
  constructor(
    readonly code: 'invalidData' | 'newerVersion' | 'unreadable' | 'notAPlan',
    detail = '',
    /** For newerVersion: the schema version the document records (this code reads up to DOC_SCHEMA_VERSION). */
    readonly documentVersion?: number,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'PlanDocumentError';
  }
}

export interface DocOptions {
  /** This office's Automerge actor id (hex). */
  readonly actor: string;
  readonly office: string;
  /** Seconds since the epoch, for the change's time. */
  readonly time: number;
}

/** Makes a new plan document from plain data (validated first). */
export function createPlanDocument(data: PlanData, options: DocOptions): PlanDoc {
  const parsed = PlanDataSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PlanDocumentError('invalidData', `${issue?.path.join('.')}: ${issue?.message}`);
  }
  const collections = {} as Record<CollectionName, Bucketed>;
  for (const collection of COLLECTIONS) {
    const buckets = emptyBuckets(collection);
    // The schema drops the fields it does not name: an entity's translations are put back, checked.
    parsed.data[collection].forEach((entity, i) => {
      buckets[bucketOf(collection, entity.id)]![entity.id] = encodeEntity(collection, { ...entity, ...translationFields(collection, data[collection][i]!) });
    });
    collections[collection] = buckets;
  }
  const doc = A.init<PlanDocShape>({ actor: options.actor });
  return A.change(doc, { message: encodeMeta({ office: options.office, command: 'createPlan' }), time: options.time }, (d) => {
    d.schemaVersion = DOC_SCHEMA_VERSION;
    d.plan = encodeValue({ ...parsed.data.plan, ...translationFields('plan', data.plan) }) as DocMap;
    d.collections = collections;
  });
}

/**
 * Loads a document from its stored chunks (a snapshot, then incremental changes), as it is
 * stored: an older document is not migrated here (PlanSession.load does that), a newer one
 * is refused.
 * Automerge skips bytes it cannot read, so when the heads recorded at the last save are
 * given, a document whose heads differ (a chunk was damaged or lost) is refused rather
 * than opened without those changes. (Comparing heads is cheap; `A.hasHeads` on a large
 * plan cost half a second.)
 */
export function loadPlanDocument(chunks: readonly Uint8Array[], actor: string, expectedHeads: readonly string[] = []): PlanDoc {
  if (chunks.length === 0) throw new PlanDocumentError('unreadable', 'no data');
  let doc: PlanDoc;
  try {
    doc = A.load<PlanDocShape>(chunks[0]!, { actor });
    for (const chunk of chunks.slice(1)) doc = A.loadIncremental(doc, chunk);
  } catch (e) {
    throw new PlanDocumentError('unreadable', e instanceof Error ? e.message : String(e));
  }
  if (expectedHeads.length > 0 && !sameHeads(A.getHeads(doc), expectedHeads)) throw new PlanDocumentError('unreadable', 'stored changes are missing or damaged');
  return checkDocument(doc);
}


/**
 * Checks that a loaded document is a plan this version can read: it records its schema
 * version (every document the app made does; one without is not a plan) and that version is
 * not newer than this code's. An older one is read as it is and migrated by PlanSession.load
 * (migrations.ts).
 */
export function checkDocument(doc: PlanDoc): PlanDoc {
  if (typeof doc.schemaVersion !== 'number' || !Number.isInteger(doc.schemaVersion) || doc.schemaVersion < 1 || !doc.plan || !doc.collections) throw new PlanDocumentError('notAPlan');
  if (doc.schemaVersion > DOC_SCHEMA_VERSION) throw new PlanDocumentError('newerVersion', `document version ${doc.schemaVersion}, this version reads up to ${DOC_SCHEMA_VERSION}`, doc.schemaVersion);
  return doc;
}

export function planIdOf(doc: PlanDoc): PlanId {
  return String(doc.plan.id) as PlanId;
}

/** The live plan as plain data: used to duplicate a plan into a new document. */
export function planDataFromView(view: PlanView): PlanData {
  const data = { plan: { ...view.plan } } as Record<string, unknown>;
  for (const collection of COLLECTIONS) data[collection] = Object.values(view[collection]).map((e) => structuredClone(e));
  return data as unknown as PlanData;
}
