/**
 * Commands on the strategy paper's narrative sections: add (one, or the default
 * template's), rename, reorder, delete, and edit the body.
 *
 * The body is collaborative text: `setSectionBody` writes the whole new body through
 * the transaction, which stores it as a character diff (`A.updateText`), so two
 * offices editing different parts of one section both keep their edits after a merge.
 * Order is a fractional sort key, so a move changes one field; deletes are tombstones,
 * so another office's concurrent edit of a deleted section is not lost.
 */
import { NarrativeSectionIdSchema, type NarrativeSection, type NarrativeSectionId } from '../../model';
import { CUSTOM_SECTION_KEY, DEFAULT_SECTIONS, type DefaultSectionKey } from '../../narrative/default-sections';
import { keyBetween, spreadKeys } from '../sort-key';
import type { PlanView } from '../view-types';
import { CommandError, defineCommand, type CommandContext } from './types';

/** Limits of the model's schema (NarrativeSectionSchema), checked with clear messages. */
export const SECTION_TITLE_MAX = 300;
export const SECTION_BODY_MAX = 200_000;

function requireSection(view: PlanView, id: string): NarrativeSection {
  const section = view.sections[id];
  if (!section) throw new CommandError('narrative.errors.sectionNotFound');
  return section;
}

function checkTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed === '') throw new CommandError('narrative.errors.titleRequired');
  if (trimmed.length > SECTION_TITLE_MAX) throw new CommandError('narrative.errors.titleTooLong', { max: SECTION_TITLE_MAX });
  return trimmed;
}

function checkNewId(ctx: CommandContext, id: string): NarrativeSectionId {
  if (!NarrativeSectionIdSchema.safeParse(id).success) throw new CommandError('narrative.errors.invalidId');
  // A tombstoned section keeps its id: reusing it would resurrect someone's deleted section.
  if (ctx.view.sections[id] || ctx.tx.get('sections', id)) throw new CommandError('narrative.errors.duplicateId');
  return id as NarrativeSectionId;
}

function sortKeyOf(view: PlanView, id: string | undefined): string | null {
  return id === undefined ? null : view.sections[id]!.sortKey;
}

/**
 * The sort key that places a section at `index` of `order` (which excludes it). Where
 * the neighbours' keys leave no room (equal keys, after two offices inserted at the
 * same place), every section gets a fresh, evenly spread key in the new order instead:
 * `others` holds those of the other sections.
 */
function placement(view: PlanView, order: readonly string[], index: number): { key: string; others: ReadonlyMap<string, string> } {
  const before = sortKeyOf(view, order[index - 1]);
  const after = sortKeyOf(view, order[index]);
  if (before === null || after === null || before < after) return { key: keyBetween(before, after), others: new Map() };
  const keys = spreadKeys(order.length + 1);
  const others = new Map<string, string>();
  order.forEach((sid, i) => others.set(sid, keys[i < index ? i : i + 1]!));
  return { key: keys[index]!, others };
}

function applyOthers(ctx: CommandContext, others: ReadonlyMap<string, string>): void {
  for (const [sid, sortKey] of others) if (ctx.view.sections[sid]!.sortKey !== sortKey) ctx.tx.update('sections', sid, { sortKey });
}

function newSection(id: NarrativeSectionId, key: string, title: string, sortKey: string): NarrativeSection {
  return { id, key, title, body: '', sortKey, deletedAt: null, deletedBy: null };
}

export interface AddSectionArgs {
  readonly id: NarrativeSectionId;
  readonly title: string;
  /** Section to insert after; omitted = at the end, null = first. */
  readonly afterId?: NarrativeSectionId | null;
}

export const addSection = defineCommand<AddSectionArgs>({
  name: 'addSection',
  label: () => ({ key: 'narrative.history.addSection' }),
  run(ctx, { id, title, afterId }) {
    const sectionId = checkNewId(ctx, id);
    const order: readonly string[] = ctx.view.sectionOrder;
    let index = order.length;
    if (afterId === null) index = 0;
    else if (afterId !== undefined) {
      requireSection(ctx.view, afterId);
      index = order.indexOf(afterId) + 1;
    }
    const { key, others } = placement(ctx.view, order, index);
    ctx.tx.create('sections', newSection(sectionId, CUSTOM_SECTION_KEY, checkTitle(title), key));
    applyOthers(ctx, others);
  },
});

export interface AddDefaultSectionsArgs {
  /** One new id per default section, in the template's order (DEFAULT_SECTION_KEYS). */
  readonly ids: readonly NarrativeSectionId[];
  /** Titles in the planner's language, by key; the English template's where absent. */
  readonly titles?: Readonly<Partial<Record<DefaultSectionKey, string>>>;
}

/**
 * Adds the template's sections the plan does not have yet (by key), after the last
 * section, in one undoable step. With an empty plan that is the whole template.
 */
export const addDefaultSections = defineCommand<AddDefaultSectionsArgs>({
  name: 'addDefaultSections',
  label: () => ({ key: 'narrative.history.addDefaultSections' }),
  run(ctx, { ids, titles = {} }) {
    if (ids.length !== DEFAULT_SECTIONS.length) throw new CommandError('narrative.errors.invalidId');
    const present = new Set(Object.values(ctx.view.sections).map((s) => s.key));
    const missing = DEFAULT_SECTIONS.map((spec, i) => ({ spec, id: ids[i]! })).filter(({ spec }) => !present.has(spec.key));
    if (missing.length === 0) throw new CommandError('narrative.errors.defaultsPresent');
    const order: readonly string[] = ctx.view.sectionOrder;
    let previous = sortKeyOf(ctx.view, order[order.length - 1]);
    for (const { spec, id } of missing) {
      const sortKey = keyBetween(previous, null);
      ctx.tx.create('sections', newSection(checkNewId(ctx, id), spec.key, checkTitle(titles[spec.key] ?? spec.title), sortKey));
      previous = sortKey;
    }
  },
});

export const renameSection = defineCommand<{ readonly id: NarrativeSectionId; readonly title: string }>({
  name: 'renameSection',
  label: () => ({ key: 'narrative.history.renameSection' }),
  run({ tx, view }, { id, title }) {
    requireSection(view, id);
    tx.update('sections', id, { title: checkTitle(title) });
  },
});

/** Moves a section one place up or down in the paper. */
export const moveSection = defineCommand<{ readonly id: NarrativeSectionId; readonly direction: 'up' | 'down' }>({
  name: 'moveSection',
  label: () => ({ key: 'narrative.history.moveSection' }),
  run(ctx, { id, direction }) {
    requireSection(ctx.view, id);
    const order: readonly string[] = ctx.view.sectionOrder;
    const at = order.indexOf(id);
    const target = direction === 'up' ? at - 1 : at + 1;
    if (target < 0) throw new CommandError('narrative.errors.alreadyFirst');
    if (target >= order.length) throw new CommandError('narrative.errors.alreadyLast');
    const { key, others } = placement(ctx.view, order.filter((s) => s !== id), target);
    ctx.tx.update('sections', id, { sortKey: key });
    applyOthers(ctx, others);
  },
});

export const deleteSection = defineCommand<{ readonly id: string }>({
  name: 'deleteSection',
  label: () => ({ key: 'narrative.history.deleteSection' }),
  run({ tx, view }, { id }) {
    requireSection(view, id);
    tx.tombstone('sections', id);
  },
});

/**
 * Replaces a section's body. Stored as the difference from the current text, so the
 * parts of the body this edit did not touch merge with other offices' edits.
 */
export const setSectionBody = defineCommand<{ readonly id: NarrativeSectionId; readonly body: string }>({
  name: 'setSectionBody',
  label: () => ({ key: 'narrative.history.editSectionBody' }),
  run({ tx, view }, { id, body }) {
    requireSection(view, id);
    if (typeof body !== 'string') throw new CommandError('narrative.errors.invalidBody');
    if (body.length > SECTION_BODY_MAX) throw new CommandError('narrative.errors.bodyTooLong', { max: SECTION_BODY_MAX });
    tx.update('sections', id, { body });
  },
});
