/**
 * The logframe matrix's rows: the results chain in order, filtered, and grouped by
 * component when the plan has components. Pure functions of the view, so they are
 * unit-tested and cheap to recompute (one pass over the tree).
 */
import type { ResultId } from '../../../shared/model';
import type { MatrixPrefs } from '../../store';
import type { PlanView, TreeNode } from '../../../shared/plan-doc';

export type MatrixFilters = MatrixPrefs['filters'];

export const NO_FILTERS: MatrixFilters = { componentId: '', level: '', unitId: '', objectiveId: '', search: '' };

export type MatrixRow =
  | { readonly kind: 'group'; readonly key: string; readonly componentId: string | null }
  | { readonly kind: 'result'; readonly key: string; readonly id: ResultId; readonly node: TreeNode };

/** Component id meaning "results with no component" in the component filter. */
export const NO_COMPONENT = '__none__';

export function hasFilters(filters: MatrixFilters): boolean {
  return Object.values(filters).some((v) => v !== '');
}

/** Results (ids) for which `unitId` has any role. */
function resultsOfUnit(view: PlanView, unitId: string): Set<string> {
  const out = new Set<string>();
  for (const r of Object.values(view.responsibilities)) if (r.unitId === unitId) out.add(r.resultId);
  return out;
}

function matchesSearch(view: PlanView, id: string, needle: string): boolean {
  const r = view.results[id]!;
  if (r.statement.toLowerCase().includes(needle) || r.assumptions.toLowerCase().includes(needle) || r.description.toLowerCase().includes(needle)) return true;
  for (const iid of view.indicatorsByResult[id] ?? []) if (view.indicators[iid]!.definition.toLowerCase().includes(needle)) return true;
  return false;
}

export function matrixRows(view: PlanView, filters: MatrixFilters, groupByComponent: boolean): MatrixRow[] {
  const unitResults = filters.unitId ? resultsOfUnit(view, filters.unitId) : null;
  const needle = filters.search.trim().toLowerCase();
  const keep = (node: TreeNode): boolean => {
    const r = view.results[node.id]!;
    if (filters.level && r.level !== filters.level) return false;
    if (filters.componentId === NO_COMPONENT ? r.componentId !== null : filters.componentId && r.componentId !== filters.componentId) return false;
    if (filters.objectiveId && !(filters.objectiveId in r.objectiveTags)) return false;
    if (unitResults && !unitResults.has(node.id)) return false;
    if (needle && !matchesSearch(view, node.id, needle)) return false;
    return true;
  };
  const kept = view.tree.filter(keep);
  if (!groupByComponent || view.componentOrder.length === 0) {
    return kept.map((node) => ({ kind: 'result', key: node.id, id: node.id, node }));
  }
  const groups = new Map<string | null, TreeNode[]>();
  for (const node of kept) {
    const c = view.results[node.id]!.componentId;
    const key = c && view.components[c] ? c : null;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(node);
  }
  const out: MatrixRow[] = [];
  for (const key of [null, ...view.componentOrder]) {
    const list = groups.get(key);
    if (!list) continue;
    out.push({ kind: 'group', key: `group:${key ?? 'none'}`, componentId: key });
    for (const node of list) out.push({ kind: 'result', key: node.id, id: node.id, node });
  }
  return out;
}
