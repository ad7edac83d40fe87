/**
 * A plan view in one of the plan's further languages (issue 8), for the screens (the plan
 * shown in French) and the documents (a document in French).
 *
 * Structural sharing: an entity with no translation into the language is the view's own
 * object, and a collection none of whose entities changed is the view's own record. Each
 * localised entity is cached per entity object (a WeakMap), so after an edit, which replaces
 * only the entities it touched, only those are localised again.
 */
import { COLLECTIONS, localizeEntity, planLanguages, type CollectionName, type TranslationTarget } from '../model';
import type { PlanView } from './view-types';

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

/**
 * The view as it reads in `language`, a further language of the plan: each translatable text
 * in that language where translated, in the main language where not. The same view for the
 * main language or a language the plan is not translated into.
 */
export function localizeView(view: PlanView, language: string): PlanView {
  const { main, further } = planLanguages(view.plan);
  if (language === main || !further.includes(language)) return view;
  let byLanguage = viewCache.get(view);
  if (!byLanguage) viewCache.set(view, (byLanguage = new Map()));
  const hit = byLanguage.get(language);
  if (hit) return hit;
  const out: Record<string, unknown> = { ...view, plan: localizeOne('plan', view.plan, language, main) };
  for (const collection of COLLECTIONS) out[collection] = localizeRecord(collection, view[collection] as Readonly<Record<string, object>>, language, main);
  const shown = Object.freeze(out) as unknown as PlanView;
  byLanguage.set(language, shown);
  return shown;
}
