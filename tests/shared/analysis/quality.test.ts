/**
 * The quality report as a whole: its score, its order, the soft limits, the sample
 * plan's honest report, and its cost on a large plan.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUALITY_LIMITS, runQualityCheck, SCORE_WEIGHTS, type Finding } from '../../../shared/analysis/quality';
import { fixedClock } from '../../../shared/dates';
import type { PlanData } from '../../../shared/model';
import { PlanSession, updatePlan } from '../../../shared/plan-doc';
import { buildSamplePlan } from '../../../shared/sample';
import { counterHex } from '../../fixtures/plans';
import { changed, completePlan, find, indicator, plainView, result, roles, UNIT_A, UNIT_R, viewOf } from './quality-plans';

const targetId = (f: Finding) => ('id' in f.target ? (f.target.id ?? 'plan') : 'plan');
const describeFinding = (f: Finding) => `${f.severity} ${f.ruleId} ${targetId(f)}`;

describe('score', () => {
  it('is 100 only when every check passes', () => {
    expect(runQualityCheck(viewOf(completePlan())).score).toBe(100);
  });

  it('weighs a check by its severity: an error costs more than a warning, a warning more than a suggestion', () => {
    const suggestion = runQualityCheck(changed((d) => (find(d.indicators, 'i_o').benchmark = { value: null, comparator: '' }))).score;
    const warning = runQualityCheck(changed((d) => (find(d.indicators, 'i_o').unitOfMeasure = ''))).score;
    const error = runQualityCheck(changed((d) => (find(d.indicators, 'i_o').finalTarget = null))).score;
    expect(suggestion).toBeGreaterThan(warning);
    expect(warning).toBeGreaterThan(error);
    expect(suggestion).toBeLessThan(100);
  });

  it('is the weighted share of checks passed, rounded down', () => {
    // An empty plan: "has results" fails (an error, weight 4), the outcome limit passes (a warning, weight 2).
    const empty = runQualityCheck(changed((d) => ((d.results = []), (d.risks = []))));
    expect(empty.rules.filter((r) => r.total > 0).map((r) => r.ruleId)).toEqual(['planHasResults', 'outcomeCount']);
    expect(empty.score).toBe(Math.floor((100 * SCORE_WEIGHTS.warning) / (SCORE_WEIGHTS.error + SCORE_WEIGHTS.warning)));
    expect(empty.score).toBe(33);
  });

  it('counts findings by severity and tallies every rule', () => {
    const report = runQualityCheck(changed((d) => (d.indicators = [])));
    expect(report.counts).toEqual({ error: 3, warning: 0, suggestion: 0 });
    expect(report.rules.find((r) => r.ruleId === 'resultHasIndicator')).toEqual({ ruleId: 'resultHasIndicator', passed: 0, total: 3 });
    expect(report.rules.find((r) => r.ruleId === 'baselineSet')).toEqual({ ruleId: 'baselineSet', passed: 0, total: 0 });
  });
});

describe('order of findings', () => {
  it('lists errors first, then warnings, then suggestions, each in results-chain order', () => {
    const view = changed((d) => {
      d.results.push(result('o2', 'outcome', 'g', 'n', { assumptions: '' }));
      d.responsibilities.push(...roles('o2', [UNIT_A, 'A'], [UNIT_R, 'R']));
      find(d.results, 'p').assumptions = '';
      find(d.indicators, 'i_p').benchmark = { value: null, comparator: '' };
      find(d.indicators, 'i_g').finalTarget = null;
      find(d.results, 'a').statement = '';
    });
    expect(runQualityCheck(view).findings.map(describeFinding)).toEqual([
      'error finalTargetSet i_g',
      'error statementPresent a',
      'error resultHasIndicator o2',
      'warning assumptionsStated p',
      'warning assumptionsStated o2',
      'suggestion benchmarkSet i_p',
    ]);
  });

  it('puts plan findings first, and a result before its indicators', () => {
    const view = changed((d) => {
      d.plan.qualityLimits = { maxOutcomes: 1, maxOutputsPerOutcome: 6 };
      d.results.push(result('o2', 'outcome', 'g', 'n'));
      d.responsibilities.push(...roles('o2', [UNIT_A, 'A'], [UNIT_R, 'R']));
      d.indicators.push(indicator('i_o2', 'o2', d, { finalTarget: null }));
      find(d.results, 'o2').statement = '';
    });
    expect(runQualityCheck(view).findings.map(describeFinding)).toEqual([
      'error statementPresent o2',
      'error finalTargetSet i_o2',
      'warning outcomeCount plan',
    ]);
  });
});

/** Goal > one outcome with `outputs` outputs, everything else complete. */
function outcomeWithOutputs(outputs: number, limits?: PlanData['plan']['qualityLimits']) {
  return changed((d) => {
    if (limits) d.plan.qualityLimits = limits;
    for (let i = 2; i <= outputs; i++) {
      d.results.push(result(`p${i}`, 'output', 'o', `n${i}`));
      d.responsibilities.push(...roles(`p${i}`, [UNIT_A, 'A'], [UNIT_R, 'R']));
      d.indicators.push(indicator(`i_p${i}`, `p${i}`, d));
    }
  });
}

/** Goal > `outcomes` outcomes, each complete but for its output. */
function planWithOutcomes(outcomes: number, limits?: PlanData['plan']['qualityLimits']) {
  return changed((d) => {
    if (limits) d.plan.qualityLimits = limits;
    for (let i = 2; i <= outcomes; i++) {
      d.results.push(result(`o${i}`, 'outcome', 'g', `n${i}`));
      d.responsibilities.push(...roles(`o${i}`, [UNIT_A, 'A'], [UNIT_R, 'R']));
      d.indicators.push(indicator(`i_o${i}`, `o${i}`, d));
    }
  });
}

describe('soft limits from donor guidance', () => {
  it('defaults to 6 outputs per outcome and 10 outcomes', () => {
    expect(DEFAULT_QUALITY_LIMITS).toEqual({ maxOutputsPerOutcome: 6, maxOutcomes: 10 });
    expect(runQualityCheck(viewOf(completePlan())).limits).toEqual(DEFAULT_QUALITY_LIMITS);
  });

  it('warns about an outcome with 7 outputs, not one with 6', () => {
    expect(runQualityCheck(outcomeWithOutputs(6)).findings).toEqual([]);
    const report = runQualityCheck(outcomeWithOutputs(7));
    expect(report.findings.map(describeFinding)).toEqual(['warning outputsPerOutcome o']);
    expect(report.findings[0]!.message).toEqual({ key: 'quality.finding.tooManyOutputs', params: { levelKey: 'outcome', levelName: 'templates.levels.outcome', number: '1.1', count: 7, limit: 6 } });
  });

  it('uses the limit the plan sets', () => {
    expect(runQualityCheck(outcomeWithOutputs(7, { maxOutputsPerOutcome: 7, maxOutcomes: 10 })).findings).toEqual([]);
    expect(runQualityCheck(outcomeWithOutputs(4, { maxOutputsPerOutcome: 3, maxOutcomes: 10 })).findings.map(describeFinding)).toEqual(['warning outputsPerOutcome o']);
  });

  it('warns about a plan with 11 outcomes, not one with 10, and follows the plan\'s limit', () => {
    expect(runQualityCheck(planWithOutcomes(10)).findings.filter((f) => f.ruleId === 'outcomeCount')).toEqual([]);
    const report = runQualityCheck(planWithOutcomes(11));
    expect(report.findings.filter((f) => f.ruleId === 'outcomeCount').map(describeFinding)).toEqual(['warning outcomeCount plan']);
    expect(report.findings.find((f) => f.ruleId === 'outcomeCount')!.message.params).toEqual({ count: 11, limit: 10 });
    expect(runQualityCheck(planWithOutcomes(11, { maxOutcomes: 12, maxOutputsPerOutcome: 6 })).findings.filter((f) => f.ruleId === 'outcomeCount')).toEqual([]);
  });

  it('can be set through updatePlan, validated, and undone', () => {
    const session = PlanSession.create(completePlan(), { actor: 'a'.repeat(32), office: 'HQ', clock: fixedClock('2026-01-01T00:00:00.000Z') });
    session.run(updatePlan, { qualityLimits: { maxOutputsPerOutcome: 3, maxOutcomes: 2 } });
    expect(runQualityCheck(session.view).limits).toEqual({ maxOutputsPerOutcome: 3, maxOutcomes: 2 });
    expect(() => session.run(updatePlan, { qualityLimits: { maxOutputsPerOutcome: 0, maxOutcomes: 2 } })).toThrow();
    session.undo();
    expect(session.view.plan.qualityLimits).toBeUndefined();
    expect(runQualityCheck(session.view).limits).toEqual(DEFAULT_QUALITY_LIMITS);
  });
});

describe('the sample plan', () => {
  const data = buildSamplePlan({ randomHex: counterHex(), clock: fixedClock('2009-11-16T09:30:00.000Z'), officeName: 'HQ' });
  const view = viewOf(data);
  const report = runQualityCheck(view);
  const failing = (ruleId: Finding['ruleId']) => new Set(report.findings.filter((f) => f.ruleId === ruleId).map(targetId));
  const withIndicators = new Set(data.indicators.map((i) => i.resultId));

  it('has errors: the evaluation found the Office lacked indicators and baselines', () => {
    expect(report.counts.error).toBeGreaterThan(0);
    expect(report.score).toBeLessThan(100);
    expect(report.findings[0]!.severity).toBe('error');
  });

  it('reports the outcomes and outputs without an indicator, and none of those with one', () => {
    const missing = failing('resultHasIndicator');
    const levels = new Set([...missing].map((id) => view.results[id]!.level));
    expect(levels).toEqual(new Set(['goal', 'outcome', 'output']));
    for (const r of Object.values(view.results)) {
      if (r.level === 'activity') continue;
      expect(missing.has(r.id), r.statement).toBe(!withIndicators.has(r.id));
    }
  });

  it('reports exactly the indicators whose baseline the evaluation does not give', () => {
    const noBaseline = data.indicators.filter((i) => i.baseline.value === null).map((i) => i.id);
    expect(noBaseline.length).toBeGreaterThan(0);
    expect(failing('baselineSet')).toEqual(new Set(noBaseline));
    expect(failing('finalTargetSet')).toEqual(new Set(noBaseline));
  });

  it('finds nothing wrong in what the sample does have', () => {
    for (const rule of ['meansOfVerification', 'unitOfMeasure', 'measureConsistent', 'riskMitigated', 'milestoneInPeriod', 'resultPlaced', 'statementPresent', 'outcomeCount', 'outputsPerOutcome'] as const) {
      expect(failing(rule), rule).toEqual(new Set());
    }
    const resourced = new Set<string>(data.resources.map((a) => a.resultId));
    for (const id of failing('activityResourced')) expect(resourced.has(id)).toBe(false);
  });

  it('names its elements by number', () => {
    const first = report.findings.find((f) => f.ruleId === 'baselineSet')!;
    expect(first.message.key).toBe('quality.finding.noBaseline');
    expect(first.message.params).toMatchObject({ indicatorIndex: 1 });
    expect(String(first.message.params!.number)).toMatch(/^1\.\d+(\.\d+)?$/);
  });
});

describe('a large plan', () => {
  it('checks 2,000 results and 4,000 indicators quickly (one pass, indexed look-ups)', () => {
    const data = completePlan();
    data.results = [result('g', 'goal', null)];
    data.indicators = [];
    data.responsibilities = [];
    for (let o = 0; o < 20; o++) {
      const oid = `o${o}`;
      data.results.push(result(oid, 'outcome', 'g', `k${String(o).padStart(3, '0')}`));
      for (let p = 0; p < 6; p++) {
        const pid = `${oid}p${p}`;
        data.results.push(result(pid, 'output', oid, `k${p}`));
        for (let a = 0; a < 16; a++) data.results.push(result(`${pid}a${a}`, 'activity', pid, `k${String(a).padStart(3, '0')}`));
      }
    }
    data.results.slice(0, 2000).forEach((r, i) => {
      data.indicators.push(indicator(`i${i}a`, r.id, data), indicator(`i${i}b`, r.id, data, { sortKey: 'n' }));
      data.responsibilities.push(...roles(r.id, [UNIT_A, 'A']));
    });
    const view = plainView(data);
    expect(view.tree.length).toBeGreaterThanOrEqual(2000);
    expect(Object.keys(view.indicators).length).toBeGreaterThanOrEqual(4000);
    // Best of three, since other work on the machine can stall any one run. It takes
    // some 40 ms on a quiet laptop; the bound only catches a quadratic slip.
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      runQualityCheck(view);
      best = Math.min(best, performance.now() - start);
    }
    expect(runQualityCheck(view).counts.error).toBeGreaterThan(0);
    expect(best).toBeLessThan(300);
  });
});
