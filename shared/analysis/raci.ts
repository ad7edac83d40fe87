/**
 * The responsibility matrix (RACI, Recommendation 1: "who is responsible for what"):
 * units by results as data, with a warning on each result that does not have exactly
 * one accountable unit, and each unit's results grouped by its role.
 *
 * Which results need an accountable unit follows the quality check's rule
 * (quality-rules-results.ts, oneAccountableUnit), so the two never disagree: two or
 * more accountable units is always a warning; none is one on a goal, outcome or output,
 * and on an activity only when its output has no single accountable unit to answer
 * for it.
 *
 * Building the matrix again after an edit reuses the rows that did not change (pass the
 * previous matrix), so a screen that draws a row per result redraws only those touched.
 */
import { RACI_ROLES, UNIT_KINDS, type ComponentId, type RaciRole, type ResultId, type ResultLevel, type Unit, type UnitId } from '../model';
import type { PlanView } from '../plan-doc/view-types';

/** A unit as a column of the matrix. */
export interface RaciUnit {
  readonly id: UnitId;
  readonly code: string;
  readonly name: string;
  readonly kind: Unit['kind'];
}

export type RaciWarning =
  /** A goal, outcome or output with no accountable unit. */
  | { readonly kind: 'noAccountable' }
  /** An activity with no accountable unit whose output has no single one either. */
  | { readonly kind: 'noAccountableActivity' }
  /** More than one accountable unit: then nobody is answerable. `units` are their codes (or names). */
  | { readonly kind: 'manyAccountable'; readonly units: readonly string[] };

/** A result as a row of the matrix. */
export interface RaciRow {
  readonly id: ResultId;
  /** Displayed number (1.2.1), from the results chain. */
  readonly number: string;
  readonly depth: number;
  readonly level: ResultLevel;
  readonly statement: string;
  readonly componentId: ComponentId | null;
  /**
   * The roles each unit holds on the result, by unit id (units without a role are
   * absent). One role as a rule; data from before one-role-per-unit may hold two.
   */
  readonly roles: Readonly<Record<string, readonly RaciRole[]>>;
  /** The accountable units, in column order. */
  readonly accountable: readonly UnitId[];
  readonly warning: RaciWarning | null;
  /**
   * An activity without an accountable unit of its own: its output's single accountable
   * unit, which answers for it. Null otherwise.
   */
  readonly answeredBy: UnitId | null;
}

export interface RaciMatrix {
  /** Live units, by kind (departments, sectors, programmes, offices, ...) then code. */
  readonly units: readonly RaciUnit[];
  /** Every result of the results chain, in its order. */
  readonly rows: readonly RaciRow[];
  /** Results with a warning, and of them those with none and with several accountable units. */
  readonly warnings: { readonly total: number; readonly noAccountable: number; readonly manyAccountable: number };
}

const KIND_RANK = new Map<string, number>(UNIT_KINDS.map((k, i) => [k, i]));
// One collator for every comparison: localeCompare with options builds a new one per call.
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const byText = (a: string, b: string) => collator.compare(a, b);

/** What a unit is called where space is short: its code, or its name when it has none. */
export function unitLabel(unit: Pick<Unit, 'code' | 'name'>): string {
  return unit.code.trim() || unit.name;
}

/** The units in column order: by kind (in the model's order), then code, then name. */
export function orderUnits(units: Iterable<Unit>): RaciUnit[] {
  return [...units]
    .map(({ id, code, name, kind }) => ({ id, code, name, kind }))
    .sort((a, b) => (KIND_RANK.get(a.kind) ?? 99) - (KIND_RANK.get(b.kind) ?? 99) || byText(unitLabel(a), unitLabel(b)) || byText(a.name, b.name) || (a.id < b.id ? -1 : 1));
}

function sameUnits(a: readonly RaciUnit[], b: readonly RaciUnit[]): boolean {
  return a.length === b.length && a.every((u, i) => u.id === b[i]!.id && u.code === b[i]!.code && u.name === b[i]!.name && u.kind === b[i]!.kind);
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameWarning(a: RaciWarning | null, b: RaciWarning | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind !== b.kind) return false;
  return a.kind !== 'manyAccountable' || sameList(a.units, (b as typeof a).units);
}

function sameRoles(a: RaciRow['roles'], b: RaciRow['roles']): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => b[k] !== undefined && sameList(a[k]!, b[k]!));
}

function sameRow(a: RaciRow, b: RaciRow): boolean {
  return (
    a.id === b.id &&
    a.number === b.number &&
    a.depth === b.depth &&
    a.level === b.level &&
    a.statement === b.statement &&
    a.componentId === b.componentId &&
    a.answeredBy === b.answeredBy &&
    sameList(a.accountable, b.accountable) &&
    sameWarning(a.warning, b.warning) &&
    sameRoles(a.roles, b.roles)
  );
}

/** The parts of the view a matrix was built from: an edit elsewhere leaves them as they were. */
interface Sources {
  readonly results: PlanView['results'];
  readonly tree: PlanView['tree'];
  readonly units: PlanView['units'];
  readonly responsibilities: PlanView['responsibilities'];
}
const sourcesOf = new WeakMap<RaciMatrix, Sources>();
const sameSources = (a: Sources | undefined, view: PlanView) =>
  a !== undefined && a.results === view.results && a.tree === view.tree && a.units === view.units && a.responsibilities === view.responsibilities;

/**
 * The matrix of a plan. Pure: the same view gives the same matrix. With `previous`
 * (the matrix of an earlier view), rows and the unit list that are unchanged keep the
 * previous objects, so they compare equal by identity.
 */
export function buildRaciMatrix(view: PlanView, previous: RaciMatrix | null = null): RaciMatrix {
  // The view shares unchanged collections between edits: nothing the matrix reads changed.
  if (previous && sameSources(sourcesOf.get(previous), view)) return previous;
  const matrix = build(view, previous);
  sourcesOf.set(matrix, { results: view.results, tree: view.tree, units: view.units, responsibilities: view.responsibilities });
  return matrix;
}

function build(view: PlanView, previous: RaciMatrix | null): RaciMatrix {
  const ordered = orderUnits(Object.values(view.units));
  const units = previous && sameUnits(previous.units, ordered) ? previous.units : ordered;
  const column = new Map<string, number>(units.map((u, i) => [u.id, i]));

  // Roles by result and unit, once over all responsibilities. A role held by a removed
  // unit is nobody's (as in the quality check): it is neither shown nor counted.
  const held = new Map<string, Map<string, Set<RaciRole>>>();
  for (const r of Object.values(view.responsibilities)) {
    if (!column.has(r.unitId)) continue;
    let byUnit = held.get(r.resultId);
    if (!byUnit) held.set(r.resultId, (byUnit = new Map()));
    let roles = byUnit.get(r.unitId);
    if (!roles) byUnit.set(r.unitId, (roles = new Set()));
    roles.add(r.role);
  }
  const accountableOf = (resultId: string): UnitId[] => {
    const byUnit = held.get(resultId);
    if (!byUnit) return [];
    const out: UnitId[] = [];
    for (const [unitId, roles] of byUnit) if (roles.has('A')) out.push(unitId as UnitId);
    return out.sort((a, b) => column.get(a)! - column.get(b)!);
  };

  const previousRows = new Map<string, RaciRow>((previous?.rows ?? []).map((r) => [r.id, r]));
  const warnings = { total: 0, noAccountable: 0, manyAccountable: 0 };
  let unchanged = previous !== null && previous.rows.length === view.tree.length && units === previous.units;
  const rows = view.tree.map((node, index) => {
    const result = view.results[node.id]!;
    const roles: Record<string, readonly RaciRole[]> = {};
    for (const [unitId, set] of held.get(node.id) ?? []) roles[unitId] = RACI_ROLES.filter((role) => set.has(role));
    const accountable = accountableOf(node.id);

    let warning: RaciWarning | null = null;
    let answeredBy: UnitId | null = null;
    if (accountable.length > 1) {
      warning = { kind: 'manyAccountable', units: accountable.map((id) => unitLabel(view.units[id]!)) };
    } else if (accountable.length === 0) {
      if (result.level !== 'activity') warning = { kind: 'noAccountable' };
      else {
        const outputs = node.parentId === null ? [] : accountableOf(node.parentId);
        if (outputs.length === 1) answeredBy = outputs[0]!;
        else warning = { kind: 'noAccountableActivity' };
      }
    }
    if (warning) {
      warnings.total++;
      if (warning.kind === 'manyAccountable') warnings.manyAccountable++;
      else warnings.noAccountable++;
    }

    const row: RaciRow = {
      id: node.id,
      number: node.number,
      depth: node.depth,
      level: result.level,
      statement: result.statement,
      componentId: result.componentId,
      roles,
      accountable,
      warning,
      answeredBy,
    };
    const before = previousRows.get(node.id);
    const kept = before && sameRow(before, row) ? before : row;
    if (unchanged && previous!.rows[index] !== kept) unchanged = false;
    return kept;
  });
  // Every row the same object as before: so are the warnings, and the matrix itself.
  if (unchanged) return previous!;
  return { units, rows, warnings };
}

/** Component id meaning "results with no component" in the component filter. */
export const NO_COMPONENT = '__none__';

export interface RaciFilters {
  /** '' for every level. */
  readonly level: ResultLevel | '';
  /** '' for every component, NO_COMPONENT for results without one. */
  readonly componentId: string;
  /** '' for every result; a unit id for the results on which that unit holds a role. */
  readonly unitId: string;
  /** Only the results with a warning. */
  readonly warningsOnly: boolean;
}

export const NO_RACI_FILTERS: RaciFilters = { level: '', componentId: '', unitId: '', warningsOnly: false };

export function hasRaciFilters(filters: RaciFilters): boolean {
  return filters.level !== '' || filters.componentId !== '' || filters.unitId !== '' || filters.warningsOnly;
}

/** The rows that pass the filters, in their order. */
export function filterRaciRows(rows: readonly RaciRow[], filters: RaciFilters): readonly RaciRow[] {
  if (!hasRaciFilters(filters)) return rows;
  return rows.filter(
    (row) =>
      (filters.level === '' || row.level === filters.level) &&
      (filters.componentId === '' || (filters.componentId === NO_COMPONENT ? row.componentId === null : row.componentId === filters.componentId)) &&
      (filters.unitId === '' || row.roles[filters.unitId] !== undefined) &&
      (!filters.warningsOnly || row.warning !== null),
  );
}

/** "What is this unit responsible for": its results by role, each in the results chain's order. */
export type UnitResponsibilities = Readonly<Record<RaciRole, readonly RaciRow[]>>;

/**
 * The results on which the unit holds each role. A result appears under every role
 * the unit holds on it (two only in data from before one role per unit).
 */
export function unitResponsibilities(matrix: RaciMatrix, unitId: string): UnitResponsibilities {
  const out: Record<RaciRole, RaciRow[]> = { R: [], A: [], C: [], I: [] };
  for (const row of matrix.rows) for (const role of row.roles[unitId] ?? []) out[role].push(row);
  return out;
}
