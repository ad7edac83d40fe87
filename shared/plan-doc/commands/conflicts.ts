/**
 * Resolving a conflict: a field two offices changed at once holds both values after a
 * merge (shared/plan-doc/merge.ts, listConflicts). The user keeps one of them or writes
 * another; that is written as one new assignment whose predecessors are all the values
 * held, so Automerge holds one value again, and the resolution travels in the next plan
 * file like any edit: every office that merges it shows the same value. Writing the value
 * already shown still writes (Tx.resolve): otherwise nothing would supersede the others.
 *
 * Narrative text (collaborative text, layout.ts isTextField) is merged character by
 * character and never holds two values: it is refused here.
 */
import { PlanSchema, type CollectionName } from '../../model';
import { isTextField } from '../layout';
import type { Target } from '../tx';
import { ENTITY_SCHEMAS } from './entities';
import { CommandError, defineCommand } from './types';

export interface ResolveConflictArgs {
  /** A collection, or 'plan' for the plan's own fields. */
  readonly target: Target;
  /** The entity's id (the plan's id for the plan's own fields). */
  readonly id: string;
  /** The field inside the entity, as listConflicts gives it. */
  readonly path: readonly string[];
  /** One of the values the field holds, or another value for it. */
  readonly value: unknown;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A copy of `entity` with `value` at `path` (objects made where missing). */
function withValueAt(entity: unknown, path: readonly string[], value: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  const base = isPlainObject(entity) ? entity : {};
  return { ...base, [key]: withValueAt(base[key], rest, value) };
}

/** Plain data only: what a field of the model can hold (no functions, no undefined, finite numbers). */
function isPlainValue(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainValue);
  if (isPlainObject(value)) return Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(isPlainValue);
  return false;
}

/** Whether a field is one the Conflicts screen can resolve (narrative text never holds a conflict). */
export function isResolvableField(target: Target, path: readonly string[]): boolean {
  return path.length > 0 && !(path.length === 1 && isTextField(target, path[0]));
}

export const resolveConflict = defineCommand<ResolveConflictArgs>({
  name: 'resolveConflict',
  label: () => ({ key: 'conflicts.history.resolve' }),
  run({ tx, view }, { target, id, path, value }) {
    const field = path.join('.');
    if (target === 'plan' ? id !== view.plan.id : !view[target]?.[id]) throw new CommandError('conflicts.errors.entityGone');
    if (!isResolvableField(target, path)) throw new CommandError('conflicts.errors.textField');
    const held = tx.conflictAt(target, target === 'plan' ? null : id, path);
    if (!held) throw new CommandError('conflicts.errors.noConflict', { field });
    if (value === undefined || !isPlainValue(value)) throw new CommandError('conflicts.errors.invalidValue', { field });
    if (target === 'plan') {
      if (!PlanSchema.safeParse(withValueAt(tx.plan(), path, value)).success) throw new CommandError('conflicts.errors.invalidValue', { field });
    } else {
      const collection: CollectionName = target;
      if (!ENTITY_SCHEMAS[collection].safeParse(withValueAt(tx.get(collection, id), path, value)).success) throw new CommandError('conflicts.errors.invalidValue', { field });
    }
    tx.resolve(target, target === 'plan' ? null : id, path, value, held);
  },
});

export const CONFLICTS_COMMANDS = { resolveConflict } as const;
