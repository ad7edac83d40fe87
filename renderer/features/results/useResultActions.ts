/**
 * What can be done to the selected result, shared by the toolbar, the keyboard and
 * drag and drop. Each action dispatches one command; refusals are shown by the store.
 */
import { childLevel, makeId, type ResultId } from '../../../shared/model';
import type { PlanView } from '../../../shared/plan-doc';
import { randomHex } from '../../platform/random';
import { useApp } from '../../store';

export type DropZone = 'before' | 'inside' | 'after';

export interface ResultActions {
  addGoal(): Promise<ResultId | null>;
  addBelow(id: ResultId): Promise<ResultId | null>;
  addChild(id: ResultId): Promise<ResultId | null>;
  rename(id: ResultId, statement: string): Promise<boolean>;
  reorder(id: ResultId, direction: 'up' | 'down'): Promise<boolean>;
  indent(id: ResultId): Promise<boolean>;
  outdent(id: ResultId): Promise<boolean>;
  remove(id: ResultId, nextSelection: ResultId | null): Promise<boolean>;
  drop(dragged: ResultId, target: ResultId, zone: DropZone): Promise<boolean>;
}

/** The sibling list of a displayed node, without `exclude`. */
function siblings(view: PlanView, parentId: ResultId | null, exclude: ResultId): ResultId[] {
  const ids = parentId === null ? view.rootIds : (view.tree[view.treeIndex[parentId]!]?.childIds ?? []);
  return ids.filter((id) => id !== exclude);
}

export function useResultActions(): ResultActions {
  const dispatch = useApp((s) => s.dispatch);
  const select = useApp((s) => s.selectResult);
  const notify = useApp((s) => s.notify);
  const undo = useApp((s) => s.undo);
  const view = useApp((s) => s.view)!;

  const add = async (parentId: ResultId | null, afterId?: ResultId) => {
    const id = makeId<ResultId>('result', randomHex);
    const ok = await dispatch('addResult', afterId === undefined ? { id, parentId } : { id, parentId, afterId });
    if (!ok) return null;
    select(id);
    return id;
  };

  return {
    addGoal: () => add(null),
    addBelow: (id) => {
      const node = view.tree[view.treeIndex[id]!]!;
      return add(node.parentId, id);
    },
    addChild: (id) => add(id),
    rename: (id, statement) => dispatch('updateResult', { id, fields: { statement } }),
    reorder: (id, direction) => dispatch('reorderResult', { id, direction }),
    indent: (id) => dispatch('indentResult', { id }),
    outdent: (id) => dispatch('outdentResult', { id }),
    async remove(id, nextSelection) {
      const node = view.tree[view.treeIndex[id]!]!;
      const level = view.results[id]!.level;
      const below = view.tree.slice(view.treeIndex[id]! + 1).findIndex((n) => n.depth <= node.depth || n.unplaced !== node.unplaced);
      const count = below < 0 ? view.tree.length - view.treeIndex[id]! - 1 : below;
      if (!(await dispatch('deleteResult', { id }))) return false;
      select(nextSelection);
      const params = { level, number: node.number, count };
      notify({
        tone: 'info',
        message: { key: count > 0 ? 'results.deletedWithChildren' : 'results.deletedNotice', params },
        action: { label: { key: 'common.undo' }, run: () => void undo() },
      });
      return true;
    },
    drop(dragged, target, zone) {
      if (dragged === target) return Promise.resolve(false);
      const node = view.tree[view.treeIndex[target]!]!;
      if (zone === 'inside') {
        const kids = siblings(view, target, dragged);
        return dispatch('moveResult', { id: dragged, parentId: target, afterId: kids[kids.length - 1] ?? null });
      }
      const list = siblings(view, node.parentId, dragged);
      const at = list.indexOf(target);
      const afterId = zone === 'after' ? target : (list[at - 1] ?? null);
      return dispatch('moveResult', { id: dragged, parentId: node.parentId, afterId });
    },
  };
}

/** Whether a result can have children (everything above the activity level). */
export function canHaveChildren(view: PlanView, id: ResultId): boolean {
  const result = view.results[id];
  return result !== undefined && childLevel(result.level) !== null;
}
