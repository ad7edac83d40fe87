import { describe, expect, it } from 'vitest';
import type { Indicator, IndicatorId, ReportingPeriodId, ResultId } from '../../../shared/model';
import type {
  PlanSession} from '../../../shared/plan-doc';
import {
  addCategory,
  addEntity,
  addIndicator,
  addResult,
  addStage,
  blankIndicator,
  categoryValueCount,
  CommandError,
  deleteIndicator,
  moveStage,
  removeCategory,
  removeStage,
  renameCategory,
  renameStage,
  updateIndicator,
  type Patch,
} from '../../../shared/plan-doc';
import { newSession } from '../../fixtures/plans';

const rid = (s: string) => s as ResultId;
const iid = (s: string) => s as IndicatorId;

function plan(fields: Partial<Indicator> = {}): { s: PlanSession; y: ReportingPeriodId[] } {
  const s = newSession();
  s.run(addResult, { id: rid('g'), parentId: null, statement: 'Goal' });
  s.run(addIndicator, { indicator: { ...blankIndicator(iid('i1'), rid('g'), 'a0', 'Women trained'), ...fields } });
  return { s, y: s.view.periodOrder.slice() };
}

const ind = (s: PlanSession) => s.view.indicators['i1']!;
const update = (s: PlanSession, fields: Patch<Indicator>) => s.run(updateIndicator, { id: iid('i1'), fields });
function refused(s: PlanSession, run: () => unknown, code: string, params?: Record<string, unknown>) {
  const view = s.view;
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(CommandError);
  expect((error as CommandError).code).toBe(code);
  if (params) expect((error as CommandError).params).toMatchObject(params);
  expect(s.view).toBe(view);
}

describe('addIndicator, updateIndicator, deleteIndicator', () => {
  it('adds an indicator to a result, and refuses one for a result that is not there', () => {
    const { s } = plan();
    expect(s.view.indicatorsByResult['g']).toEqual(['i1']);
    expect(s.undoLabel()).toEqual({ key: 'indicators.history.add' });
    refused(s, () => s.run(addIndicator, { indicator: blankIndicator(iid('i2'), rid('nope'), 'a1') }), 'errors.resultNotFound');
  });

  it('sets targets, actuals with evidence and a link, and the baseline, each undoable', () => {
    const { s, y } = plan();
    update(s, { targets: { [y[0]!]: 10, [y[1]!]: 20 } });
    update(s, { actuals: { [y[0]!]: { value: 12, date: '2010-12-31', evidence: 'Training records', link: 'https://example.org/records' } } });
    update(s, { baseline: { value: 4, date: '2009-12-31' } });
    expect(ind(s).targets).toEqual({ [y[0]!]: 10, [y[1]!]: 20 });
    expect(ind(s).actuals[y[0]!]).toEqual({ value: 12, date: '2010-12-31', evidence: 'Training records', link: 'https://example.org/records' });
    expect(ind(s).baseline).toEqual({ value: 4, date: '2009-12-31', source: '' });
    s.undo();
    expect(ind(s).baseline.value).toBeNull();
    update(s, { targets: { [y[1]!]: undefined } });
    expect(ind(s).targets).toEqual({ [y[0]!]: 10 });
  });

  it('refuses a percentage outside 0-100, an actual dated outside the plan, a link that is not http(s), a period that is not there', () => {
    const { s, y } = plan({ measureType: 'percentage' });
    refused(s, () => update(s, { targets: { [y[0]!]: 120 } }), 'indicators.errors.percentRange', { value: 120 });
    refused(s, () => update(s, { baseline: { value: -1 } }), 'indicators.errors.percentRange');
    refused(s, () => update(s, { actuals: { [y[0]!]: { value: 50, date: '2016-01-01', evidence: '', link: '' } } }), 'indicators.errors.dateOutsidePlan', { date: '2016-01-01', start: '2010-01-01', end: '2015-12-31' });
    refused(s, () => update(s, { actuals: { [y[0]!]: { value: 50, date: null, evidence: '', link: 'javascript:alert(1)' } } }), 'indicators.errors.badLink');
    refused(s, () => update(s, { actuals: { [y[0]!]: { value: 50, date: null, evidence: '', link: 'www.example.org' } } }), 'indicators.errors.badLink');
    refused(s, () => update(s, { targets: { ['d_nope' as ReportingPeriodId]: 5 } }), 'indicators.errors.periodNotFound');
    refused(s, () => update(s, { baseline: { date: '2016-02-01' } }), 'indicators.errors.baselineAfterPlan');
    refused(s, () => update(s, { finalTarget: Number.NaN }), 'errors.invalidEntity');
    update(s, { targets: { [y[0]!]: 100 }, actuals: { [y[0]!]: { value: 0, date: '2010-01-01', evidence: '', link: 'http://localhost:8080/x' } } });
    expect(ind(s).targets[y[0]!]).toBe(100);
  });

  it('refuses changing the measure type when figures would not fit it, but not an edit unrelated to an old misfit', () => {
    const { s, y } = plan({ targets: {} });
    update(s, { targets: { [y[0]!]: 150 } });
    refused(s, () => update(s, { measureType: 'percentage' }), 'indicators.errors.percentRange', { value: 150 });
    refused(s, () => update(s, { measureType: 'qualitative' }), 'indicators.errors.noStages');
    // A figure merged in from another copy that no longer fits does not block other edits.
    const other = newSession();
    other.run(addResult, { id: rid('g'), parentId: null, statement: 'Goal' });
    const y0 = other.view.periodOrder[0]!;
    other.run(addEntity, { collection: 'indicators', entity: { ...blankIndicator(iid('i1'), rid('g'), 'a0'), measureType: 'percentage', targets: { [y0]: 150 } } });
    expect(() => update(other, { unitOfMeasure: '% of offices' })).not.toThrow();
    expect(ind(other).unitOfMeasure).toBe('% of offices');
    refused(other, () => update(other, { targets: { [y0]: 160 } }), 'indicators.errors.percentRange', { value: 160 });
  });

  it('accepts stage numbers for a qualitative indicator and refuses values that are not one of its stages', () => {
    const { s, y } = plan({ measureType: 'qualitative', qualitativeStages: ['None', 'Drafted', 'Adopted'] });
    update(s, { targets: { [y[0]!]: 2 } });
    refused(s, () => update(s, { targets: { [y[1]!]: 3 } }), 'indicators.errors.notAStage', { value: 3, count: 3 });
    refused(s, () => update(s, { targets: { [y[1]!]: 1.5 } }), 'indicators.errors.notAStage');
  });

  it('deletes an indicator as a tombstone that undo restores', () => {
    const { s } = plan();
    s.run(deleteIndicator, { id: iid('i1') });
    expect(s.view.indicators['i1']).toBeUndefined();
    expect(s.view.indicatorsByResult['g']).toBeUndefined();
    expect(s.undoLabel()).toEqual({ key: 'indicators.history.delete' });
    s.undo();
    expect(s.view.indicators['i1']?.definition).toBe('Women trained');
  });
});

describe('disaggregation categories', () => {
  function withCategories() {
    const { s, y } = plan({ disaggregation: ['Women', 'Men'] });
    update(s, {
      categoryTargets: { [y[0]!]: { Women: 5, Men: 5 }, [y[1]!]: { Women: 8 } },
      actuals: { [y[0]!]: { value: 9, date: null, evidence: '', link: '', byCategory: { Women: 4, Men: 5 } } },
    });
    return { s, y };
  }

  it('adds a category, refusing an empty name or one already there in any case', () => {
    const { s } = withCategories();
    s.run(addCategory, { id: iid('i1'), category: '  Youth ' });
    // Categories are a set in the document (offices' additions merge), listed in sorted order.
    expect(ind(s).disaggregation).toEqual(['Men', 'Women', 'Youth']);
    refused(s, () => s.run(addCategory, { id: iid('i1'), category: 'women' }), 'indicators.errors.duplicateCategory');
    refused(s, () => s.run(addCategory, { id: iid('i1'), category: '   ' }), 'indicators.errors.categoryRequired');
    refused(s, () => s.run(addCategory, { id: iid('i1'), category: '__proto__' }), 'indicators.errors.categoryInvalid');
  });

  it('renames a category in one change, moving its targets and actuals; undo moves them back', () => {
    const { s, y } = withCategories();
    const before = ind(s);
    s.run(renameCategory, { id: iid('i1'), from: 'Women', to: 'Female' });
    expect(ind(s).disaggregation).toEqual(['Female', 'Men']);
    expect(ind(s).categoryTargets).toEqual({ [y[0]!]: { Female: 5, Men: 5 }, [y[1]!]: { Female: 8 } });
    expect(ind(s).actuals[y[0]!]!.byCategory).toEqual({ Female: 4, Men: 5 });
    expect(s.undoLabel()).toEqual({ key: 'indicators.history.renameCategory' });
    s.undo();
    expect(ind(s)).toEqual(before);
    refused(s, () => s.run(renameCategory, { id: iid('i1'), from: 'Women', to: 'Men' }), 'indicators.errors.duplicateCategory');
    refused(s, () => s.run(renameCategory, { id: iid('i1'), from: 'Youth', to: 'Young' }), 'indicators.errors.categoryNotFound');
  });

  it('removes a category with its values, counted beforehand for the confirmation', () => {
    const { s, y } = withCategories();
    expect(categoryValueCount(ind(s), 'Women')).toBe(3);
    s.run(removeCategory, { id: iid('i1'), category: 'Women' });
    expect(ind(s).disaggregation).toEqual(['Men']);
    expect(ind(s).categoryTargets).toEqual({ [y[0]!]: { Men: 5 }, [y[1]!]: {} });
    expect(ind(s).actuals[y[0]!]!.byCategory).toEqual({ Men: 5 });
  });

  it('refuses a value for a category the indicator does not have', () => {
    const { s, y } = withCategories();
    refused(s, () => update(s, { categoryTargets: { [y[2]!]: { Youth: 3 } } }), 'indicators.errors.categoryNotFound', { category: 'Youth' });
  });
});

describe('qualitative stages', () => {
  function staged() {
    const { s, y } = plan({ measureType: 'qualitative', qualitativeStages: ['None', 'Drafted', 'Consulted', 'Adopted'] });
    update(s, { baseline: { value: 0 }, targets: { [y[0]!]: 1, [y[1]!]: 3 }, finalTarget: 3, actuals: { [y[0]!]: { value: 2, date: null, evidence: '', link: '' } } });
    return { s, y };
  }

  it('adds and renames a stage without touching the values', () => {
    const { s, y } = staged();
    s.run(addStage, { id: iid('i1'), stage: 'Reviewed' });
    s.run(renameStage, { id: iid('i1'), index: 1, stage: 'Draft written' });
    expect(ind(s).qualitativeStages).toEqual(['None', 'Draft written', 'Consulted', 'Adopted', 'Reviewed']);
    expect(ind(s).targets).toEqual({ [y[0]!]: 1, [y[1]!]: 3 });
    refused(s, () => s.run(renameStage, { id: iid('i1'), index: 1, stage: ' ' }), 'indicators.errors.stageNameRequired');
    refused(s, () => s.run(renameStage, { id: iid('i1'), index: 9, stage: 'X' }), 'indicators.errors.stageNotFound');
  });

  it('moves a stage and every value naming a stage follows it', () => {
    const { s, y } = staged();
    // "Adopted" (3) moves before "Consulted" (2).
    s.run(moveStage, { id: iid('i1'), from: 3, to: 2 });
    expect(ind(s).qualitativeStages).toEqual(['None', 'Drafted', 'Adopted', 'Consulted']);
    expect(ind(s).targets).toEqual({ [y[0]!]: 1, [y[1]!]: 2 });
    expect(ind(s).finalTarget).toBe(2);
    expect(ind(s).actuals[y[0]!]!.value).toBe(3);
    expect(ind(s).baseline.value).toBe(0);
    s.undo();
    expect(ind(s).qualitativeStages[3]).toBe('Adopted');
    expect(ind(s).targets[y[1]!]).toBe(3);
  });

  it('removes a stage no value names, renumbering the later ones, and refuses one in use', () => {
    const { s, y } = staged();
    refused(s, () => s.run(removeStage, { id: iid('i1'), index: 3 }), 'indicators.errors.stageInUse', { stage: 'Adopted', count: 2 });
    update(s, { targets: { [y[0]!]: 3 } });
    s.run(removeStage, { id: iid('i1'), index: 1 });
    expect(ind(s).qualitativeStages).toEqual(['None', 'Consulted', 'Adopted']);
    expect(ind(s).targets).toEqual({ [y[0]!]: 2, [y[1]!]: 2 });
    expect(ind(s).actuals[y[0]!]!.value).toBe(1);
  });

  it('reorders the stages of a numeric indicator without renumbering its figures', () => {
    const { s, y } = plan({ qualitativeStages: ['A', 'B'] });
    update(s, { targets: { [y[0]!]: 1 } });
    s.run(moveStage, { id: iid('i1'), from: 0, to: 1 });
    expect(ind(s).targets[y[0]!]).toBe(1);
  });
});
