/**
 * Commands on a plan's languages and its translations (issue 8). The storage is described
 * in shared/model/translations.ts: a further language is a flat key on the plan, a
 * translation two flat keys on the entity holding the text, written here through the
 * transaction like any field, so they are undoable, travel in plan files and merge key by key.
 */
import {
  CONTENT_LANGUAGES,
  LANGUAGE_CODE,
  fingerprint,
  furtherLanguageKey,
  planLanguages,
  sourceKey,
  translatableText,
  translationKey,
  translationMaxLength,
  translationOf,
  type CollectionName,
  type Plan,
  type TranslationTarget,
} from '../../model';
import type { Patch } from '../tx';
import type { PlanView } from '../view-types';
import { CommandError, defineCommand, type CommandContext } from './types';

export interface TranslationAddress {
  readonly target: TranslationTarget;
  /** The entity's id; ignored (null) for the plan's own fields. */
  readonly id: string | null;
  readonly language: string;
  /** Dotted path of the text inside the entity (shared/model/translations.ts). */
  readonly path: string;
}

export interface SetTranslationArgs extends TranslationAddress {
  /** The translation; empty (or only spaces) removes it. */
  readonly text: string;
}

/** The entity (or plan) holding the text at `address`, as the view shows it, and that text. */
function locate(view: PlanView, address: TranslationAddress): { entity: object; main: string } {
  const { further } = planLanguages(view.plan);
  if (!further.includes(address.language)) throw new CommandError('planLanguages.errors.notFurtherLanguage', { language: address.language });
  let entity: object | undefined;
  if (address.target === 'plan') entity = view.plan;
  else if (address.id !== null && Object.prototype.hasOwnProperty.call(view[address.target], address.id)) entity = view[address.target][address.id];
  if (!entity) throw new CommandError('errors.entityNotFound');
  const main = translatableText(address.target, entity, address.path);
  if (main === undefined) throw new CommandError('planLanguages.errors.notTranslatable');
  return { entity, main };
}

function write(ctx: CommandContext, address: TranslationAddress, fields: Record<string, string | undefined>): void {
  // The keys are fields the model's types do not name (shared/model/translations.ts).
  if (address.target === 'plan') ctx.tx.updatePlan(fields as Patch<Plan>);
  else ctx.tx.update(address.target as CollectionName, address.id!, fields as Patch<object>);
}

export const setTranslation = defineCommand<SetTranslationArgs>({
  name: 'setTranslation',
  label: ({ language }) => ({ key: 'planLanguages.history.translate', params: { language } }),
  run(ctx, args) {
    const { main } = locate(ctx.view, args);
    const max = translationMaxLength(args.target, args.path);
    if (args.text.length > max) throw new CommandError('planLanguages.errors.tooLong', { max });
    const remove = args.text.trim() === '';
    write(ctx, args, {
      [translationKey(args.language, args.path)]: remove ? undefined : args.text,
      [sourceKey(args.language, args.path)]: remove ? undefined : fingerprint(main),
    });
  },
});

/** Marks a translation as still right after its main text changed (it is no longer stale). */
export const confirmTranslation = defineCommand<TranslationAddress>({
  name: 'confirmTranslation',
  label: ({ language }) => ({ key: 'planLanguages.history.confirm', params: { language } }),
  run(ctx, args) {
    const { entity, main } = locate(ctx.view, args);
    if (!translationOf(entity, args.language, args.path)) throw new CommandError('planLanguages.errors.noTranslation');
    write(ctx, args, { [sourceKey(args.language, args.path)]: fingerprint(main) });
  },
});

export interface SetPlanLanguagesArgs {
  /** The language the plan's texts are written in first. */
  readonly main?: string;
  /** Further languages to add. */
  readonly add?: readonly string[];
  /** Further languages to remove (their translations stay in the plan and return if the language is added again). */
  readonly remove?: readonly string[];
}

function checkLanguage(code: string): string {
  if (!LANGUAGE_CODE.test(code) || !(CONTENT_LANGUAGES as readonly string[]).includes(code)) throw new CommandError('planLanguages.errors.unknownLanguage', { language: code });
  return code;
}

export const setPlanLanguages = defineCommand<SetPlanLanguagesArgs>({
  name: 'setPlanLanguages',
  label: () => ({ key: 'planLanguages.history.setLanguages' }),
  run({ tx, view }, { main, add = [], remove = [] }) {
    const current = planLanguages(view.plan);
    const nextMain = main === undefined ? current.main : checkLanguage(main);
    const further = new Set(current.further);
    for (const code of remove) further.delete(code);
    for (const code of add) further.add(checkLanguage(code));
    // Making a further language the main one would leave its translations unreachable.
    if (further.has(nextMain)) throw new CommandError('planLanguages.errors.mainIsFurther', { language: nextMain });
    const patch: Record<string, unknown> = {};
    if (nextMain !== current.main) patch.language = nextMain;
    for (const code of current.further) if (!further.has(code)) patch[furtherLanguageKey(code)] = undefined;
    for (const code of further) if (!current.further.includes(code)) patch[furtherLanguageKey(code)] = true;
    if (Object.keys(patch).length > 0) tx.updatePlan(patch as Patch<Plan>);
  },
});

export const TRANSLATIONS_COMMANDS = { setTranslation, confirmTranslation, setPlanLanguages } as const;
