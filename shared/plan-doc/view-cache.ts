/**
 * The cached copy of a plan's view, stored with the heads it reflects so the plan paints
 * at once on open, before its document is loaded. Only the view's plain parts are stored
 * (the derived tree, groups and orders are rebuilt on reading, by the code that reads
 * them); a cache in another format, of other heads, or unreadable is refused (null) and
 * never shown as the plan.
 */
import { sameHeads } from '../heads';
import { partsOf, viewFromParts, type ViewParts } from './view-derive';
import type { PlanView } from './view-types';

/** Bumped whenever the stored parts change shape: an older cache is then ignored. */
export const VIEW_CACHE_FORMAT = 1;

export function encodeViewCache(view: PlanView): string {
  return JSON.stringify({ format: VIEW_CACHE_FORMAT, ...partsOf(view) });
}

/** The view a cache holds when it is of `heads` (the stored document's last heads), else null. */
export function decodeViewCache(json: string, heads: readonly string[]): PlanView | null {
  try {
    const parsed = JSON.parse(json) as Partial<ViewParts> & { format?: unknown };
    if (parsed === null || typeof parsed !== 'object' || parsed.format !== VIEW_CACHE_FORMAT) return null;
    if (!Array.isArray(parsed.heads) || heads.length === 0 || !sameHeads(parsed.heads, heads)) return null;
    return viewFromParts(parsed as ViewParts);
  } catch {
    return null;
  }
}
