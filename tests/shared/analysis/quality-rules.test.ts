/**
 * Every quality rule, passing and failing: the complete plan passes them all, and each
 * failing case breaks one thing in it.
 */
import { describe, expect, it } from 'vitest';
import { runQualityCheck, type Finding, type RuleId } from '../../../shared/analysis/quality';
import { fingerprint, furtherLanguageKey, sourceKey, translatableTexts, translationKey, type CollectionName, type PlanData, type TranslationTarget } from '../../../shared/model';
import type { PlanView } from '../../../shared/plan-doc';
import { changed, completePlan, find, indicator, milestone, mitigation, resources, result, risk, roles, UNIT_A, UNIT_R, viewOf } from './quality-plans';

const complete = viewOf(completePlan());

/** The plan with French as a further language and every text translated from its main text as it reads. */
function translatedIntoFrench(data: PlanData): PlanData {
  const translate = <E extends object>(target: TranslationTarget, entity: E): E => {
    const out: Record<string, unknown> = { ...(entity as Record<string, unknown>) };
    for (const { path, text } of translatableTexts(target, entity)) {
      if (text.trim() === '') continue;
      out[translationKey('fr', path)] = `FR ${text}`;
      out[sourceKey('fr', path)] = fingerprint(text);
    }
    return out as E;
  };
  const out: Record<string, unknown> = { plan: { ...translate('plan', data.plan), [furtherLanguageKey('fr')]: true } };
  for (const [collection, entities] of Object.entries(data)) if (collection !== 'plan') out[collection] = (entities as object[]).map((e) => translate(collection as CollectionName, e));
  return out as PlanData;
}
const completeInTwoLanguages = viewOf(translatedIntoFrench(completePlan()));

function findingsOf(view: PlanView, ruleId: RuleId, today?: string): Finding[] {
  return runQualityCheck(view, today ? { today } : {}).findings.filter((f) => f.ruleId === ruleId);
}

/** The rule's one finding, as "severity key target-id". */
function only(view: PlanView, ruleId: RuleId, today?: string): string {
  const found = findingsOf(view, ruleId, today);
  expect(found).toHaveLength(1);
  const f = found[0]!;
  return `${f.severity} ${f.message.key.replace('quality.finding.', '')} ${'id' in f.target ? f.target.id : f.target.kind}`;
}

describe('the complete plan', () => {
  it('has no findings and scores 100', () => {
    const report = runQualityCheck(complete, { today: '2010-01-01' });
    expect(report.findings).toEqual([]);
    expect(report.score).toBe(100);
    expect(report.counts).toEqual({ error: 0, warning: 0, suggestion: 0 });
  });

  it('applies every rule to something, and passes every check (translated into a further language, so the translation rules apply too)', () => {
    expect(runQualityCheck(completeInTwoLanguages, { today: '2010-01-01' }).findings).toEqual([]);
    const report = runQualityCheck(completeInTwoLanguages, { today: '2010-01-01' });
    for (const tally of report.rules) {
      expect(tally.total, tally.ruleId).toBeGreaterThan(0);
      expect(tally.passed, tally.ruleId).toBe(tally.total);
    }
  });
});

describe('plan rules', () => {
  it('planHasResults: an empty plan is an error', () => {
    expect(findingsOf(complete, 'planHasResults')).toEqual([]);
    expect(only(changed((d) => (d.results = [])), 'planHasResults')).toBe('error noResults plan');
  });
});

describe('result rules', () => {
  it('statementPresent: a blank statement is an error naming the result by number', () => {
    expect(findingsOf(complete, 'statementPresent')).toEqual([]);
    const view = changed((d) => (find(d.results, 'o').statement = '   '));
    expect(only(view, 'statementPresent')).toBe('error noStatement o');
    expect(findingsOf(view, 'statementPresent')[0]!.message.params).toMatchObject({ levelKey: 'outcome', number: '1.1' });
  });

  it('statementLength: over 300 characters is a suggestion, 300 is not', () => {
    expect(findingsOf(changed((d) => (find(d.results, 'p').statement = 'x'.repeat(300))), 'statementLength')).toEqual([]);
    expect(only(changed((d) => (find(d.results, 'p').statement = 'x'.repeat(301))), 'statementLength')).toBe('suggestion longStatement p');
  });

  it('resultPlaced: a result whose parent was deleted is an error, reported once for its subtree', () => {
    expect(findingsOf(complete, 'resultPlaced')).toEqual([]);
    const view = changed((d) => {
      d.results.push(result('o2', 'outcome', 'g', 'n', { deletedAt: '2026-01-01T00:00:00.000Z', deletedBy: 'HQ' }));
      d.results.push(result('p2', 'output', 'o2'), result('a2', 'activity', 'p2'));
    });
    expect(only(view, 'resultPlaced')).toBe('error unplaced p2');
    expect(findingsOf(view, 'resultPlaced')[0]!.message.params).toMatchObject({ number: 'U1' });
  });

  it('resultHasIndicator: a goal, outcome or output without one is an error; an activity needs none', () => {
    expect(findingsOf(complete, 'resultHasIndicator')).toEqual([]);
    expect(only(changed((d) => (d.indicators = d.indicators.filter((i) => i.resultId !== 'o'))), 'resultHasIndicator')).toBe('error noIndicator o');
    const all = findingsOf(changed((d) => (d.indicators = [])), 'resultHasIndicator');
    expect(all.map((f) => 'id' in f.target && f.target.id)).toEqual(['g', 'o', 'p']);
  });

  it('oneAccountableUnit: none or two is an error', () => {
    expect(findingsOf(complete, 'oneAccountableUnit')).toEqual([]);
    const without = (...ids: string[]) => changed((d) => (d.responsibilities = d.responsibilities.filter((r) => !(ids.includes(r.resultId) && r.role === 'A'))));
    expect(only(without('o'), 'oneAccountableUnit')).toBe('error noAccountable o');
    expect(findingsOf(without('p', 'a'), 'oneAccountableUnit').map((f) => `${f.severity} ${f.message.key} ${'id' in f.target && f.target.id}`)).toEqual([
      'error quality.finding.noAccountable p',
      'warning quality.finding.noAccountableActivity a',
    ]);
    const two = changed((d) => d.responsibilities.push(...roles('a', [UNIT_A, 'R'], [UNIT_R, 'A'])));
    expect(only(two, 'oneAccountableUnit')).toBe('error manyAccountable a');
    expect(findingsOf(two, 'oneAccountableUnit')[0]!.message.params).toMatchObject({ count: 2, units: 'LEAD, FIELD' });
  });

  it('oneAccountableUnit: an activity without its own accountable unit relies on its output\'s', () => {
    const view = changed((d) => (d.responsibilities = d.responsibilities.filter((r) => !(r.resultId === 'a' && r.role === 'A'))));
    expect(findingsOf(view, 'oneAccountableUnit')).toEqual([]);
  });

  it('oneAccountableUnit: the same unit listed twice is one unit; a deleted unit is none', () => {
    expect(findingsOf(changed((d) => d.responsibilities.push(...roles('o', [UNIT_A, 'A']).map((r) => ({ ...r, id: 'x_dup' as typeof r.id })))), 'oneAccountableUnit')).toEqual([]);
    const deleted = changed((d) => (find(d.units, UNIT_A).deletedAt = '2026-01-01T00:00:00.000Z'));
    expect(findingsOf(deleted, 'oneAccountableUnit')).toHaveLength(4);
  });

  it('responsibleUnit: none is an error above activities and a warning on an activity', () => {
    expect(findingsOf(complete, 'responsibleUnit')).toEqual([]);
    const without = (id: string) => changed((d) => (d.responsibilities = d.responsibilities.filter((r) => !(r.resultId === id && (r.role === 'R' || r.role === 'A')))));
    expect(only(without('g'), 'responsibleUnit')).toBe('error noResponsible g');
    expect(only(without('a'), 'responsibleUnit')).toBe('warning noResponsible a');
  });

  it('responsibleUnit: the single accountable unit does the work itself when no other unit is responsible (A/R)', () => {
    const accountableOnly = changed((d) => (d.responsibilities = d.responsibilities.filter((r) => !(r.resultId === 'g' && r.role === 'R'))));
    expect(findingsOf(accountableOnly, 'responsibleUnit')).toEqual([]);
  });

  it('assumptionsStated: an outcome or output without assumptions is a warning; goals and activities are not checked', () => {
    expect(findingsOf(complete, 'assumptionsStated')).toEqual([]);
    expect(only(changed((d) => (find(d.results, 'p').assumptions = '')), 'assumptionsStated')).toBe('warning noAssumptions p');
    expect(runQualityCheck(complete).rules.find((r) => r.ruleId === 'assumptionsStated')!.total).toBe(2);
  });

  it('activityResourced: an activity without a resource allocation is flagged with a warning', () => {
    expect(findingsOf(complete, 'activityResourced')).toEqual([]);
    const view = changed((d) => (d.resources = []));
    expect(only(view, 'activityResourced')).toBe('warning noResources a');
    expect(findingsOf(view, 'activityResourced')[0]!.message.params).toMatchObject({ levelKey: 'activity', number: '1.1.1.1' });
    const outputFunded = changed((d) => (d.resources = [resources('p', d)]));
    expect(only(outputFunded, 'activityResourced')).toBe('warning noResourcesOwn a');
  });
});

describe('indicator rules', () => {
  const edit = (fields: Parameters<typeof indicator>[3]) => changed((d) => Object.assign(find(d.indicators, 'i_o'), fields));

  it('baselineSet: a missing value, date or both is an error', () => {
    expect(findingsOf(complete, 'baselineSet')).toEqual([]);
    expect(only(edit({ baseline: { value: null, date: null, source: '' } }), 'baselineSet')).toBe('error noBaseline i_o');
    expect(only(edit({ baseline: { value: null, date: '2009-12-31', source: '' } }), 'baselineSet')).toBe('error noBaselineValue i_o');
    expect(only(edit({ baseline: { value: 0, date: null, source: '' } }), 'baselineSet')).toBe('error noBaselineDate i_o');
  });

  it('names an indicator by its place under its result', () => {
    const view = changed((d) => {
      d.indicators.push(indicator('i_o2', 'o', d, { sortKey: 'z', finalTarget: null }));
    });
    expect(findingsOf(view, 'finalTargetSet')[0]!.message.params).toMatchObject({ levelKey: 'outcome', number: '1.1', indicatorIndex: 2 });
  });

  it('finalTargetSet: no final target is an error', () => {
    expect(findingsOf(complete, 'finalTargetSet')).toEqual([]);
    expect(only(edit({ finalTarget: null }), 'finalTargetSet')).toBe('error noFinalTarget i_o');
  });

  it('unitOfMeasure: a blank unit is a warning', () => {
    expect(findingsOf(complete, 'unitOfMeasure')).toEqual([]);
    expect(only(edit({ unitOfMeasure: ' ' }), 'unitOfMeasure')).toBe('warning noUnit i_o');
  });

  it('measureConsistent: percentages stay within 0-100', () => {
    expect(findingsOf(edit({ measureType: 'percentage', finalTarget: 100, baseline: { value: 0, date: '2009-12-31', source: '' } }), 'measureConsistent')).toEqual([]);
    const view = edit({ measureType: 'percentage', finalTarget: 120 });
    expect(only(view, 'measureConsistent')).toBe('warning percentOutOfRange i_o');
    expect(findingsOf(view, 'measureConsistent')[0]!.message.params).toMatchObject({ field: 'finalTarget', value: 120 });
  });

  it('measureConsistent: a period target out of range names its period', () => {
    const view = changed((d) => {
      const ind = find(d.indicators, 'i_o');
      ind.measureType = 'percentage';
      ind.targets = { ...ind.targets, [d.periods[1]!.id]: -5 };
    });
    expect(findingsOf(view, 'measureConsistent')[0]!.message.params).toMatchObject({ field: 'target', value: -5, period: '2011' });
  });

  it('measureConsistent: qualitative values are stage indexes, and there must be stages', () => {
    const stages = ['None', 'Drafted', 'Adopted'];
    const qualitative = (fields: Parameters<typeof indicator>[3]) =>
      changed((d) => {
        const ind = find(d.indicators, 'i_o');
        Object.assign(ind, { measureType: 'qualitative', qualitativeStages: stages, baseline: { value: 0, date: '2009-12-31', source: '' }, benchmark: { value: null, comparator: 'Peer' }, finalTarget: 2, targets: {}, targetsNotApplicable: Object.fromEntries(d.periods.map((p) => [p.id, true])) }, fields);
      });
    expect(findingsOf(qualitative({}), 'measureConsistent')).toEqual([]);
    expect(only(qualitative({ qualitativeStages: [] }), 'measureConsistent')).toBe('warning noStages i_o');
    expect(only(qualitative({ finalTarget: 3 }), 'measureConsistent')).toBe('warning stageOutOfRange i_o');
    expect(only(qualitative({ finalTarget: 1.5 }), 'measureConsistent')).toBe('warning stageOutOfRange i_o');
  });

  it('measureConsistent: the final target moves from the baseline in the good direction', () => {
    expect(only(edit({ finalTarget: 2 }), 'measureConsistent')).toBe('warning targetBelowBaseline i_o');
    expect(only(edit({ direction: 'decrease' }), 'measureConsistent')).toBe('warning targetAboveBaseline i_o');
    expect(findingsOf(edit({ direction: 'decrease', finalTarget: 1 }), 'measureConsistent')).toEqual([]);
    expect(findingsOf(edit({ finalTarget: 5 }), 'measureConsistent')).toEqual([]);
  });

  it('meansOfVerification: a missing source or frequency is an error', () => {
    expect(findingsOf(complete, 'meansOfVerification')).toEqual([]);
    const mov = (source: string, frequency: string) => edit({ meansOfVerification: { source, frequency, method: 'x', collectedBy: 'y' } });
    expect(only(mov('', ''), 'meansOfVerification')).toBe('error noVerification i_o');
    expect(only(mov('', 'Annual'), 'meansOfVerification')).toBe('error noVerificationSource i_o');
    expect(only(mov('Report', ''), 'meansOfVerification')).toBe('error noVerificationFrequency i_o');
  });

  it('periodTargets: a period without a target is a warning unless marked not applicable', () => {
    expect(findingsOf(complete, 'periodTargets')).toEqual([]);
    const gap = changed((d) => {
      const ind = find(d.indicators, 'i_o');
      const { [d.periods[0]!.id]: _first, [d.periods[2]!.id]: _third, ...rest } = ind.targets;
      ind.targets = rest as typeof ind.targets;
    });
    expect(only(gap, 'periodTargets')).toBe('warning missingTargets i_o');
    expect(findingsOf(gap, 'periodTargets')[0]!.message.params).toMatchObject({ periods: '2010, 2012', count: 2 });
    const markedNa = changed((d) => {
      const ind = find(d.indicators, 'i_o');
      const first = d.periods[0]!.id;
      const { [first]: _first, ...rest } = ind.targets;
      ind.targets = rest as typeof ind.targets;
      ind.targetsNotApplicable = { [first]: true } as typeof ind.targetsNotApplicable;
    });
    expect(findingsOf(markedNa, 'periodTargets')).toEqual([]);
    expect(only(edit({ targets: {} }), 'periodTargets')).toBe('warning noTargets i_o');
  });

  it('benchmarkSet: no benchmark value or comparator is a suggestion', () => {
    expect(findingsOf(complete, 'benchmarkSet')).toEqual([]);
    expect(findingsOf(edit({ benchmark: { value: null, comparator: 'Regional average' } }), 'benchmarkSet')).toEqual([]);
    expect(only(edit({ benchmark: { value: null, comparator: '' } }), 'benchmarkSet')).toBe('suggestion noBenchmark i_o');
  });
});

describe('risk and milestone rules', () => {
  it('riskMitigated: a risk without a mitigation is an error', () => {
    expect(findingsOf(complete, 'riskMitigated')).toEqual([]);
    const view = changed((d) => (d.mitigations = []));
    expect(only(view, 'riskMitigated')).toBe('error noMitigation k');
    expect(findingsOf(view, 'riskMitigated')[0]!.message.params).toMatchObject({ riskName: 'Risk k: constituents lose interest' });
  });

  it('riskMitigated: a mitigation needs an owner and a due date; a cancelled one does not count', () => {
    expect(only(changed((d) => (d.mitigations = [mitigation('g1', 'k', { ownerUnitId: null })])), 'riskMitigated')).toBe('error mitigationIncomplete k');
    expect(only(changed((d) => (d.mitigations = [mitigation('g1', 'k', { dueDate: null })])), 'riskMitigated')).toBe('error mitigationIncomplete k');
    expect(only(changed((d) => (d.mitigations = [mitigation('g1', 'k', { status: 'cancelled' })])), 'riskMitigated')).toBe('error noMitigation k');
    const oneGood = changed((d) => d.mitigations.push(mitigation('g2', 'k', { ownerUnitId: null })));
    expect(findingsOf(oneGood, 'riskMitigated')).toEqual([]);
  });

  it('riskMitigated: risks to the plan as a whole are checked too', () => {
    expect(only(changed((d) => d.risks.push(risk('k2', []))), 'riskMitigated')).toBe('error noMitigation k2');
  });

  it('milestoneInPeriod: a milestone before the start or after the end of the plan period is an error', () => {
    expect(findingsOf(complete, 'milestoneInPeriod')).toEqual([]);
    const edge = changed((d) => (d.milestones = [milestone('m1', 'p', '2010-01-01'), milestone('m2', 'p', '2015-12-31')]));
    expect(findingsOf(edge, 'milestoneInPeriod')).toEqual([]);
    expect(only(changed((d) => (d.milestones = [milestone('m', 'p', '2009-12-31')])), 'milestoneInPeriod')).toBe('error milestoneBeforePeriod m');
    const late = changed((d) => (d.milestones = [milestone('m', 'p', '2016-01-01')]));
    expect(only(late, 'milestoneInPeriod')).toBe('error milestoneAfterPeriod m');
    expect(findingsOf(late, 'milestoneInPeriod')[0]!.message.params).toMatchObject({ date: '2016-01-01', end: '2015-12-31', number: '1.1.1', milestoneTitle: 'Milestone m' });
  });

  it('milestoneOverdue: only with a today, a milestone past its date and not done is a suggestion', () => {
    expect(findingsOf(complete, 'milestoneOverdue')).toEqual([]);
    expect(runQualityCheck(complete).rules.find((r) => r.ruleId === 'milestoneOverdue')!.total).toBe(0);
    expect(findingsOf(complete, 'milestoneOverdue', '2012-06-30')).toEqual([]);
    expect(only(complete, 'milestoneOverdue', '2012-07-01')).toBe('suggestion milestoneOverdue m');
    const done = changed((d) => (d.milestones = [milestone('m', 'p', '2012-06-30', { status: 'done', completedDate: '2012-06-01' })]));
    expect(findingsOf(done, 'milestoneOverdue', '2020-01-01')).toEqual([]);
    expect(findingsOf(complete, 'milestoneOverdue', 'not a date')).toEqual([]);
  });
});

describe('indexes', () => {
  it('reads roles, resources and mitigations of the right element only', () => {
    const view = changed((d) => {
      d.results.push(result('a2', 'activity', 'p', 'n'));
      d.responsibilities.push(...roles('a2', [UNIT_R, 'C']));
      d.risks.push(risk('k2', ['p']));
    });
    const report = runQualityCheck(view);
    expect(report.findings.map((f) => `${f.ruleId} ${'id' in f.target ? f.target.id : ''}`)).toEqual([
      'riskMitigated k2',
      'responsibleUnit a2',
      'activityResourced a2',
    ]);
  });
});
