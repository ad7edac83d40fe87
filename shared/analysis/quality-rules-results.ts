/**
 * Quality rules on the plan as a whole and on each result of the results chain: the
 * logframe's left column (statements, assumptions), who answers for each result
 * (RACI), resources, and the soft limits donor guidance sets on its shape.
 */
import type { Rule, QualityContext, ResultSubject, Verdict } from './quality-context';
import { fail, isBlank, pass } from './quality-context';

/** Above this a statement stops being a result and becomes a paragraph. */
export const LONG_STATEMENT = 300;

/** An empty plan would otherwise pass every check: it must not score 100. */
export function planHasResults(_subject: null, ctx: QualityContext): Verdict {
  return ctx.view.tree.length > 0 ? pass('error') : fail('error', 'noResults', {});
}

export function outcomeCount(_subject: null, ctx: QualityContext): Verdict {
  const count = ctx.view.counts.outcome;
  const limit = ctx.limits.maxOutcomes;
  return count <= limit ? pass('warning') : fail('warning', 'tooManyOutcomes', {}, { count, limit });
}

export function statementPresent({ result, ref }: ResultSubject): Verdict {
  return isBlank(result.statement) ? fail('error', 'noStatement', ref) : pass('error');
}

export function statementLength({ result, ref }: ResultSubject): Verdict | null {
  if (isBlank(result.statement)) return null;
  const length = result.statement.trim().length;
  return length > LONG_STATEMENT ? fail('suggestion', 'longStatement', ref, { length, limit: LONG_STATEMENT }) : pass('suggestion');
}

/**
 * Only the top of an unplaced subtree is reported: its descendants are unplaced
 * because of it, and re-attaching it places them all.
 */
export function resultPlaced({ node, ref }: ResultSubject): Verdict | null {
  if (!node.unplaced) return pass('error');
  return node.parentId === null ? fail('error', 'unplaced', ref) : null;
}

export function resultHasIndicator({ result, ref }: ResultSubject, ctx: QualityContext): Verdict | null {
  if (result.level === 'activity') return null;
  return (ctx.view.indicatorsByResult[result.id]?.length ?? 0) > 0 ? pass('error') : fail('error', 'noIndicator', ref);
}

/**
 * Exactly one accountable unit. Two is always an error: then nobody is answerable.
 * None is an error on a goal, outcome or output. An activity is a task rather than a
 * result someone answers for on its own, so without an accountable unit of its own its
 * output's answers for it (RBM holds managers to account for outputs); it is flagged,
 * as a warning, only when its output has no single accountable unit either.
 */
export function oneAccountableUnit({ result, node, ref }: ResultSubject, ctx: QualityContext): Verdict {
  const units = ctx.rolesByResult.get(result.id)?.accountable;
  const count = units?.size ?? 0;
  if (result.level !== 'activity') {
    if (count === 0) return fail('error', 'noAccountable', ref);
  } else if (count === 0) {
    const parentCount = node.parentId === null ? 0 : (ctx.rolesByResult.get(node.parentId)?.accountable.size ?? 0);
    return parentCount === 1 ? pass('warning') : fail('warning', 'noAccountableActivity', ref);
  }
  if (count === 1) return pass(result.level === 'activity' ? 'warning' : 'error');
  const names = [...units!].map((id) => ctx.view.units[id]!.code || ctx.view.units[id]!.name);
  return fail('error', 'manyAccountable', ref, { count, units: names.join(', ') });
}

export function responsibleUnit({ result, ref }: ResultSubject, ctx: QualityContext): Verdict {
  const severity = result.level === 'activity' ? 'warning' : 'error';
  const roles = ctx.rolesByResult.get(result.id);
  // RACI's "A/R": a unit can only hold one role per result here, so the single accountable
  // unit is taken to do the work itself when no other unit is responsible.
  const someoneDoesTheWork = (roles?.responsible.size ?? 0) > 0 || roles?.accountable.size === 1;
  return someoneDoesTheWork ? pass(severity) : fail(severity, 'noResponsible', ref);
}

/** The logframe's right column: what outcomes and outputs rely on must be written down. */
export function assumptionsStated({ result, ref }: ResultSubject): Verdict | null {
  if (result.level !== 'outcome' && result.level !== 'output') return null;
  return isBlank(result.assumptions) ? fail('warning', 'noAssumptions', ref) : pass('warning');
}

/**
 * Resources are tracked by result (Recommendation 3), so an activity without an
 * allocation of its own is flagged, even where its output is funded as a whole: the
 * message then says so, since the gap is the split, not the money.
 */
export function activityResourced({ result, node, ref }: ResultSubject, ctx: QualityContext): Verdict | null {
  if (result.level !== 'activity') return null;
  if (ctx.resourcedResults.has(result.id)) return pass('warning');
  const outputFunded = node.parentId !== null && ctx.resourcedResults.has(node.parentId);
  return fail('warning', outputFunded ? 'noResourcesOwn' : 'noResources', ref);
}

export function outputsPerOutcome({ result, node, ref }: ResultSubject, ctx: QualityContext): Verdict | null {
  if (result.level !== 'outcome') return null;
  const count = node.childIds.length;
  const limit = ctx.limits.maxOutputsPerOutcome;
  return count <= limit ? pass('warning') : fail('warning', 'tooManyOutputs', ref, { count, limit });
}

export const PLAN_RULES: readonly Rule<null>[] = [
  { id: 'planHasResults', check: planHasResults },
  { id: 'outcomeCount', check: outcomeCount },
];

export const RESULT_RULES: readonly Rule<ResultSubject>[] = [
  { id: 'resultPlaced', check: resultPlaced },
  { id: 'statementPresent', check: statementPresent },
  { id: 'resultHasIndicator', check: resultHasIndicator },
  { id: 'oneAccountableUnit', check: oneAccountableUnit },
  { id: 'responsibleUnit', check: responsibleUnit },
  { id: 'assumptionsStated', check: assumptionsStated },
  { id: 'activityResourced', check: activityResourced },
  { id: 'outputsPerOutcome', check: outputsPerOutcome },
  { id: 'statementLength', check: statementLength },
];
