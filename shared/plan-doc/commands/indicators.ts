/**
 * Commands on indicators: add, edit (with the rules a figure must meet for its measure),
 * delete, and the edits that must move values with them: renaming or removing a
 * disaggregation category (its targets and actuals per category follow), and editing a
 * qualitative indicator's ordered stages (its values are stage indexes, so reordering
 * or removing a stage renumbers them).
 *
 * An edit is refused only for a problem it introduces: a plan merged from an older copy
 * may hold a figure that no longer fits, and that must not block unrelated edits.
 */
import { compareIsoDates } from '../../dates';
import { CategorySchema, IndicatorSchema, ShortText, type Actual, type Indicator, type IndicatorId } from '../../model';
import type { Patch } from '../tx';
import type { PlanView } from '../view-types';
import { CommandError, defineCommand, type MessageRef } from './types';

/** How an indicator is named in a message: its result's number and the start of its definition. */
export function indicatorName(view: PlanView, id: string): string {
  const ind = view.indicators[id];
  if (!ind) return id;
  const node = view.tree[view.treeIndex[ind.resultId] ?? -1];
  const text = ind.definition.trim().replace(/\s+/g, ' ');
  const short = text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text;
  return `${node?.number ?? '?'} “${short}”`;
}

/** Up to three names, then how many more. */
export function namesList(names: readonly string[]): string {
  return names.length <= 3 ? names.join('; ') : `${names.slice(0, 3).join('; ')}; +${names.length - 3}`;
}

/** A web link: http or https, a host, then anything without spaces. */
const HTTP_LINK = /^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i;

/** A figure of an indicator, with where it is (for messages and for "is this problem new"). */
interface Figure {
  readonly path: string;
  readonly value: number;
}

function figuresOf(ind: Indicator): Figure[] {
  const out: Figure[] = [];
  if (ind.baseline.value !== null) out.push({ path: 'baseline', value: ind.baseline.value });
  if (ind.benchmark.value !== null) out.push({ path: 'benchmark', value: ind.benchmark.value });
  if (ind.finalTarget !== null) out.push({ path: 'finalTarget', value: ind.finalTarget });
  for (const [pid, v] of Object.entries(ind.targets)) out.push({ path: `targets.${pid}`, value: v });
  for (const [pid, byCat] of Object.entries(ind.categoryTargets ?? {})) for (const [c, v] of Object.entries(byCat)) out.push({ path: `categoryTargets.${pid}.${c}`, value: v });
  for (const [pid, a] of Object.entries(ind.actuals)) {
    if (a.value !== null) out.push({ path: `actuals.${pid}`, value: a.value });
    for (const [c, v] of Object.entries(a.byCategory ?? {})) out.push({ path: `actuals.${pid}.${c}`, value: v });
  }
  return out;
}

interface Issue {
  /** Identifies the problem and where it is: an unchanged problem is not "new". */
  readonly id: string;
  readonly message: MessageRef;
}

/** Everything about an indicator that does not fit its measure, the plan or its categories. */
function issuesOf(ind: Indicator, view: PlanView): Issue[] {
  const out: Issue[] = [];
  const add = (id: string, key: string, params: Record<string, string | number> = {}) => out.push({ id, message: { key: `indicators.errors.${key}`, params } });
  if (!view.results[ind.resultId]) add('result', 'resultNotFound');

  const stages = ind.qualitativeStages.length;
  for (const f of figuresOf(ind)) {
    if (ind.measureType === 'percentage' && (f.value < 0 || f.value > 100)) add(`pct:${f.path}:${f.value}`, 'percentRange', { value: f.value });
    if (ind.measureType === 'qualitative' && (!Number.isInteger(f.value) || f.value < 0 || f.value >= stages)) {
      add(`stage:${f.path}:${f.value}`, stages === 0 ? 'noStages' : 'notAStage', { value: f.value, count: stages });
    }
  }
  ind.qualitativeStages.forEach((s, i) => {
    if (s.trim() === '') add(`stageName:${i}`, 'stageNameRequired');
  });

  const { periodStart, periodEnd } = view.plan;
  for (const [pid, a] of Object.entries(ind.actuals)) {
    if (a.date !== null && (compareIsoDates(a.date, periodStart) < 0 || compareIsoDates(a.date, periodEnd) > 0)) {
      add(`actualDate:${pid}:${a.date}`, 'dateOutsidePlan', { date: a.date, start: periodStart, end: periodEnd });
    }
    if (a.link.trim() !== '' && !HTTP_LINK.test(a.link.trim())) add(`link:${pid}:${a.link}`, 'badLink', { link: a.link });
  }
  if (ind.baseline.date !== null && compareIsoDates(ind.baseline.date, periodEnd) > 0) add(`baselineDate:${ind.baseline.date}`, 'baselineAfterPlan', { date: ind.baseline.date, end: periodEnd });

  const periodKeys = new Set([...Object.keys(ind.targets), ...Object.keys(ind.targetsNotApplicable), ...Object.keys(ind.categoryTargets ?? {}), ...Object.keys(ind.actuals)]);
  for (const pid of periodKeys) if (!view.periods[pid]) add(`period:${pid}`, 'periodNotFound');

  const categories = new Set(ind.disaggregation);
  const lower = new Set<string>();
  for (const c of ind.disaggregation) {
    if (lower.has(c.toLowerCase())) add(`dupCategory:${c}`, 'duplicateCategory', { category: c });
    lower.add(c.toLowerCase());
  }
  const usedCategories = [
    ...Object.values(ind.categoryTargets ?? {}).flatMap((m) => Object.keys(m)),
    ...Object.values(ind.actuals).flatMap((a) => Object.keys(a.byCategory ?? {})),
  ];
  for (const c of usedCategories) if (!categories.has(c)) add(`category:${c}`, 'categoryNotFound', { category: c });
  return out;
}

/** Refuses `next` if it has a problem `current` did not have (the first one found). */
function refuseNewIssues(current: Indicator | null, next: Indicator, view: PlanView): void {
  const parsed = IndicatorSchema.safeParse(next);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CommandError('errors.invalidEntity', { collection: 'indicators', field: issue?.path.join('.') ?? '' });
  }
  const known = new Set(current ? issuesOf(current, view).map((i) => i.id) : []);
  const fresh = issuesOf(next, view).find((i) => !known.has(i.id));
  if (fresh) throw new CommandError(fresh.message.key, fresh.message.params);
}

function mergeDeep(base: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch) || base === null || typeof base !== 'object' || Array.isArray(base)) return patch;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete out[k];
    else out[k] = mergeDeep(out[k], v);
  }
  return out;
}

function live(view: PlanView, id: string): Indicator {
  const ind = view.indicators[id];
  if (!ind) throw new CommandError('indicators.errors.notFound');
  return ind;
}

export const addIndicator = defineCommand<{ readonly indicator: Indicator }>({
  name: 'addIndicator',
  label: () => ({ key: 'indicators.history.add' }),
  run({ tx, view }, { indicator }) {
    if (tx.get('indicators', indicator.id)) throw new CommandError('errors.duplicateId');
    if (!view.results[indicator.resultId]) throw new CommandError('errors.resultNotFound');
    refuseNewIssues(null, indicator, view);
    tx.create('indicators', indicator);
  },
});

export interface UpdateIndicatorArgs {
  readonly id: IndicatorId;
  /** A nested patch; `undefined` removes a map key (a target, an actual). */
  readonly fields: Patch<Indicator>;
}

export const updateIndicator = defineCommand<UpdateIndicatorArgs>({
  name: 'updateIndicator',
  label: () => ({ key: 'indicators.history.update' }),
  run({ tx, view }, { id, fields }) {
    const current = live(view, id);
    if ('id' in fields || 'deletedAt' in fields || 'deletedBy' in fields) throw new CommandError('indicators.errors.readOnlyField');
    refuseNewIssues(current, mergeDeep(current, fields) as Indicator, view);
    tx.update('indicators', id, fields);
  },
});

export const deleteIndicator = defineCommand<{ readonly id: IndicatorId }>({
  name: 'deleteIndicator',
  label: () => ({ key: 'indicators.history.delete' }),
  run({ tx, view }, { id }) {
    live(view, id);
    tx.tombstone('indicators', id);
  },
});

/** A category name as stored: trimmed, valid as a map key, not already there (in any case). */
function checkCategory(ind: Indicator, name: string, except?: string): string {
  const category = name.trim();
  if (category === '') throw new CommandError('indicators.errors.categoryRequired');
  if (!CategorySchema.safeParse(category).success) throw new CommandError('indicators.errors.categoryInvalid', { category });
  if (ind.disaggregation.some((c) => c !== except && c.toLowerCase() === category.toLowerCase())) throw new CommandError('indicators.errors.duplicateCategory', { category });
  return category;
}

export const addCategory = defineCommand<{ readonly id: IndicatorId; readonly category: string }>({
  name: 'addCategory',
  label: () => ({ key: 'indicators.history.addCategory' }),
  run({ tx, view }, { id, category }) {
    const ind = live(view, id);
    tx.update('indicators', id, { disaggregation: [...ind.disaggregation, checkCategory(ind, category)] });
  },
});

/** How many values an indicator holds for a category (targets and actuals). */
export function categoryValueCount(ind: Indicator, category: string): number {
  let n = 0;
  for (const byCat of Object.values(ind.categoryTargets ?? {})) if (byCat[category] !== undefined) n++;
  for (const a of Object.values(ind.actuals)) if (a.byCategory?.[category] !== undefined) n++;
  return n;
}

/** The patch moving (or, with `to` undefined, removing) a category's values. */
function categoryValuesPatch(ind: Indicator, from: string, to: string | undefined): Patch<Indicator> {
  const categoryTargets: Record<string, Record<string, number | undefined>> = {};
  for (const [pid, byCat] of Object.entries(ind.categoryTargets ?? {})) {
    const v = byCat[from];
    if (v === undefined) continue;
    categoryTargets[pid] = to === undefined ? { [from]: undefined } : { [from]: undefined, [to]: v };
  }
  const actuals: Record<string, { byCategory: Record<string, number | undefined> }> = {};
  for (const [pid, a] of Object.entries(ind.actuals)) {
    const v = a.byCategory?.[from];
    if (v === undefined) continue;
    actuals[pid] = { byCategory: to === undefined ? { [from]: undefined } : { [from]: undefined, [to]: v } };
  }
  const patch: Record<string, unknown> = {};
  if (Object.keys(categoryTargets).length > 0) patch.categoryTargets = categoryTargets;
  if (Object.keys(actuals).length > 0) patch.actuals = actuals;
  return patch as Patch<Indicator>;
}

export const renameCategory = defineCommand<{ readonly id: IndicatorId; readonly from: string; readonly to: string }>({
  name: 'renameCategory',
  label: () => ({ key: 'indicators.history.renameCategory' }),
  run({ tx, view }, { id, from, to }) {
    const ind = live(view, id);
    const index = ind.disaggregation.indexOf(from);
    if (index < 0) throw new CommandError('indicators.errors.categoryNotFound', { category: from });
    const name = checkCategory(ind, to, from);
    if (name === from) return;
    const disaggregation = [...ind.disaggregation];
    disaggregation[index] = name;
    // One change: the list and every value under the old name, so nothing is orphaned.
    tx.update('indicators', id, { ...categoryValuesPatch(ind, from, name), disaggregation });
  },
});

export const removeCategory = defineCommand<{ readonly id: IndicatorId; readonly category: string }>({
  name: 'removeCategory',
  label: () => ({ key: 'indicators.history.removeCategory' }),
  run({ tx, view }, { id, category }) {
    const ind = live(view, id);
    if (!ind.disaggregation.includes(category)) throw new CommandError('indicators.errors.categoryNotFound', { category });
    tx.update('indicators', id, { ...categoryValuesPatch(ind, category, undefined), disaggregation: ind.disaggregation.filter((c) => c !== category) });
  },
});

/** The patch that renumbers every stage value of a qualitative indicator. */
function restagePatch(ind: Indicator, map: (stage: number) => number): Patch<Indicator> {
  const m = (v: number | null) => (v === null ? null : map(v));
  const targets: Record<string, number> = {};
  for (const [pid, v] of Object.entries(ind.targets)) targets[pid] = map(v);
  const categoryTargets: Record<string, Record<string, number>> = {};
  for (const [pid, byCat] of Object.entries(ind.categoryTargets ?? {})) categoryTargets[pid] = Object.fromEntries(Object.entries(byCat).map(([c, v]) => [c, map(v)]));
  const actuals: Record<string, Partial<Actual>> = {};
  for (const [pid, a] of Object.entries(ind.actuals)) {
    actuals[pid] = { value: m(a.value), ...(a.byCategory ? { byCategory: Object.fromEntries(Object.entries(a.byCategory).map(([c, v]) => [c, map(v)])) } : {}) };
  }
  return {
    baseline: { value: m(ind.baseline.value) },
    benchmark: { value: m(ind.benchmark.value) },
    finalTarget: m(ind.finalTarget),
    targets,
    ...(ind.categoryTargets ? { categoryTargets } : {}),
    actuals,
  } as Patch<Indicator>;
}

function checkStageName(name: string): string {
  const stage = name.trim();
  if (stage === '') throw new CommandError('indicators.errors.stageNameRequired');
  if (!ShortText.safeParse(stage).success) throw new CommandError('indicators.errors.stageNameTooLong');
  return stage;
}

function stageAt(ind: Indicator, index: number): string {
  const stage = ind.qualitativeStages[index];
  if (stage === undefined) throw new CommandError('indicators.errors.stageNotFound');
  return stage;
}

export const addStage = defineCommand<{ readonly id: IndicatorId; readonly stage: string }>({
  name: 'addStage',
  label: () => ({ key: 'indicators.history.addStage' }),
  run({ tx, view }, { id, stage }) {
    const ind = live(view, id);
    tx.update('indicators', id, { qualitativeStages: [...ind.qualitativeStages, checkStageName(stage)] });
  },
});

export const renameStage = defineCommand<{ readonly id: IndicatorId; readonly index: number; readonly stage: string }>({
  name: 'renameStage',
  label: () => ({ key: 'indicators.history.renameStage' }),
  run({ tx, view }, { id, index, stage }) {
    const ind = live(view, id);
    stageAt(ind, index);
    const stages = [...ind.qualitativeStages];
    stages[index] = checkStageName(stage);
    tx.update('indicators', id, { qualitativeStages: stages });
  },
});

/** Moves a stage to another place in the order; every value naming a stage follows it. */
export const moveStage = defineCommand<{ readonly id: IndicatorId; readonly from: number; readonly to: number }>({
  name: 'moveStage',
  label: () => ({ key: 'indicators.history.moveStage' }),
  run({ tx, view }, { id, from, to }) {
    const ind = live(view, id);
    stageAt(ind, from);
    stageAt(ind, to);
    if (from === to) return;
    const order = ind.qualitativeStages.map((_, i) => i);
    order.splice(to, 0, ...order.splice(from, 1));
    const newIndex = new Map(order.map((old, i) => [old, i]));
    const remap = (v: number) => newIndex.get(v) ?? v;
    // Only a qualitative indicator's values are stage numbers.
    const values = ind.measureType === 'qualitative' ? restagePatch(ind, remap) : {};
    tx.update('indicators', id, { ...values, qualitativeStages: order.map((i) => ind.qualitativeStages[i]!) });
  },
});

/** Removes a stage no value names; the stages after it move up one, and so do their values. */
export const removeStage = defineCommand<{ readonly id: IndicatorId; readonly index: number }>({
  name: 'removeStage',
  label: () => ({ key: 'indicators.history.removeStage' }),
  run({ tx, view }, { id, index }) {
    const ind = live(view, id);
    const stage = stageAt(ind, index);
    const qualitative = ind.measureType === 'qualitative';
    const uses = qualitative ? figuresOf(ind).filter((f) => f.value === index).length : 0;
    if (uses > 0) throw new CommandError('indicators.errors.stageInUse', { stage, count: uses });
    tx.update('indicators', id, {
      ...(qualitative ? restagePatch(ind, (v) => (v > index ? v - 1 : v)) : {}),
      qualitativeStages: ind.qualitativeStages.filter((_, i) => i !== index),
    });
  },
});

export const INDICATORS_COMMANDS = {
  addIndicator,
  updateIndicator,
  deleteIndicator,
  addCategory,
  renameCategory,
  removeCategory,
  addStage,
  renameStage,
  moveStage,
  removeStage,
} as const;
