import { describe, expect, it } from 'vitest';
import { actualPatch, categoryActualPatch, notApplicablePatch, targetPatch } from '../../../renderer/features/indicators/edit';
import { listIndicators, NO_FILTERS } from '../../../renderer/features/indicators/filter';
import type { Indicator, IndicatorId, ReportingPeriodId, ResultId } from '../../../shared/model';
import { addIndicator, addResult, blankIndicator, type PlanSession } from '../../../shared/plan-doc';
import { newSession } from '../../fixtures/plans';

const p = 'd_1' as ReportingPeriodId;
const base = (fields: Partial<Indicator> = {}): Indicator => ({ ...blankIndicator('i1' as IndicatorId, 'r1' as ResultId, 'a0'), ...fields });

describe('patches of the editor', () => {
  it('creates an actual with the field typed, edits only that field of an existing one, and removes an actual left empty', () => {
    expect(actualPatch(base(), p, { value: 4 })).toEqual({ actuals: { d_1: { value: 4, date: null, evidence: '', link: '' } } });
    const withActual = base({ actuals: { [p]: { value: 4, date: null, evidence: 'Survey', link: '' } } });
    expect(actualPatch(withActual, p, { value: 5 })).toEqual({ actuals: { d_1: { value: 5 } } });
    expect(actualPatch(base({ actuals: { [p]: { value: 4, date: null, evidence: '', link: '' } } }), p, { value: null })).toEqual({ actuals: { d_1: undefined } });
    expect(actualPatch(base(), p, { evidence: '' })).toEqual({});
  });

  it('sets an actual per category inside the period\'s actual, and keeps an actual that still holds category figures', () => {
    expect(categoryActualPatch(base(), p, 'Women', 2)).toEqual({ actuals: { d_1: { value: null, date: null, evidence: '', link: '', byCategory: { Women: 2 } } } });
    const both = base({ actuals: { [p]: { value: null, date: null, evidence: '', link: '', byCategory: { Women: 2, Men: 3 } } } });
    expect(categoryActualPatch(both, p, 'Women', null)).toEqual({ actuals: { d_1: { byCategory: { Women: undefined } } } });
    const one = base({ actuals: { [p]: { value: null, date: null, evidence: '', link: '', byCategory: { Women: 2 } } } });
    expect(categoryActualPatch(one, p, 'Women', null)).toEqual({ actuals: { d_1: undefined } });
  });

  it('lifts "not applicable" when a target is typed, and drops the target when marked not applicable', () => {
    expect(targetPatch(base({ targetsNotApplicable: { [p]: true } }), p, 5)).toEqual({ targets: { d_1: 5 }, targetsNotApplicable: { d_1: undefined } });
    expect(targetPatch(base(), p, null)).toEqual({ targets: { d_1: undefined } });
    expect(notApplicablePatch(p, true)).toEqual({ targetsNotApplicable: { d_1: true }, targets: { d_1: undefined } });
  });
});

describe('listIndicators', () => {
  function plan(): PlanSession {
    const s = newSession();
    s.run(addResult, { id: 'g' as ResultId, parentId: null, statement: 'Goal' });
    s.run(addResult, { id: 'o1' as ResultId, parentId: 'g' as ResultId, statement: 'First outcome' });
    s.run(addResult, { id: 'o2' as ResultId, parentId: 'g' as ResultId, statement: 'Second outcome' });
    const add = (id: string, resultId: string, sortKey: string, fields: Partial<Indicator>) =>
      s.run(addIndicator, { indicator: { ...blankIndicator(id as IndicatorId, resultId as ResultId, sortKey), ...fields } });
    add('i_b', 'o2', 'a1', { definition: 'Ratifications of Convention No. 143', baseline: { value: 5, date: null, source: '' }, illustrative: true });
    add('i_a', 'o2', 'a0', { definition: 'Ratifications of Convention No. 97', baseline: { value: 5, date: null, source: '' } });
    add('i_c', 'o1', 'a0', { definition: 'Strategy paper stage' });
    add('i_g', 'g', 'a0', { definition: 'Migrant workers covered', unitOfMeasure: 'millions' });
    return s;
  }

  it('groups indicators under their results in the order of the results chain, numbered as there', () => {
    const listing = listIndicators(plan().view, NO_FILTERS);
    expect(listing.groups.map((g) => [g.number, g.level, g.items.map((i) => `${i.id}#${i.n}`)])).toEqual([
      ['1', 'goal', ['i_g#1']],
      ['1.1', 'outcome', ['i_c#1']],
      ['1.2', 'outcome', ['i_a#1', 'i_b#2']],
    ]);
    expect(listing).toMatchObject({ shown: 4, total: 4 });
  });

  it('filters by words in any order, by level, by missing baseline and by illustrative figures', () => {
    const view = plan().view;
    const ids = (f: Partial<typeof NO_FILTERS>) => listIndicators(view, { ...NO_FILTERS, ...f }).groups.flatMap((g) => g.items.map((i) => i.id));
    expect(ids({ search: 'convention ratifications' })).toEqual(['i_a', 'i_b']);
    expect(ids({ search: 'MILLIONS' })).toEqual(['i_g']);
    expect(ids({ search: 'second outcome' })).toEqual(['i_a', 'i_b']);
    expect(ids({ level: 'outcome' })).toEqual(['i_c', 'i_a', 'i_b']);
    expect(ids({ noBaseline: true })).toEqual(['i_g', 'i_c']);
    expect(ids({ figures: 'illustrative' })).toEqual(['i_b']);
    expect(ids({ figures: 'sourced', level: 'outcome', noBaseline: false })).toEqual(['i_c', 'i_a']);
    expect(listIndicators(view, { ...NO_FILTERS, search: 'nothing like this' })).toMatchObject({ groups: [], shown: 0, total: 4 });
  });
});
