/**
 * The Translation view's rows as pure functions of the plan view: the plan's order, where
 * each text is, empty texts left out, states after edits (the per-entity cache never shows
 * an old state), filters that keep worked-on texts, and the next text needing work.
 */
import { describe, expect, it } from 'vitest';
import { reorderResult, setPlanLanguages, setTranslation, updateResult } from '../../../shared/plan-doc';
import type { ResultId } from '../../../shared/model';
import { buildRows, countStates, filterRows, nextNeedingWork, rowKey } from '../../../renderer/features/translation/rows';
import { sampleOffices } from '../../fixtures/plans';

function french() {
  const { hq } = sampleOffices();
  hq.run(setPlanLanguages, { add: ['fr'] });
  return hq;
}

describe('translation rows', () => {
  it('lists the plan, then the results chain with indicators and milestones, then the other groups, without empty texts', () => {
    const hq = french();
    const view = hq.view;
    const rows = buildRows(view, 'fr');
    expect(rows.slice(0, 2).map((r) => r.path)).toEqual(['title', 'organisation']);
    const groups = [...new Set(rows.map((r) => r.group))];
    expect(groups).toEqual(['plan', 'results', 'risks', 'sections', 'units', 'objectives', 'components', 'periods', 'partners', 'resources'].filter((g) => groups.includes(g as never)));
    expect(groups.slice(0, 4)).toEqual(['plan', 'results', 'risks', 'sections']);
    // Results in the chain's order, each followed by its own indicators.
    const resultRows = rows.filter((r) => r.target === 'results' && r.path === 'statement');
    expect(resultRows.map((r) => r.id)).toEqual(view.tree.filter((n) => view.results[n.id]!.statement.trim() !== '').map((n) => n.id));
    const first = view.tree[0]!;
    expect(rows.find((r) => r.id === first.id)!.where).toEqual([{ key: 'where.result', params: { number: first.number }, level: view.results[first.id]!.level }, { key: 'field.results.statement' }]);
    const withIndicator = view.tree.find((n) => (view.indicatorsByResult[n.id] ?? []).length > 0)!;
    const indicatorId = view.indicatorsByResult[withIndicator.id]![0]!;
    const definition = rows.find((r) => r.id === indicatorId && r.path === 'definition')!;
    expect(definition.where.map((p) => p.key)).toEqual(['where.result', 'where.indicator', 'field.indicators.definition']);
    expect(rows.indexOf(definition)).toBeGreaterThan(rows.findIndex((r) => r.id === withIndicator.id));
    const mov = rows.find((r) => r.id === indicatorId && r.path === 'meansOfVerification.source');
    if (mov) expect(mov.where.at(-1)).toEqual({ key: 'field.indicators.meansOfVerificationSource' });
    // No empty main text is listed.
    expect(rows.every((r) => r.main.trim() !== '')).toBe(true);
    // Keys are unique.
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('gives each text its state, and follows edits (cached rows never show an old state)', () => {
    const hq = french();
    const id = hq.view.tree[0]!.id as ResultId;
    const key = rowKey('results', id, 'statement');
    const state = () => buildRows(hq.view, 'fr').find((r) => r.key === key)!;
    expect(state().state).toBe('missing');
    hq.run(setTranslation, { target: 'results', id, language: 'fr', path: 'statement', text: 'Énoncé' });
    expect(state()).toMatchObject({ state: 'current', translation: 'Énoncé' });
    hq.run(updateResult, { id, fields: { statement: 'Changed' } });
    expect(state()).toMatchObject({ state: 'stale', main: 'Changed', translation: 'Énoncé' });
    hq.undo();
    expect(state().state).toBe('current');
    // A renumbered result's rows say the new number.
    const second = hq.view.tree.find((n) => n.depth === 1 && n.number.endsWith('.2'))!;
    const before = buildRows(hq.view, 'fr').find((r) => r.key === rowKey('results', second.id, 'statement'))!;
    expect(before.where[0]!.params!.number).toBe(second.number);
    hq.run(reorderResult, { id: second.id, direction: 'up' });
    const after = buildRows(hq.view, 'fr').find((r) => r.key === rowKey('results', second.id, 'statement'))!;
    expect(after.where[0]!.params!.number).toBe(second.number.replace(/2$/, '1'));
  });

  it('filters by state, keeps worked-on texts in view, counts states and finds the next text needing work', () => {
    const hq = french();
    const [a, b] = hq.view.tree.map((n) => n.id);
    hq.run(setTranslation, { target: 'results', id: a!, language: 'fr', path: 'statement', text: 'A' });
    hq.run(setTranslation, { target: 'results', id: b!, language: 'fr', path: 'statement', text: 'B' });
    hq.run(updateResult, { id: b as ResultId, fields: { statement: 'B changed' } });
    const rows = buildRows(hq.view, 'fr');
    const counts = countStates(rows);
    expect(counts).toEqual({ missing: rows.length - 2, stale: 1, current: 1 });
    expect(filterRows(rows, 'stale', new Set()).map((r) => r.key)).toEqual([rowKey('results', b!, 'statement')]);
    expect(filterRows(rows, 'work', new Set())).toHaveLength(rows.length - 1);
    expect(filterRows(rows, 'work', new Set([rowKey('results', a!, 'statement')]))).toHaveLength(rows.length);
    expect(filterRows(rows, 'all', new Set())).toBe(rows);
    const aAt = rows.findIndex((r) => r.key === rowKey('results', a!, 'statement'));
    // From the row before a translated one, the next needing work skips it.
    expect(nextNeedingWork(rows, rows[aAt - 1]!.key, 1)).toBe(aAt + 1);
    expect(nextNeedingWork(rows, rows[aAt + 1]!.key, -1)).toBe(aAt - 1);
    // Wraps around, and never answers the row it started from.
    expect(nextNeedingWork(rows, rows[rows.length - 1]!.key, 1)).toBe(0);
    expect(nextNeedingWork(rows, null, 1)).toBe(0);
    expect(nextNeedingWork([rows[0]!], rows[0]!.key, 1)).toBeNull();
  });
});
