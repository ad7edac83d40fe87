/**
 * The translation commands' storage in one round trip through two offices: languages added,
 * texts translated in different offices, merged, both kept; a main-text edit makes the
 * translation stale and confirming it makes it current again.
 */
import { describe, expect, it } from 'vitest';
import { planLanguages, translationOf, translationState, translatableText } from '../../../shared/model';
import { confirmTranslation, setPlanLanguages, setTranslation, updateResult } from '../../../shared/plan-doc';
import { sampleOffices } from '../../fixtures/plans';

describe('translation commands', () => {
  it('keeps two offices\' translations of different texts after a merge, and marks a changed main text stale', () => {
    const { hq, nairobi } = sampleOffices();
    hq.run(setPlanLanguages, { add: ['fr'] });
    expect(nairobi.adopt(nairobi.previewImport(hq))).toBe(true);
    const [a, b] = hq.view.rootIds.length > 1 ? hq.view.rootIds : [hq.view.rootIds[0]!, hq.view.tree[1]!.id];
    hq.run(setTranslation, { target: 'results', id: a!, language: 'fr', path: 'statement', text: 'Énoncé A' });
    nairobi.run(setTranslation, { target: 'results', id: b!, language: 'fr', path: 'statement', text: 'Énoncé B' });
    expect(hq.adopt(hq.previewImport(nairobi))).toBe(true);
    expect(planLanguages(hq.view.plan)).toEqual({ main: 'en', further: ['fr'] });
    expect(translationOf(hq.view.results[a!]!, 'fr', 'statement')?.text).toBe('Énoncé A');
    expect(translationOf(hq.view.results[b!]!, 'fr', 'statement')?.text).toBe('Énoncé B');
    const main = translatableText('results', hq.view.results[a!]!, 'statement')!;
    expect(translationState(main, translationOf(hq.view.results[a!]!, 'fr', 'statement'))).toBe('current');
    hq.run(updateResult, { id: a!, fields: { statement: `${main} (revised)` } });
    expect(translationState(`${main} (revised)`, translationOf(hq.view.results[a!]!, 'fr', 'statement'))).toBe('stale');
    hq.run(confirmTranslation, { target: 'results', id: a!, language: 'fr', path: 'statement' });
    expect(translationState(`${main} (revised)`, translationOf(hq.view.results[a!]!, 'fr', 'statement'))).toBe('current');
    hq.undo();
    expect(translationState(`${main} (revised)`, translationOf(hq.view.results[a!]!, 'fr', 'statement'))).toBe('stale');
  });
});
