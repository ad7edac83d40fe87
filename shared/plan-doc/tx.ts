/**
 * A transaction over the plan document inside one Automerge change. Commands read and
 * write through it; it records every field it changes (before and after) so that undo
 * and redo re-apply exactly those fields as new changes, and it records which entities
 * were touched so the view is updated without re-materialising the plan.
 */
import * as A from '@automerge/automerge';
import type { CollectionName, EntityOf, Plan } from '../model';
import { fingerprint, planLanguages, sourceKey, translatableTexts, translationKey, translationOf } from '../model/translations';
import {
  bucketOf,
  decodeEntity,
  decodeValue,
  encodeEntity,
  encodeValue,
  isSetField,
  isTextField,
  type DocMap,
  type PlanDocShape,
} from './layout';

export type Target = CollectionName | 'plan';

/** One recorded field change. `undefined` means the field was (or becomes) absent. */
export interface FieldWrite {
  readonly target: Target;
  /** Entity id; null for the plan's own fields. */
  readonly id: string | null;
  /** Path inside the entity; [] means the whole entity (create / tombstone). */
  readonly path: readonly string[];
  readonly before: unknown;
  readonly after: unknown;
  /**
   * For a write that resolved a conflict: the values the field held side by side before it
   * (shown value first). Undo puts them back side by side (PlanSession), redo writes `after`
   * again even where it equals the value shown.
   */
  readonly conflict?: readonly unknown[];
}

/** A partial update: nested objects are merged field by field; undefined removes a key. */
export type Patch<T> = { [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? Patch<T[K]> | undefined : T[K] };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export interface TxContext {
  /** ISO instant of the change (from the session's clock). */
  readonly now: string;
  /** The office making the change, recorded on tombstones. */
  readonly office: string;
  /**
   * The language the plan is shown in while the change is made (issue 8). When it is one of
   * the plan's further languages, a command's write of a translatable text of an entity that
   * exists already (or of the plan) is written as that text's translation into it, with the
   * fingerprint of the main text (shared/model/translations.ts), never over the main text.
   * Absent, or the main language: every write goes where the command says.
   */
  readonly shownLanguage?: string | null;
}

export class Tx {
  readonly writes: FieldWrite[] = [];
  readonly touched = new Map<Target, Set<string>>();
  /** Entities created in this transaction: their texts are written as main texts. */
  private readonly created = new Set<string>();

  constructor(
    private readonly doc: PlanDocShape,
    readonly ctx: TxContext,
  ) {}

  /** The plan's own fields, decoded. */
  plan(): Plan {
    return decodeValue(this.doc.plan) as Plan;
  }

  /** An entity as plain data (including a tombstoned one), or undefined. */
  get<C extends CollectionName>(collection: C, id: string): EntityOf<C> | undefined {
    const raw = this.raw(collection, id);
    return raw ? (decodeEntity(collection, raw) as EntityOf<C>) : undefined;
  }

  /** Adds a new entity. Its undo is a tombstone, never a hard delete. */
  create<C extends CollectionName>(collection: C, entity: EntityOf<C>): void {
    const id = entity.id;
    if (this.raw(collection, id)) throw new Error(`${collection} ${id} exists already`);
    this.bucket(collection, id)[id] = encodeEntity(collection, entity);
    this.created.add(`${collection}/${id}`);
    this.record({ target: collection, id, path: [], before: undefined, after: structuredClone(entity) });
  }

  /** Changes the given fields of an entity, recursing into nested objects. */
  update<C extends CollectionName>(collection: C, id: string, patch: Patch<EntityOf<C>>): void {
    const current = this.get(collection, id);
    if (!current) throw new Error(`${collection} ${id} does not exist`);
    const routed = this.created.has(`${collection}/${id}`) ? patch : this.routeTranslations(collection, current, patch);
    this.writeTree(collection, id, [], current, routed, true);
  }

  /** Changes the plan's own fields. */
  updatePlan(patch: Patch<Plan>): void {
    const current = this.plan();
    this.writeTree('plan', null, [], current, this.routeTranslations('plan', current, patch), true);
  }

  /**
   * The patch with each write of a translatable text turned into a write of its translation
   * into the language the plan is shown in (TxContext.shownLanguage), or the patch itself
   * when the plan is shown in its main language. A text written as it is shown already (a
   * form sending back fields it did not change), or as its main text reads (a command
   * building its patch from the engine's view), changes nothing: neither its translation nor
   * the fingerprint, so a stale translation stays stale until it is really edited. An empty
   * text removes the translation (the main text shows again). A list of stages of another
   * length, or the same stages in another order, is a change of structure: it is written to
   * the main texts, each stage shown unchanged keeping its main text.
   */
  private routeTranslations(target: Target, current: object, patch: object): object {
    const language = this.ctx.shownLanguage;
    if (!language) return patch;
    const langs = planLanguages(this.plan());
    if (language === langs.main || !langs.further.includes(language)) return patch;
    const mains = new Map(translatableTexts(target, current).map((t) => [t.path, t.text]));
    if (mains.size === 0) return patch;
    const shown = (path: string, main: string) => {
      const entry = translationOf(current, language, path);
      return entry && entry.text.trim() !== '' ? entry.text : main;
    };
    const extra: Record<string, unknown> = {};
    const translate = (path: string, main: string, text: string) => {
      // Commands build patches from the engine's view (main texts): a main text sent back is not an edit either.
      if (text === shown(path, main) || (text === main && text.trim() !== '')) return;
      const remove = text.trim() === '';
      extra[translationKey(language, path)] = remove ? undefined : text;
      extra[sourceKey(language, path)] = remove ? undefined : fingerprint(main);
    };
    const walk = (node: Record<string, unknown>, prefix: string): Record<string, unknown> => {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(node)) {
        const path = prefix === '' ? key : `${prefix}.${key}`;
        const main = mains.get(path);
        if (main !== undefined && (typeof value === 'string' || value === undefined)) {
          // Removing the text while another language is shown removes its translation only.
          translate(path, main, value ?? '');
        } else if (target === 'indicators' && path === 'qualitativeStages' && Array.isArray(value)) {
          const stages = value as unknown[];
          const before = (current as { qualitativeStages?: unknown }).qualitativeStages;
          const had = Array.isArray(before) ? (before as unknown[]) : [];
          const key0 = (list: readonly unknown[]) => list.map(String).sort().join('\u0000');
          const reordered = had.length === stages.length && key0(had) === key0(stages) && had.some((h, i) => h !== stages[i]);
          if (reordered) {
            // Stages moved (their main texts in another order): a change of structure, written to the main list.
            out[key] = stages;
          } else if (had.length === stages.length && stages.every((s, i) => typeof s === 'string' && mains.has(`${path}.${i}`))) {
            stages.forEach((s, i) => translate(`${path}.${i}`, mains.get(`${path}.${i}`)!, s as string));
          } else {
            out[key] = stages.map((s, i) => {
              const m = mains.get(`${path}.${i}`);
              return m !== undefined && s === shown(`${path}.${i}`, m) ? m : s;
            });
          }
        } else if (value !== null && typeof value === 'object' && !Array.isArray(value) && [...mains.keys()].some((p) => p.startsWith(`${path}.`))) {
          const inner = walk(value as Record<string, unknown>, path);
          if (Object.keys(inner).length > 0) out[key] = inner;
        } else {
          out[key] = value;
        }
      }
      return out;
    };
    const out = walk(patch as Record<string, unknown>, '');
    return { ...out, ...extra };
  }

  /** Marks an entity deleted, recording who and when; its data stays. */
  tombstone(collection: CollectionName, id: string): void {
    this.update(collection, id, { deletedAt: this.ctx.now, deletedBy: this.ctx.office } as Patch<EntityOf<typeof collection>>);
  }

  /**
   * The values a field holds side by side (two offices wrote it at once), decoded, shown
   * value first; null when it holds one value or none.
   */
  conflictAt(target: Target, id: string | null, path: readonly string[]): unknown[] | null {
    if (path.length === 0) return null;
    let node: unknown = target === 'plan' ? this.doc.plan : this.raw(target, id!);
    for (const key of path.slice(0, -1)) node = isPlainObject(node) ? node[key] : undefined;
    if (!isPlainObject(node) || node instanceof A.ImmutableString) return null;
    const values = A.getConflicts(node, path[path.length - 1]!);
    const ops = values ? Object.keys(values) : [];
    if (!values || ops.length < 2) return null;
    // Automerge shows the value of the highest operation id (counter, then actor).
    const order = (op: string) => [Number(op.slice(0, op.indexOf('@'))), op.slice(op.indexOf('@') + 1)] as const;
    ops.sort((a, b) => {
      const [ca, aa] = order(a);
      const [cb, ab] = order(b);
      return cb - ca || (ab > aa ? 1 : ab < aa ? -1 : 0);
    });
    return ops.map((op) => decodeValue(values[op]));
  }

  /**
   * Writes `value` at `path` even when it equals the value shown: one new assignment that
   * supersedes every value the field holds, so a conflict is resolved (and the resolution
   * travels like any change). `conflict` (the values held) is recorded for undo.
   */
  resolve(target: Target, id: string | null, path: readonly string[], value: unknown, conflict: readonly unknown[]): void {
    this.force(target, id, path, value);
    const last = this.writes[this.writes.length - 1]!;
    this.writes[this.writes.length - 1] = { ...last, conflict: structuredClone(conflict) };
  }

  /** Writes one of a resolved conflict's values back (each from its own fork of the document: PlanSession's undo). */
  restoreConflictValue(write: FieldWrite, value: unknown): void {
    this.force(write.target, write.id, write.path, value);
  }

  /**
   * Writes `value` at `path` as a new assignment even when the field holds that value
   * already (Automerge skips assigning a map key the value it has): a placeholder is
   * written first, in the same change, so the value written supersedes what was there.
   */
  private force(target: Target, id: string | null, path: readonly string[], value: unknown): void {
    const before = this.valueAt(target, id, path);
    this.container(target, id, path)[path[path.length - 1]!] = value === null ? false : null;
    this.leaf(target, id, path, before, value);
  }

  /** Re-applies one recorded write in one direction (used by undo and redo). */
  replay(write: FieldWrite, direction: 'before' | 'after'): void {
    // Redoing a resolution writes even a value equal to the one shown: it must supersede them all.
    if (write.conflict && direction === 'after') {
      this.force(write.target, write.id, write.path, write.after);
      return;
    }
    const value = direction === 'before' ? write.before : write.after;
    if (write.target === 'plan') {
      this.writeTree('plan', null, write.path, this.valueAt('plan', null, write.path), value, false);
      return;
    }
    const collection = write.target;
    const id = write.id!;
    if (write.path.length === 0) {
      const current = this.get(collection, id);
      if (value === undefined) {
        // Undoing a create: tombstone, so a copy already sent elsewhere loses nothing.
        if (current && current.deletedAt === null) this.tombstone(collection, id);
      } else if (!current) {
        this.create(collection, value as EntityOf<typeof collection>);
      } else {
        this.writeTree(collection, id, [], current, value, false);
      }
      return;
    }
    this.writeTree(collection, id, write.path, this.valueAt(collection, id, write.path), value, false);
  }

  private raw(collection: CollectionName, id: string): DocMap | undefined {
    return this.doc.collections[collection][bucketOf(collection, id)]?.[id];
  }

  private bucket(collection: CollectionName, id: string): Record<string, DocMap> {
    const bucket = this.doc.collections[collection][bucketOf(collection, id)];
    if (!bucket) throw new Error(`document has no bucket for ${collection} ${id}`);
    return bucket;
  }

  private valueAt(target: Target, id: string | null, path: readonly string[]): unknown {
    let node: unknown = target === 'plan' ? this.plan() : this.get(target, id!);
    for (const [i, key] of path.entries()) {
      // A member of a set field (decoded as a list): present is `true`, as stored.
      if (i === 1 && Array.isArray(node) && isSetField(target, path[0])) return (node as unknown[]).includes(key) ? true : undefined;
      if (!isPlainObject(node)) return undefined;
      node = node[key];
    }
    return node;
  }

  /**
   * Writes `next` at `path`, comparing with `current` (the plain value there now).
   * Objects are merged key by key; with `partial`, keys absent from `next` are kept,
   * otherwise they are removed. Set fields are written member by member.
   */
  private writeTree(target: Target, id: string | null, path: readonly string[], current: unknown, next: unknown, partial: boolean): void {
    if (path.length === 1 && isSetField(target, path[0]) && Array.isArray(next)) {
      if (Array.isArray(this.container(target, id, path)[path[0]!])) {
        // Stored as a list by an older layout: replaced by the set's map in one write.
        if (!deepEqual(current, next)) this.leaf(target, id, path, current, next);
        return;
      }
      const had = new Set(Array.isArray(current) ? (current as string[]) : []);
      const want = new Set(next as string[]);
      for (const m of want) if (!had.has(m)) this.leaf(target, id, [...path, m], undefined, true);
      for (const m of had) if (!want.has(m)) this.leaf(target, id, [...path, m], true, undefined);
      return;
    }
    if (isPlainObject(next) && isPlainObject(current) && !(path.length === 1 && isSetField(target, path[0]))) {
      for (const [key, value] of Object.entries(next)) {
        if (value === undefined && !(key in current)) continue;
        this.writeTree(target, id, [...path, key], current[key], value, partial);
      }
      if (!partial) for (const key of Object.keys(current)) if (!(key in next)) this.leaf(target, id, [...path, key], current[key], undefined);
      return;
    }
    if (path.length === 0) throw new Error('cannot replace a whole entity');
    if (!deepEqual(current, next)) this.leaf(target, id, path, current, next);
  }

  private leaf(target: Target, id: string | null, path: readonly string[], before: unknown, after: unknown): void {
    const container = this.container(target, id, path);
    const key = path[path.length - 1]!;
    if (after === undefined) {
      delete container[key];
    } else if (isTextField(target, path[0]) && path.length === 1 && typeof container[key] === 'string' && typeof after === 'string') {
      A.updateText(this.doc, ['collections', target, bucketOf(target as CollectionName, id!), id!, key], after);
    } else if (path.length === 1 && isSetField(target, key) && Array.isArray(after)) {
      container[key] = encodeEntity(target as CollectionName, { [key]: after })[key];
    } else {
      container[key] = encodeValue(after, isTextField(target, path[0]) && path.length === 1);
    }
    this.record({ target, id, path: [...path], before: structuredClone(before), after: structuredClone(after) });
  }

  /** The document map that holds the last key of `path`, made where missing. */
  private container(target: Target, id: string | null, path: readonly string[]): DocMap {
    let node: DocMap = target === 'plan' ? this.doc.plan : this.raw(target, id!)!;
    if (!node) throw new Error(`${target} ${id} does not exist`);
    for (const key of path.slice(0, -1)) {
      if (!isPlainObject(node[key])) node[key] = {};
      node = node[key] as DocMap;
    }
    return node;
  }

  private record(write: FieldWrite): void {
    this.writes.push(write);
    const key = write.target === 'plan' ? 'plan' : write.id!;
    let set = this.touched.get(write.target);
    if (!set) this.touched.set(write.target, (set = new Set()));
    set.add(key);
  }
}
