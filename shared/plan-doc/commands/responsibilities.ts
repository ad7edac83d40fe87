/**
 * The responsibility matrix (RACI): which role a unit plays on a result. One unit holds
 * one role per result, stored as one Responsibility whose id is derived from the pair,
 * so two offices that assign the same unit to the same result offline converge on one
 * entity when their plan files are merged, instead of adding two rows.
 *
 * Older data (the sample plan, plans made before this command) holds responsibilities
 * with random ids, sometimes two for one pair (a unit both accountable and responsible).
 * Every pair's live responsibilities are found whatever their ids, and setting a role
 * converges them onto the derived id.
 */
import {
  RaciRoleSchema,
  type RaciRole,
  type Responsibility,
  type ResponsibilityId,
  type ResultId,
  type UnitId,
} from '../../model';
import type { PlanView } from '../view-types';
import { CommandError, defineCommand } from './types';

const ID_LIMIT = 64;
const PLAIN_ID = /^[A-Za-z0-9_]+$/;

/** Two FNV-1a passes with different offsets: 64 stable bits, as 16 hex characters. */
function hash64(text: string): string {
  const pass = (offset: number) => {
    let h = offset;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return (h >>> 0).toString(16).padStart(8, '0');
  };
  return pass(0x811c9dc5) + pass(0x050c5d1f);
}

/**
 * The id of the responsibility of `unitId` on `resultId`: `x_<result>-<unit>` when that
 * is unambiguous and fits the id schema (64 characters of [A-Za-z0-9_-]), else a hash
 * of the pair. The hyphen separates the two because ids made by the app never contain
 * one; the hashed form contains none, so the two forms can never collide.
 */
export function responsibilityId(resultId: ResultId, unitId: UnitId): ResponsibilityId {
  const plain = `x_${resultId}-${unitId}`;
  if (plain.length <= ID_LIMIT && PLAIN_ID.test(resultId) && PLAIN_ID.test(unitId)) return plain as ResponsibilityId;
  return `x_h${hash64(`${resultId}\u0000${unitId}`)}` as ResponsibilityId;
}

/** The live responsibilities of one unit on one result, whatever their ids, in id order. */
export function responsibilitiesOf(view: PlanView, resultId: ResultId, unitId: UnitId): Responsibility[] {
  return Object.values(view.responsibilities)
    .filter((r) => r.resultId === resultId && r.unitId === unitId)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface SetResponsibilityArgs {
  readonly resultId: ResultId;
  readonly unitId: UnitId;
  /** The unit's role on the result; null removes the unit from the result. */
  readonly role: RaciRole | null;
}

export const setResponsibility = defineCommand<SetResponsibilityArgs>({
  name: 'setResponsibility',
  label: ({ role }) => ({ key: role === null ? 'detail.history.removeResponsibility' : 'detail.history.setResponsibility' }),
  run({ tx, view }, { resultId, unitId, role }) {
    if (!view.results[resultId]) throw new CommandError('errors.resultNotFound');
    if (!view.units[unitId]) throw new CommandError('errors.unknownUnit');
    if (role !== null && !RaciRoleSchema.safeParse(role).success) throw new CommandError('detail.errors.invalidRole');

    const live = responsibilitiesOf(view, resultId, unitId);
    if (role === null) {
      for (const r of live) tx.tombstone('responsibilities', r.id);
      return;
    }
    // Already exactly this: no change, so nothing is recorded for undo.
    if (live.length === 1 && live[0]!.role === role) return;

    const id = responsibilityId(resultId, unitId);
    const existing = tx.get('responsibilities', id);
    if (existing) {
      // Revives a removed pair (or changes its role) on the same entity, so a concurrent
      // edit of that pair in another office lands on the same entity too.
      tx.update('responsibilities', id, { role, deletedAt: null, deletedBy: null });
    } else {
      tx.create('responsibilities', { id, resultId, unitId, role, deletedAt: null, deletedBy: null });
    }
    for (const r of live) if (r.id !== id) tx.tombstone('responsibilities', r.id);
  },
});
