/**
 * The merge behind an import's preview (ARCHITECTURE.md, "The plan file"): another
 * office's copy is merged into a clone of the local document (the local one is never
 * touched), and the preview says what that copy changes, entity by entity, with the
 * conflicts Automerge kept and the results a merge left unplaced. Applying the import is
 * adopting `merged`; cancelling is dropping it.
 */
import * as A from '@automerge/automerge';
import { COLLECTIONS, type CollectionName, type ResultId } from '../model';
import { checkDocument, planIdOf, type ChangeMeta, type PlanDoc } from './document';
import { bucketOf, decodeValue, isTextField, type DocMap, type PlanDocShape } from './layout';
import { diffWords, type TextSegment } from './merge-text';
import { deepEqual, type Target } from './tx';
import { materialize, updateView } from './view';
import type { PlanView } from './view-types';
import { sameHeads } from '../heads';

export type { TextSegment } from './merge-text';
export { diffWords } from './merge-text';
export type { PlanDoc } from './document';

/** Where an entity lives: a collection, or the plan's own fields. */
export type MergeTarget = CollectionName | 'plan';

/** One field an incoming copy changes (a leaf of the entity: `['targets', periodId]`). */
export interface FieldChange {
  readonly path: readonly string[];
  /** The value before the merge (undefined: absent). */
  readonly before: unknown;
  /** The value after the merge (undefined: absent). */
  readonly after: unknown;
  /** For narrative text: the change as runs of equal, inserted and deleted words. */
  readonly segments?: readonly TextSegment[];
}

export interface EntityChange {
  /** added: live now and not before (new, or a deletion undone); deleted: tombstoned by the merge. */
  readonly kind: 'added' | 'changed' | 'deleted';
  readonly target: MergeTarget;
  /** Entity id; the plan's id for the plan's own fields. */
  readonly id: string;
  /** The changed fields (for `changed`; empty for added and deleted). */
  readonly fields: readonly FieldChange[];
}

/** One of the values Automerge kept for a field, with the change that wrote it. */
export interface ConflictValue {
  readonly value: unknown;
  /** The value the document shows (Automerge's deterministic pick); the others are kept beside it. */
  readonly shown: boolean;
  /** The office named in the change's metadata (null when the change carries none). */
  readonly office: string | null;
  /** ISO instant of the change (the writer's clock). */
  readonly time: string | null;
  readonly command: string | null;
  readonly actor: string;
}

export interface MergeConflict {
  readonly target: MergeTarget;
  readonly id: string;
  /** Path of the field inside the entity. */
  readonly path: readonly string[];
  /** Shown value first, then the others. */
  readonly values: readonly ConflictValue[];
}

export interface UnplacedResult {
  readonly id: ResultId;
  /** cycle: the result's parent chain loops (two offices moved results into each other); missingParent: its parent is deleted. */
  readonly reason: 'cycle' | 'missingParent';
  /** The parent the result names. */
  readonly parentId: ResultId | null;
  /** Whether it was already unplaced before this merge. */
  readonly before: boolean;
}

export interface MergeCounts {
  readonly added: number;
  readonly changed: number;
  readonly deleted: number;
  /** Changed fields, over all changed entities. */
  readonly fields: number;
  readonly conflicts: number;
  /** Results shown under "Unplaced" after the merge (including those of their subtrees). */
  readonly unplaced: number;
}

export interface MergePreview {
  /** The merged document: applying the import is adopting it. */
  readonly merged: PlanDoc;
  readonly before: PlanView;
  readonly after: PlanView;
  /** False when the incoming copy holds nothing new (the heads did not move). */
  readonly changed: boolean;
  /** Changed entities in collection order (results in the merged tree's order). */
  readonly entities: readonly EntityChange[];
  /** Fields with more than one value in entities this merge touched. */
  readonly conflicts: readonly MergeConflict[];
  /** The top of each subtree left under "Unplaced" after the merge. */
  readonly unplaced: readonly UnplacedResult[];
  readonly counts: MergeCounts;
}

export interface PreviewOptions {
  /** The local document's view, when the caller has it (saves materialising it again). */
  readonly localView?: PlanView;
}

export class MergeError extends Error {
  constructor(
    readonly code: 'otherPlan' | 'unreadable',
    detail = '',
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'MergeError';
  }
}

/**
 * Merges `incoming` (another copy of the plan, or Automerge bytes: a saved document or
 * changes) into a clone of `local` and describes what it changes. Throws MergeError for
 * bytes Automerge cannot read and for a copy of another plan.
 */
export function previewMerge(local: PlanDoc, incoming: PlanDoc | Uint8Array, options: PreviewOptions = {}): MergePreview {
  const localHeads = A.getHeads(local);
  const merged = mergeInto(local, incoming);
  const before = options.localView && sameHeads(options.localView.heads, localHeads) ? options.localView : materialize(local);
  const mergedHeads = A.getHeads(merged);
  const changed = !sameHeads(localHeads, mergedHeads);
  if (!changed) {
    const unplaced = unplacedOf(before, before);
    return { merged, before, after: before, changed, entities: [], conflicts: [], unplaced, counts: countsOf([], [], before) };
  }
  const touched = touchedPaths(A.diff(merged, localHeads, mergedHeads));
  // The merged view is the local one with the touched entities read again (as after an
  // edit), unless a patch reaches outside the entities (then it is built whole).
  const after = touched.outside ? materialize(merged) : updateView(before, merged, touched.targets);
  const entities = entityChanges(before, after, touched.entities);
  // A new conflict needs an operation of a change the merge added, so the fields those
  // changes wrote hold them all (a patch does not always flag a field whose local value stays shown).
  const added = A.getChangesMetaSince(merged, localHeads).map((c) => c.hash);
  const conflicts = conflictsAt(merged, fieldsWrittenBy(merged, added));
  return { merged, before, after, changed, entities, conflicts, unplaced: unplacedOf(before, after), counts: countsOf(entities, conflicts, after) };
}

/**
 * The merged document. Automerge applies another copy's changes one operation at a time
 * (about 1 s for 500 on the large plan on a quiet machine, seconds on a busy one), while a
 * whole document is loaded in bulk. So when the incoming copy is a loaded document (a
 * plan file's, read and checked already) the merge goes the cheap way round: the copy that
 * lacks fewer changes receives the other's. Both ways give the same document (the same
 * changes, so the same heads, values and conflicts); the merged copy writes as the local
 * actor. Bytes (a saved document or changes) are loaded into a clone of the local copy.
 */
function mergeInto(local: PlanDoc, incoming: PlanDoc | Uint8Array): PlanDoc {
  const actor = A.getActorId(local);
  if (incoming instanceof Uint8Array) {
    // Every Automerge chunk (a saved document or changes) starts with these bytes; Automerge
    // itself would skip anything else without a word.
    if (incoming.length < 4 || MAGIC.some((b, i) => incoming[i] !== b)) throw new MergeError('unreadable', 'not Automerge data');
    return mergeBytes(local, incoming, actor);
  }
  const other = checkDocument(incoming);
  if (planIdOf(other) !== planIdOf(local)) throw new MergeError('otherPlan', planIdOf(other));
  // The changes each copy lacks (what A.merge computes), from Automerge's own change graphs.
  const missingHere = A.getBackend(local).getChangesAdded(A.getBackend(other));
  if (missingHere.length === 0) return A.clone(local, { actor });
  const missingThere = A.getBackend(other).getChangesAdded(A.getBackend(local));
  const merged =
    byteLength(missingThere) < byteLength(missingHere) ? A.applyChanges(A.clone(other, { actor }), missingThere)[0] : A.applyChanges(A.clone(local, { actor }), missingHere)[0];
  return oneRoot(merged);
}

/** Another plan's history (even one given the same id) gives a second root `plan` map in conflict with ours. */
function oneRoot(merged: PlanDoc): PlanDoc {
  const roots = A.getConflicts(merged, 'plan');
  if (roots && Object.keys(roots).length > 1) throw new MergeError('otherPlan');
  return merged;
}

/** Automerge bytes (a saved document or changes) loaded into a clone of the local document. */
function mergeBytes(local: PlanDoc, incoming: Uint8Array, actor: string): PlanDoc {
  let merged: PlanDoc;
  try {
    merged = A.loadIncremental(A.clone(local, { actor }), incoming);
  } catch (e) {
    throw new MergeError('unreadable', e instanceof Error ? e.message : String(e));
  }
  oneRoot(merged);
  if (planIdOf(merged) !== planIdOf(local)) throw new MergeError('otherPlan', planIdOf(merged));
  // Changes from a newer version of the app may raise the document's schema version: refused, never merged half-understood.
  return checkDocument(merged);
}

function byteLength(chunks: readonly Uint8Array[]): number {
  let n = 0;
  for (const c of chunks) n += c.length;
  return n;
}

const MAGIC = [0x85, 0x6f, 0x4a, 0x83];


type EntityKey = `${MergeTarget}/${string}`;

interface Touched {
  readonly entities: Map<EntityKey, { target: MergeTarget; id: string }>;
  /** The same, as the view's incremental update takes them. */
  readonly targets: Map<Target, Set<string>>;
  /** A patch reaches outside the plan's fields and entities (e.g. the schema version, a bucket): the view is built whole. */
  readonly outside: boolean;
  /** Paths (inside the document) the patches flag as holding more than one value. */
}

/** The entities a merge's patches touch (`collections/<c>/<bucket>/<id>/...`, `plan/...`). */
function touchedPaths(patches: readonly A.Patch[]): Touched {
  const entities = new Map<EntityKey, { target: MergeTarget; id: string }>();
  const targets = new Map<Target, Set<string>>();
  const touch = (target: Target, id: string) => {
    let ids = targets.get(target);
    if (!ids) targets.set(target, (ids = new Set()));
    ids.add(id);
  };
  let outside = false;
  const collections = new Set<string>(COLLECTIONS);
  for (const patch of patches) {
    const [root, collection, , id] = patch.path;
    if (root === 'plan') {
      entities.set('plan/', { target: 'plan', id: '' });
      touch('plan', '');
    } else if (root === 'collections' && typeof collection === 'string' && collections.has(collection) && typeof id === 'string') {
      entities.set(`${collection as CollectionName}/${id}`, { target: collection as CollectionName, id });
      touch(collection as CollectionName, id);
    } else {
      outside = true;
      continue;
    }
  }
  return { entities, targets, outside };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Leaf-level differences of two plain values (arrays are leaves: the model's sets and lists). */
function fieldDiff(before: unknown, after: unknown, path: string[], out: FieldChange[]): void {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of [...keys].sort()) fieldDiff(before[key], after[key], [...path, key], out);
    return;
  }
  if (deepEqual(before, after)) return;
  out.push({ path, before, after });
}

function entityChanges(before: PlanView, after: PlanView, touched: ReadonlyMap<EntityKey, { target: MergeTarget; id: string }>): EntityChange[] {
  const out: EntityChange[] = [];
  for (const { target, id } of touched.values()) {
    if (target === 'plan') {
      const fields: FieldChange[] = [];
      fieldDiff(before.plan, after.plan, [], fields);
      if (fields.length > 0) out.push({ kind: 'changed', target, id: after.plan.id, fields });
      continue;
    }
    const was = before[target][id] as object | undefined;
    const now = after[target][id] as object | undefined;
    if (!was && now) out.push({ kind: 'added', target, id, fields: [] });
    else if (was && !now) out.push({ kind: 'deleted', target, id, fields: [] });
    else if (was && now) {
      const fields: FieldChange[] = [];
      fieldDiff(was, now, [], fields);
      if (fields.length === 0) continue;
      out.push({
        kind: 'changed',
        target,
        id,
        fields: fields.map((f) =>
          f.path.length === 1 && isTextField(target, f.path[0]) && typeof f.before === 'string' && typeof f.after === 'string' ? { ...f, segments: diffWords(f.before, f.after) } : f,
        ),
      });
    }
  }
  const order = (c: EntityChange) => (c.target === 'plan' ? -1 : COLLECTIONS.indexOf(c.target));
  const place = (c: EntityChange) => (c.target === 'results' ? (after.treeIndex[c.id] ?? before.treeIndex[c.id] ?? Infinity) : 0);
  return out.sort((a, b) => order(a) - order(b) || place(a) - place(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Results shown under "Unplaced" in `after`: the top of each unplaced subtree. */
function unplacedOf(before: PlanView, after: PlanView): UnplacedResult[] {
  const out: UnplacedResult[] = [];
  for (const node of after.tree) {
    if (!node.unplaced || node.depth !== 0) continue;
    const parentId = after.results[node.id]?.parentId ?? null;
    const reason = parentId !== null && after.results[parentId] ? 'cycle' : 'missingParent';
    const old = before.tree[before.treeIndex[node.id] ?? -1];
    out.push({ id: node.id, reason, parentId, before: old?.unplaced ?? false });
  }
  return out;
}

function countsOf(entities: readonly EntityChange[], conflicts: readonly MergeConflict[], after: PlanView): MergeCounts {
  const counts = { added: 0, changed: 0, deleted: 0, fields: 0, conflicts: conflicts.length, unplaced: after.tree.filter((n) => n.unplaced).length };
  for (const e of entities) {
    counts[e.kind]++;
    counts.fields += e.fields.length;
  }
  return counts;
}

// ---- Conflicts

interface ChangeInfo {
  readonly startOp: number;
  readonly maxOp: number;
  readonly time: number;
  readonly message: string | null;
}

/** Finds the change that made an operation (`counter@actor`), from the changes' metadata (read once, lazily). */
class ChangeIndex {
  private byActor: Map<string, ChangeInfo[]> | null = null;

  constructor(private readonly doc: PlanDoc) {}

  describe(opId: string, value: unknown): Omit<ConflictValue, 'shown'> {
    const at = opId.indexOf('@');
    const counter = Number(opId.slice(0, at));
    const actor = opId.slice(at + 1);
    const change = this.find(actor, counter);
    const meta = parseMeta(change?.message ?? null);
    return {
      value,
      office: meta?.office ?? null,
      command: meta?.command ?? null,
      time: change ? new Date(change.time * 1000).toISOString() : null,
      actor,
    };
  }

  private find(actor: string, counter: number): ChangeInfo | undefined {
    if (!this.byActor) {
      this.byActor = new Map();
      for (const c of A.getChangesMetaSince(this.doc, [])) {
        let list = this.byActor.get(c.actor);
        if (!list) this.byActor.set(c.actor, (list = []));
        list.push({ startOp: c.startOp, maxOp: c.maxOp, time: c.time, message: c.message });
      }
    }
    return this.byActor.get(actor)?.find((c) => c.startOp <= counter && counter <= c.maxOp);
  }
}

function parseMeta(message: string | null): ChangeMeta | null {
  if (!message) return null;
  try {
    const parsed: unknown = JSON.parse(message);
    if (isPlainObject(parsed) && typeof parsed.office === 'string' && typeof parsed.command === 'string') return { office: parsed.office, command: parsed.command };
  } catch {
    // A change made outside the app: no office to name.
  }
  return null;
}

/** Automerge shows the value of the operation with the highest id (counter, then actor). */
function opOrder(a: string, b: string): number {
  const [ca, aa] = [Number(a.slice(0, a.indexOf('@'))), a.slice(a.indexOf('@') + 1)];
  const [cb, ab] = [Number(b.slice(0, b.indexOf('@'))), b.slice(b.indexOf('@') + 1)];
  return cb - ca || (ab > aa ? 1 : ab < aa ? -1 : 0);
}

function isMapNode(value: unknown): value is DocMap {
  return isPlainObject(value) && !(value instanceof A.ImmutableString);
}

function walkConflicts(node: DocMap, target: MergeTarget, id: string, path: string[], index: ChangeIndex, out: MergeConflict[]): void {
  for (const key of Object.keys(node)) {
    const conflict = conflictOf(node, key, target, id, path, index);
    if (conflict) {
      out.push(conflict);
      continue;
    }
    const child = node[key];
    if (isMapNode(child)) walkConflicts(child, target, id, [...path, key], index, out);
  }
}

/** One field's conflict, or null when it holds one value (or several equal ones). */
function conflictOf(node: DocMap, key: string, target: MergeTarget, id: string, path: string[], index: ChangeIndex): MergeConflict | null {
  const values = A.getConflicts(node, key);
  const ops = values ? Object.keys(values) : [];
  if (!values || ops.length < 2) return null;
  const decoded = ops.map((op) => decodeValue(values[op]));
  // Offices that wrote the same value (e.g. both added the same category) lose nothing.
  if (decoded.every((v) => deepEqual(v, decoded[0]))) return null;
  const sorted = ops.map((op, i) => ({ op, value: decoded[i] })).sort((a, b) => opOrder(a.op, b.op));
  return { target, id, path: [...path, key], values: sorted.map((v, i) => ({ ...index.describe(v.op, v.value), shown: i === 0 })) };
}

/** The fields (paths inside the document) the given changes wrote; an object no longer reachable has no path and is skipped. */
function fieldsWrittenBy(doc: PlanDoc, hashes: Iterable<string>): (readonly A.Prop[])[] {
  const backend = A.getBackend(doc);
  const objectPaths = new Map<string, readonly A.Prop[] | null>([['_root', []]]);
  const pathOf = (obj: string): readonly A.Prop[] | null => {
    let path = objectPaths.get(obj);
    if (path === undefined) {
      path = backend.objInfo(obj as A.ObjID).path ?? null;
      objectPaths.set(obj, path);
    }
    return path;
  };
  const out: (readonly A.Prop[])[] = [];
  for (const hash of hashes) {
    for (const op of A.inspectChange(doc, hash)?.ops ?? []) {
      const base = pathOf(op.obj);
      if (base) out.push([...base, op.key]);
    }
  }
  return out;
}

/**
 * The entities (and the plan's own fields) the given changes wrote to: the only places
 * where those changes can have left a field with two values (the op that replaced an
 * object no longer reachable, on its parent, names the place).
 */
export function entitiesWrittenBy(doc: PlanDoc, hashes: Iterable<string>): { target: MergeTarget; id: string }[] {
  const collections = new Set<string>(COLLECTIONS);
  const entities = new Map<string, { target: MergeTarget; id: string }>();
  for (const [root, collection, , id] of fieldsWrittenBy(doc, hashes)) {
    if (root === 'plan') entities.set('plan/', { target: 'plan', id: '' });
    else if (root === 'collections' && typeof collection === 'string' && collections.has(collection) && typeof id === 'string') {
      entities.set(`${collection}/${id}`, { target: collection as CollectionName, id });
    }
  }
  return [...entities.values()];
}

/** The conflicts at the given paths (fields inside the document), each path read once. */
function conflictsAt(doc: PlanDoc, paths: readonly (readonly A.Prop[])[]): MergeConflict[] {
  const index = new ChangeIndex(doc);
  const out: MergeConflict[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    const key = JSON.stringify(path);
    if (seen.has(key)) continue;
    seen.add(key);
    let node: unknown = doc;
    for (const p of path.slice(0, -1)) node = isMapNode(node) ? node[String(p)] : undefined;
    const last = path[path.length - 1];
    if (!isMapNode(node) || typeof last !== 'string') continue;
    const [root, , , id, ...inner] = path.map(String);
    const conflict =
      root === 'plan' ? conflictOf(node, last, 'plan', planIdOf(doc), path.slice(1, -1).map(String), index) : conflictOf(node, last, path[1] as CollectionName, id!, inner.slice(0, -1), index);
    if (conflict) out.push(conflict);
  }
  return sortConflicts(out);
}

/** Conflicts in model order: the plan first, then collections in order, by id and path. */
export function sortConflicts(conflicts: MergeConflict[]): MergeConflict[] {
  const order = (t: MergeTarget) => (t === 'plan' ? -1 : COLLECTIONS.indexOf(t));
  return conflicts.sort((a, b) => order(a.target) - order(b.target) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || (a.path.join('/') < b.path.join('/') ? -1 : 1));
}

/**
 * Fields with more than one value among the given entities (all entities and the plan's
 * fields when none are given), each value with the office and time of its change.
 */
export function listConflicts(doc: PlanDoc, entities?: Iterable<{ target: MergeTarget; id: string }>): MergeConflict[] {
  return conflictsIn(doc, entities === undefined ? allEntities(doc) : new Map([...entities].map((e) => [`${e.target}/${e.id}` as EntityKey, e])));
}

function allEntities(doc: PlanDoc): Map<EntityKey, { target: MergeTarget; id: string }> {
  const out = new Map<EntityKey, { target: MergeTarget; id: string }>([['plan/', { target: 'plan', id: '' }]]);
  for (const c of COLLECTIONS) for (const bucket of Object.values(doc.collections[c])) for (const id of Object.keys(bucket)) out.set(`${c}/${id}`, { target: c, id });
  return out;
}

function conflictsIn(doc: PlanDoc, entities: ReadonlyMap<EntityKey, { target: MergeTarget; id: string }>): MergeConflict[] {
  const index = new ChangeIndex(doc);
  const out: MergeConflict[] = [];
  const shape = doc as PlanDocShape;
  for (const { target, id } of entities.values()) {
    if (target === 'plan') {
      walkConflicts(shape.plan, 'plan', planIdOf(doc), [], index, out);
      continue;
    }
    const node = shape.collections[target][bucketOf(target, id)]?.[id];
    if (node) walkConflicts(node, target, id, [], index, out);
  }
  return out;
}

/** A document's save() and heads: what a plan file of the merged plan is written from. */
export function snapshotOf(doc: PlanDoc): { bytes: Uint8Array; heads: string[] } {
  return { bytes: A.save(doc), heads: A.getHeads(doc) };
}
