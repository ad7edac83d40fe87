/**
 * Finds the plan's conflicts without reading every field. `listConflicts(doc)` asks
 * Automerge about every key of every entity, which takes seconds on a large plan (about
 * 8 s for the generated 2,000-result plan on the build machine). But two values can only
 * stand side by side where two changes were made without seeing each other, and most of a
 * plan's history is one line of changes, each made after all before it. So:
 *
 * 1. From the changes' metadata (hashes and dependencies, cheap), the "trunk" changes are
 *    those every other change came either before or after; the others were made
 *    concurrently with some change (offices working apart, merged later).
 * 2. The operations of those concurrent changes name the objects they wrote, and the
 *    objects' paths name the entities: the only places a conflict can be.
 * 3. Those entities alone are read for conflicts (listConflicts).
 *
 * The cost follows the number of concurrent changes, not the size of the plan.
 */
import * as A from '@automerge/automerge';
import type { PlanDoc } from './document';
import { entitiesWrittenBy, listConflicts, sortConflicts, type MergeConflict } from './merge';

interface ChangeNode {
  readonly hash: string;
  readonly deps: readonly string[];
}

/**
 * Whether every tip is among `links`. A change's dependencies may name more than the heads
 * it saw (Automerge also names the actor's own previous change), so this is not equality.
 */
const allIn = (tips: ReadonlySet<string>, links: readonly string[]): boolean => {
  const set = new Set(links);
  for (const t of tips) if (!set.has(t)) return false;
  return true;
};

/** The changes in an order where each comes after its dependencies. */
function causalOrder(changes: readonly ChangeNode[]): ChangeNode[] {
  const byHash = new Map(changes.map((c) => [c.hash, c]));
  const out: ChangeNode[] = [];
  const done = new Set<string>();
  for (const start of changes) {
    if (done.has(start.hash)) continue;
    // Depth-first, without recursion (histories can be long).
    const stack: { node: ChangeNode; next: number }[] = [{ node: start, next: 0 }];
    const onStack = new Set([start.hash]);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const dep = top.node.deps[top.next++];
      if (dep === undefined) {
        stack.pop();
        onStack.delete(top.node.hash);
        if (!done.has(top.node.hash)) {
          done.add(top.node.hash);
          out.push(top.node);
        }
        continue;
      }
      const child = byHash.get(dep);
      if (child && !done.has(dep) && !onStack.has(dep)) {
        stack.push({ node: child, next: 0 });
        onStack.add(dep);
      }
    }
  }
  return out;
}

/**
 * The changes made concurrently with some other change: all but the "trunk" ones, which
 * came after every change before them and before every change after them.
 */
export function concurrentChanges(changes: readonly ChangeNode[]): string[] {
  const order = causalOrder(changes);
  const n = order.length;
  // After all earlier changes: it depends on every head of what came before it (an
  // earlier change it came after but not directly would not be a head).
  const afterAll: boolean[] = new Array<boolean>(n);
  let tips = new Set<string>();
  for (let i = 0; i < n; i++) {
    const c = order[i]!;
    afterAll[i] = allIn(tips, c.deps);
    for (const d of c.deps) tips.delete(d);
    tips.add(c.hash);
  }
  // Before all later changes: the earliest of what follows are all its children.
  const children = new Map<string, string[]>();
  for (const c of order) for (const d of c.deps) children.set(d, [...(children.get(d) ?? []), c.hash]);
  const out: string[] = [];
  tips = new Set<string>();
  for (let i = n - 1; i >= 0; i--) {
    const c = order[i]!;
    const kids = children.get(c.hash) ?? [];
    if (!(afterAll[i] && allIn(tips, kids))) out.push(c.hash);
    for (const k of kids) tips.delete(k);
    tips.add(c.hash);
  }
  return out.reverse();
}

/** Every field of the plan holding more than one value, as listConflicts gives them (collections in model order, then by id and path). */
export function findConflicts(doc: PlanDoc): MergeConflict[] {
  const hashes = concurrentChanges(A.getChangesMetaSince(doc, []));
  if (hashes.length === 0) return [];
  return sortConflicts(listConflicts(doc, entitiesWrittenBy(doc, hashes)));
}
