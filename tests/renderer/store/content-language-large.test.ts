/**
 * shownView on the large generated plan (bench/generate-plan.ts: 2,000 results, 4,000
 * indicators, 1,000 milestones, 500 risks): localising the whole view once, and again after
 * an edit (one entity replaced), which localises only that entity. Prints the figures.
 */
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../../bench/generate-plan';
import { fingerprint, sourceKey, translationKey, type CollectionName, type PlanData } from '../../../shared/model';
import type { PlanView } from '../../../shared/plan-doc';
import { localizeView } from '../../../renderer/store/contentLanguage';
import { COLLECTIONS } from '../../../shared/model';
import { untranslatedCount } from '../../../renderer/features/plan/ShownLanguageBar';

/** The view's collections as records (what shownView reads), half the results and indicators translated into French. */
function largeView(): PlanView {
  const data: PlanData = generatePlan();
  const view: Record<string, unknown> = { plan: { ...data.plan, 'lang:fr': true } };
  for (const collection of COLLECTIONS) {
    const entities = data[collection as CollectionName] as { id: string; statement?: string; definition?: string }[];
    view[collection] = Object.fromEntries(
      entities.map((e, i) => {
        if (i % 2 === 1) return [e.id, e];
        if (typeof e.statement === 'string') return [e.id, { ...e, [translationKey('fr', 'statement')]: `FR ${e.statement}`, [sourceKey('fr', 'statement')]: fingerprint(e.statement) }];
        if (typeof e.definition === 'string') return [e.id, { ...e, [translationKey('fr', 'definition')]: `FR ${e.definition}`, [sourceKey('fr', 'definition')]: fingerprint(e.definition) }];
        return [e.id, e];
      }),
    );
  }
  return view as unknown as PlanView;
}

describe('shownView on the large plan', () => {
  it('localises 2,000 results and 4,000 indicators quickly, and an edit localises only what it replaced', () => {
    const view = largeView();
    let t0 = performance.now();
    const shown = localizeView(view, 'fr');
    const cold = performance.now() - t0;
    const [id0, id1] = Object.keys(view.results);
    expect(shown.results[id0!]!.statement.startsWith('FR ')).toBe(true);
    expect(shown.results[id1!]).toBe(view.results[id1!]);
    expect(shown.risks).toBe(view.risks);

    // An edit: the engine's view with one result replaced (a new results record, the others shared).
    const edited = { ...view.results[id0!]!, statement: 'Edited' };
    const next = { ...view, results: { ...view.results, [id0!]: edited } } as PlanView;
    t0 = performance.now();
    const shownNext = localizeView(next, 'fr');
    const warm = performance.now() - t0;
    expect(shownNext.indicators).toBe(shown.indicators);
    expect(shownNext.results[id1!]).toBe(shown.results[id1!]);
    const other = Object.keys(view.results)[2]!;
    expect(shownNext.results[other]).toBe(shown.results[other]);
    // The notice's count of untranslated texts: whole plan once, then after the edit.
    t0 = performance.now();
    const missing = untranslatedCount(view, 'fr');
    const countCold = performance.now() - t0;
    t0 = performance.now();
    expect(untranslatedCount(next, 'fr')).toBe(missing);
    const countWarm = performance.now() - t0;
    expect(missing).toBeGreaterThan(0);
    console.log(`shownView, large plan: first ${cold.toFixed(1)} ms, after an edit ${warm.toFixed(1)} ms; untranslated count ${missing}: first ${countCold.toFixed(1)} ms, after an edit ${countWarm.toFixed(1)} ms`);
    expect(cold).toBeLessThan(2000);
    expect(warm).toBeLessThan(200);
  });
});
