/**
 * What the units, objectives and components screen shows, derived from the view: the
 * units as a tree by parent (a unit whose parent is gone, or that a merge left in a
 * cycle, is shown at the top level, never hidden), the parents a unit may be given,
 * and how much of the plan refers to each unit, objective and component.
 */
import { unitDescendantsOf, type PlanView } from '../../../shared/plan-doc';
import type { Unit, UnitId } from '../../../shared/model';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A unit where space is short: its code, or its name when it has none. */
export function shortName(unit: Pick<Unit, 'code' | 'name'>): string {
  return unit.code.trim() || unit.name;
}

/** A unit in a list: "CODE – Name", or the name alone. */
export function longName(unit: Pick<Unit, 'code' | 'name'>): string {
  return unit.code.trim() ? `${unit.code} – ${unit.name}` : unit.name;
}

const bySiblingOrder = (a: Unit, b: Unit) => collator.compare(shortName(a), shortName(b)) || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1);

export interface UnitRow {
  readonly unit: Unit;
  /** 0 for units at the top level. */
  readonly depth: number;
  /** The unit's parent is no longer in the plan (deleted in another office's copy). */
  readonly parentMissing: boolean;
}

/** The live units depth first, siblings by code (or name). */
export function unitRows(view: Pick<PlanView, 'units'>): UnitRow[] {
  const units = Object.values(view.units);
  const children = new Map<string, Unit[]>();
  for (const u of units) {
    if (u.parentId === null || !view.units[u.parentId]) continue;
    const list = children.get(u.parentId);
    if (list) list.push(u);
    else children.set(u.parentId, [u]);
  }
  for (const list of children.values()) list.sort(bySiblingOrder);

  const rows: UnitRow[] = [];
  const visited = new Set<string>();
  const visit = (unit: Unit, depth: number) => {
    visited.add(unit.id);
    rows.push({ unit, depth, parentMissing: unit.parentId !== null && !view.units[unit.parentId] });
    for (const child of children.get(unit.id) ?? []) if (!visited.has(child.id)) visit(child, depth + 1);
  };
  for (const root of units.filter((u) => u.parentId === null || !view.units[u.parentId]).sort(bySiblingOrder)) visit(root, 0);
  // What is left sits in a cycle (each one's parent is live, none reaches the top): each
  // cycle is shown from its first unit in order.
  for (const rest of units.filter((u) => !visited.has(u.id)).sort(bySiblingOrder)) if (!visited.has(rest.id)) visit(rest, 0);
  return rows;
}

export interface ParentChoice {
  readonly id: UnitId;
  readonly label: string;
  readonly depth: number;
}

/** The units that `unitId` can be put under (not itself nor one of its own units), in tree order; any unit for a new one. */
export function parentChoices(view: Pick<PlanView, 'units'>, rows: readonly UnitRow[], unitId: string | null): ParentChoice[] {
  const excluded = unitId === null ? new Set<string>() : unitDescendantsOf(view, unitId).add(unitId);
  return rows.filter((r) => !excluded.has(r.unit.id)).map((r) => ({ id: r.unit.id, label: longName(r.unit), depth: r.depth }));
}

/** How many roles on results (responsibilities) each unit holds. */
export function rolesByUnit(view: Pick<PlanView, 'responsibilities'>): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const r of Object.values(view.responsibilities)) counts.set(r.unitId, (counts.get(r.unitId) ?? 0) + 1);
  return counts;
}

export interface TagCounts {
  readonly principal: number;
  readonly significant: number;
}

/** How many results each objective is tagged on, as principal and as significant. */
export function tagsByObjective(view: Pick<PlanView, 'results'>): ReadonlyMap<string, TagCounts> {
  const counts = new Map<string, { principal: number; significant: number }>();
  for (const r of Object.values(view.results)) {
    for (const [objectiveId, significance] of Object.entries(r.objectiveTags)) {
      let c = counts.get(objectiveId);
      if (!c) counts.set(objectiveId, (c = { principal: 0, significant: 0 }));
      c[significance]++;
    }
  }
  return counts;
}

/** How many results are filed under each component. */
export function resultsByComponent(view: Pick<PlanView, 'results'>): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const r of Object.values(view.results)) if (r.componentId !== null) counts.set(r.componentId, (counts.get(r.componentId) ?? 0) + 1);
  return counts;
}
