/**
 * The plan's history, read from the document's own change metadata (ARCHITECTURE.md: every
 * change carries `{office, command}` as its message and a time). Changes are put in one
 * order every copy agrees on (causal, then by time, actor and sequence number), grouped into
 * entries (one actor running one command several times in a row, such as typing in one
 * field), and read newest first, a page at a time: a plan can hold tens of thousands of
 * changes, so only the page returned is diffed, and the change that created the plan is
 * summarised by what it held rather than diffed field by field.
 */
import * as A from '@automerge/automerge';
import { COLLECTIONS, type CollectionName } from '../model';
import type { ChangeMeta, PlanDoc } from './document';
import { bucketOf, decodeEntity, decodeValue, isSetField, isTextField, type DocMap } from './layout';
import { deepEqual, type Target } from './tx';
import { materialize } from './view';
import type { PlanView } from './view-types';

/** Changes by one actor and command at most this far apart (seconds) form one entry. */
export const GROUP_GAP_SECONDS = 120;
/** At most this many changes, spanning at most this long (seconds), form one entry. */
export const MAX_GROUP_CHANGES = 50;
export const MAX_GROUP_SPAN_SECONDS = 900;
/** Field changes listed per entry; the rest are counted. */
export const FIELDS_PER_ENTRY = 50;
/** An entry with more operations than this is summarised, not diffed (a bulk import of a whole plan). */
export const MAX_DIFFED_OPS = 200_000;

/** One change of an entity or of the plan's own fields within an entry. */
export interface HistoryChange {
  /** added: the entity was made; deleted: tombstoned; restored: a tombstone lifted; changed: a field. */
  readonly kind: 'added' | 'deleted' | 'restored' | 'changed';
  readonly target: Target;
  /** Entity id; null for the plan's own fields. */
  readonly id: string | null;
  /** The field inside the entity (`['targets', periodId]`); [] for added, deleted, restored. */
  readonly path: readonly string[];
  /** Before the entry (undefined: absent). */
  readonly before: unknown;
  /** After the entry (undefined: absent). */
  readonly after: unknown;
  /**
   * The entity's name as of the entry (a result's statement, a risk's description, ...),
   * so a sentence can name an entity that is gone from the plan today. Null when it has none.
   */
  readonly name: string | null;
  /** A result's level as of the entry (goal, outcome, output, activity). */
  readonly level?: string;
}

export interface HistoryEntry {
  /** The hash of the entry's newest change: stable across copies and pages. */
  readonly id: string;
  /** The office named in the change's metadata; null when it names none. */
  readonly office: string | null;
  /** ISO instant of the newest change of the entry (the writer's clock). */
  readonly time: string;
  /** ISO instant of its first change. */
  readonly startTime: string;
  /** The command, without an undo:/redo: prefix ('' when the change names none). */
  readonly command: string;
  readonly kind: 'edit' | 'undo' | 'redo';
  readonly actor: string;
  /** How many Automerge changes the entry groups. */
  readonly changeCount: number;
  /** The document's heads just after the entry: the plan as it was then. */
  readonly heads: readonly string[];
  /** The heads just before it. */
  readonly headsBefore: readonly string[];
  /** True when this copy made the entry (its actor starts with the caller's prefix). */
  readonly local: boolean;
  readonly changes: readonly HistoryChange[];
  /** Field changes beyond those listed (an estimate from the patches when large). */
  readonly moreChanges: number;
  /**
   * For the change that created the plan (and any entry too large to diff): what the plan
   * held after it, by collection (live entities), instead of a field-by-field list.
   */
  readonly summary: Readonly<Record<CollectionName, number>> | null;
}

export interface HistoryOptions {
  /** How many entries to return (newest first). */
  readonly limit: number;
  /** Continue after a page: its `nextBefore`. */
  readonly before?: string;
  /** Entries whose actor starts with this are this copy's own (`local`). */
  readonly localActorPrefix?: string;
}

export interface HistoryPage {
  readonly entries: readonly HistoryEntry[];
  /** Pass as `before` for the next (older) page; null when this page reaches the start. */
  readonly nextBefore: string | null;
  /** Changes in the whole history. */
  readonly totalChanges: number;
}

interface OrderedChanges {
  readonly heads: string;
  readonly metas: readonly A.ChangeMetadata[];
  readonly index: ReadonlyMap<string, number>;
}

/**
 * Reads the history of one document; keeps the ordered change metadata between calls and
 * adds only the changes made since (reading all of it again costs more on a long history).
 */
export class HistoryReader {
  private cache: OrderedChanges | null = null;
  private known: A.ChangeMetadata[] = [];
  private knownHeads: string[] = [];

  read(doc: PlanDoc, options: HistoryOptions): HistoryPage {
    const ordered = this.ordered(doc);
    return readPage(doc, ordered, options);
  }

  private ordered(doc: PlanDoc): OrderedChanges {
    const heads = A.getHeads(doc);
    const key = [...heads].sort().join(',');
    if (this.cache?.heads === key) return this.cache;
    let fresh: A.ChangeMetadata[];
    try {
      fresh = A.getChangesMetaSince(doc, this.knownHeads);
    } catch {
      // A document that does not build on what was read before: read it all again.
      this.known = [];
      fresh = A.getChangesMetaSince(doc, []);
    }
    const seen = new Set(this.known.map((m) => m.hash));
    for (const m of fresh) if (!seen.has(m.hash)) this.known.push(m);
    this.knownHeads = heads;
    const metas = causalOrder(this.known);
    const index = new Map<string, number>();
    metas.forEach((m, i) => index.set(m.hash, i));
    this.cache = { heads: key, metas, index };
    return this.cache;
  }
}

/** Reads one page of a document's history (without a reader's cache). */
export function readHistory(doc: PlanDoc, options: HistoryOptions): HistoryPage {
  return new HistoryReader().read(doc, options);
}

/** The plan as it was at `heads` (which the document must have). */
export function viewAt(doc: PlanDoc, heads: readonly string[]): PlanView {
  return materialize(A.view(doc, [...heads]));
}

// ---- Order

/** Parents before children; among changes free to go next, the earliest (time, actor, seq) first. */
function causalOrder(metas: readonly A.ChangeMetadata[]): A.ChangeMetadata[] {
  const byHash = new Map(metas.map((m) => [m.hash, m]));
  const waiting = new Map<string, number>();
  const children = new Map<string, string[]>();
  for (const m of metas) {
    const deps = m.deps.filter((d) => byHash.has(d));
    waiting.set(m.hash, deps.length);
    for (const d of deps) {
      let list = children.get(d);
      if (!list) children.set(d, (list = []));
      list.push(m.hash);
    }
  }
  const heap = new MinHeap<A.ChangeMetadata>((a, b) => a.time - b.time || (a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : a.seq - b.seq));
  for (const m of metas) if (waiting.get(m.hash) === 0) heap.push(m);
  const out: A.ChangeMetadata[] = [];
  for (let m = heap.pop(); m; m = heap.pop()) {
    out.push(m);
    for (const child of children.get(m.hash) ?? []) {
      const left = waiting.get(child)! - 1;
      waiting.set(child, left);
      if (left === 0) heap.push(byHash.get(child)!);
    }
  }
  return out;
}

class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly less: (a: T, b: T) => number) {}

  push(item: T): void {
    const a = this.items;
    a.push(item);
    for (let i = a.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (this.less(a[i]!, a[p]!) >= 0) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }

  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l]!, a[m]!) < 0) m = l;
        if (r < a.length && this.less(a[r]!, a[m]!) < 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

// ---- Pages

function parseMeta(message: string | null): ChangeMeta | null {
  if (!message) return null;
  try {
    const parsed: unknown = JSON.parse(message);
    if (parsed !== null && typeof parsed === 'object' && typeof (parsed as ChangeMeta).office === 'string' && typeof (parsed as ChangeMeta).command === 'string') {
      return { office: (parsed as ChangeMeta).office, command: (parsed as ChangeMeta).command };
    }
  } catch {
    // A change made outside the app: no office or command to name.
  }
  return null;
}

function groupsWith(a: A.ChangeMetadata, b: A.ChangeMetadata): boolean {
  return a.deps.length > 0 && a.actor === b.actor && a.message === b.message && Math.abs(b.time - a.time) <= GROUP_GAP_SECONDS;
}

function readPage(doc: PlanDoc, ordered: OrderedChanges, options: HistoryOptions): HistoryPage {
  const { metas, index } = ordered;
  let end = metas.length - 1;
  if (options.before !== undefined) {
    const at = index.get(options.before);
    if (at === undefined) return { entries: [], nextBefore: null, totalChanges: metas.length };
    end = at - 1;
  }
  // The groups of this page, newest first, as [first, last] indexes into `metas`.
  const spans: [number, number][] = [];
  for (let last = end; last >= 0 && spans.length < Math.max(1, options.limit); ) {
    let first = last;
    const newest = metas[last]!;
    while (first > 0 && last - first + 1 < MAX_GROUP_CHANGES && groupsWith(metas[first - 1]!, metas[first]!) && newest.time - metas[first - 1]!.time <= MAX_GROUP_SPAN_SECONDS) first--;
    spans.push([first, last]);
    last = first - 1;
  }
  const headsAt = prefixHeads(metas, new Set(spans.flatMap(([first, last]) => [first - 1, last])));
  const entries = spans.map(([first, last]) => entryOf(doc, metas, first, last, headsAt, options.localActorPrefix));
  const oldest = spans[spans.length - 1];
  return { entries, nextBefore: oldest && oldest[0] > 0 ? metas[oldest[0]]!.hash : null, totalChanges: metas.length };
}

/** The heads of the first i+1 changes in order, for each wanted i (-1: no change). */
function prefixHeads(metas: readonly A.ChangeMetadata[], wanted: ReadonlySet<number>): Map<number, string[]> {
  const out = new Map<number, string[]>();
  if (wanted.has(-1)) out.set(-1, []);
  const max = Math.max(...wanted);
  const heads = new Set<string>();
  for (let i = 0; i <= max; i++) {
    const m = metas[i]!;
    for (const d of m.deps) heads.delete(d);
    heads.add(m.hash);
    if (wanted.has(i)) out.set(i, [...heads]);
  }
  return out;
}

function entryOf(doc: PlanDoc, metas: readonly A.ChangeMetadata[], first: number, last: number, headsAt: ReadonlyMap<number, string[]>, localPrefix: string | undefined): HistoryEntry {
  const newest = metas[last]!;
  const oldest = metas[first]!;
  const meta = parseMeta(newest.message);
  const raw = meta?.command ?? '';
  const kind = raw.startsWith('undo:') ? 'undo' : raw.startsWith('redo:') ? 'redo' : 'edit';
  const heads = headsAt.get(last)!;
  const headsBefore = headsAt.get(first - 1)!;
  let ops = 0;
  for (let i = first; i <= last; i++) ops += metas[i]!.maxOp - metas[i]!.startOp + 1;
  const summarise = oldest.deps.length === 0 || ops > MAX_DIFFED_OPS;
  const diffed = summarise ? { changes: [], more: 0 } : changesOf(doc, metas.slice(first, last + 1).map((m) => m.hash), headsBefore, heads);
  return {
    id: newest.hash,
    office: meta && meta.office.trim() !== '' ? meta.office : null,
    time: new Date(newest.time * 1000).toISOString(),
    startTime: new Date(oldest.time * 1000).toISOString(),
    command: kind === 'edit' ? raw : raw.slice(5),
    kind,
    actor: newest.actor,
    changeCount: last - first + 1,
    heads,
    headsBefore,
    local: localPrefix !== undefined && localPrefix !== '' && newest.actor.startsWith(localPrefix),
    changes: diffed.changes,
    moreChanges: diffed.more,
    summary: summarise ? countsAt(doc, heads) : null,
  };
}

/**
 * Entities by collection at `heads` (their keys, without reading them): what the plan held
 * after a summarised entry. Reads at earlier heads go through the backend, object by object
 * (a proxy of the whole document at earlier heads costs seconds on a large plan).
 */
function countsAt(doc: PlanDoc, heads: readonly string[]): Record<CollectionName, number> {
  const backend = A.getBackend(doc);
  const out = {} as Record<CollectionName, number>;
  for (const c of COLLECTIONS) {
    let n = 0;
    const buckets = objectAt(backend, ['collections', c], heads);
    if (buckets) for (const b of backend.keys(buckets, [...heads])) {
      const bucket = objectAt(backend, ['collections', c, b], heads);
      if (bucket) n += backend.keys(bucket, [...heads]).length;
    }
    out[c] = n;
  }
  return out;
}

type Backend = ReturnType<typeof A.getBackend>;

/** The id of the object at `path` at `heads`, or null when there is none. */
function objectAt(backend: Backend, path: readonly A.Prop[], heads: readonly string[]): string | null {
  let obj = '_root';
  for (const key of path) {
    const value = backend.getWithType(obj, key, [...heads]);
    if (!value || (value[0] !== 'map' && value[0] !== 'list' && value[0] !== 'text')) return null;
    obj = value[1] as string;
  }
  return obj;
}

// ---- What an entry changed

const NAME_FIELDS: Partial<Record<CollectionName, string>> = {
  results: 'statement',
  indicators: 'definition',
  risks: 'description',
  mitigations: 'action',
  milestones: 'title',
  units: 'name',
  partners: 'name',
  objectives: 'title',
  components: 'name',
  sections: 'title',
  periods: 'label',
};

type EntityKey = string;

interface Touched {
  readonly target: Target;
  readonly id: string | null;
  readonly fields: Set<string>;
  /** The entity itself was put (made): one change, however many fields it has. */
  whole: boolean;
}

/**
 * The entities the changes' operations touch and the field in each (a text's or a set's
 * field as a whole), from the changes themselves: each operation's object is placed by its
 * path at `heads` (a diff of the document between two earlier points reads all of it).
 */
function touchedFields(doc: PlanDoc, hashes: readonly string[], heads: readonly string[]): Map<EntityKey, Touched> {
  const backend = A.getBackend(doc);
  const places = new Map<string, { path: A.Prop[]; container: boolean } | null>();
  const placeOf = (obj: string) => {
    if (obj === '_root') return { path: [], container: true };
    let place = places.get(obj);
    if (place === undefined) {
      try {
        const info = backend.objInfo(obj, [...heads]);
        place = { path: info.path ?? [], container: info.type === 'map' || info.type === 'table' };
      } catch {
        place = null;
      }
      places.set(obj, place);
    }
    return place;
  };
  const out = new Map<EntityKey, Touched>();
  const collections = new Set<string>(COLLECTIONS);
  for (const hash of hashes) {
    for (const op of A.inspectChange(doc, hash)?.ops ?? []) {
      const place = placeOf(op.obj);
      if (!place) continue;
      // An operation on a map puts a key; on a list or text it edits the object itself.
      const p = place.container ? [...place.path, op.key] : place.path;
      let target: Target;
      let id: string | null;
      let rest: A.Prop[];
      if (p[0] === 'plan') {
        [target, id, rest] = ['plan', null, p.slice(1)];
      } else if (p[0] === 'collections' && typeof p[1] === 'string' && collections.has(p[1]) && typeof p[3] === 'string') {
        [target, id, rest] = [p[1] as CollectionName, p[3], p.slice(4)];
      } else continue;
      const cut = rest.findIndex((k) => typeof k === 'number');
      let field = (cut < 0 ? rest : rest.slice(0, cut)).map(String);
      if (field.length > 1 && (isTextField(target, field[0]) || isSetField(target, field[0]))) field = field.slice(0, 1);
      const key = `${target}/${id ?? ''}`;
      let entry = out.get(key);
      if (!entry) out.set(key, (entry = { target, id, fields: new Set(), whole: false }));
      if (target !== 'plan' && rest.length === 0) entry.whole = true;
      entry.fields.add(field.join('\u0000'));
    }
  }
  return out;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Leaf-level differences (arrays are leaves: the model's sets and lists). */
function leafDiff(before: unknown, after: unknown, path: string[], out: { path: string[]; before: unknown; after: unknown }[]): void {
  if (isPlainObject(before) && isPlainObject(after)) {
    for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) leafDiff(before[key], after[key], [...path, key], out);
    return;
  }
  if (isPlainObject(before) && after === undefined) {
    for (const key of Object.keys(before).sort()) leafDiff(before[key], undefined, [...path, key], out);
    return;
  }
  if (before === undefined && isPlainObject(after)) {
    for (const key of Object.keys(after).sort()) leafDiff(undefined, after[key], [...path, key], out);
    return;
  }
  if (!deepEqual(before, after)) out.push({ path, before, after });
}

const BOOKKEEPING = new Set(['deletedAt', 'deletedBy']);

/** What the changes `hashes` (taking the document from `before` to `after`) changed, entity by entity, capped. */
function changesOf(doc: PlanDoc, hashes: readonly string[], before: readonly string[], after: readonly string[]): { changes: HistoryChange[]; more: number } {
  const touched = touchedFields(doc, hashes, after);
  const backend = A.getBackend(doc);
  const read = (target: Target, id: string | null, heads: readonly string[]): Record<string, unknown> | undefined => {
    const obj = objectAt(backend, target === 'plan' ? ['plan'] : ['collections', target, bucketOf(target, id!), id!], heads);
    if (!obj) return undefined;
    const raw = backend.materialize(obj, [...heads]) as DocMap;
    return target === 'plan' ? (decodeValue(raw) as Record<string, unknown>) : decodeEntity(target, raw);
  };
  const changes: HistoryChange[] = [];
  let more = 0;
  for (const { target, id, fields, whole: made } of touched.values()) {
    if (changes.length >= FIELDS_PER_ENTRY) {
      // Made, deleted or brought back: one change; otherwise one per field.
      more += made || fields.has('deletedAt') ? 1 : fields.size;
      continue;
    }
    const b = read(target, id, before);
    const a = read(target, id, after);
    const nameOf = (e: Record<string, unknown> | undefined) => {
      const field = target === 'plan' ? 'title' : NAME_FIELDS[target];
      const value = field ? e?.[field] : undefined;
      return typeof value === 'string' ? value : null;
    };
    const levelOf = (e: Record<string, unknown> | undefined) => (target === 'results' && typeof e?.level === 'string' ? { level: e.level } : {});
    const liveBefore = b !== undefined && !b.deletedAt;
    const liveAfter = a !== undefined && !a.deletedAt;
    const whole = (kind: HistoryChange['kind'], e: Record<string, unknown> | undefined) => changes.push({ kind, target, id, path: [], before: liveBefore ? b : undefined, after: liveAfter ? a : undefined, name: nameOf(e), ...levelOf(e) });
    if (target !== 'plan' && !liveBefore && liveAfter) {
      whole(b === undefined ? 'added' : 'restored', a);
      continue;
    }
    if (target !== 'plan' && liveBefore && !liveAfter) {
      whole('deleted', b);
      continue;
    }
    if (target !== 'plan' && !liveBefore && !liveAfter) continue;
    const diffs: { path: string[]; before: unknown; after: unknown }[] = [];
    leafDiff(b, a, [], diffs);
    for (const d of diffs) {
      if (d.path.length === 1 && BOOKKEEPING.has(d.path[0]!)) continue;
      if (changes.length >= FIELDS_PER_ENTRY) {
        more++;
        continue;
      }
      changes.push({ kind: 'changed', target, id, path: d.path, before: d.before, after: d.after, name: nameOf(a), ...levelOf(a) });
    }
  }
  return { changes, more };
}
