/**
 * The risk register's arithmetic: scores, bands, the 5×5 heat map, overdue mitigations,
 * and the rows of the register with their sort keys and filters. Pure: the screen and
 * any export read the same answers.
 *
 * A risk is rated twice on two 1-5 scales: inherent (before its mitigations) and, where
 * the planners have judged it, residual (after them). Score = likelihood × impact.
 *
 * Bands follow the 5×5 matrix of the UK National Patient Safety Agency, "A risk matrix
 * for risk managers" (NPSA, 2008), the convention most public-sector risk registers
 * use: 1-3 low, 4-6 moderate, 8-12 high, 15-25 extreme. The gaps between the bands (7,
 * 13, 14) are scores no two ratings make, so every score has a band.
 */
import { isIsoDate, type IsoDate } from '../dates';
import type { Mitigation, Risk, RiskId } from '../model';
import type { PlanView } from '../plan-doc/view-types';

/** The values of a likelihood or impact rating, lowest first. */
export const RATINGS = [1, 2, 3, 4, 5] as const;

export const RISK_BANDS = ['low', 'moderate', 'high', 'extreme'] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

/** The scores each band covers, inclusive (NPSA 2008). */
export const BAND_RANGES: Readonly<Record<RiskBand, readonly [min: number, max: number]>> = {
  low: [1, 3],
  moderate: [4, 6],
  high: [8, 12],
  extreme: [15, 25],
};

/** Inherent: as the risk stands before its mitigations; residual: after them. */
export const RATING_BASES = ['inherent', 'residual'] as const;
export type RatingBasis = (typeof RATING_BASES)[number];

/** Whether a value is a rating the model accepts: a whole number from 1 to 5. */
export function isRating(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** A rating typed or chosen as text: '' is "not rated" (null); anything but 1-5 is 'invalid'. */
export function parseRating(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return isRating(n) ? n : 'invalid';
}

export function scoreOf(likelihood: number, impact: number): number {
  return likelihood * impact;
}

/** The band of a score (1-25). */
export function bandOf(score: number): RiskBand {
  if (score <= BAND_RANGES.low[1]) return 'low';
  if (score <= BAND_RANGES.moderate[1]) return 'moderate';
  if (score <= BAND_RANGES.high[1]) return 'high';
  return 'extreme';
}

/** Bands by severity, for comparing them. */
export function bandRank(band: RiskBand): number {
  return RISK_BANDS.indexOf(band);
}

export interface Rating {
  readonly likelihood: number;
  readonly impact: number;
  readonly score: number;
  readonly band: RiskBand;
}

type Rated = Pick<Risk, 'likelihood' | 'impact' | 'residualLikelihood' | 'residualImpact'>;

function rating(likelihood: number, impact: number): Rating {
  const score = scoreOf(likelihood, impact);
  return { likelihood, impact, score, band: bandOf(score) };
}

export function inherentRating(risk: Rated): Rating {
  return rating(risk.likelihood, risk.impact);
}

/** The residual rating, where both its likelihood and impact are set; null otherwise. */
export function residualRating(risk: Rated): Rating | null {
  return risk.residualLikelihood !== null && risk.residualImpact !== null ? rating(risk.residualLikelihood, risk.residualImpact) : null;
}

export function ratingOf(risk: Rated, basis: RatingBasis): Rating | null {
  return basis === 'inherent' ? inherentRating(risk) : residualRating(risk);
}

/**
 * A residual rating above the inherent one is a data error: mitigation cannot make a
 * risk more likely or its impact worse. Either rating above its inherent counterpart
 * counts (a score above the inherent score always has one).
 */
export function residualAboveInherent(risk: Rated): boolean {
  return (risk.residualLikelihood !== null && risk.residualLikelihood > risk.likelihood) || (risk.residualImpact !== null && risk.residualImpact > risk.impact);
}

/** Only one of the two residual ratings set: the residual score cannot be computed. */
export function residualIncomplete(risk: Rated): boolean {
  return (risk.residualLikelihood === null) !== (risk.residualImpact === null);
}

/**
 * A mitigation is overdue when its due date is before the status date (due on the
 * status date is not yet late) and it is neither done nor cancelled. No due date,
 * never overdue (the quality check asks for one).
 */
export function isMitigationOverdue(mitigation: Pick<Mitigation, 'dueDate' | 'status'>, statusDate: IsoDate): boolean {
  return mitigation.dueDate !== null && mitigation.dueDate < statusDate && mitigation.status !== 'done' && mitigation.status !== 'cancelled';
}

/** A due date as typed: '' is none (null); anything but a full yyyy-MM-dd date is 'invalid'. */
export function parseDueDate(text: string): IsoDate | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return isIsoDate(trimmed) ? trimmed : 'invalid';
}

/** Mitigations by due date (undated last), then by action. */
export function compareMitigations(a: Mitigation, b: Mitigation): number {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return byText(a.action, b.action);
}

/** Live mitigations of each live risk, by due date. */
export function mitigationsByRisk(view: Pick<PlanView, 'mitigations' | 'risks'>): Map<string, Mitigation[]> {
  const out = new Map<string, Mitigation[]>();
  for (const m of Object.values(view.mitigations)) {
    if (!view.risks[m.riskId]) continue;
    const list = out.get(m.riskId);
    if (list) list.push(m);
    else out.set(m.riskId, [m]);
  }
  for (const list of out.values()) list.sort(compareMitigations);
  return out;
}

/** What the register says about one risk. */
export interface RiskSummary {
  readonly risk: Risk;
  readonly inherent: Rating;
  readonly residual: Rating | null;
  /** The higher of the inherent and residual bands (the residual's only when it is a data error). */
  readonly highestBand: RiskBand;
  /** Its live mitigations, by due date. */
  readonly mitigations: readonly Mitigation[];
  readonly overdue: readonly Mitigation[];
  readonly residualAboveInherent: boolean;
  readonly residualIncomplete: boolean;
}

export function summariseRisk(risk: Risk, mitigations: readonly Mitigation[], statusDate: IsoDate): RiskSummary {
  const inherent = inherentRating(risk);
  const residual = residualRating(risk);
  const highestBand = residual && bandRank(residual.band) > bandRank(inherent.band) ? residual.band : inherent.band;
  const sorted = [...mitigations].sort(compareMitigations);
  return {
    risk,
    inherent,
    residual,
    highestBand,
    mitigations: sorted,
    overdue: sorted.filter((m) => isMitigationOverdue(m, statusDate)),
    residualAboveInherent: residualAboveInherent(risk),
    residualIncomplete: residualIncomplete(risk),
  };
}

// ---------------------------------------------------------------------------------------
// Heat map

export interface HeatMapCell {
  readonly likelihood: number;
  readonly impact: number;
  readonly score: number;
  readonly band: RiskBand;
  /** The risks rated in this cell, by description. */
  readonly riskIds: readonly RiskId[];
}

export interface HeatMap {
  readonly basis: RatingBasis;
  /** Rows by likelihood from 5 down to 1 (as drawn); in each, cells by impact 1 to 5. */
  readonly rows: readonly (readonly HeatMapCell[])[];
  /** Risks not on this map: on the residual map, those whose residual rating is not (fully) set. */
  readonly unrated: readonly RiskId[];
}

/** The 5×5 heat map of the risks on one basis. */
export function heatMap(risks: readonly Risk[], basis: RatingBasis): HeatMap {
  const cells = new Map<string, RiskId[]>();
  const unrated: RiskId[] = [];
  for (const risk of [...risks].sort((a, b) => byText(a.description, b.description))) {
    const r = ratingOf(risk, basis);
    if (!r) {
      unrated.push(risk.id);
      continue;
    }
    const key = `${r.likelihood}:${r.impact}`;
    const list = cells.get(key);
    if (list) list.push(risk.id);
    else cells.set(key, [risk.id]);
  }
  const rows = [...RATINGS].reverse().map((likelihood) =>
    RATINGS.map((impact) => {
      const score = scoreOf(likelihood, impact);
      return { likelihood, impact, score, band: bandOf(score), riskIds: cells.get(`${likelihood}:${impact}`) ?? [] };
    }),
  );
  return { basis, rows, unrated };
}

/** The cell of a heat map at a likelihood and impact (1-5 each). */
export function cellAt(map: HeatMap, likelihood: number, impact: number): HeatMapCell | undefined {
  return map.rows[5 - likelihood]?.[impact - 1];
}

// ---------------------------------------------------------------------------------------
// The register: rows, summary, sorting and filtering

/** A risk as the register lists it: its summary plus what it is shown and sorted by. */
export interface RegisterRow extends RiskSummary {
  /** The owner unit's display name ('' when it has none or it was removed). */
  readonly ownerName: string;
  /** Numbers of its linked results in tree order ("1.2", "U1"); removed results left out. */
  readonly resultNumbers: readonly string[];
  /** Tree position of its first linked result (for sorting); Infinity without one. */
  readonly resultOrder: number;
}

function unitLabel(view: Pick<PlanView, 'units'>, id: string | null): string {
  const unit = id ? view.units[id] : undefined;
  if (!unit) return '';
  return unit.code ? `${unit.name} (${unit.code})` : unit.name;
}

/** Every live risk of the plan as a register row (in no particular order: sort them). */
export function registerRows(view: PlanView, statusDate: IsoDate): RegisterRow[] {
  const byRisk = mitigationsByRisk(view);
  return Object.values(view.risks).map((risk) => {
    const positions = risk.resultIds
      .map((id) => view.treeIndex[id])
      .filter((i): i is number => i !== undefined && view.results[view.tree[i]!.id] !== undefined)
      .sort((a, b) => a - b);
    return {
      ...summariseRisk(risk, byRisk.get(risk.id) ?? [], statusDate),
      ownerName: unitLabel(view, risk.ownerUnitId),
      resultNumbers: [...new Set(positions)].map((i) => view.tree[i]!.number),
      resultOrder: positions[0] ?? Number.POSITIVE_INFINITY,
    };
  });
}

/** A late mitigation with the risk it belongs to. */
export interface OverdueMitigation {
  readonly mitigation: Mitigation;
  readonly risk: Risk;
}

/** What a manager asks of the register first: how bad, whose actions are late, what is wrong. */
export interface RegisterSummary {
  readonly total: number;
  readonly byBand: Readonly<Record<RiskBand, number>>;
  readonly residualByBand: Readonly<Record<RiskBand, number>>;
  /** Risks whose residual rating is not (fully) set. */
  readonly residualUnrated: number;
  /** The highest inherent band any risk has (null for an empty register)... */
  readonly highestBand: RiskBand | null;
  /** ...and the risks in it, highest score first. */
  readonly highest: readonly RegisterRow[];
  /** Overdue mitigations of every risk, longest overdue first. */
  readonly overdue: readonly OverdueMitigation[];
  /** Risks with a residual rating above the inherent one (data errors). */
  readonly residualAboveInherent: readonly RegisterRow[];
}

const noBands = (): Record<RiskBand, number> => ({ low: 0, moderate: 0, high: 0, extreme: 0 });

export function summariseRegister(rows: readonly RegisterRow[]): RegisterSummary {
  const byBand = noBands();
  const residualByBand = noBands();
  let residualUnrated = 0;
  for (const row of rows) {
    byBand[row.inherent.band]++;
    if (row.residual) residualByBand[row.residual.band]++;
    else residualUnrated++;
  }
  const highestBand = [...RISK_BANDS].reverse().find((b) => byBand[b] > 0) ?? null;
  const highest = sortRows(
    rows.filter((r) => r.inherent.band === highestBand),
    { key: 'score', direction: 'descending' },
  );
  const overdue = rows
    .flatMap((row) => row.overdue.map((mitigation) => ({ mitigation, risk: row.risk })))
    .sort((a, b) => compareMitigations(a.mitigation, b.mitigation));
  return {
    total: rows.length,
    byBand,
    residualByBand,
    residualUnrated,
    highestBand,
    highest,
    overdue,
    residualAboveInherent: rows.filter((r) => r.residualAboveInherent),
  };
}

export const SORT_KEYS = [
  'description',
  'category',
  'likelihood',
  'impact',
  'score',
  'residualLikelihood',
  'residualImpact',
  'residualScore',
  'owner',
  'results',
  'mitigations',
  'overdue',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface RiskSort {
  readonly key: SortKey;
  readonly direction: SortDirection;
}

/** The register's first order: the highest risks on top. */
export const DEFAULT_SORT: RiskSort = { key: 'score', direction: 'descending' };

/** The value a row sorts by; null (no residual rating, no owner) always sorts last. */
function sortValue(row: RegisterRow, key: SortKey): string | number | null {
  switch (key) {
    case 'description':
      return row.risk.description;
    case 'category':
      return row.risk.category;
    case 'likelihood':
      return row.inherent.likelihood;
    case 'impact':
      return row.inherent.impact;
    case 'score':
      return row.inherent.score;
    case 'residualLikelihood':
      return row.risk.residualLikelihood;
    case 'residualImpact':
      return row.risk.residualImpact;
    case 'residualScore':
      return row.residual?.score ?? null;
    case 'owner':
      return row.ownerName || null;
    case 'results':
      return Number.isFinite(row.resultOrder) ? row.resultOrder : null;
    case 'mitigations':
      return row.mitigations.length;
    case 'overdue':
      return row.overdue.length;
  }
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
function byText(a: string, b: string): number {
  return collator.compare(a, b);
}

function compareValues(a: string | number, b: string | number): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : byText(String(a), String(b));
}

/**
 * Rows sorted by a column. Ties fall back to the inherent score (highest first), then
 * the description, so the order never depends on the document's key order. Empty
 * values go last in either direction.
 */
export function sortRows<T extends RegisterRow>(rows: readonly T[], sort: RiskSort): T[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = sortValue(a, sort.key);
    const vb = sortValue(b, sort.key);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
    } else {
      const c = compareValues(va, vb);
      if (c !== 0) return sign * c;
    }
    return b.inherent.score - a.inherent.score || byText(a.risk.description, b.risk.description) || byText(a.risk.id, b.risk.id);
  });
}

/** A cell of one of the heat maps. */
export interface CellFilter {
  readonly basis: RatingBasis;
  readonly likelihood: number;
  readonly impact: number;
}

/** What the register can be narrowed to; '' / null / false means "any". */
export interface RiskFilter {
  readonly category: Risk['category'] | '';
  /** A band on either basis (a risk without a residual rating has no residual band). */
  readonly band: { readonly basis: RatingBasis; readonly band: RiskBand } | null;
  /** A unit id, NO_OWNER for risks nobody owns, or '' for any. */
  readonly ownerUnitId: string;
  readonly resultId: string;
  readonly overdueOnly: boolean;
  /** Words each found (case-insensitively) in the description, source, owner or a mitigation's action. */
  readonly search: string;
  readonly cell: CellFilter | null;
}

export const NO_OWNER = '-';

export const NO_FILTER: RiskFilter = { category: '', band: null, ownerUnitId: '', resultId: '', overdueOnly: false, search: '', cell: null };

/** Whether any filter narrows the register. */
export function isFiltering(filter: RiskFilter): boolean {
  return filter.category !== '' || filter.band !== null || filter.ownerUnitId !== '' || filter.resultId !== '' || filter.overdueOnly || filter.search.trim() !== '' || filter.cell !== null;
}

export function matchesFilter(row: RegisterRow, filter: RiskFilter): boolean {
  const { risk } = row;
  if (filter.category && risk.category !== filter.category) return false;
  if (filter.band && ratingOf(risk, filter.band.basis)?.band !== filter.band.band) return false;
  if (filter.ownerUnitId === NO_OWNER ? row.ownerName !== '' : filter.ownerUnitId && risk.ownerUnitId !== filter.ownerUnitId) return false;
  if (filter.resultId && !risk.resultIds.includes(filter.resultId as Risk['resultIds'][number])) return false;
  if (filter.overdueOnly && row.overdue.length === 0) return false;
  if (filter.cell) {
    const r = ratingOf(risk, filter.cell.basis);
    if (!r || r.likelihood !== filter.cell.likelihood || r.impact !== filter.cell.impact) return false;
  }
  const words = filter.search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length > 0) {
    const haystack = [risk.description, risk.source, row.ownerName, ...row.mitigations.map((m) => m.action)].join('\n').toLocaleLowerCase();
    if (!words.every((w) => haystack.includes(w))) return false;
  }
  return true;
}

export function filterRows<T extends RegisterRow>(rows: readonly T[], filter: RiskFilter): T[] {
  return rows.filter((row) => matchesFilter(row, filter));
}
