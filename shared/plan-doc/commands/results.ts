/**
 * Commands on the results chain: add, edit, reorder, re-parent, delete. The level of
 * a result follows its place in the chain (a goal's children are outcomes, and so on),
 * so a move re-levels the moved subtree and is refused where it would not fit.
 */
import {
  ResultSchema,
  childLevel,
  levelDepth,
  RESULT_LEVELS,
  type ComponentId,
  type Result,
  type ResultId,
  type ResultLevel,
  type StrategicObjectiveId,
  type Significance,
} from '../../model';
import { keyBetween } from '../sort-key';
import type { Patch } from '../tx';
import type { PlanView } from '../view-types';
import { CommandError, defineCommand, type CommandContext } from './types';

const MAX_DEPTH = RESULT_LEVELS.length - 1;

function requireResult(view: PlanView, id: ResultId): Result {
  const result = view.results[id];
  if (!result) throw new CommandError('errors.resultNotFound');
  return result;
}

/** The ordered ids of the children of `parentId` (roots for null). */
export function siblingsOf(view: PlanView, parentId: ResultId | null): readonly ResultId[] {
  if (parentId === null) return view.rootIds;
  const index = view.treeIndex[parentId];
  return index === undefined ? [] : (view.tree[index]?.childIds ?? []);
}

/** A sort key placing an item right after `afterId` (first when null) among `siblings`. */
function keyAfter(view: PlanView, siblings: readonly ResultId[], afterId: ResultId | null, exclude?: ResultId): string {
  const list = siblings.filter((s) => s !== exclude);
  const at = afterId === null ? -1 : list.indexOf(afterId);
  if (afterId !== null && at < 0) throw new CommandError('errors.resultNotFound');
  const before = at >= 0 ? view.results[list[at]!]!.sortKey : null;
  const next = list[at + 1];
  return keyBetween(before, next ? view.results[next]!.sortKey : null);
}

function levelUnder(view: PlanView, parentId: ResultId | null): ResultLevel {
  if (parentId === null) return 'goal';
  const level = childLevel(requireResult(view, parentId).level);
  if (!level) throw new CommandError('errors.noLevelBelowActivity');
  return level;
}

/** Ids of a result's descendants as displayed, depth first. */
export function descendantsOf(view: PlanView, id: ResultId): ResultId[] {
  const out: ResultId[] = [];
  const walk = (rid: ResultId) => {
    const node = view.tree[view.treeIndex[rid] ?? -1];
    for (const child of node?.childIds ?? []) {
      out.push(child);
      walk(child);
    }
  };
  walk(id);
  return out;
}

export interface AddResultArgs {
  readonly id: ResultId;
  readonly parentId: ResultId | null;
  /** Sibling to insert after; omitted = at the end, null = first. */
  readonly afterId?: ResultId | null;
  readonly statement?: string;
  readonly componentId?: ComponentId | null;
}

export const addResult = defineCommand<AddResultArgs>({
  name: 'addResult',
  label: (args, view) => ({ key: 'history.addResult', params: { level: levelUnder(view, args.parentId) } }),
  run({ tx, view }, args) {
    const level = levelUnder(view, args.parentId);
    const siblings = siblingsOf(view, args.parentId);
    const afterId = args.afterId === undefined ? (siblings[siblings.length - 1] ?? null) : args.afterId;
    const parent = args.parentId ? view.results[args.parentId] : undefined;
    const result: Result = {
      id: args.id,
      level,
      statement: args.statement ?? '',
      description: '',
      assumptions: '',
      parentId: args.parentId,
      sortKey: keyAfter(view, siblings, afterId),
      componentId: args.componentId !== undefined ? args.componentId : (parent?.componentId ?? null),
      objectiveTags: {},
      deletedAt: null,
      deletedBy: null,
    };
    const parsed = ResultSchema.safeParse(result);
    if (!parsed.success) throw new CommandError('errors.invalidResult');
    tx.create('results', result);
  },
});

export type ResultFields = Patch<Pick<Result, 'statement' | 'description' | 'assumptions' | 'componentId' | 'startDate' | 'endDate'>> & {
  readonly objectiveTags?: Readonly<Record<StrategicObjectiveId, Significance | undefined>>;
};

export const updateResult = defineCommand<{ readonly id: ResultId; readonly fields: ResultFields }>({
  name: 'updateResult',
  label: ({ fields }) => ({ key: 'statement' in fields && Object.keys(fields).length === 1 ? 'history.editStatement' : 'history.editResult' }),
  run({ tx, view }, { id, fields }) {
    const current = requireResult(view, id);
    const merged = { ...current, ...fields, objectiveTags: { ...current.objectiveTags, ...fields.objectiveTags } };
    for (const [k, v] of Object.entries(merged.objectiveTags)) if (v === undefined) delete merged.objectiveTags[k as StrategicObjectiveId];
    if (!ResultSchema.safeParse(merged).success) throw new CommandError('errors.invalidResult');
    if (fields.componentId && !view.components[fields.componentId]) throw new CommandError('errors.unknownComponent');
    tx.update('results', id, fields as Patch<Result>);
  },
});

export interface MoveResultArgs {
  readonly id: ResultId;
  readonly parentId: ResultId | null;
  /** Sibling under the new parent to place it after; null = first. */
  readonly afterId: ResultId | null;
}

function relevel(ctx: CommandContext, id: ResultId, newLevel: ResultLevel): void {
  const { tx, view } = ctx;
  const shift = levelDepth(newLevel) - levelDepth(requireResult(view, id).level);
  if (shift === 0) return;
  for (const rid of [id, ...descendantsOf(view, id)]) {
    const level = RESULT_LEVELS[levelDepth(view.results[rid]!.level) + shift]!;
    tx.update('results', rid, { level });
  }
}

function checkMove(view: PlanView, { id, parentId }: MoveResultArgs): ResultLevel {
  requireResult(view, id);
  if (parentId === id || (parentId !== null && descendantsOf(view, id).includes(parentId))) throw new CommandError('errors.moveIntoOwnSubtree');
  const newLevel = levelUnder(view, parentId);
  const node = view.tree[view.treeIndex[id]!]!;
  const deepest = Math.max(0, ...descendantsOf(view, id).map((d) => view.tree[view.treeIndex[d]!]!.depth - node.depth));
  if (levelDepth(newLevel) + deepest > MAX_DEPTH) throw new CommandError('errors.moveTooDeep');
  return newLevel;
}

function applyMove(ctx: CommandContext, args: MoveResultArgs): void {
  const newLevel = checkMove(ctx.view, args);
  const sortKey = keyAfter(ctx.view, siblingsOf(ctx.view, args.parentId), args.afterId, args.id);
  const current = ctx.view.results[args.id]!;
  const fields: Patch<Result> = { sortKey };
  if (current.parentId !== args.parentId) fields.parentId = args.parentId;
  ctx.tx.update('results', args.id, fields);
  relevel(ctx, args.id, newLevel);
}

export const moveResult = defineCommand<MoveResultArgs>({
  name: 'moveResult',
  label: () => ({ key: 'history.moveResult' }),
  run: applyMove,
});

/** Moves a result one place up or down among its siblings. */
export const reorderResult = defineCommand<{ readonly id: ResultId; readonly direction: 'up' | 'down' }>({
  name: 'reorderResult',
  label: () => ({ key: 'history.moveResult' }),
  run(ctx, { id, direction }) {
    const node = ctx.view.tree[ctx.view.treeIndex[id] ?? -1];
    if (!node) throw new CommandError('errors.resultNotFound');
    const siblings = siblingsOf(ctx.view, node.parentId);
    const at = siblings.indexOf(id);
    const target = direction === 'up' ? at - 1 : at + 1;
    if (target < 0 || target >= siblings.length) throw new CommandError(direction === 'up' ? 'errors.alreadyFirst' : 'errors.alreadyLast');
    const rest = siblings.filter((s) => s !== id);
    const afterId = direction === 'up' ? (rest[target - 1] ?? null) : rest[target - 1]!;
    applyMove(ctx, { id, parentId: node.parentId, afterId });
  },
});

/** Makes a result the last child of its previous sibling (one level down). */
export const indentResult = defineCommand<{ readonly id: ResultId }>({
  name: 'indentResult',
  label: () => ({ key: 'history.indentResult' }),
  run(ctx, { id }) {
    const node = ctx.view.tree[ctx.view.treeIndex[id] ?? -1];
    if (!node) throw new CommandError('errors.resultNotFound');
    const siblings = siblingsOf(ctx.view, node.parentId);
    const prev = siblings[siblings.indexOf(id) - 1];
    if (!prev) throw new CommandError('errors.noPreviousSibling');
    const prevChildren = siblingsOf(ctx.view, prev);
    applyMove(ctx, { id, parentId: prev, afterId: prevChildren[prevChildren.length - 1] ?? null });
  },
});

/** Makes a result the next sibling of its parent (one level up). */
export const outdentResult = defineCommand<{ readonly id: ResultId }>({
  name: 'outdentResult',
  label: () => ({ key: 'history.outdentResult' }),
  run(ctx, { id }) {
    const node = ctx.view.tree[ctx.view.treeIndex[id] ?? -1];
    if (!node) throw new CommandError('errors.resultNotFound');
    if (node.parentId === null) throw new CommandError('errors.alreadyTopLevel');
    const parent = ctx.view.results[node.parentId]!;
    applyMove(ctx, { id, parentId: parent.parentId, afterId: parent.id });
  },
});

/**
 * Deletes a result with its subtree and what belongs to them (indicators, milestones,
 * responsibilities, resources), as tombstones: undo restores exactly these, and a
 * concurrent edit in another office's copy is not lost.
 */
export const deleteResult = defineCommand<{ readonly id: ResultId }>({
  name: 'deleteResult',
  label: (args, view) => ({ key: 'history.deleteResult', params: { count: 1 + descendantsOf(view, args.id).length } }),
  run({ tx, view }, { id }) {
    requireResult(view, id);
    const ids = new Set<string>([id, ...descendantsOf(view, id)]);
    for (const rid of ids) tx.tombstone('results', rid);
    for (const collection of ['indicators', 'milestones', 'responsibilities', 'resources'] as const) {
      for (const entity of Object.values(view[collection])) if (ids.has(entity.resultId)) tx.tombstone(collection, entity.id);
    }
  },
});
