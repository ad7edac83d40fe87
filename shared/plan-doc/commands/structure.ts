/**
 * Commands on the plan's organisation units, strategic objectives and components: what
 * a new plan starts without, and what the responsibility matrix (units as columns), the
 * resources roll-up (by strategic objective) and the logframe's grouping (by component)
 * are made of.
 *
 * Each edit is checked first (a name is required, a code is unique in the plan, a unit
 * cannot sit under itself) with a message naming what is in the way, so a refused edit
 * writes nothing. A delete takes every reference along in the same change, so one Undo
 * restores all of it: a unit's roles on results, its ownership of risks, mitigations and
 * the plan, its child units' place; an objective's tags on results; a component's results.
 * Objectives and components are ordered by fractional sort keys, so a move changes one
 * field and two offices' additions merge without renumbering.
 */
import {
  ComponentIdSchema,
  StrategicObjectiveIdSchema,
  UNIT_KINDS,
  UnitIdSchema,
  type Component,
  type ComponentId,
  type StrategicObjective,
  type StrategicObjectiveId,
  type Unit,
  type UnitId,
} from '../../model';
import { keyBetween, spreadKeys } from '../sort-key';
import type { PlanView } from '../view-types';
import { CommandError, defineCommand, type CommandContext, type MessageRef } from './types';

/** Limits of the model's schemas (entities.ts), checked with clear messages. */
export const STRUCTURE_LIMITS = {
  unitCode: 30,
  unitName: 300,
  objectiveCode: 20,
  objectiveTitle: 500,
  componentCode: 20,
  componentName: 300,
  componentDescription: 20_000,
} as const;

/** A refused field: which one (its property name), and why (an i18n key with its parameters). */
export interface FieldProblem extends MessageRef {
  readonly field: string;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const normalise = (code: string) => code.trim().toLocaleLowerCase();

/** A unit as named in messages: its code, or its name when it has none. */
export function unitName(unit: Pick<Unit, 'code' | 'name'>): string {
  return unit.code.trim() || unit.name;
}

function objectiveName(o: Pick<StrategicObjective, 'code' | 'title'>): string {
  return o.code.trim() || o.title;
}

function componentName(c: Pick<Component, 'code' | 'name'>): string {
  return c.code.trim() || c.name;
}

/**
 * Refuses the edit with the first problem. An update is judged on the fields it changes
 * only (`changing`), so a clash another office's edit left behind (two units given one
 * code in a merge) does not block renaming one of them.
 */
function firstProblem(problems: readonly FieldProblem[], changing?: readonly string[]): void {
  const p = problems.find((q) => !changing || changing.includes(q.field));
  if (p) throw new CommandError(p.key, p.params);
}

/** The fields of `fields` whose trimmed value differs from the entity's. */
function changedFields<T extends object>(entity: T, fields: Partial<T>): Partial<Mutable<T>> {
  const patch: Partial<Mutable<T>> = {};
  for (const key of Object.keys(fields) as (keyof T)[]) {
    const raw = fields[key];
    if (raw === undefined) continue;
    const value = (typeof raw === 'string' ? raw.trim() : raw) as T[keyof T];
    if (value !== entity[key]) patch[key] = value;
  }
  return patch;
}

/** A live entity of `collection` other than `selfId` whose code is `code` (ignoring case and spaces around it). */
function sameCode<T extends { id: string; code: string }>(items: Readonly<Record<string, T>>, code: string, selfId: string | null): T | undefined {
  const wanted = normalise(code);
  if (wanted === '') return undefined;
  return Object.values(items).find((e) => e.id !== selfId && normalise(e.code) === wanted);
}

function textProblems(field: string, value: string, max: number, required: MessageRef | null): FieldProblem[] {
  if (required && value.trim() === '') return [{ field, ...required }];
  if (value.trim().length > max) return [{ field, key: 'structure.errors.tooLong', params: { max } }];
  return [];
}

// ---------------------------------------------------------------------------
// Units

export interface UnitFields {
  readonly code: string;
  readonly name: string;
  readonly kind: Unit['kind'];
  readonly parentId: UnitId | null;
}

/** The live units under `unitId`, at any depth (a cycle left by a merge ends the walk). */
export function unitDescendantsOf(view: Pick<PlanView, 'units'>, unitId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of Object.values(view.units)) {
    if (u.parentId === null) continue;
    const list = children.get(u.parentId);
    if (list) list.push(u.id);
    else children.set(u.parentId, [u.id]);
  }
  const found = new Set<string>();
  const stack = [...(children.get(unitId) ?? [])];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (found.has(id) || id === unitId) continue;
    found.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return found;
}

/**
 * What is wrong with a unit's fields, field by field, in the order of the form; empty
 * when it can be saved. `selfId` is the unit being edited (null for a new one).
 */
export function unitProblems(view: Pick<PlanView, 'units'>, fields: UnitFields, selfId: string | null): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (fields.code.trim().length > STRUCTURE_LIMITS.unitCode) problems.push({ field: 'code', key: 'structure.errors.tooLong', params: { max: STRUCTURE_LIMITS.unitCode } });
  else {
    const other = sameCode(view.units, fields.code, selfId);
    if (other) problems.push({ field: 'code', key: 'structure.errors.unitCodeTaken', params: { code: fields.code.trim(), other: other.name } });
  }
  problems.push(...textProblems('name', fields.name, STRUCTURE_LIMITS.unitName, { key: 'structure.errors.unitNameRequired' }));
  if (!(UNIT_KINDS as readonly string[]).includes(fields.kind)) problems.push({ field: 'kind', key: 'structure.errors.invalidKind' });
  if (fields.parentId !== null) {
    const parent = view.units[fields.parentId];
    if (selfId !== null && fields.parentId === selfId) problems.push({ field: 'parentId', key: 'structure.errors.parentSelf' });
    else if (!parent) problems.push({ field: 'parentId', key: 'structure.errors.unknownParent' });
    else if (selfId !== null && unitDescendantsOf(view, selfId).has(fields.parentId)) {
      problems.push({ field: 'parentId', key: 'structure.errors.parentCycle', params: { parent: unitName(parent) } });
    }
  }
  return problems;
}

function trimmedUnit(fields: UnitFields): UnitFields {
  return { code: fields.code.trim(), name: fields.name.trim(), kind: fields.kind, parentId: fields.parentId };
}

function requireUnit(view: PlanView, id: string): Unit {
  const unit = view.units[id];
  if (!unit) throw new CommandError('structure.errors.unitNotFound');
  return unit;
}

/** A new id must be well formed and never used, not even by a deleted entity (reusing it would revive that one). */
function checkNewId(ctx: CommandContext, collection: 'units' | 'objectives' | 'components', id: string): void {
  const schema = collection === 'units' ? UnitIdSchema : collection === 'objectives' ? StrategicObjectiveIdSchema : ComponentIdSchema;
  if (!schema.safeParse(id).success) throw new CommandError('structure.errors.invalidId');
  if (ctx.view[collection][id] || ctx.tx.get(collection, id)) throw new CommandError('errors.duplicateId');
}

export const addUnit = defineCommand<{ readonly id: UnitId } & UnitFields>({
  name: 'addUnit',
  label: () => ({ key: 'structure.history.addUnit' }),
  run(ctx, { id, ...fields }) {
    checkNewId(ctx, 'units', id);
    firstProblem(unitProblems(ctx.view, fields, null));
    ctx.tx.create('units', { id, ...trimmedUnit(fields), deletedAt: null, deletedBy: null });
  },
});

export const updateUnit = defineCommand<{ readonly id: UnitId; readonly fields: Partial<UnitFields> }>({
  name: 'updateUnit',
  label: () => ({ key: 'structure.history.updateUnit' }),
  run({ tx, view }, { id, fields }) {
    const unit = requireUnit(view, id);
    const current: UnitFields = { code: unit.code, name: unit.name, kind: unit.kind, parentId: unit.parentId };
    const patch = changedFields(current, fields);
    firstProblem(unitProblems(view, { ...current, ...patch }, id), Object.keys(patch));
    if (Object.keys(patch).length > 0) tx.update('units', id, patch);
  },
});

/** What refers to a unit: what deleting it changes. */
export interface UnitReferences {
  readonly responsibilities: number;
  readonly risks: number;
  readonly mitigations: number;
  readonly ownsPlan: boolean;
  /** Live units directly under it. */
  readonly children: readonly UnitId[];
  /** Where its children go: its own parent, or the top level (null). */
  readonly childrenGoTo: UnitId | null;
}

export function unitReferences(view: PlanView, unitId: string): UnitReferences {
  const unit = view.units[unitId];
  const children = Object.values(view.units)
    .filter((u) => u.parentId === unitId && u.id !== unitId)
    .map((u) => u.id);
  const parent = unit?.parentId ?? null;
  // A parent that is gone, or one of its own children after a merge made a cycle: the top level.
  const childrenGoTo = parent !== null && view.units[parent] && !children.includes(parent) ? parent : null;
  return {
    responsibilities: Object.values(view.responsibilities).filter((r) => r.unitId === unitId).length,
    risks: Object.values(view.risks).filter((r) => r.ownerUnitId === unitId).length,
    mitigations: Object.values(view.mitigations).filter((m) => m.ownerUnitId === unitId).length,
    ownsPlan: view.plan.ownerUnitId === unitId,
    children,
    childrenGoTo,
  };
}

/**
 * Deletes a unit (a tombstone) and every reference to it, in one change: its roles on
 * results are removed, risks, mitigations and the plan it owned have no owner, and its
 * child units move up to its parent.
 */
export const deleteUnit = defineCommand<{ readonly id: UnitId }>({
  name: 'deleteUnit',
  label: () => ({ key: 'structure.history.deleteUnit' }),
  run({ tx, view }, { id }) {
    requireUnit(view, id);
    const refs = unitReferences(view, id);
    for (const r of Object.values(view.responsibilities)) if (r.unitId === id) tx.tombstone('responsibilities', r.id);
    for (const r of Object.values(view.risks)) if (r.ownerUnitId === id) tx.update('risks', r.id, { ownerUnitId: null });
    for (const m of Object.values(view.mitigations)) if (m.ownerUnitId === id) tx.update('mitigations', m.id, { ownerUnitId: null });
    if (refs.ownsPlan) tx.updatePlan({ ownerUnitId: null });
    for (const child of refs.children) tx.update('units', child, { parentId: refs.childrenGoTo });
    tx.tombstone('units', id);
  },
});

// ---------------------------------------------------------------------------
// Ordering (objectives and components)

type Ordered = 'objectives' | 'components';

function orderOf(view: PlanView, collection: Ordered): readonly string[] {
  return collection === 'objectives' ? view.objectiveOrder : view.componentOrder;
}

function sortKeyOf(view: PlanView, collection: Ordered, id: string | undefined): string | null {
  return id === undefined ? null : view[collection][id]!.sortKey;
}

/**
 * The sort key placing an item at `index` of `order` (which excludes it). Where the
 * neighbours' keys leave no room (equal keys, after two offices added at the same place),
 * every item gets a fresh, evenly spread key in the new order: `others` holds those.
 */
function placement(view: PlanView, collection: Ordered, order: readonly string[], index: number): { key: string; others: ReadonlyMap<string, string> } {
  const before = sortKeyOf(view, collection, order[index - 1]);
  const after = sortKeyOf(view, collection, order[index]);
  if (before === null || after === null || before < after) return { key: keyBetween(before, after), others: new Map() };
  const keys = spreadKeys(order.length + 1);
  const others = new Map<string, string>();
  order.forEach((id, i) => others.set(id, keys[i < index ? i : i + 1]!));
  return { key: keys[index]!, others };
}

function place(ctx: CommandContext, collection: Ordered, id: string, direction: 'up' | 'down'): void {
  const order = orderOf(ctx.view, collection);
  const at = order.indexOf(id);
  const target = direction === 'up' ? at - 1 : at + 1;
  if (target < 0) throw new CommandError('structure.errors.alreadyFirst');
  if (target >= order.length) throw new CommandError('structure.errors.alreadyLast');
  const { key, others } = placement(ctx.view, collection, order.filter((o) => o !== id), target);
  ctx.tx.update(collection, id, { sortKey: key });
  for (const [other, sortKey] of others) if (ctx.view[collection][other]!.sortKey !== sortKey) ctx.tx.update(collection, other, { sortKey });
}

function keyAtEnd(view: PlanView, collection: Ordered): string {
  const order = orderOf(view, collection);
  return keyBetween(sortKeyOf(view, collection, order[order.length - 1]), null);
}

// ---------------------------------------------------------------------------
// Strategic objectives

export interface ObjectiveFields {
  readonly code: string;
  readonly title: string;
}

export function objectiveProblems(view: Pick<PlanView, 'objectives'>, fields: ObjectiveFields, selfId: string | null): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (fields.code.trim().length > STRUCTURE_LIMITS.objectiveCode) problems.push({ field: 'code', key: 'structure.errors.tooLong', params: { max: STRUCTURE_LIMITS.objectiveCode } });
  else {
    const other = sameCode(view.objectives, fields.code, selfId);
    if (other) problems.push({ field: 'code', key: 'structure.errors.objectiveCodeTaken', params: { code: fields.code.trim(), other: other.title } });
  }
  problems.push(...textProblems('title', fields.title, STRUCTURE_LIMITS.objectiveTitle, { key: 'structure.errors.objectiveTitleRequired' }));
  return problems;
}

function requireObjective(view: PlanView, id: string): StrategicObjective {
  const objective = view.objectives[id];
  if (!objective) throw new CommandError('structure.errors.objectiveNotFound');
  return objective;
}

export const addObjective = defineCommand<{ readonly id: StrategicObjectiveId } & ObjectiveFields>({
  name: 'addObjective',
  label: () => ({ key: 'structure.history.addObjective' }),
  run(ctx, { id, code, title }) {
    checkNewId(ctx, 'objectives', id);
    firstProblem(objectiveProblems(ctx.view, { code, title }, null));
    ctx.tx.create('objectives', { id, code: code.trim(), title: title.trim(), sortKey: keyAtEnd(ctx.view, 'objectives'), deletedAt: null, deletedBy: null });
  },
});

export const updateObjective = defineCommand<{ readonly id: StrategicObjectiveId; readonly fields: Partial<ObjectiveFields> }>({
  name: 'updateObjective',
  label: () => ({ key: 'structure.history.updateObjective' }),
  run({ tx, view }, { id, fields }) {
    const objective = requireObjective(view, id);
    const current: ObjectiveFields = { code: objective.code, title: objective.title };
    const patch = changedFields(current, fields);
    firstProblem(objectiveProblems(view, { ...current, ...patch }, id), Object.keys(patch));
    if (Object.keys(patch).length > 0) tx.update('objectives', id, patch);
  },
});

export const moveObjective = defineCommand<{ readonly id: StrategicObjectiveId; readonly direction: 'up' | 'down' }>({
  name: 'moveObjective',
  label: () => ({ key: 'structure.history.moveObjective' }),
  run(ctx, { id, direction }) {
    requireObjective(ctx.view, id);
    place(ctx, 'objectives', id, direction);
  },
});

/** How many live results serve an objective, by significance. */
export function objectiveReferences(view: PlanView, objectiveId: StrategicObjectiveId): { readonly principal: number; readonly significant: number } {
  let principal = 0;
  let significant = 0;
  for (const r of Object.values(view.results)) {
    const tag = r.objectiveTags[objectiveId];
    if (tag === 'principal') principal++;
    else if (tag === 'significant') significant++;
  }
  return { principal, significant };
}

/** Deletes an objective and, in the same change, its tag on every result. */
export const deleteObjective = defineCommand<{ readonly id: StrategicObjectiveId }>({
  name: 'deleteObjective',
  label: () => ({ key: 'structure.history.deleteObjective' }),
  run({ tx, view }, { id }) {
    requireObjective(view, id);
    for (const r of Object.values(view.results)) if (r.objectiveTags[id] !== undefined) tx.update('results', r.id, { objectiveTags: { [id]: undefined } });
    tx.tombstone('objectives', id);
  },
});

// ---------------------------------------------------------------------------
// Components

export interface ComponentFields {
  readonly code: string;
  readonly name: string;
  readonly description: string;
}

export function componentProblems(view: Pick<PlanView, 'components'>, fields: ComponentFields, selfId: string | null): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (fields.code.trim().length > STRUCTURE_LIMITS.componentCode) problems.push({ field: 'code', key: 'structure.errors.tooLong', params: { max: STRUCTURE_LIMITS.componentCode } });
  else {
    const other = sameCode(view.components, fields.code, selfId);
    if (other) problems.push({ field: 'code', key: 'structure.errors.componentCodeTaken', params: { code: fields.code.trim(), other: other.name } });
  }
  problems.push(...textProblems('name', fields.name, STRUCTURE_LIMITS.componentName, { key: 'structure.errors.componentNameRequired' }));
  problems.push(...textProblems('description', fields.description, STRUCTURE_LIMITS.componentDescription, null));
  return problems;
}

function requireComponent(view: PlanView, id: string): Component {
  const component = view.components[id];
  if (!component) throw new CommandError('structure.errors.componentNotFound');
  return component;
}

export const addComponent = defineCommand<{ readonly id: ComponentId } & ComponentFields>({
  name: 'addComponent',
  label: () => ({ key: 'structure.history.addComponent' }),
  run(ctx, { id, code, name, description }) {
    checkNewId(ctx, 'components', id);
    firstProblem(componentProblems(ctx.view, { code, name, description }, null));
    ctx.tx.create('components', {
      id,
      code: code.trim(),
      name: name.trim(),
      description: description.trim(),
      sortKey: keyAtEnd(ctx.view, 'components'),
      deletedAt: null,
      deletedBy: null,
    });
  },
});

export const updateComponent = defineCommand<{ readonly id: ComponentId; readonly fields: Partial<ComponentFields> }>({
  name: 'updateComponent',
  label: () => ({ key: 'structure.history.updateComponent' }),
  run({ tx, view }, { id, fields }) {
    const component = requireComponent(view, id);
    const current: ComponentFields = { code: component.code, name: component.name, description: component.description };
    const patch = changedFields(current, fields);
    firstProblem(componentProblems(view, { ...current, ...patch }, id), Object.keys(patch));
    if (Object.keys(patch).length > 0) tx.update('components', id, patch);
  },
});

export const moveComponent = defineCommand<{ readonly id: ComponentId; readonly direction: 'up' | 'down' }>({
  name: 'moveComponent',
  label: () => ({ key: 'structure.history.moveComponent' }),
  run(ctx, { id, direction }) {
    requireComponent(ctx.view, id);
    place(ctx, 'components', id, direction);
  },
});

/** How many live results are filed under a component. */
export function componentReferences(view: PlanView, componentId: string): number {
  return Object.values(view.results).filter((r) => r.componentId === componentId).length;
}

/** Deletes a component; its results move to "no component" in the same change. */
export const deleteComponent = defineCommand<{ readonly id: ComponentId }>({
  name: 'deleteComponent',
  label: () => ({ key: 'structure.history.deleteComponent' }),
  run({ tx, view }, { id }) {
    requireComponent(view, id);
    for (const r of Object.values(view.results)) if (r.componentId === id) tx.update('results', r.id, { componentId: null });
    tx.tombstone('components', id);
  },
});

/** Names for messages (the screen and the notices use the same ones). */
export const structureNames = { unit: unitName, objective: objectiveName, component: componentName };

export const STRUCTURE_COMMANDS = {
  addUnit,
  updateUnit,
  deleteUnit,
  addObjective,
  updateObjective,
  moveObjective,
  deleteObjective,
  addComponent,
  updateComponent,
  moveComponent,
  deleteComponent,
} as const;
