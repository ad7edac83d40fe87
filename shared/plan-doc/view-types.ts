/**
 * The materialised, read-only view of a plan: plain frozen objects the screens read.
 * Entities unchanged by an edit keep their identity (structural sharing), so
 * selectors that read them do not re-render.
 */
import type {
  Component,
  ComponentId,
  NarrativeSectionId,
  ReportingPeriodId,
  StrategicObjectiveId,
  Indicator,
  IndicatorId,
  Milestone,
  Mitigation,
  NarrativeSection,
  Partner,
  Plan,
  ReportingPeriod,
  ResourceAllocation,
  Responsibility,
  Result,
  ResultId,
  ResultLevel,
  Risk,
  StrategicObjective,
  Unit,
} from '../model';

/** A result's place in the results chain as displayed. */
export interface TreeNode {
  readonly id: ResultId;
  /** 0 for roots. */
  readonly depth: number;
  /** Automatic numbering: 1, 1.1, 1.1.1; "U1", "U2" for unplaced results. */
  readonly number: string;
  /** The parent as displayed (null for roots and unplaced results). */
  readonly parentId: ResultId | null;
  readonly childIds: readonly ResultId[];
  /**
   * True where the result's parent is gone (deleted, or lost in a cycle after a merge):
   * it is shown under "Unplaced" for the user to re-attach, never hidden.
   */
  readonly unplaced: boolean;
}

export type EntityMap<K extends string, T> = Readonly<Record<K, T>>;

export interface PlanView {
  readonly heads: readonly string[];
  readonly plan: Plan;
  /** Live (not deleted) entities by id. */
  readonly periods: EntityMap<string, ReportingPeriod>;
  readonly components: EntityMap<string, Component>;
  readonly results: EntityMap<string, Result>;
  readonly indicators: EntityMap<string, Indicator>;
  readonly milestones: EntityMap<string, Milestone>;
  readonly risks: EntityMap<string, Risk>;
  readonly mitigations: EntityMap<string, Mitigation>;
  readonly units: EntityMap<string, Unit>;
  readonly responsibilities: EntityMap<string, Responsibility>;
  readonly partners: EntityMap<string, Partner>;
  readonly objectives: EntityMap<string, StrategicObjective>;
  readonly resources: EntityMap<string, ResourceAllocation>;
  readonly sections: EntityMap<string, NarrativeSection>;
  /** Results in display order (depth first), placed ones then unplaced ones. */
  readonly tree: readonly TreeNode[];
  readonly treeIndex: Readonly<Record<string, number>>;
  /** Root results in order. */
  readonly rootIds: readonly ResultId[];
  readonly indicatorsByResult: Readonly<Record<string, readonly IndicatorId[]>>;
  /** Ordered lists of the small collections. */
  readonly periodOrder: readonly ReportingPeriodId[];
  readonly componentOrder: readonly ComponentId[];
  readonly objectiveOrder: readonly StrategicObjectiveId[];
  readonly sectionOrder: readonly NarrativeSectionId[];
  readonly counts: Readonly<Record<ResultLevel, number>> & { readonly indicators: number; readonly risks: number };
}
