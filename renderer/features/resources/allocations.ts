/**
 * The allocations table's data: lines in the order of the results chain, then period and
 * source; filters; the labels that name a line; totals of the lines shown per currency.
 */
import { minorDigitsOf, SOURCES, toMajor, toMinor } from '../../../shared/analysis/resources';
import type { ResourceAllocation } from '../../../shared/model';
import type { PlanView } from '../../../shared/plan-doc';

export interface AllocationFilters {
  readonly resultId: string;
  readonly periodId: string;
  readonly source: string;
  readonly status: string;
}
export const NO_FILTERS: AllocationFilters = { resultId: '', periodId: '', source: '', status: '' };

export function sortedAllocations(view: PlanView): ResourceAllocation[] {
  const periodIndex = new Map(view.periodOrder.map((id, i) => [id as string, i]));
  const rank = (a: ResourceAllocation) => [view.treeIndex[a.resultId] ?? Number.MAX_SAFE_INTEGER, periodIndex.get(a.periodId) ?? Number.MAX_SAFE_INTEGER, SOURCES.indexOf(a.source)] as const;
  return Object.values(view.resources).sort((a, b) => {
    const [ra, pa, sa] = rank(a);
    const [rb, pb, sb] = rank(b);
    return ra - rb || pa - pb || sa - sb || a.id.localeCompare(b.id);
  });
}

export function filterAllocations(lines: readonly ResourceAllocation[], f: AllocationFilters): ResourceAllocation[] {
  return lines.filter((a) => (!f.resultId || a.resultId === f.resultId) && (!f.periodId || a.periodId === f.periodId) && (!f.source || a.source === f.source) && (!f.status || a.status === f.status));
}

/** "1.2.3" for a result in the chain, or null for one no longer in the plan. */
export function resultNumber(view: PlanView, resultId: string): string | null {
  const at = view.treeIndex[resultId];
  return at === undefined ? null : view.tree[at]!.number;
}

/** Sums per currency (exact, in minor units), the plan's currency first. */
export function totalsByCurrency(lines: readonly ResourceAllocation[], planCurrency: string): { currency: string; amount: number }[] {
  const minor = new Map<string, number>();
  for (const a of lines) minor.set(a.currency, (minor.get(a.currency) ?? 0) + toMinor(a.amount, minorDigitsOf(a.currency)));
  return [...minor]
    .sort(([a], [b]) => (a === planCurrency ? -1 : b === planCurrency ? 1 : a.localeCompare(b)))
    .map(([currency, m]) => ({ currency, amount: toMajor(m, minorDigitsOf(currency)) }));
}
