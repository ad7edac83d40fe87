/**
 * What the partners register shows, read from the plan view: the partners filtered and
 * in order, each partner's links to results in the results chain's order, the results
 * it can still be linked to, and the checks of a partner's details before they are
 * saved. Pure functions, tested alone.
 */
import { PARTNER_TYPES, type Partner, type Result, type ResultId } from '../../../shared/model';
import type { PlanView, TreeNode } from '../../../shared/plan-doc';

export type PartnerType = Partner['type'];

export interface PartnerFilters {
  /** '' for every type. */
  readonly type: PartnerType | '';
  /** Matched, case-insensitively, against name, acronym and expected outcomes. */
  readonly search: string;
}

export const NO_PARTNER_FILTERS: PartnerFilters = { type: '', search: '' };

export interface PartnerSummary {
  readonly partner: Partner;
  /** Links to results still in the plan. */
  readonly links: number;
  /** Of those, the links with no expected outcome stated. */
  readonly missingOutcomes: number;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const byText = (a: string, b: string) => collator.compare(a, b);
const isBlank = (text: string) => text.trim() === '';

/** Display name of a partner: its name, with its acronym where it has one. */
export function partnerLabel(partner: Pick<Partner, 'name' | 'acronym'>): string {
  return partner.acronym.trim() ? `${partner.name} (${partner.acronym})` : partner.name;
}

export function summarise(view: PlanView, partner: Partner): PartnerSummary {
  let links = 0;
  let missingOutcomes = 0;
  for (const [resultId, link] of Object.entries(partner.links)) {
    if (!view.results[resultId]) continue;
    links++;
    if (isBlank(link.expectedOutcome)) missingOutcomes++;
  }
  return { partner, links, missingOutcomes };
}

function matches(partner: Partner, needle: string): boolean {
  if (partner.name.toLowerCase().includes(needle) || partner.acronym.toLowerCase().includes(needle)) return true;
  return Object.values(partner.links).some((link) => link.expectedOutcome.toLowerCase().includes(needle));
}

/** The partners that pass the filters, by name. */
export function partnerRows(view: PlanView, filters: PartnerFilters): PartnerSummary[] {
  const needle = filters.search.trim().toLowerCase();
  return Object.values(view.partners)
    .filter((p) => (filters.type === '' || p.type === filters.type) && (needle === '' || matches(p, needle)))
    .sort((a, b) => byText(a.name, b.name) || byText(a.acronym, b.acronym) || (a.id < b.id ? -1 : 1))
    .map((p) => summarise(view, p));
}

/** How many partners of each type the plan has (for the type filter). */
export function countByType(view: PlanView): Record<PartnerType, number> {
  const counts = Object.fromEntries(PARTNER_TYPES.map((t) => [t, 0])) as Record<PartnerType, number>;
  for (const p of Object.values(view.partners)) counts[p.type]++;
  return counts;
}

export interface PartnerLinkItem {
  readonly resultId: ResultId;
  readonly result: Result;
  readonly node: TreeNode;
  readonly expectedOutcome: string;
  /** No expected outcome stated: Recommendation 2 asks for one, ex ante. */
  readonly missing: boolean;
}

/**
 * The partner's links to results in the results chain's order; links to results no
 * longer in the plan apart (they can only be removed).
 */
export function partnerLinks(view: PlanView, partner: Partner): { linked: PartnerLinkItem[]; gone: ResultId[] } {
  const linked: PartnerLinkItem[] = [];
  const gone: ResultId[] = [];
  for (const [id, link] of Object.entries(partner.links)) {
    const resultId = id as ResultId;
    const result = view.results[resultId];
    const index = view.treeIndex[resultId];
    if (!result || index === undefined) {
      gone.push(resultId);
      continue;
    }
    linked.push({ resultId, result, node: view.tree[index]!, expectedOutcome: link.expectedOutcome, missing: isBlank(link.expectedOutcome) });
  }
  linked.sort((a, b) => view.treeIndex[a.resultId]! - view.treeIndex[b.resultId]!);
  return { linked, gone: gone.sort() };
}

/** The results the partner is not linked to yet, in the results chain's order. */
export function linkableResults(view: PlanView, partner: Partner): TreeNode[] {
  return view.tree.filter((node) => !partner.links[node.id]);
}

export interface PartnerInput {
  readonly name: string;
  readonly acronym: string;
  readonly type: PartnerType | '';
}

export const NAME_MAX = 300;
export const ACRONYM_MAX = 30;

export interface PartnerCheck {
  /** i18n keys of what must be fixed before saving, by field. */
  readonly errors: { readonly name?: string; readonly acronym?: string; readonly type?: string };
  /** Another partner with the same name (ignoring case and spaces): a warning, not a refusal. */
  readonly duplicateOf: Partner | null;
}

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** Checks a partner's details; `selfId` is the partner being edited (null when adding). */
export function checkPartner(view: PlanView, input: PartnerInput, selfId: string | null): PartnerCheck {
  const name = input.name.trim();
  const errors: { name?: string; acronym?: string; type?: string } = {};
  if (name === '') errors.name = 'partners.errors.nameRequired';
  else if (name.length > NAME_MAX) errors.name = 'partners.errors.nameTooLong';
  if (input.acronym.trim().length > ACRONYM_MAX) errors.acronym = 'partners.errors.acronymTooLong';
  if (input.type === '' || !(PARTNER_TYPES as readonly string[]).includes(input.type)) errors.type = 'partners.errors.typeRequired';
  const key = normalise(name);
  const duplicateOf = key === '' ? null : (Object.values(view.partners).find((p) => p.id !== selfId && normalise(p.name) === key) ?? null);
  return { errors, duplicateOf };
}
