/**
 * The language the open plan is shown in (issue 8). The engine's view holds every text in
 * the plan's main language, with its translations in translation keys; the screens are
 * given `shownView` of it: each translatable text in the shown language where it has a
 * translation, in the main language where it has none.
 *
 * Structural sharing: an entity with no translation into the shown language is the engine
 * view's own object, and a collection none of whose entities changed is the engine view's
 * own record. Each localised entity is cached per engine entity object (a WeakMap), so an
 * edit, which replaces only the entities it touched, localises only those again.
 */
import { planLanguages, localizeEntity, type CollectionName, type TranslationTarget } from '../../shared/model';
import type { PlanView } from '../../shared/plan-doc';
import type { AppState } from './types';

/** The view's entity collections (the records shownView localises). */
export const VIEW_COLLECTIONS = [
  'periods',
  'components',
  'results',
  'indicators',
  'milestones',
  'risks',
  'mitigations',
  'units',
  'responsibilities',
  'partners',
  'objectives',
  'resources',
  'sections',
] as const satisfies readonly CollectionName[];

/**
 * The further language the open plan is shown in, or null when it is shown in its main
 * language (also when the language chosen is not one of the plan's further languages any
 * more: removed here or in another office's merged changes).
 */
export function shownLanguageOf(view: PlanView | null, chosen: string | null): string | null {
  if (!view || !chosen) return null;
  return planLanguages(view.plan).further.includes(chosen) ? chosen : null;
}

/** Localised entities, per engine entity object, per language. */
const entityCache = new WeakMap<object, Map<string, object>>();
/** Localised collection records, per engine record, per language. */
const recordCache = new WeakMap<object, Map<string, object>>();
/** Localised views, per engine view, per language. */
const viewCache = new WeakMap<PlanView, Map<string, PlanView>>();

function cached<T extends object>(cache: WeakMap<object, Map<string, object>>, key: T, language: string, make: () => T): T {
  let byLanguage = cache.get(key);
  if (!byLanguage) cache.set(key, (byLanguage = new Map()));
  const hit = byLanguage.get(language);
  if (hit) return hit as T;
  const made = make();
  byLanguage.set(language, made);
  return made;
}

function localizeOne<E extends object>(target: TranslationTarget, entity: E, language: string, main: string): E {
  return cached(entityCache, entity, language, () => {
    const out = localizeEntity(target, entity, language, main);
    return out === entity ? entity : Object.freeze(out);
  });
}

function localizeRecord<E extends object>(target: CollectionName, record: Readonly<Record<string, E>>, language: string, main: string): Readonly<Record<string, E>> {
  return cached(recordCache, record, language, () => {
    let out: Record<string, E> | null = null;
    for (const id in record) {
      const entity = record[id]!;
      const shown = localizeOne(target, entity, language, main);
      if (shown === entity) continue;
      out ??= { ...record };
      out[id] = shown;
    }
    return out ? Object.freeze(out) : record;
  });
}

/** The engine's view in `language` (a further language of the plan). */
export function localizeView(view: PlanView, language: string): PlanView {
  const { main, further } = planLanguages(view.plan);
  if (language === main || !further.includes(language)) return view;
  let byLanguage = viewCache.get(view);
  if (!byLanguage) viewCache.set(view, (byLanguage = new Map()));
  const hit = byLanguage.get(language);
  if (hit) return hit;
  const out: Record<string, unknown> = { ...view, plan: localizeOne('plan', view.plan, language, main) };
  for (const collection of VIEW_COLLECTIONS) out[collection] = localizeRecord(collection, view[collection] as Readonly<Record<string, object>>, language, main);
  const shown = Object.freeze(out) as unknown as PlanView;
  byLanguage.set(language, shown);
  return shown;
}

/** The view the screens show for the engine's `view` (the same view while the plan is shown in its main language). */
export function shownView(view: PlanView | null, state: Pick<AppState, 'shownLanguage'>): PlanView | null {
  const language = shownLanguageOf(view, state.shownLanguage);
  return view && language ? localizeView(view, language) : view;
}
