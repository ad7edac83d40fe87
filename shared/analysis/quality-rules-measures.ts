/**
 * Quality rules on how results are measured and protected: indicators (baseline,
 * targets, unit, means of verification, benchmark), risks and their mitigations, and
 * milestones. The seed asks for "indicators, baselines, benchmarks, targets and means
 * of verification" at a minimum (para. 7); these rules flag each one that is missing.
 */
import type { Indicator } from '../model';
import type { IndicatorSubject, MilestoneSubject, QualityContext, RiskSubject, Rule, Verdict } from './quality-context';
import { fail, isBlank, pass } from './quality-context';

export function baselineSet({ indicator, ref }: IndicatorSubject): Verdict {
  const { value, date } = indicator.baseline;
  if (value !== null && date !== null) return pass('error');
  return fail('error', value === null && date === null ? 'noBaseline' : value === null ? 'noBaselineValue' : 'noBaselineDate', ref);
}

export function finalTargetSet({ indicator, ref }: IndicatorSubject): Verdict {
  return indicator.finalTarget === null ? fail('error', 'noFinalTarget', ref) : pass('error');
}

export function unitOfMeasure({ indicator, ref }: IndicatorSubject): Verdict {
  return isBlank(indicator.unitOfMeasure) ? fail('warning', 'noUnit', ref) : pass('warning');
}

interface Figure {
  /** Which value, as a `quality.value.*` key. */
  readonly field: 'baseline' | 'benchmark' | 'finalTarget' | 'target' | 'actual';
  readonly value: number;
  readonly period?: string;
}

/** Every figure an indicator states, in reading order (periods in the plan's order). */
function figuresOf(indicator: Indicator, ctx: QualityContext): Figure[] {
  const out: Figure[] = [];
  if (indicator.baseline.value !== null) out.push({ field: 'baseline', value: indicator.baseline.value });
  if (indicator.benchmark.value !== null) out.push({ field: 'benchmark', value: indicator.benchmark.value });
  for (const pid of ctx.view.periodOrder) {
    const target = indicator.targets[pid as keyof Indicator['targets']];
    if (target !== undefined) out.push({ field: 'target', value: target, period: ctx.view.periods[pid]!.label });
  }
  if (indicator.finalTarget !== null) out.push({ field: 'finalTarget', value: indicator.finalTarget });
  for (const pid of ctx.view.periodOrder) {
    const actual = indicator.actuals[pid as keyof Indicator['actuals']]?.value;
    if (actual !== undefined && actual !== null) out.push({ field: 'actual', value: actual, period: ctx.view.periods[pid]!.label });
  }
  return out;
}

const figureParams = (f: Figure) => ({ field: f.field, value: f.value, period: f.period ?? '' });

/**
 * The figures must fit the measure: a percentage within 0-100, a qualitative value one
 * of its stages, and a final target that moves from the baseline the way the
 * indicator's direction says is good. Reports the first inconsistency only.
 */
export function measureConsistent({ indicator, ref }: IndicatorSubject, ctx: QualityContext): Verdict {
  if (indicator.measureType === 'percentage') {
    const bad = figuresOf(indicator, ctx).find((f) => f.value < 0 || f.value > 100);
    if (bad) return fail('warning', 'percentOutOfRange', ref, figureParams(bad));
  }
  if (indicator.measureType === 'qualitative') {
    const stages = indicator.qualitativeStages.length;
    if (stages === 0) return fail('warning', 'noStages', ref);
    const bad = figuresOf(indicator, ctx).find((f) => !Number.isInteger(f.value) || f.value < 0 || f.value >= stages);
    if (bad) return fail('warning', 'stageOutOfRange', ref, { ...figureParams(bad), count: stages });
  }
  const { finalTarget } = indicator;
  const baseline = indicator.baseline.value;
  if (finalTarget !== null && baseline !== null) {
    if (indicator.direction === 'increase' && finalTarget < baseline) return fail('warning', 'targetBelowBaseline', ref, { target: finalTarget, baseline });
    if (indicator.direction === 'decrease' && finalTarget > baseline) return fail('warning', 'targetAboveBaseline', ref, { target: finalTarget, baseline });
  }
  return pass('warning');
}

export function meansOfVerification({ indicator, ref }: IndicatorSubject): Verdict {
  const noSource = isBlank(indicator.meansOfVerification.source);
  const noFrequency = isBlank(indicator.meansOfVerification.frequency);
  if (!noSource && !noFrequency) return pass('error');
  return fail('error', noSource && noFrequency ? 'noVerification' : noSource ? 'noVerificationSource' : 'noVerificationFrequency', ref);
}

/** A period without a target must say so (not applicable), so a gap is a decision, not an oversight. */
export function periodTargets({ indicator, ref }: IndicatorSubject, ctx: QualityContext): Verdict | null {
  if (ctx.view.periodOrder.length === 0) return null;
  const missing: string[] = [];
  for (const pid of ctx.view.periodOrder) {
    const key = pid as keyof Indicator['targets'];
    if (indicator.targets[key] === undefined && !indicator.targetsNotApplicable[key]) missing.push(ctx.view.periods[pid]!.label);
  }
  if (missing.length === 0) return pass('warning');
  return fail('warning', missing.length === ctx.view.periodOrder.length ? 'noTargets' : 'missingTargets', ref, { periods: missing.join(', '), count: missing.length });
}

export function benchmarkSet({ indicator, ref }: IndicatorSubject): Verdict {
  const { value, comparator } = indicator.benchmark;
  return value === null && isBlank(comparator) ? fail('suggestion', 'noBenchmark', ref) : pass('suggestion');
}

/**
 * At least one mitigation that someone owns and that has a date. A cancelled one does
 * not count: it mitigates nothing.
 */
export function riskMitigated({ risk, ref }: RiskSubject, ctx: QualityContext): Verdict {
  const active = (ctx.mitigationsByRisk.get(risk.id) ?? []).filter((m) => m.status !== 'cancelled');
  if (active.length === 0) return fail('error', 'noMitigation', ref);
  const complete = active.some((m) => m.ownerUnitId !== null && ctx.view.units[m.ownerUnitId] !== undefined && m.dueDate !== null);
  return complete ? pass('error') : fail('error', 'mitigationIncomplete', ref);
}

export function milestoneInPeriod({ milestone, ref }: MilestoneSubject, ctx: QualityContext): Verdict {
  const { periodStart, periodEnd } = ctx.view.plan;
  const due = milestone.dueDate;
  if (due < periodStart) return fail('error', 'milestoneBeforePeriod', ref, { date: due, start: periodStart });
  if (due > periodEnd) return fail('error', 'milestoneAfterPeriod', ref, { date: due, end: periodEnd });
  return pass('error');
}

/** Only when the caller says what day it is: the check itself never reads a clock. */
export function milestoneOverdue({ milestone, ref }: MilestoneSubject, ctx: QualityContext): Verdict | null {
  if (ctx.today === null || milestone.status === 'done' || milestone.status === 'cancelled') return null;
  return milestone.dueDate < ctx.today ? fail('suggestion', 'milestoneOverdue', ref, { date: milestone.dueDate }) : pass('suggestion');
}

export const INDICATOR_RULES: readonly Rule<IndicatorSubject>[] = [
  { id: 'baselineSet', check: baselineSet },
  { id: 'finalTargetSet', check: finalTargetSet },
  { id: 'meansOfVerification', check: meansOfVerification },
  { id: 'unitOfMeasure', check: unitOfMeasure },
  { id: 'measureConsistent', check: measureConsistent },
  { id: 'periodTargets', check: periodTargets },
  { id: 'benchmarkSet', check: benchmarkSet },
];

export const RISK_RULES: readonly Rule<RiskSubject>[] = [{ id: 'riskMitigated', check: riskMitigated }];

export const MILESTONE_RULES: readonly Rule<MilestoneSubject>[] = [
  { id: 'milestoneInPeriod', check: milestoneInPeriod },
  { id: 'milestoneOverdue', check: milestoneOverdue },
];
