/**
 * The indicators list: every indicator grouped under the result it measures, in the
 * order of the results chain, narrowed by a search and filters. Pure, so it is tested
 * without rendering.
 */
import type { Indicator, IndicatorId, ResultId, ResultLevel } from '../../../shared/model';
import type { PlanView } from '../../../shared/plan-doc';

export type FiguresFilter = 'all' | 'illustrative' | 'sourced';

export interface IndicatorFilters {
  readonly search: string;
  readonly level: ResultLevel | '';
  /** Only indicators without a baseline value. */
  readonly noBaseline: boolean;
  readonly figures: FiguresFilter;
}

export const NO_FILTERS: IndicatorFilters = { search: '', level: '', noBaseline: false, figures: 'all' };

export function filtersActive(f: IndicatorFilters): boolean {
  return f.search.trim() !== '' || f.level !== '' || f.noBaseline || f.figures !== 'all';
}

export interface IndicatorGroup {
  readonly resultId: ResultId;
  /** The result's number in the results chain ("1.1.2"). */
  readonly number: string;
  readonly level: ResultLevel;
  readonly statement: string;
  /** The indicators shown, each with its place among the result's indicators (1-based). */
  readonly items: readonly { readonly id: IndicatorId; readonly n: number }[];
}

export interface IndicatorListing {
  readonly groups: readonly IndicatorGroup[];
  readonly shown: number;
  readonly total: number;
}

function matches(ind: Indicator, f: IndicatorFilters, words: readonly string[], resultText: string): boolean {
  if (f.noBaseline && ind.baseline.value !== null) return false;
  if (f.figures === 'illustrative' && !ind.illustrative) return false;
  if (f.figures === 'sourced' && ind.illustrative) return false;
  if (words.length === 0) return true;
  const text = [ind.definition, ind.unitOfMeasure, ind.baseline.source, ind.meansOfVerification.source, ind.meansOfVerification.collectedBy, resultText].join(' ').toLowerCase();
  return words.every((w) => text.includes(w));
}

export function listIndicators(view: PlanView, f: IndicatorFilters): IndicatorListing {
  const words = f.search.toLowerCase().split(/\s+/).filter(Boolean);
  const groups: IndicatorGroup[] = [];
  let shown = 0;
  let total = 0;
  for (const node of view.tree) {
    const ids = view.indicatorsByResult[node.id];
    if (!ids || ids.length === 0) continue;
    total += ids.length;
    const result = view.results[node.id]!;
    if (f.level !== '' && result.level !== f.level) continue;
    const resultText = `${node.number} ${result.statement}`;
    const items = ids.flatMap((id, i) => (matches(view.indicators[id]!, f, words, resultText) ? [{ id, n: i + 1 }] : []));
    if (items.length === 0) continue;
    shown += items.length;
    groups.push({ resultId: node.id, number: node.number, level: result.level, statement: result.statement, items });
  }
  return { groups, shown, total };
}

/** Where an indicator stands: its result's number and its place among the result's indicators. */
export function indicatorPlace(view: PlanView, id: string): { readonly number: string; readonly n: number; readonly level: ResultLevel } | null {
  const ind = view.indicators[id];
  if (!ind) return null;
  const node = view.tree[view.treeIndex[ind.resultId] ?? -1];
  const result = view.results[ind.resultId];
  if (!node || !result) return null;
  return { number: node.number, n: (view.indicatorsByResult[ind.resultId] ?? []).indexOf(ind.id as IndicatorId) + 1, level: result.level };
}
