/**
 * What every quality rule reads: the plan view plus indexes built once per check
 * (roles by result, resourced results, mitigations by risk), so that each rule is a
 * constant-time look-up and the whole check stays linear in the size of the plan.
 * Also how a finding names its element: parameters that the `quality.element.*`
 * messages turn into "Outcome 1.2" or "Indicator 2 of Output 1.1.3".
 */
import { isIsoDate } from '../dates';
import type { Indicator, Milestone, Mitigation, Result, ResultLevel, Risk } from '../model';
import type { MessageRef } from '../plan-doc/commands/types';
import type { PlanView, TreeNode } from '../plan-doc/view-types';
import { templateOf } from '../templates';
import { DEFAULT_QUALITY_LIMITS, type QualityLimits, type QualityOptions, type RuleId, type Severity } from './quality-types';

export interface UnitRoles {
  /** Live units with each role (a set: a unit listed twice with a role counts once). */
  readonly accountable: Set<string>;
  readonly responsible: Set<string>;
}

export interface QualityContext {
  readonly view: PlanView;
  readonly limits: QualityLimits;
  /** Today, when the caller gave a valid one; null turns date-relative rules off. */
  readonly today: string | null;
  readonly rolesByResult: ReadonlyMap<string, UnitRoles>;
  readonly resourcedResults: ReadonlySet<string>;
  readonly mitigationsByRisk: ReadonlyMap<string, readonly Mitigation[]>;
  /** i18n keys of the level names in the plan's template ("Specific objective" in an EU logframe). */
  readonly levelNames: Readonly<Record<ResultLevel, string>>;
}

type Params = Readonly<Record<string, string | number>>;

export interface ResultSubject {
  readonly result: Result;
  readonly node: TreeNode;
  readonly ref: Params;
}
export interface IndicatorSubject {
  readonly indicator: Indicator;
  readonly ref: Params;
}
export interface RiskSubject {
  readonly risk: Risk;
  readonly ref: Params;
}
export interface MilestoneSubject {
  readonly milestone: Milestone;
  readonly ref: Params;
}

/**
 * A rule's answer for one element: the severity it carries (which weights the score
 * even when it passes) and, when it fails, the message. A rule returns null where it
 * does not apply (e.g. the indicator rule on an activity).
 */
export interface Verdict {
  readonly severity: Severity;
  readonly failure: MessageRef | null;
}

export interface Rule<S> {
  readonly id: RuleId;
  readonly check: (subject: S, ctx: QualityContext) => Verdict | null;
}

const PASSED: Readonly<Record<Severity, Verdict>> = {
  error: Object.freeze({ severity: 'error', failure: null }),
  warning: Object.freeze({ severity: 'warning', failure: null }),
  suggestion: Object.freeze({ severity: 'suggestion', failure: null }),
};

/** A passed check. Shared objects: a large plan passes tens of thousands of checks. */
export const pass = (severity: Severity): Verdict => PASSED[severity];

/** A failure whose message is `quality.finding.<key>`, with the element's naming parameters. */
export function fail(severity: Severity, key: string, ref: Params, params: Params = {}): Verdict {
  return { severity, failure: { key: `quality.finding.${key}`, params: { ...ref, ...params } } };
}

export function buildContext(view: PlanView, options: QualityOptions = {}): QualityContext {
  const rolesByResult = new Map<string, UnitRoles>();
  for (const r of Object.values(view.responsibilities)) {
    // A role held by a deleted unit is nobody's: it must not satisfy the rule.
    if (!view.units[r.unitId] || (r.role !== 'A' && r.role !== 'R')) continue;
    let roles = rolesByResult.get(r.resultId);
    if (!roles) rolesByResult.set(r.resultId, (roles = { accountable: new Set(), responsible: new Set() }));
    (r.role === 'A' ? roles.accountable : roles.responsible).add(r.unitId);
  }
  const resourcedResults = new Set<string>();
  for (const a of Object.values(view.resources)) resourcedResults.add(a.resultId);
  const mitigationsByRisk = new Map<string, Mitigation[]>();
  for (const m of Object.values(view.mitigations)) {
    const list = mitigationsByRisk.get(m.riskId);
    if (list) list.push(m);
    else mitigationsByRisk.set(m.riskId, [m]);
  }
  return {
    view,
    limits: view.plan.qualityLimits ?? DEFAULT_QUALITY_LIMITS,
    today: options.today !== undefined && isIsoDate(options.today) ? options.today : null,
    rolesByResult,
    resourcedResults,
    mitigationsByRisk,
    levelNames: templateOf(view.plan.templateId).levels,
  };
}

/**
 * "Outcome 1.2": the level's name in the plan's template, as an i18n key the message
 * nests (see en-quality.ts), the level itself, and the displayed number.
 */
export function resultRef(result: Result, node: TreeNode, ctx: QualityContext): Params {
  return { levelKey: result.level, levelName: ctx.levelNames[result.level], number: node.number };
}

/** "Indicator 2 of Outcome 1.2": the indicator's place among its result's indicators. */
export function indicatorRef(resultParams: Params, position: number): Params {
  return { ...resultParams, indicatorIndex: position + 1 };
}

const EXCERPT = 60;

/** The start of a free text, cut at a word, so a message can quote a risk or milestone. */
export function excerpt(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= EXCERPT) return clean;
  const cut = clean.slice(0, EXCERPT);
  const space = cut.lastIndexOf(' ');
  return `${(space > EXCERPT / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

export function riskRef(risk: Risk): Params {
  return { riskName: excerpt(risk.description) };
}

export function milestoneRef(milestone: Milestone, resultParams: Params): Params {
  return { ...resultParams, milestoneTitle: excerpt(milestone.title) };
}

export const isBlank = (text: string): boolean => text.trim() === '';
