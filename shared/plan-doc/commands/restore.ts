/**
 * Restoring an earlier version of the plan as a new change (history is never rewritten):
 * every difference between the plan now and the earlier version's plain data is written
 * back through the transaction, so the restore is one undoable edit that travels to other
 * offices like any other. Fields changed since are set back, entities added since are
 * tombstoned, entities deleted since are brought back with their fields as they were.
 */
import { COLLECTIONS, PlanSchema, type CollectionName, type EntityOf, type PlanData } from '../../model';
import { deepEqual, type Patch } from '../tx';
import type { PlanView } from '../view-types';
import { ENTITY_SCHEMAS } from './entities';
import { CommandError, defineCommand } from './types';

export interface RestoreVersionArgs {
  /** The plan as it was at the earlier point: its live entities (planDataFromView of that version). */
  readonly data: PlanData;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A patch that turns `current` into exactly `next`: keys absent from `next` are removed (undefined). */
function replacement(current: unknown, next: unknown): unknown {
  if (!isPlainObject(current) || !isPlainObject(next)) return next;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(next)) out[k] = replacement(current[k], v);
  for (const k of Object.keys(current)) if (!(k in next)) out[k] = undefined;
  return out;
}

function checked<C extends CollectionName>(collection: C, entity: unknown): EntityOf<C> {
  const parsed = ENTITY_SCHEMAS[collection].safeParse(entity);
  if (!parsed.success) throw new CommandError('errors.invalidEntity', { collection, field: parsed.error.issues[0]?.path.join('.') ?? '' });
  return entity as EntityOf<C>;
}

export const restoreVersion = defineCommand<RestoreVersionArgs>({
  name: 'restoreVersion',
  label: () => ({ key: 'historyScreen.undoLabel' }),
  run({ tx, view }, { data }) {
    if (!isPlainObject(data) || !isPlainObject(data.plan) || data.plan.id !== view.plan.id) throw new CommandError('historyScreen.errors.otherPlan');
    if (!deepEqual(view.plan, data.plan)) {
      if (!PlanSchema.safeParse(data.plan).success) throw new CommandError('errors.invalidPlanFields', { detail: '' });
      tx.updatePlan(replacement(view.plan, data.plan) as Patch<PlanData['plan']>);
    }
    for (const collection of COLLECTIONS) {
      const entities: readonly { id: string }[] = Array.isArray(data[collection]) ? data[collection] : [];
      const earlier = new Set<string>();
      for (const entity of entities) {
        earlier.add(entity.id);
        const live = view[collection][entity.id];
        if (live && deepEqual(live, entity)) continue;
        const next = checked(collection, entity);
        const current = live ?? tx.get(collection, entity.id);
        if (!current) tx.create(collection, next);
        else tx.update(collection, entity.id, replacement(current, next) as Patch<EntityOf<typeof collection>>);
      }
      for (const id of Object.keys(view[collection])) if (!earlier.has(id)) tx.tombstone(collection, id);
    }
  },
});

/** How an earlier version differs from the plan now, by collection: what restoring it would do. */
export interface VersionDifference {
  /** The plan's own fields (title, period, ...) differ. */
  readonly planChanged: boolean;
  readonly collections: Readonly<Partial<Record<CollectionName, { readonly changed: number; readonly broughtBack: number; readonly removed: number }>>>;
  /** Entities restoring would touch, over all collections. */
  readonly total: number;
}

export function compareWithVersion(now: PlanView, earlier: PlanView): VersionDifference {
  const collections: Partial<Record<CollectionName, { changed: number; broughtBack: number; removed: number }>> = {};
  let total = 0;
  for (const c of COLLECTIONS) {
    let changed = 0;
    let broughtBack = 0;
    let removed = 0;
    const was = earlier[c] as Readonly<Record<string, unknown>>;
    const is = now[c] as Readonly<Record<string, unknown>>;
    for (const [id, e] of Object.entries(was)) {
      const current = is[id];
      if (current === undefined) broughtBack++;
      else if (current !== e && !deepEqual(current, e)) changed++;
    }
    for (const id of Object.keys(is)) if (was[id] === undefined) removed++;
    if (changed + broughtBack + removed > 0) collections[c] = { changed, broughtBack, removed };
    total += changed + broughtBack + removed;
  }
  return { planChanged: !deepEqual(now.plan, earlier.plan), collections, total };
}
