/**
 * Resources rolled up (Recommendation 3: "identifying goals on labour migration under each
 * strategic objective so as to better plan and track resources dedicated to migration
 * activities throughout the Office"): allocations by strategic objective, by accountable
 * unit, by component, by reporting period and by funding source, with the funding gap.
 *
 * The rules, where the model leaves a choice:
 * - Planned, secured, gap. Each allocation line is either planned (not yet secured) or
 *   secured. "Planned" in a roll-up is the requirement: every line, secured or not.
 *   "Secured" is the secured lines. The gap is planned minus secured, i.e. the lines not
 *   yet secured; it is never negative.
 * - Strategic objectives (the OECD DAC policy-marker convention). A result tagged
 *   "principal" for an objective counts 100 % of its allocations under it; "significant"
 *   counts the plan's significant share (default 40 %). A result serving several objectives
 *   counts under each, so the objective rows do not add up to the total; allocations of
 *   results with no (live) objective tag are rolled up as "not attributed to an objective".
 * - Units. A result's figures go to its accountable unit (RACI role A). Where a result has
 *   several accountable units (the responsibility matrix warns about it), its figures are
 *   split equally between them, so the unit rows still add up to the total; results with
 *   no accountable unit go to "no accountable unit".
 * - Currencies. Amounts in a currency other than the plan's are never converted or added
 *   to the plan's: each currency is rolled up on its own.
 * - Exact sums. Amounts are summed in the currency's minor units (cents) as integers. The
 *   significant share is applied once per objective, source, period and status to the
 *   summed significant amount, rounded half up to a minor unit, and every figure shown is a
 *   sum of those cells, so each table's rows and columns add up to its totals exactly.
 */
import type { ComponentId, FUNDING_SOURCES, Plan, ReportingPeriodId, StrategicObjectiveId, UnitId } from '../model';
import type { PlanView } from '../plan-doc/view-types';

export type FundingSource = (typeof FUNDING_SOURCES)[number];
export const SOURCES: readonly FundingSource[] = ['regular_budget', 'extra_budgetary'];

/** The OECD DAC policy-marker convention: a "significant" objective counts 40 % of the resources. */
export const DEFAULT_SIGNIFICANT_SHARE = 0.4;
const BASIS = 10_000;

/** Allocations whose reporting period is no longer in the plan (deleted, or lost in a merge). */
export const UNKNOWN_PERIOD = '?';
export type PeriodKey = ReportingPeriodId | typeof UNKNOWN_PERIOD;

/** Figures in minor units (cents) of one currency. gap = planned − secured. */
export interface Figures {
  readonly planned: number;
  readonly secured: number;
  readonly gap: number;
}

export interface SourceFigures {
  readonly regular_budget: Figures;
  readonly extra_budgetary: Figures;
  /** Both sources. */
  readonly total: Figures;
}

export interface RollupRow<K> {
  readonly key: K;
  readonly bySource: SourceFigures;
  /** The same figures per reporting period (only periods with allocations are present). */
  readonly byPeriod: Readonly<Partial<Record<PeriodKey, SourceFigures>>>;
}

export interface ObjectiveRow extends RollupRow<StrategicObjectiveId> {
  /** What its "principal" results count (in full). */
  readonly principal: SourceFigures;
  /** What its "significant" results count (their allocations times the share). */
  readonly significant: SourceFigures;
  /** The full allocations of its "significant" results, before the share. */
  readonly significantBeforeShare: SourceFigures;
  readonly principalResults: number;
  readonly significantResults: number;
}

export interface UnitRow extends RollupRow<UnitId | null> {
  /** Results this unit is accountable for that have allocations in this currency. */
  readonly results: number;
  /** Of those, the results whose figures are split with other accountable units. */
  readonly sharedResults: number;
}

export interface CurrencyRollup {
  readonly currency: string;
  readonly isPlanCurrency: boolean;
  /** Digits of the currency's minor unit (2 for USD, 0 for JPY): minor = major × 10^digits. */
  readonly minorDigits: number;
  /** 0 when every figure below is a whole amount of the major unit, else minorDigits. */
  readonly fractionDigits: number;
  readonly allocations: number;
  /** Every allocation counted once. */
  readonly total: RollupRow<'total'>;
  /** Every live strategic objective, in the plan's order (rows with nothing included). */
  readonly objectives: readonly ObjectiveRow[];
  /** Allocations of results tagged for no live objective. */
  readonly notAttributed: RollupRow<'notAttributed'>;
  /** Units with figures, largest planned first, then "no accountable unit" (key null) if any. */
  readonly units: readonly UnitRow[];
  /** Every live component in order, then "no component" (key null) if it has figures. */
  readonly components: readonly RollupRow<ComponentId | null>[];
  /** Every live reporting period in order, then UNKNOWN_PERIOD if it has figures. */
  readonly periods: readonly RollupRow<PeriodKey>[];
}

export interface ResourcesRollup {
  /** The share used for "significant" tags, 0-1. */
  readonly significantShare: number;
  readonly planCurrency: string;
  /** The plan's currency first (always present), then the others by code. */
  readonly currencies: readonly CurrencyRollup[];
}

export type ResourcesInput = Pick<
  PlanView,
  'plan' | 'results' | 'resources' | 'responsibilities' | 'objectives' | 'objectiveOrder' | 'components' | 'componentOrder' | 'periods' | 'periodOrder' | 'units'
>;

export function significantShareOf(plan: Pick<Plan, 'significantShare'>): number {
  const share = plan.significantShare;
  return share === undefined || !Number.isFinite(share) ? DEFAULT_SIGNIFICANT_SHARE : Math.min(1, Math.max(0, share));
}

/** Digits of a currency's minor unit, from the platform's ISO 4217 data (2 when unknown). */
export function minorDigitsOf(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export function toMinor(amount: number, digits: number): number {
  return Math.round(amount * 10 ** digits);
}

export function toMajor(minor: number, digits: number): number {
  return minor / 10 ** digits;
}

/**
 * `minor × basisPoints / 10000`, rounded half up, in integers: the product is split so
 * that no intermediate value leaves the range where doubles are exact.
 */
export function applyShare(minor: number, basisPoints: number): number {
  const whole = Math.floor(minor / BASIS);
  const rest = minor - whole * BASIS;
  return whole * basisPoints + Math.floor((rest * basisPoints + BASIS / 2) / BASIS);
}

/** Splits an integer into n integer parts that differ by at most one and add up to it. */
export function splitEqually(minor: number, n: number): number[] {
  const base = Math.floor(minor / n);
  const extra = minor - base * n;
  return Array.from({ length: n }, (_, i) => base + (i < extra ? 1 : 0));
}

// --- Accumulation -------------------------------------------------------------------

/** Secured and not-yet-secured amounts (minor units) per source and period. */
interface Cell {
  secured: number;
  unsecured: number;
}
type Grid = Map<string, Cell>;
const cellKey = (source: FundingSource, period: PeriodKey) => `${source}|${period}`;

function addCell(grid: Grid, key: string, secured: number, unsecured: number): void {
  const cell = grid.get(key);
  if (cell) {
    cell.secured += secured;
    cell.unsecured += unsecured;
  } else grid.set(key, { secured, unsecured });
}

function addGrid(into: Grid, from: Grid, map: (minor: number) => number = (m) => m): void {
  for (const [key, cell] of from) addCell(into, key, map(cell.secured), map(cell.unsecured));
}

const ZERO: Figures = Object.freeze({ planned: 0, secured: 0, gap: 0 });
const figures = (secured: number, unsecured: number): Figures => ({ planned: secured + unsecured, secured, gap: unsecured });

function sourceFigures(cells: Iterable<[FundingSource, Cell]>): SourceFigures {
  const acc: Record<FundingSource, Cell> = { regular_budget: { secured: 0, unsecured: 0 }, extra_budgetary: { secured: 0, unsecured: 0 } };
  for (const [source, cell] of cells) {
    acc[source].secured += cell.secured;
    acc[source].unsecured += cell.unsecured;
  }
  const rb = acc.regular_budget;
  const eb = acc.extra_budgetary;
  return {
    regular_budget: figures(rb.secured, rb.unsecured),
    extra_budgetary: figures(eb.secured, eb.unsecured),
    total: figures(rb.secured + eb.secured, rb.unsecured + eb.unsecured),
  };
}

function parseKey(key: string): [FundingSource, PeriodKey] {
  const bar = key.indexOf('|');
  return [key.slice(0, bar) as FundingSource, key.slice(bar + 1) as PeriodKey];
}

function row<K>(key: K, grid: Grid): RollupRow<K> {
  const entries = [...grid].map(([k, cell]) => [...parseKey(k), cell] as const);
  const byPeriod: Partial<Record<PeriodKey, SourceFigures>> = {};
  for (const period of new Set(entries.map(([, p]) => p))) {
    byPeriod[period] = sourceFigures(entries.filter(([, p]) => p === period).map(([s, , c]) => [s, c]));
  }
  return { key, bySource: sourceFigures(entries.map(([s, , c]) => [s, c])), byPeriod };
}

const isEmpty = (r: RollupRow<unknown>) => r.bySource.total.planned === 0;

// --- The roll-up ----------------------------------------------------------------------

interface CurrencyData {
  /** Allocations summed per result. */
  readonly byResult: Map<string, Grid>;
  count: number;
}

export function rollUpResources(view: ResourcesInput): ResourcesRollup {
  const planCurrency = view.plan.currency;
  const share = significantShareOf(view.plan);
  const byCurrency = new Map<string, CurrencyData>([[planCurrency, { byResult: new Map(), count: 0 }]]);
  for (const a of Object.values(view.resources)) {
    let data = byCurrency.get(a.currency);
    if (!data) byCurrency.set(a.currency, (data = { byResult: new Map(), count: 0 }));
    data.count++;
    let grid = data.byResult.get(a.resultId);
    if (!grid) data.byResult.set(a.resultId, (grid = new Map()));
    const period: PeriodKey = view.periods[a.periodId] ? a.periodId : UNKNOWN_PERIOD;
    const minor = toMinor(Math.max(0, a.amount), minorDigitsOf(a.currency));
    addCell(grid, cellKey(a.source, period), a.status === 'secured' ? minor : 0, a.status === 'secured' ? 0 : minor);
  }
  const accountable = accountableUnits(view);
  const currencies = [...byCurrency.keys()]
    .sort((a, b) => (a === planCurrency ? -1 : b === planCurrency ? 1 : a.localeCompare(b)))
    .map((currency) => rollUpCurrency(view, currency, byCurrency.get(currency)!, Math.round(share * BASIS), accountable));
  return { significantShare: share, planCurrency, currencies };
}

/** Live accountable units per result, in a stable order (by code, then id). */
function accountableUnits(view: ResourcesInput): Map<string, UnitId[]> {
  const out = new Map<string, Set<UnitId>>();
  for (const r of Object.values(view.responsibilities)) {
    if (r.role !== 'A' || !view.units[r.unitId]) continue;
    let set = out.get(r.resultId);
    if (!set) out.set(r.resultId, (set = new Set()));
    set.add(r.unitId);
  }
  const order = (a: UnitId, b: UnitId) => view.units[a]!.code.localeCompare(view.units[b]!.code) || a.localeCompare(b);
  return new Map([...out].map(([result, set]) => [result, [...set].sort(order)]));
}

function rollUpCurrency(view: ResourcesInput, currency: string, data: CurrencyData, basisPoints: number, accountable: Map<string, UnitId[]>): CurrencyRollup {
  const total: Grid = new Map();
  const notAttributed: Grid = new Map();
  const byComponent = new Map<ComponentId | null, Grid>();
  const byUnit = new Map<UnitId | null, { grid: Grid; results: number; shared: number }>();
  const objectives = new Map(view.objectiveOrder.map((id) => [id, { principal: new Map() as Grid, significant: new Map() as Grid, principalResults: 0, significantResults: 0 }]));

  for (const [resultId, grid] of data.byResult) {
    addGrid(total, grid);
    const result = view.results[resultId];
    let tagged = false;
    for (const [objectiveId, significance] of Object.entries(result?.objectiveTags ?? {})) {
      const o = objectives.get(objectiveId as StrategicObjectiveId);
      if (!o) continue;
      tagged = true;
      if (significance === 'principal') {
        addGrid(o.principal, grid);
        o.principalResults++;
      } else {
        addGrid(o.significant, grid);
        o.significantResults++;
      }
    }
    if (!tagged) addGrid(notAttributed, grid);

    const componentId = result?.componentId && view.components[result.componentId] ? result.componentId : null;
    if (!byComponent.has(componentId)) byComponent.set(componentId, new Map());
    addGrid(byComponent.get(componentId)!, grid);

    const units: (UnitId | null)[] = accountable.get(resultId) ?? [null];
    for (const unit of units) if (!byUnit.has(unit)) byUnit.set(unit, { grid: new Map(), results: 0, shared: 0 });
    if (units.length === 1) addGrid(byUnit.get(units[0]!)!.grid, grid);
    else {
      for (const [key, cell] of grid) {
        const secured = splitEqually(cell.secured, units.length);
        const unsecured = splitEqually(cell.unsecured, units.length);
        units.forEach((unit, i) => addCell(byUnit.get(unit)!.grid, key, secured[i]!, unsecured[i]!));
      }
    }
    for (const unit of units) {
      const u = byUnit.get(unit)!;
      u.results++;
      if (units.length > 1) u.shared++;
    }
  }

  const objectiveRows: ObjectiveRow[] = [...objectives].map(([id, o]) => {
    const counted: Grid = new Map();
    addGrid(counted, o.significant, (m) => applyShare(m, basisPoints));
    const significantRow = row(id, counted);
    addGrid(counted, o.principal);
    return {
      ...row(id, counted),
      principal: row(id, o.principal).bySource,
      significant: significantRow.bySource,
      significantBeforeShare: row(id, o.significant).bySource,
      principalResults: o.principalResults,
      significantResults: o.significantResults,
    };
  });

  const unitRows: UnitRow[] = [...byUnit]
    .map(([key, u]) => ({ ...row(key, u.grid), results: u.results, sharedResults: u.shared }))
    .filter((r) => !isEmpty(r) || r.results > 0)
    .sort((a, b) => {
      if (a.key === null || b.key === null) return a.key === null ? 1 : -1;
      return b.bySource.total.planned - a.bySource.total.planned || view.units[a.key]!.code.localeCompare(view.units[b.key]!.code);
    });

  const componentRows = view.componentOrder.map((id) => row<ComponentId | null>(id, byComponent.get(id) ?? new Map()));
  const noComponent = row<ComponentId | null>(null, byComponent.get(null) ?? new Map());
  if (!isEmpty(noComponent)) componentRows.push(noComponent);

  const totalRow = row('total' as const, total);
  const periodRows = view.periodOrder.map((id) => periodRow(id, totalRow));
  if (totalRow.byPeriod[UNKNOWN_PERIOD]) periodRows.push(periodRow(UNKNOWN_PERIOD, totalRow));

  const minorDigits = minorDigitsOf(currency);
  const rollup = {
    currency,
    isPlanCurrency: currency === view.plan.currency,
    minorDigits,
    fractionDigits: minorDigits,
    allocations: data.count,
    total: totalRow,
    objectives: objectiveRows,
    notAttributed: row('notAttributed' as const, notAttributed),
    units: unitRows,
    components: componentRows,
    periods: periodRows,
  };
  return { ...rollup, fractionDigits: allWhole(rollup, minorDigits) ? 0 : minorDigits };
}

function periodRow(period: PeriodKey, total: RollupRow<'total'>): RollupRow<PeriodKey> {
  const figures = total.byPeriod[period] ?? { regular_budget: ZERO, extra_budgetary: ZERO, total: ZERO };
  return { key: period, bySource: figures, byPeriod: { [period]: figures } };
}

/** Whether every figure of a roll-up is a whole amount of the major unit (then no decimals are shown). */
function allWhole(r: Omit<CurrencyRollup, 'fractionDigits'>, minorDigits: number): boolean {
  const unit = 10 ** minorDigits;
  const whole = (f: SourceFigures) => SOURCES.every((s) => f[s].planned % unit === 0 && f[s].secured % unit === 0);
  const rows: RollupRow<unknown>[] = [r.total, r.notAttributed, ...r.objectives, ...r.units, ...r.components];
  return rows.every((x) => whole(x.bySource) && Object.values(x.byPeriod).every((f) => f === undefined || whole(f)));
}

// --- Reading the roll-up --------------------------------------------------------------

/** The roll-up of one currency (the plan's when none is asked for or it has none). */
export function currencyRollup(rollup: ResourcesRollup, currency?: string): CurrencyRollup {
  return rollup.currencies.find((c) => c.currency === (currency ?? rollup.planCurrency)) ?? rollup.currencies[0]!;
}

/** Sums rows' figures (e.g. to check or show a column total). */
export function sumFigures(rows: readonly SourceFigures[]): SourceFigures {
  const add = (pick: (f: SourceFigures) => Figures) => {
    const secured = rows.reduce((n, f) => n + pick(f).secured, 0);
    const gap = rows.reduce((n, f) => n + pick(f).gap, 0);
    return figures(secured, gap);
  };
  return { regular_budget: add((f) => f.regular_budget), extra_budgetary: add((f) => f.extra_budgetary), total: add((f) => f.total) };
}

export const EMPTY_SOURCE_FIGURES: SourceFigures = Object.freeze({ regular_budget: ZERO, extra_budgetary: ZERO, total: ZERO });
