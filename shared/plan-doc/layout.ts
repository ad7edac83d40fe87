/**
 * The layout of a plan inside its Automerge document. Private to shared/plan-doc:
 * the rest of the app sees commands and the view only, so this can change.
 *
 * - Entities live in maps keyed by id, never arrays, so offices' inserts merge.
 * - Large collections are split into buckets by a hash of the id: an edit then copies
 *   one small bucket map instead of a 4,000-key map (ARCHITECTURE.md's measurement).
 *   Every bucket is made when the document is created, so two offices never create
 *   the same bucket concurrently (which would hide one office's entities in a conflict).
 * - Every scalar string is an ImmutableString; only narrative bodies are collaborative
 *   text, merged character by character.
 * - Set-valued fields (a risk's linked results, an indicator's categories) are maps
 *   member -> true, so concurrent adds and removes of different members both survive.
 *   A field that an older document holds as a list is read as a set and turned into a
 *   map on its first edit.
 */
import * as A from '@automerge/automerge';
import type { CollectionName } from '../model';

/**
 * Version of this layout; a document with a higher one is refused, a lower one migrated on
 * load (migrations.ts: version 2 holds every set-valued field as a map).
 */
export const DOC_SCHEMA_VERSION = 2;

export const BUCKETS: Record<CollectionName, number> = {
  periods: 1,
  components: 1,
  results: 64,
  indicators: 64,
  milestones: 32,
  risks: 16,
  mitigations: 16,
  units: 1,
  responsibilities: 64,
  partners: 1,
  objectives: 1,
  resources: 64,
  sections: 1,
};

/** Fields stored as collaborative text rather than immutable strings. */
export const TEXT_FIELDS: Partial<Record<CollectionName, readonly string[]>> = {
  sections: ['body'],
};

/** Array fields of the model that are sets in the document (map of member -> true). */
export const SET_FIELDS: Partial<Record<CollectionName, readonly string[]>> = {
  risks: ['resultIds'],
  // An indicator's disaggregation categories: two offices adding a category each keep both
  // (as a list, one office's list would replace the other's). Shown in sorted order.
  indicators: ['disaggregation'],
};

// Automerge documents are dynamically shaped maps; the typed model is applied when
// values are decoded. `DocMap` is the honest type of such a map.
export type DocValue = unknown;
export type DocMap = Record<string, DocValue>;
export type Bucketed = Record<string, Record<string, DocMap>>;

export interface PlanDocShape {
  schemaVersion: number;
  plan: DocMap;
  collections: Record<CollectionName, Bucketed>;
}

/** FNV-1a: a stable, fast hash so every copy puts an id in the same bucket. */
function hash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function bucketOf(collection: CollectionName, id: string): string {
  const n = BUCKETS[collection];
  return n === 1 ? '0' : (hash(id) % n).toString(16);
}

export function emptyBuckets(collection: CollectionName): Bucketed {
  const out: Bucketed = {};
  for (let i = 0; i < BUCKETS[collection]; i++) out[i.toString(16)] = {};
  return out;
}

export function isTextField(collection: CollectionName | 'plan', field: string | undefined): boolean {
  return collection !== 'plan' && field !== undefined && (TEXT_FIELDS[collection]?.includes(field) ?? false);
}

export function isSetField(collection: CollectionName | 'plan', field: string | undefined): boolean {
  return collection !== 'plan' && field !== undefined && (SET_FIELDS[collection]?.includes(field) ?? false);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof A.ImmutableString);
}

/**
 * Encodes a plain value for writing into the document: strings become immutable
 * strings (or text where `asText`), arrays lists, objects maps.
 */
export function encodeValue(value: unknown, asText = false): DocValue {
  if (typeof value === 'string') return asText ? value : new A.ImmutableString(value);
  if (Array.isArray(value)) return value.map((v) => encodeValue(v));
  if (isPlainObject(value)) {
    const out: DocMap = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = encodeValue(v);
    return out;
  }
  return value;
}

/** Encodes one model entity into its document form (text and set fields as declared). */
export function encodeEntity(collection: CollectionName, entity: object): DocMap {
  const out: DocMap = {};
  for (const [field, value] of Object.entries(entity)) {
    if (value === undefined) continue;
    if (isSetField(collection, field) && Array.isArray(value)) out[field] = setToMap(value as string[]);
    else out[field] = encodeValue(value, isTextField(collection, field));
  }
  return out;
}

export function setToMap(members: readonly string[]): DocMap {
  const out: DocMap = {};
  for (const m of members) out[m] = true;
  return out;
}

/** Decodes a document value (or a plain value) into plain JS data. */
export function decodeValue(value: DocValue): unknown {
  if (value instanceof A.ImmutableString) return value.val;
  if (typeof value === 'string' || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(decodeValue);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = decodeValue((value as DocMap)[key]);
  return out;
}

/** Decodes an entity from its document form into the model's shape. */
export function decodeEntity(collection: CollectionName, raw: DocMap): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    if (isSetField(collection, key) && Array.isArray(value)) out[key] = [...new Set(value.map((v) => String(decodeValue(v))))].sort();
    else if (isSetField(collection, key) && value !== null && typeof value === 'object') out[key] = Object.keys(value).sort();
    else out[key] = decodeValue(value);
  }
  return out;
}
