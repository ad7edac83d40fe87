/**
 * The quality check: runs every rule over a plan view in one walk of the results
 * chain and reports what is missing, in the order a planner reads the logframe.
 *
 * The score (0-100) is the weighted share of checks passed. A check is one rule
 * applied to one element (e.g. "Outcome 1.2 has an indicator"); it weighs by the
 * severity it carries, SCORE_WEIGHTS: error 4, warning 2, suggestion 1. So a missing
 * baseline costs four times what a missing benchmark does, and suggestions barely
 * move it. The share is rounded down, so 100 means every check passed.
 */
import type { Milestone, Risk } from '../model';
import type { PlanView } from '../plan-doc/view-types';
import { buildContext, indicatorRef, milestoneRef, resultRef, riskRef, type Rule } from './quality-context';
import { INDICATOR_RULES, MILESTONE_RULES, RISK_RULES } from './quality-rules-measures';
import { PLAN_RULES, RESULT_RULES } from './quality-rules-results';
import { checkTranslations } from './quality-rules-translations';
import {
  RULE_IDS,
  SEVERITIES,
  type Finding,
  type FindingTarget,
  type QualityOptions,
  type QualityReport,
  type RuleId,
  type Severity,
} from './quality-types';

export * from './quality-types';
export { LONG_STATEMENT } from './quality-rules-results';

export const SCORE_WEIGHTS: Readonly<Record<Severity, number>> = { error: 4, warning: 2, suggestion: 1 };

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, suggestion: 2 };

/** Highest-rated risk first: the one a reader should see first under its result. */
const byRating = (a: Risk, b: Risk) => b.likelihood * b.impact - a.likelihood * a.impact || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byDueDate = (a: Milestone, b: Milestone) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id < b.id ? -1 : 1);

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Risks are read with the first result (in chain order) they threaten; risks to the
 * plan as a whole, or to results that are gone, come after the results chain.
 */
function groupRisks(view: PlanView): { byResult: Map<string, Risk[]>; unlinked: Risk[] } {
  const byResult = new Map<string, Risk[]>();
  const unlinked: Risk[] = [];
  for (const risk of Object.values(view.risks)) {
    let first: string | null = null;
    let firstIndex = Infinity;
    for (const rid of risk.resultIds) {
      const index = view.treeIndex[rid];
      if (index !== undefined && index < firstIndex) [first, firstIndex] = [rid, index];
    }
    if (first === null) unlinked.push(risk);
    else push(byResult, first, risk);
  }
  for (const list of byResult.values()) list.sort(byRating);
  return { byResult, unlinked: unlinked.sort(byRating) };
}

/** Runs every rule on the plan. Pure: the same view and options give the same report. */
export function runQualityCheck(view: PlanView, options: QualityOptions = {}): QualityReport {
  const ctx = buildContext(view, options);
  const tallies = new Map<RuleId, { passed: number; total: number }>(RULE_IDS.map((id) => [id, { passed: 0, total: 0 }]));
  const found: { finding: Finding; order: number }[] = [];
  let order = 0;
  let weightAll = 0;
  let weightPassed = 0;

  const apply = <S>(rules: readonly Rule<S>[], subject: S, target: FindingTarget) => {
    const at = order++;
    for (const rule of rules) {
      const verdict = rule.check(subject, ctx);
      if (!verdict) continue;
      const tally = tallies.get(rule.id)!;
      const weight = SCORE_WEIGHTS[verdict.severity];
      tally.total++;
      weightAll += weight;
      if (verdict.failure) {
        found.push({ finding: { ruleId: rule.id, severity: verdict.severity, message: verdict.failure, target }, order: at });
      } else {
        tally.passed++;
        weightPassed += weight;
      }
    }
  };

  const milestonesByResult = new Map<string, Milestone[]>();
  for (const m of Object.values(view.milestones)) push(milestonesByResult, m.resultId, m);
  const risks = groupRisks(view);

  apply(PLAN_RULES, null, { kind: 'plan' });
  // Indicators, milestones and risks of a result that is gone are not checked: they are
  // not shown anywhere either, and come back with the result if it is restored.
  for (const node of view.tree) {
    const result = view.results[node.id]!;
    const ref = resultRef(result, node, ctx);
    apply(RESULT_RULES, { result, node, ref }, { kind: 'result', id: result.id });
    (view.indicatorsByResult[node.id] ?? []).forEach((id, position) => {
      apply(INDICATOR_RULES, { indicator: view.indicators[id]!, ref: indicatorRef(ref, position) }, { kind: 'indicator', id });
    });
    for (const milestone of (milestonesByResult.get(node.id) ?? []).sort(byDueDate)) {
      apply(MILESTONE_RULES, { milestone, ref: milestoneRef(milestone, ref) }, { kind: 'milestone', id: milestone.id });
    }
    for (const risk of risks.byResult.get(node.id) ?? []) apply(RISK_RULES, { risk, ref: riskRef(risk) }, { kind: 'risk', id: risk.id });
  }
  for (const risk of risks.unlinked) apply(RISK_RULES, { risk, ref: riskRef(risk) }, { kind: 'risk', id: risk.id });
  // Translations: findings and tallies, outside the score (quality-rules-translations.ts).
  const translations = checkTranslations(options.mainView ?? view, ctx);
  for (const finding of translations.findings) found.push({ finding, order: order++ });
  for (const [ruleId, tally] of Object.entries(translations.tallies)) tallies.set(ruleId as RuleId, tally);

  // Array#sort is stable: within one element, findings keep the rules' order.
  found.sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.order - b.order);
  const findings = found.map((f) => f.finding);
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) counts[f.severity]++;

  return {
    findings,
    counts,
    rules: RULE_IDS.map((ruleId) => ({ ruleId, ...tallies.get(ruleId)! })),
    score: weightAll === 0 ? 100 : Math.floor((100 * weightPassed) / weightAll),
    limits: ctx.limits,
  };
}
