/**
 * The open plan's conflicts: fields two offices changed at once, kept side by side by the
 * merge (shared/plan-doc/merge.ts). Read from the engine when the Conflicts screen asks
 * (it asks when it is shown and whenever the plan's heads moved since the last read), and
 * settled with the resolveConflict command. Conflicts of deleted entities are left out:
 * nothing in the plan shows them.
 */
import type { MergeConflict } from '../../shared/plan-doc';
import type { SliceContext } from './context';
import { messageOf } from './errors';
import type { AppState, ConflictsSlice } from './types';
import { sameHeads } from '../../shared/heads';


/** Whether the conflicts held were read for the open plan as it is now. */
export function conflictsCurrent(s: AppState): boolean {
  return s.conflictsRead !== null && s.conflictsRead.planId === s.openPlanId && sameHeads(s.conflictsRead.heads, s.planHeads);
}

/** The open plan's number of conflicts at the last read (for the navigation), or null when not read for this plan. */
export function conflictCount(s: AppState): number | null {
  return s.conflicts !== null && s.conflictsRead?.planId === s.openPlanId ? s.conflicts.length : null;
}

const sameField = (a: MergeConflict, b: MergeConflict) => a.target === b.target && a.id === b.id && a.path.length === b.path.length && a.path.every((p, i) => p === b.path[i]);

export function conflictsSlice(ctx: SliceContext): ConflictsSlice {
  const { set, get, rt } = ctx;
  /** The read in flight, so asking again while it runs does not start another. */
  let reading: { readonly engine: object; readonly heads: readonly string[]; readonly done: Promise<void> } | null = null;

  const read = async (): Promise<void> => {
    const engine = rt.engine;
    const planId = get().openPlanId;
    if (!engine || !planId) return;
    const heads = [...engine.state.heads];
    set({ conflictsLoading: true, conflictsError: null });
    try {
      const found = await engine.conflicts();
      // A plan closed or switched meanwhile: this read is of no use.
      if (rt.engine !== engine || get().openPlanId !== planId) return;
      const view = engine.state.view;
      const live = found.filter((c) => c.target === 'plan' || (view[c.target] as Readonly<Record<string, unknown>>)[c.id] !== undefined);
      set({ conflicts: live, conflictsRead: { planId, heads }, conflictsLoading: false });
    } catch (e) {
      if (rt.engine === engine) set({ conflictsLoading: false, conflictsError: messageOf(e) });
    }
  };

  return {
    conflicts: null,
    conflictsRead: null,
    conflictsLoading: false,
    conflictsError: null,

    loadConflicts() {
      const engine = rt.engine;
      if (!engine) return Promise.resolve();
      if (conflictsCurrent(get())) return Promise.resolve();
      if (reading && reading.engine === engine && sameHeads(reading.heads, engine.state.heads)) return reading.done;
      const done = read().finally(() => {
        if (reading?.done === done) reading = null;
      });
      reading = { engine, heads: [...engine.state.heads], done };
      return done;
    },

    async resolveConflict(conflict, value) {
      const planId = get().openPlanId;
      const wasCurrent = conflictsCurrent(get());
      const ok = await get().dispatch('resolveConflict', { target: conflict.target, id: conflict.id, path: conflict.path, value });
      if (!ok) {
        // Refused (the field was settled or deleted meanwhile, or the value is not valid): read again.
        set({ conflictsRead: null });
        return false;
      }
      // The change settled exactly this field: a list that was current stays current without
      // reading the plan again (the item goes at once either way).
      const s = get();
      if (s.conflicts && s.conflictsRead && s.conflictsRead.planId === planId && planId === s.openPlanId) {
        set({ conflicts: s.conflicts.filter((c) => !sameField(c, conflict)), conflictsRead: { planId, heads: wasCurrent ? s.planHeads : s.conflictsRead.heads } });
      }
      return true;
    },
  };
}
