/**
 * What the detail panel shows about one result, read from the plan view: pure
 * functions, so the panel's components stay small and these are tested alone.
 */
import {
  RACI_ROLES,
  type Indicator,
  type Milestone,
  type Partner,
  type RaciRole,
  type ResultId,
  type Risk,
  type Unit,
} from '../../../shared/model';
import type { PlanView } from '../../../shared/plan-doc';

/** A unit and the roles it holds on a result (one as a rule; older data may hold two). */
export interface UnitRoles {
  readonly unit: Unit;
  readonly roles: readonly RaciRole[];
}

const byText = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });
const roleRank = (role: RaciRole) => ['A', 'R', 'C', 'I'].indexOf(role);

/** Display name of a unit: its name, with its code where it has one. */
export function unitName(unit: Unit): string {
  return unit.code ? `${unit.name} (${unit.code})` : unit.name;
}

/** Display name of a partner: its name, with its acronym where it has one. */
export function partnerName(partner: Partner): string {
  return partner.acronym ? `${partner.name} (${partner.acronym})` : partner.name;
}

/**
 * The units with a role on the result, accountable first, then responsible, consulted,
 * informed; by name within a role. Responsibilities of removed units are left out:
 * they can be neither shown by name nor edited.
 */
export function unitRolesOf(view: PlanView, resultId: ResultId): UnitRoles[] {
  const byUnit = new Map<string, Set<RaciRole>>();
  for (const r of Object.values(view.responsibilities)) {
    if (r.resultId !== resultId || !view.units[r.unitId]) continue;
    let roles = byUnit.get(r.unitId);
    if (!roles) byUnit.set(r.unitId, (roles = new Set()));
    roles.add(r.role);
  }
  const rows = [...byUnit].map(([unitId, roles]) => ({
    unit: view.units[unitId]!,
    roles: RACI_ROLES.filter((role) => roles.has(role)),
  }));
  const best = (row: UnitRoles) => Math.min(...row.roles.map(roleRank));
  return rows.sort((a, b) => best(a) - best(b) || byText(a.unit.name, b.unit.name));
}

/** How many units are accountable for the result (the rule is exactly one). */
export function accountableCount(rows: readonly UnitRoles[]): number {
  return rows.filter((row) => row.roles.includes('A')).length;
}

/** Live units without a role on the result, by name: the ones that can be added. */
export function unassignedUnits(view: PlanView, rows: readonly UnitRoles[]): Unit[] {
  const assigned = new Set(rows.map((row) => row.unit.id));
  return Object.values(view.units)
    .filter((u) => !assigned.has(u.id))
    .sort((a, b) => byText(a.name, b.name));
}

export interface PartnerLinkRow {
  readonly partner: Partner;
  readonly expectedOutcome: string;
}

/** The partners linked to the result with their expected outcome, by name. */
export function linkedPartners(view: PlanView, resultId: ResultId): PartnerLinkRow[] {
  return Object.values(view.partners)
    .flatMap((partner) => {
      const link = partner.links[resultId];
      return link ? [{ partner, expectedOutcome: link.expectedOutcome }] : [];
    })
    .sort((a, b) => byText(a.partner.name, b.partner.name));
}

/** Live partners not linked to the result, by name. */
export function unlinkedPartners(view: PlanView, resultId: ResultId): Partner[] {
  return Object.values(view.partners)
    .filter((p) => !p.links[resultId])
    .sort((a, b) => byText(a.name, b.name));
}

/** The result's indicators in their display order. */
export function indicatorsOf(view: PlanView, resultId: ResultId): Indicator[] {
  return (view.indicatorsByResult[resultId] ?? []).flatMap((id) => view.indicators[id] ?? []);
}

export function riskScore(risk: Risk): number {
  return risk.likelihood * risk.impact;
}

/** Risks recorded against the result, highest score first. */
export function risksOf(view: PlanView, resultId: ResultId): Risk[] {
  return Object.values(view.risks)
    .filter((risk) => risk.resultIds.includes(resultId))
    .sort((a, b) => riskScore(b) - riskScore(a) || byText(a.description, b.description));
}

/** The result's milestones by due date. */
export function milestonesOf(view: PlanView, resultId: ResultId): Milestone[] {
  return Object.values(view.milestones)
    .filter((m) => m.resultId === resultId)
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : byText(a.title, b.title)));
}
