/**
 * The Translation view's rows: every translatable text of the plan (main language, as the
 * engine holds it) with where it is, its translation into one further language and that
 * translation's state. Pure functions of the plan view, so they can be tested and timed
 * without React. The rows follow the plan's own order: the plan, the results chain (each
 * result with its indicators and milestones), risks and their mitigations, the strategy
 * paper, then the lists (units, objectives, components, periods, partners, resources).
 */
import { orderUnits } from '../../../shared/analysis/raci';
import { compareMitigations } from '../../../shared/analysis/risks';
import {
  translatableTexts,
  translationMaxLength,
  translationOf,
  translationState,
  type Milestone,
  type Mitigation,
  type ResourceAllocation,
  type ResultLevel,
  type TranslationTarget,
} from '../../../shared/model';
import type { PlanView } from '../../../shared/plan-doc/view-types';

export const GROUPS = ['plan', 'results', 'risks', 'sections', 'units', 'objectives', 'components', 'periods', 'partners', 'resources'] as const;
export type Group = (typeof GROUPS)[number];

/**
 * One step of where a text is ("Outcome 1.2", "Indicator 1", "Definition"): the message
 * `translation.<key>` with its parameters; `level` adds the level's name as `levelName`.
 */
export interface WherePart {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly level?: ResultLevel;
}

/** The state of a listed text (empty main texts are not listed). */
export type RowState = 'missing' | 'stale' | 'current';

export interface TextRow {
  /** Unique in the plan: target, entity id and path. */
  readonly key: string;
  readonly target: TranslationTarget;
  readonly id: string | null;
  readonly path: string;
  readonly group: Group;
  readonly where: readonly WherePart[];
  /** The text in the plan's main language. */
  readonly main: string;
  /** A long text (descriptions, section bodies): a larger editor. */
  readonly long: boolean;
  /** The most characters the translation may hold. */
  readonly max: number;
  readonly state: RowState;
  /** The stored translation ('' when none). */
  readonly translation: string;
}

export function rowKey(target: TranslationTarget, id: string | null, path: string): string {
  return `${target}|${id ?? ''}|${path}`;
}

/** Texts shown in the larger editor. */
const LONG_PATHS = new Set(['description', 'assumptions', 'body']);

const fieldParts = new Map<string, WherePart>();

/** What the fixed field at `path` is called: a key under `translation.field` (one shared object per field). */
function fieldPart(target: TranslationTarget, path: string): WherePart {
  const id = `${target}|${path}`;
  let part = fieldParts.get(id);
  if (part) return part;
  if (target === 'indicators' && path.startsWith('qualitativeStages.')) {
    part = { key: 'field.stage', params: { n: Number(path.slice('qualitativeStages.'.length)) + 1 } };
  } else {
    // Dotted paths become camel case keys: baseline.source -> baselineSource.
    part = { key: `field.${target}.${path.replace(/\.([a-z])/g, (_, c: string) => c.toUpperCase())}` };
  }
  fieldParts.set(id, part);
  return part;
}

interface TextState {
  readonly path: string;
  readonly text: string;
  readonly state: RowState | 'empty';
  readonly translation: string;
}

/**
 * The texts of an entity with their state in a language, cached by the entity's identity:
 * the view keeps the identity of every entity an edit did not touch, so after a save only
 * the edited entity's texts are read (and fingerprinted) again.
 */
const textCache = new WeakMap<object, Map<string, readonly TextState[]>>();
/** An entity's rows by language and place (see `add` in buildRows). */
const rowCache = new WeakMap<object, Map<string, readonly TextRow[]>>();

function textStates(target: TranslationTarget, entity: object, language: string): readonly TextState[] {
  let byLanguage = textCache.get(entity);
  const cached = byLanguage?.get(language);
  if (cached) return cached;
  const states = translatableTexts(target, entity).map(({ path, text }) => {
    const entry = translationOf(entity, language, path);
    return { path, text, state: translationState(text, entry), translation: entry?.text ?? '' };
  });
  if (!byLanguage) textCache.set(entity, (byLanguage = new Map()));
  byLanguage.set(language, states);
  return states;
}

const byDueDate = (a: Milestone, b: Milestone) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);

/** Every listed text of the plan with its state in `language`, in the view's order. */
export function buildRows(view: PlanView, language: string): TextRow[] {
  const rows: TextRow[] = [];
  /**
   * Adds the rows of one entity. `context` names everything `where` depends on (numbers,
   * positions): an entity the last edit did not touch, in the same place, gives back the
   * very rows it gave before (no texts read, no objects made).
   */
  const add = (group: Group, target: TranslationTarget, entity: object, id: string | null, context: string, where: () => readonly WherePart[], only?: (path: string) => boolean) => {
    const cacheKey = `${language}|${context}`;
    const hit = only ? undefined : rowCache.get(entity)?.get(cacheKey);
    if (hit) {
      for (const row of hit) rows.push(row);
      return;
    }
    const prefix = where();
    const made: TextRow[] = [];
    for (const { path, text, state, translation } of textStates(target, entity, language)) {
      if (state === 'empty' || (only && !only(path))) continue;
      made.push({
        key: rowKey(target, id, path),
        target,
        id,
        path,
        group,
        where: [...prefix, path.startsWith('links.') ? linkPart(view, path) : fieldPart(target, path)],
        main: text,
        long: LONG_PATHS.has(path) || path.startsWith('links.'),
        max: translationMaxLength(target, path),
        state,
        translation,
      });
    }
    if (!only) {
      let byKey = rowCache.get(entity);
      if (!byKey) rowCache.set(entity, (byKey = new Map()));
      byKey.set(cacheKey, made);
    }
    for (const row of made) rows.push(row);
  };

  add('plan', 'plan', view.plan, null, 'plan', () => [{ key: 'where.plan' }]);

  // The results chain, each result followed by its indicators and milestones.
  const milestonesByResult = new Map<string, Milestone[]>();
  for (const m of Object.values(view.milestones)) {
    const list = milestonesByResult.get(m.resultId);
    if (list) list.push(m);
    else milestonesByResult.set(m.resultId, [m]);
  }
  for (const node of view.tree) {
    const result = view.results[node.id];
    if (!result) continue;
    const resultPart: WherePart = { key: 'where.result', params: { number: node.number }, level: result.level };
    const at = `${result.level}|${node.number}`;
    add('results', 'results', result, result.id, at, () => [resultPart]);
    (view.indicatorsByResult[node.id] ?? []).forEach((indicatorId, i) => {
      const indicator = view.indicators[indicatorId];
      if (indicator) add('results', 'indicators', indicator, indicator.id, `${at}|${i}`, () => [resultPart, { key: 'where.indicator', params: { n: i + 1 } }]);
    });
    (milestonesByResult.get(node.id) ?? []).sort(byDueDate).forEach((m, i) => add('results', 'milestones', m, m.id, `${at}|${i}`, () => [resultPart, { key: 'where.milestone', params: { n: i + 1 } }]));
  }

  // Risks: those of the plan as a whole first, then by their first result's place in the chain.
  const firstResult = (resultIds: readonly string[]) => Math.min(...resultIds.map((id) => view.treeIndex[id] ?? Infinity), Infinity);
  const risks = Object.values(view.risks)
    .map((risk) => ({ risk, at: risk.resultIds.length === 0 ? -1 : firstResult(risk.resultIds) }))
    .sort((a, b) => a.at - b.at || a.risk.description.localeCompare(b.risk.description) || a.risk.id.localeCompare(b.risk.id));
  const mitigationsByRisk = new Map<string, Mitigation[]>();
  for (const m of Object.values(view.mitigations)) {
    const list = mitigationsByRisk.get(m.riskId);
    if (list) list.push(m);
    else mitigationsByRisk.set(m.riskId, [m]);
  }
  risks.forEach(({ risk }, i) => {
    const riskPart: WherePart = { key: 'where.risk', params: { n: i + 1 } };
    add('risks', 'risks', risk, risk.id, String(i), () => [riskPart]);
    (mitigationsByRisk.get(risk.id) ?? []).sort(compareMitigations).forEach((m, j) => add('risks', 'mitigations', m, m.id, `${i}|${j}`, () => [riskPart, { key: 'where.mitigation', params: { n: j + 1 } }]));
  });

  view.sectionOrder.forEach((id, i) => {
    const section = view.sections[id];
    if (section) add('sections', 'sections', section, id, String(i), () => [{ key: 'where.section', params: { n: i + 1 } }]);
  });
  orderUnits(Object.values(view.units)).forEach((u, i) => {
    const unit = view.units[u.id];
    if (unit) add('units', 'units', unit, unit.id, String(i), () => [{ key: 'where.unit', params: { name: unit.code.trim() || String(i + 1) } }]);
  });
  view.objectiveOrder.forEach((id, i) => {
    const objective = view.objectives[id];
    if (objective) add('objectives', 'objectives', objective, id, String(i), () => [{ key: 'where.objective', params: { name: objective.code.trim() || String(i + 1) } }]);
  });
  view.componentOrder.forEach((id, i) => {
    const component = view.components[id];
    if (component) add('components', 'components', component, id, String(i), () => [{ key: 'where.component', params: { name: component.code.trim() || String(i + 1) } }]);
  });
  view.periodOrder.forEach((id, i) => {
    const period = view.periods[id];
    if (period) add('periods', 'periods', period, id, String(i), () => [{ key: 'where.period', params: { n: i + 1 } }]);
  });
  Object.values(view.partners)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .forEach((partner, i) => {
      const part: WherePart = { key: 'where.partner', params: { name: partner.acronym.trim() || String(i + 1) } };
      // A collaboration on a result no longer in the plan is shown nowhere: it is not listed.
      add('partners', 'partners', partner, partner.id, String(i), () => [part], (path) => !path.startsWith('links.') || view.results[path.split('.')[1]!] !== undefined);
    });
  // Resources of each result in the chain's order, then by period.
  const periodIndex = new Map(view.periodOrder.map((id, i) => [id as string, i]));
  const byResult = new Map<string, ResourceAllocation[]>();
  for (const a of Object.values(view.resources)) {
    if (a.note.trim() === '') continue;
    const list = byResult.get(a.resultId);
    if (list) list.push(a);
    else byResult.set(a.resultId, [a]);
  }
  for (const node of view.tree) {
    const list = byResult.get(node.id);
    const result = view.results[node.id];
    if (!list || !result) continue;
    list.sort((a, b) => (periodIndex.get(a.periodId) ?? 0) - (periodIndex.get(b.periodId) ?? 0) || a.id.localeCompare(b.id));
    list.forEach((a, i) => {
      const period = view.periods[a.periodId]?.label ?? '';
      add('resources', 'resources', a, a.id, `${result.level}|${node.number}|${i}|${period}`, (): WherePart[] => [
        { key: 'where.result', params: { number: node.number }, level: result.level },
        { key: period ? 'where.allocationIn' : 'where.allocation', params: { n: i + 1, period } },
      ]);
    });
  }
  return rows;
}

/** "Expected outcome for Outcome 1.2". */
function linkPart(view: PlanView, path: string): WherePart {
  const resultId = path.split('.')[1]!;
  const index = view.treeIndex[resultId];
  const node = index === undefined ? undefined : view.tree[index];
  const result = view.results[resultId];
  return { key: 'field.partners.expectedOutcome', params: { number: node?.number ?? '' }, level: result?.level };
}

export const FILTERS = ['work', 'missing', 'stale', 'all'] as const;
export type Filter = (typeof FILTERS)[number];

export const needsWork = (state: RowState): boolean => state !== 'current';

function matches(filter: Filter, state: RowState): boolean {
  if (filter === 'all') return true;
  if (filter === 'work') return needsWork(state);
  return filter === state;
}

/**
 * The rows a filter shows: those whose state it selects, and those in `kept` (texts worked on
 * since the filter was chosen: a translation just saved stays in view, marked translated,
 * rather than vanishing under the translator's hands).
 */
export function filterRows(rows: readonly TextRow[], filter: Filter, kept: ReadonlySet<string>): readonly TextRow[] {
  if (filter === 'all') return rows;
  return rows.filter((r) => matches(filter, r.state) || kept.has(r.key));
}

export type StateCounts = Readonly<Record<RowState, number>>;

export function countStates(rows: readonly TextRow[]): StateCounts {
  const counts = { missing: 0, stale: 0, current: 0 };
  for (const r of rows) counts[r.state]++;
  return counts;
}

/**
 * The next (direction 1) or previous (-1) row needing work in `rows` from the row `fromKey`
 * (from the start or the end when it is not listed), wrapping around; never `fromKey` itself.
 * Null when no other row needs work.
 */
export function nextNeedingWork(rows: readonly TextRow[], fromKey: string | null, direction: 1 | -1): number | null {
  const n = rows.length;
  if (n === 0) return null;
  const from = fromKey === null ? -1 : rows.findIndex((r) => r.key === fromKey);
  const start = from >= 0 ? from : direction === 1 ? -1 : n;
  for (let step = 1; step <= n; step++) {
    const i = (((start + direction * step) % n) + n) % n;
    const row = rows[i]!;
    if (row.key !== fromKey && needsWork(row.state)) return i;
  }
  return null;
}
