/**
 * Indicator status rolled up to results, components and the plan (see progress.ts for
 * the status of one indicator).
 *
 * Roll-up rule (worst measured status wins, as in red-amber-green reporting): a group
 * of indicators is off track if any measured indicator in it is off track, else at risk
 * if any is at risk, else on track if any is measured, else not measured. The counts
 * per status go with it, so a screen can show the mix behind the one word.
 *
 * A result's group is its own indicators and those of every result under it in the
 * results tree. A component's group is the indicators of the results filed under it
 * (children inherit their parent's component when added, so this is the component's
 * part of the tree without counting a result twice).
 *
 * Filters (the dashboard's): a result is a unit's when the unit is responsible (R) or
 * accountable (A) for it, and an objective's when it is tagged with it, principal or
 * significant. Filtered counts take the own indicators of the matching results only.
 */
import type { IsoDate } from '../dates';
import type { Indicator, IndicatorId, MonitoringSettings, ResultId } from '../model';
import type { PlanView } from '../plan-doc/view-types';
import { INDICATOR_STATUSES, indicatorProgress, monitoringSettingsOf, type IndicatorProgress, type IndicatorStatus } from './progress-indicator';

export type StatusCounts = Readonly<Record<IndicatorStatus, number>>;

export interface RolledUpStatus {
  readonly status: IndicatorStatus;
  readonly counts: StatusCounts;
  /** Indicators in the group. */
  readonly total: number;
}

/** Key of the group of results filed under no component. */
export const NO_COMPONENT = '';

export interface PlanProgress {
  readonly asOf: IsoDate;
  readonly settings: MonitoringSettings;
  readonly indicators: Readonly<Record<string, IndicatorProgress>>;
  /** Every result: its own indicators and those of the results under it. */
  readonly results: Readonly<Record<string, RolledUpStatus>>;
  /** Every component with results, and NO_COMPONENT for results filed under none. */
  readonly components: Readonly<Record<string, RolledUpStatus>>;
  /** Every indicator of the plan. */
  readonly plan: RolledUpStatus;
}

const zero = (): Record<IndicatorStatus, number> => ({ off_track: 0, at_risk: 0, on_track: 0, not_measured: 0 });

function fromCounts(counts: Record<IndicatorStatus, number>): RolledUpStatus {
  const total = INDICATOR_STATUSES.reduce((sum, s) => sum + counts[s], 0);
  const status: IndicatorStatus =
    counts.off_track > 0 ? 'off_track' : counts.at_risk > 0 ? 'at_risk' : counts.on_track > 0 ? 'on_track' : 'not_measured';
  return { status, counts, total };
}

/** The rolled-up status of a group of indicator statuses. */
export function rollUp(statuses: Iterable<IndicatorStatus>): RolledUpStatus {
  const counts = zero();
  for (const s of statuses) counts[s]++;
  return fromCounts(counts);
}

interface CachedProgress {
  readonly periods: PlanView['periods'];
  readonly periodOrder: PlanView['periodOrder'];
  readonly asOf: IsoDate;
  readonly onTrack: number;
  readonly atRisk: number;
  readonly progress: IndicatorProgress;
}

/**
 * Progress of each indicator object, for as long as it is the same object (the view
 * keeps unchanged entities' identity across edits): after an edit only the indicators
 * it touched are computed again, not the plan's thousands.
 */
const cache = new WeakMap<Indicator, CachedProgress>();

function progressOf(indicator: Indicator, view: PlanView, asOf: IsoDate, settings: MonitoringSettings): IndicatorProgress {
  const hit = cache.get(indicator);
  if (hit && hit.periods === view.periods && hit.periodOrder === view.periodOrder && hit.asOf === asOf && hit.onTrack === settings.onTrack && hit.atRisk === settings.atRisk) {
    return hit.progress;
  }
  const progress = indicatorProgress(indicator, view, asOf, settings);
  cache.set(indicator, { periods: view.periods, periodOrder: view.periodOrder, asOf, onTrack: settings.onTrack, atRisk: settings.atRisk, progress });
  return progress;
}

/** Status of every indicator, rolled up to every result, every component and the plan. */
export function planProgress(view: PlanView, asOf: IsoDate): PlanProgress {
  const settings = monitoringSettingsOf(view.plan);
  const indicators: Record<string, IndicatorProgress> = {};
  for (const indicator of Object.values(view.indicators)) indicators[indicator.id] = progressOf(indicator, view, asOf, settings);
  const statusOf = (id: IndicatorId) => indicators[id]?.toDate.status;

  // The tree lists parents before children: summing from the end gives each subtree.
  const subtree = new Map<string, Record<IndicatorStatus, number>>();
  for (let i = view.tree.length - 1; i >= 0; i--) {
    const node = view.tree[i]!;
    const counts = zero();
    for (const id of view.indicatorsByResult[node.id] ?? []) {
      const s = statusOf(id);
      if (s) counts[s]++;
    }
    for (const child of node.childIds) {
      const c = subtree.get(child);
      if (c) for (const s of INDICATOR_STATUSES) counts[s] += c[s];
    }
    subtree.set(node.id, counts);
  }
  const results: Record<string, RolledUpStatus> = {};
  for (const [id, counts] of subtree) results[id] = fromCounts(counts);

  const summary = summarise(view, indicators, null);
  return { asOf, settings, indicators, results, components: summary.components, plan: summary.all };
}

export interface ProgressFilter {
  /** A unit id, or '' for every unit. */
  readonly unitId: string;
  /** A strategic objective id, or '' for every objective. */
  readonly objectiveId: string;
}

export const NO_PROGRESS_FILTER: ProgressFilter = { unitId: '', objectiveId: '' };

/** The results that match a filter, or null when the filter keeps every result. */
export function resultsMatching(view: PlanView, filter: ProgressFilter): Set<ResultId> | null {
  if (!filter.unitId && !filter.objectiveId) return null;
  const ofUnit = filter.unitId ? new Set<string>() : null;
  if (ofUnit) {
    for (const r of Object.values(view.responsibilities)) {
      if (r.unitId === filter.unitId && (r.role === 'R' || r.role === 'A')) ofUnit.add(r.resultId);
    }
  }
  const out = new Set<ResultId>();
  for (const result of Object.values(view.results)) {
    if (ofUnit && !ofUnit.has(result.id)) continue;
    if (filter.objectiveId && !(filter.objectiveId in result.objectiveTags)) continue;
    out.add(result.id);
  }
  return out;
}

export interface ProgressSummary {
  /** Own indicators of the results kept, in tree order. */
  readonly indicatorIds: readonly IndicatorId[];
  readonly all: RolledUpStatus;
  /** By component (NO_COMPONENT for none), over the same indicators. */
  readonly components: Readonly<Record<string, RolledUpStatus>>;
}

/**
 * Counts over the own indicators of the results kept (all results when `keep` is null),
 * overall and by component.
 */
export function summarise(view: PlanView, indicators: Readonly<Record<string, IndicatorProgress>>, keep: ReadonlySet<string> | null): ProgressSummary {
  const indicatorIds: IndicatorId[] = [];
  const all = zero();
  const byComponent = new Map<string, Record<IndicatorStatus, number>>();
  for (const node of view.tree) {
    if (keep && !keep.has(node.id)) continue;
    const componentId = view.results[node.id]?.componentId;
    const key = componentId && view.components[componentId] ? componentId : NO_COMPONENT;
    for (const id of view.indicatorsByResult[node.id] ?? []) {
      const progress = indicators[id];
      if (!progress) continue;
      indicatorIds.push(id);
      all[progress.toDate.status]++;
      let counts = byComponent.get(key);
      if (!counts) byComponent.set(key, (counts = zero()));
      counts[progress.toDate.status]++;
    }
  }
  const components: Record<string, RolledUpStatus> = {};
  for (const [key, counts] of byComponent) components[key] = fromCounts(counts);
  return { indicatorIds, all: fromCounts(all), components };
}
