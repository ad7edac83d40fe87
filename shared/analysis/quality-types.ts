/**
 * The quality check's vocabulary: findings, the report, and the rule ids. Kept apart
 * from the rules so the screen and other features can import the types alone.
 */
import type { TranslationTarget } from '../model/translations';
import type { MessageRef } from '../plan-doc/commands/types';
import type { PlanView } from '../plan-doc/view-types';

export const SEVERITIES = ['error', 'warning', 'suggestion'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Every rule, in the order the report lists them. */
export const RULE_IDS = [
  'planHasResults',
  'outcomeCount',
  'statementPresent',
  'statementLength',
  'resultPlaced',
  'resultHasIndicator',
  'oneAccountableUnit',
  'responsibleUnit',
  'assumptionsStated',
  'activityResourced',
  'outputsPerOutcome',
  'baselineSet',
  'finalTargetSet',
  'unitOfMeasure',
  'measureConsistent',
  'meansOfVerification',
  'periodTargets',
  'benchmarkSet',
  'riskMitigated',
  'milestoneInPeriod',
  'milestoneOverdue',
  // Translations (quality-rules-translations.ts): not counted in the score.
  'translationMissing',
  'translationStale',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** The element a finding is about: what "Go to" jumps to (a subset of the store's PlanTarget). */
export type FindingTarget =
  | { readonly kind: 'plan' }
  | { readonly kind: 'result'; readonly id: string }
  | { readonly kind: 'indicator'; readonly id: string }
  | { readonly kind: 'risk'; readonly id: string }
  | { readonly kind: 'milestone'; readonly id: string }
  /** One text in the Translation view (issue 8). */
  | { readonly kind: 'translation'; readonly target: TranslationTarget; readonly id: string | null; readonly language: string; readonly path: string };

export interface Finding {
  readonly ruleId: RuleId;
  readonly severity: Severity;
  /** Names the element by its number, e.g. "Outcome 1.2 has no indicator" (keys under quality.finding). */
  readonly message: MessageRef;
  readonly target: FindingTarget;
}

/** How many elements a rule applied to, and how many passed it. */
export interface RuleTally {
  readonly ruleId: RuleId;
  readonly passed: number;
  readonly total: number;
}

export interface QualityLimits {
  readonly maxOutputsPerOutcome: number;
  readonly maxOutcomes: number;
}

/** Donor guidance's usual ceilings, used when the plan sets none. */
export const DEFAULT_QUALITY_LIMITS: QualityLimits = { maxOutputsPerOutcome: 6, maxOutcomes: 10 };

export interface QualityOptions {
  /** Today as yyyy-MM-dd: enables the overdue-milestone suggestion. Passed in so the check stays pure. */
  readonly today?: string;
  /**
   * The plan as the engine holds it (main texts with their translations), when `view` is
   * the plan shown in a further language: the translation rules read it. Defaults to `view`.
   */
  readonly mainView?: PlanView;
}

export interface QualityReport {
  /** Errors first, then warnings, then suggestions; within each, in results-chain order. */
  readonly findings: readonly Finding[];
  readonly counts: Readonly<Record<Severity, number>>;
  /** Every rule in RULE_IDS order; a total of 0 means it applied to nothing in this plan. */
  readonly rules: readonly RuleTally[];
  /** 0-100; see SCORE_WEIGHTS in quality.ts. */
  readonly score: number;
  /** The limits the check used (the plan's, or the defaults). */
  readonly limits: QualityLimits;
}
