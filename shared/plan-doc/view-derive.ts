/**
 * The view's derived parts (tree, indicator groups, orders, counts) built from its plain
 * parts (heads, plan, live entities), without the document: the same derivation runs
 * where the document is (view.ts) and where only the view is (the window's side of a
 * worker engine, engine-client.ts, and a cached view, view-cache.ts).
 */
import { COLLECTIONS, type CollectionName, type IndicatorId, type Plan, type Result, type ResultId } from '../model';
import { bySortKey } from './sort-key';
import type { Target } from './tx';
import type { PlanView, TreeNode } from './view-types';

export type MutableMaps = { -readonly [C in CollectionName]: Record<string, PlanView[C][string]> };

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export function pickMaps(view: PlanView): MutableMaps {
  const out = {} as Record<string, unknown>;
  for (const c of COLLECTIONS) out[c] = view[c];
  return out as MutableMaps;
}

const STRUCTURAL: readonly (keyof Result)[] = ['parentId', 'sortKey', 'level'];

function resultsStructureChanged(previous: PlanView, results: Record<string, Result>, ids: ReadonlySet<string>): boolean {
  for (const id of ids) {
    const before = previous.results[id];
    const after = results[id];
    if (!before || !after) return true;
    if (STRUCTURAL.some((f) => before[f] !== after[f])) return true;
  }
  return false;
}

export function derive(
  heads: string[],
  plan: Plan,
  maps: MutableMaps,
  incremental: { previous: PlanView; touched: ReadonlyMap<Target, ReadonlySet<string>> } | null,
): PlanView {
  const prev = incremental?.previous;
  const touched = incremental?.touched;
  const touchedResults = touched?.get('results');
  const treeStale = !prev || (touchedResults !== undefined && resultsStructureChanged(prev, maps.results, touchedResults));
  const { tree, rootIds, treeIndex } = treeStale ? buildTree(maps.results) : prev;
  const touchedIndicators = touched?.get('indicators');
  const indicatorsByResult = !prev ? groupIndicators(maps.indicators) : touchedIndicators ? regroupIndicators(prev, maps.indicators, touchedIndicators) : prev.indicatorsByResult;
  const order = <T extends string>(c: 'periods' | 'components' | 'objectives' | 'sections', old: readonly T[] | undefined): readonly T[] =>
    !old || touched?.has(c) ? (sortedIds(maps[c] as Record<string, { id: string; sortKey?: string; start?: string }>) as readonly T[]) : old;
  const counts = treeStale || !prev || touched?.has('indicators') || touched?.has('risks') ? countAll(maps) : prev.counts;
  return Object.freeze({
    heads: Object.freeze([...heads]),
    plan,
    ...maps,
    tree,
    treeIndex,
    rootIds,
    indicatorsByResult,
    periodOrder: order('periods', prev?.periodOrder),
    componentOrder: order('components', prev?.componentOrder),
    objectiveOrder: order('objectives', prev?.objectiveOrder),
    sectionOrder: order('sections', prev?.sectionOrder),
    counts,
  });
}

function sortedIds(map: Record<string, { id: string; sortKey?: string; start?: string }>): readonly string[] {
  const items = Object.values(map).map((e) => ({ id: e.id, sortKey: e.sortKey ?? e.start ?? '' }));
  return Object.freeze(items.sort(bySortKey).map((e) => e.id));
}

function groupIndicators(indicators: MutableMaps['indicators']): Readonly<Record<string, readonly IndicatorId[]>> {
  const groups: Record<string, { id: IndicatorId; sortKey: string }[]> = {};
  for (const ind of Object.values(indicators)) (groups[ind.resultId] ??= []).push(ind);
  const out: Record<string, readonly IndicatorId[]> = {};
  for (const [rid, list] of Object.entries(groups)) out[rid] = Object.freeze(list.sort(bySortKey).map((i) => i.id));
  return Object.freeze(out);
}

/**
 * Indicators by result after an edit: only the results whose indicators the edit touched
 * are regrouped (not all 4,000 indicators re-sorted), and a result's list keeps its
 * identity when its order did not change, so rows showing it need not re-render.
 */
function regroupIndicators(prev: PlanView, indicators: MutableMaps['indicators'], touchedIds: ReadonlySet<string>): PlanView['indicatorsByResult'] {
  const affected = new Set<string>();
  for (const id of touchedIds) {
    const before = prev.indicators[id];
    const after = indicators[id];
    if (before) affected.add(before.resultId);
    if (after) affected.add(after.resultId);
  }
  let out: Record<string, readonly IndicatorId[]> | null = null;
  for (const rid of affected) {
    const candidates = new Set<string>([...(prev.indicatorsByResult[rid] ?? []), ...touchedIds]);
    const list = [...candidates]
      .map((id) => indicators[id])
      .filter((ind): ind is NonNullable<typeof ind> => ind !== undefined && ind.resultId === rid)
      .sort(bySortKey)
      .map((ind) => ind.id);
    const old = prev.indicatorsByResult[rid];
    if (old && old.length === list.length && old.every((id, i) => id === list[i])) continue;
    out ??= { ...prev.indicatorsByResult };
    if (list.length > 0) out[rid] = Object.freeze(list);
    else delete out[rid];
  }
  return out ? Object.freeze(out) : prev.indicatorsByResult;
}

function countAll(maps: MutableMaps): PlanView['counts'] {
  const counts = { goal: 0, outcome: 0, output: 0, activity: 0, indicators: 0, risks: 0 };
  for (const r of Object.values(maps.results)) counts[r.level]++;
  counts.indicators = Object.keys(maps.indicators).length;
  counts.risks = Object.keys(maps.risks).length;
  return Object.freeze(counts);
}

/**
 * Orders the results chain depth first by sort key. Results whose parent is gone, or
 * that a merge left in a cycle, are listed under "Unplaced" with their subtrees, so
 * nothing is hidden; each cycle is broken at its smallest id.
 */
export function buildTree(results: Readonly<Record<string, Result>>): Pick<PlanView, 'tree' | 'rootIds' | 'treeIndex'> {
  const children = new Map<string | null, Result[]>();
  for (const r of Object.values(results)) {
    const key = r.parentId !== null && results[r.parentId] ? r.parentId : r.parentId === null ? null : `missing:${r.id}`;
    let list = children.get(key);
    if (!list) children.set(key, (list = []));
    list.push(r);
  }
  for (const list of children.values()) list.sort(bySortKey);

  const tree: TreeNode[] = [];
  const visited = new Set<string>();
  const visit = (r: Result, depth: number, number: string, parentId: ResultId | null, unplaced: boolean) => {
    visited.add(r.id);
    const kids = (children.get(r.id) ?? []).filter((k) => !visited.has(k.id));
    const node: TreeNode = { id: r.id, depth, number, parentId, childIds: Object.freeze(kids.map((k) => k.id)), unplaced };
    tree.push(Object.freeze(node));
    kids.forEach((k, i) => {
      if (!visited.has(k.id)) visit(k, depth + 1, `${number}.${i + 1}`, r.id, unplaced);
    });
  };
  const roots = children.get(null) ?? [];
  roots.forEach((r, i) => visit(r, 0, String(i + 1), null, false));

  let unplacedCount = 0;
  const remaining = () => Object.values(results).filter((r) => !visited.has(r.id)).sort((a, b) => (a.id < b.id ? -1 : 1));
  // First results whose parent is gone, then cycles (every member's parent is live).
  const orphans = remaining().filter((r) => r.parentId !== null && !results[r.parentId]);
  orphans.sort(bySortKey).forEach((r) => visit(r, 0, `U${++unplacedCount}`, null, true));
  for (let rest = remaining(); rest.length > 0; rest = remaining()) visit(rest[0]!, 0, `U${++unplacedCount}`, null, true);

  const treeIndex: Record<string, number> = {};
  tree.forEach((n, i) => (treeIndex[n.id] = i));
  return { tree: Object.freeze(tree), rootIds: Object.freeze(roots.map((r) => r.id)), treeIndex: Object.freeze(treeIndex) };
}

/** The view's plain parts: what the derived parts are built from. */
export interface ViewParts {
  readonly heads: readonly string[];
  readonly plan: Plan;
  readonly collections: { readonly [C in CollectionName]: Readonly<Record<string, unknown>> };
}

export function partsOf(view: PlanView): ViewParts {
  return { heads: view.heads, plan: view.plan, collections: pickMaps(view) };
}

/** A whole view from its plain parts (frozen here: they may come from JSON or another thread). */
export function viewFromParts(parts: ViewParts): PlanView {
  const maps = {} as Record<string, unknown>;
  for (const c of COLLECTIONS) {
    const map = parts.collections[c];
    if (map === null || typeof map !== 'object' || Array.isArray(map)) throw new Error(`the view has no ${c}`);
    for (const entity of Object.values(map)) deepFreeze(entity);
    maps[c] = map;
  }
  if (parts.plan === null || typeof parts.plan !== 'object' || typeof parts.plan.id !== 'string') throw new Error('the view has no plan');
  if (!Array.isArray(parts.heads) || parts.heads.some((h) => typeof h !== 'string')) throw new Error('the view has no heads');
  return derive([...parts.heads], deepFreeze(parts.plan), maps as MutableMaps, null);
}

/**
 * What changed between two views of the same plan, the second made from the first by
 * edits (entities an edit did not touch keep their identity): the entities put or removed
 * and the plan when it changed. Sent instead of the whole view from a worker engine.
 */
export interface ViewDelta {
  readonly heads: readonly string[];
  readonly plan?: Plan;
  readonly entities: { readonly [C in CollectionName]?: { readonly put: Readonly<Record<string, unknown>>; readonly del: readonly string[] } };
}

export function diffViews(before: PlanView, after: PlanView): ViewDelta {
  const entities: Record<string, { put: Record<string, unknown>; del: string[] }> = {};
  for (const c of COLLECTIONS) {
    const a = before[c] as Readonly<Record<string, unknown>>;
    const b = after[c] as Readonly<Record<string, unknown>>;
    if (a === b) continue;
    const put: Record<string, unknown> = {};
    const del: string[] = [];
    let any = false;
    for (const id of Object.keys(b)) {
      if (a[id] !== b[id]) {
        put[id] = b[id];
        any = true;
      }
    }
    for (const id of Object.keys(a)) {
      if (!(id in b)) {
        del.push(id);
        any = true;
      }
    }
    if (any) entities[c] = { put, del };
  }
  return { heads: after.heads, ...(before.plan !== after.plan ? { plan: after.plan } : {}), entities };
}

/**
 * Applies a delta to the view it was made from: the entities it names are replaced,
 * everything else is shared with `before`, and the derived parts are rebuilt only where
 * the touched entities need it (as after an edit, view.ts updateView).
 */
export function applyViewDelta(before: PlanView, delta: ViewDelta): PlanView {
  const maps = { ...pickMaps(before) } as MutableMaps;
  const touched = new Map<Target, Set<string>>();
  let plan = before.plan;
  if (delta.plan) {
    plan = deepFreeze(delta.plan);
    touched.set('plan', new Set());
  }
  for (const c of COLLECTIONS) {
    const change = delta.entities[c];
    if (!change) continue;
    const next = { ...maps[c] } as Record<string, unknown>;
    const ids = new Set<string>();
    for (const [id, entity] of Object.entries(change.put)) {
      next[id] = deepFreeze(entity);
      ids.add(id);
    }
    for (const id of change.del) {
      delete next[id];
      ids.add(id);
    }
    (maps as Record<string, unknown>)[c] = next;
    touched.set(c, ids);
  }
  return derive([...delta.heads], plan, maps, { previous: before, touched });
}
