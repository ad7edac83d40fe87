/**
 * Plans written in more than one language (issue 8). A plan has a main language, in which
 * every text is written, and optional further languages; each translatable text can hold
 * a translation per further language.
 *
 * How they are stored decides whether offices' translations merge, so it is part of the
 * model's contract:
 * - The main language is the plan field `language` (absent: English, the language of every
 *   plan made before languages existed).
 * - Each further language is a flat key `lang:<code>` = true on the plan's own map, so two
 *   offices adding different languages at once both keep theirs.
 * - A translation is two flat scalar keys on the entity (or the plan) that holds the text:
 *   `tr:<code>:<path>`, the translated text, and `trs:<code>:<path>`, the fingerprint of the
 *   main text it was translated from. Two offices translating different texts write
 *   different keys and both keep their work; two translating the same text at once make an
 *   ordinary conflict on that key, settled on the Conflicts screen. No map is ever created
 *   to hold translations: two offices creating the same map at once would hide one office's.
 * - A translation whose fingerprint differs from the main text's is stale: the main text
 *   changed after it was translated.
 *
 * Pure functions of plain data: the document layout is private to shared/plan-doc, but
 * these keys are plain entity fields there (see shared/plan-doc/commands/translations.ts).
 */
import type { CollectionName, Plan, PlanData } from './entities';

/** Where a translatable text lives: an entity collection or the plan's own fields. */
export type TranslationTarget = CollectionName | 'plan';

/** A language code: ISO 639-1, lower case (the document stores it in its keys). */
export const LANGUAGE_CODE = /^[a-z]{2}$/;

/** Languages a plan's content can be written in (code order; names come from Intl.DisplayNames). */
export const CONTENT_LANGUAGES = [
  'ar', 'bn', 'de', 'en', 'es', 'fa', 'fr', 'hi', 'id', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'ru', 'sw', 'th', 'tr', 'uk', 'ur', 'vi', 'zh',
] as const;

/** The main language of plans that do not name one. */
export const DEFAULT_CONTENT_LANGUAGE = 'en';

export const FURTHER_LANGUAGE_PREFIX = 'lang:';
export const TRANSLATION_PREFIX = 'tr:';
export const SOURCE_PREFIX = 'trs:';

/** The key holding the translation of `path` into `language`. */
export function translationKey(language: string, path: string): string {
  return `${TRANSLATION_PREFIX}${language}:${path}`;
}

/** The key holding the fingerprint of the main text the translation was made from. */
export function sourceKey(language: string, path: string): string {
  return `${SOURCE_PREFIX}${language}:${path}`;
}

export function furtherLanguageKey(language: string): string {
  return `${FURTHER_LANGUAGE_PREFIX}${language}`;
}

export interface PlanLanguages {
  /** The language every text is written in first. */
  readonly main: string;
  /** The other languages texts are translated into, sorted; never the main one. */
  readonly further: readonly string[];
}

/** A plan's languages. Keys of removed languages (false or absent) do not count. */
export function planLanguages(plan: Plan): PlanLanguages {
  const main = typeof plan.language === 'string' && LANGUAGE_CODE.test(plan.language) ? plan.language : DEFAULT_CONTENT_LANGUAGE;
  const further: string[] = [];
  // The further languages are keys the Plan type does not name (see above).
  for (const [key, value] of Object.entries(plan as Readonly<Record<string, unknown>>)) {
    if (!key.startsWith(FURTHER_LANGUAGE_PREFIX) || value !== true) continue;
    const code = key.slice(FURTHER_LANGUAGE_PREFIX.length);
    if (LANGUAGE_CODE.test(code) && code !== main) further.push(code);
  }
  return { main, further: further.sort() };
}

/**
 * The further-language fields (plan) and translation fields an entity holds, each checked
 * (a known language code, a translatable path, a text within its limit, a fingerprint of 16
 * hex digits): what a copy of the entity made from plain data must keep (a duplicated plan).
 */
export function translationFields(target: TranslationTarget, entity: object): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (const [key, value] of Object.entries(entity as Readonly<Record<string, unknown>>)) {
    if (key.startsWith(FURTHER_LANGUAGE_PREFIX)) {
      if (target === 'plan' && value === true && LANGUAGE_CODE.test(key.slice(FURTHER_LANGUAGE_PREFIX.length))) out[key] = true;
      continue;
    }
    const match = /^(tr|trs):([a-z]{2}):(.+)$/.exec(key);
    if (!match || typeof value !== 'string') continue;
    const path = match[3]!;
    const max = translationMaxLength(target, path);
    if (max === 0) continue;
    if (match[1] === 'tr' ? value.length <= max : /^[0-9a-f]{16}$/.test(value)) out[key] = value;
  }
  return out;
}

/** The main language and the further ones, main first. */
export function allPlanLanguages(plan: Plan): readonly string[] {
  const { main, further } = planLanguages(plan);
  return [main, ...further];
}

/** One text that can be translated, as it reads in the main language. */
export interface TranslatableText {
  /** Dotted path inside the entity: `statement`, `meansOfVerification.source`, `qualitativeStages.2`. */
  readonly path: string;
  readonly text: string;
}

/**
 * The fixed translatable fields of each target (dotted paths into nested objects) with the
 * most characters each may hold (the main field's own limit in entities.ts). Lists and
 * records of texts (an indicator's stages, a partner's expected outcome per result) are
 * added per entity by `translatableTexts`.
 */
export const TRANSLATABLE_FIELDS: { readonly [T in TranslationTarget]: Readonly<Record<string, number>> } = {
  plan: { title: 300, organisation: 500 },
  periods: { label: 100 },
  components: { name: 300, description: 20_000 },
  results: { statement: 2_000, description: 20_000, assumptions: 20_000 },
  indicators: {
    definition: 2_000,
    unitOfMeasure: 500,
    'baseline.source': 500,
    'benchmark.comparator': 500,
    'meansOfVerification.source': 500,
    'meansOfVerification.method': 500,
    'meansOfVerification.frequency': 500,
    'meansOfVerification.collectedBy': 500,
  },
  milestones: { title: 500 },
  risks: { description: 2_000 },
  mitigations: { action: 2_000 },
  units: { name: 300 },
  responsibilities: {},
  partners: { name: 300 },
  objectives: { title: 500 },
  resources: { note: 500 },
  sections: { title: 300, body: 200_000 },
};

/** The most characters a translation of `path` may hold: the main text's own limit. */
export function translationMaxLength(target: TranslationTarget, path: string): number {
  const fixed = TRANSLATABLE_FIELDS[target][path];
  if (fixed !== undefined) return fixed;
  if (target === 'indicators' && path.startsWith('qualitativeStages.')) return 500;
  if (target === 'partners' && path.startsWith('links.')) return 20_000;
  return 0;
}

function read(entity: object, path: string): unknown {
  let node: unknown = entity;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Every translatable text of an entity (or of the plan), in a stable order. */
export function translatableTexts(target: TranslationTarget, entity: object): TranslatableText[] {
  const out: TranslatableText[] = [];
  for (const path of Object.keys(TRANSLATABLE_FIELDS[target])) {
    const value = read(entity, path);
    if (typeof value === 'string') out.push({ path, text: value });
  }
  if (target === 'indicators') {
    const stages = read(entity, 'qualitativeStages');
    if (Array.isArray(stages)) stages.forEach((stage, i) => typeof stage === 'string' && out.push({ path: `qualitativeStages.${i}`, text: stage }));
  }
  if (target === 'partners') {
    const links = read(entity, 'links');
    if (links !== null && typeof links === 'object') {
      for (const resultId of Object.keys(links).sort()) {
        const outcome = read(links, `${resultId}.expectedOutcome`);
        if (typeof outcome === 'string') out.push({ path: `links.${resultId}.expectedOutcome`, text: outcome });
      }
    }
  }
  return out;
}

/** The main text at `path` when `path` is one of the entity's translatable texts, else undefined. */
export function translatableText(target: TranslationTarget, entity: object, path: string): string | undefined {
  return translatableTexts(target, entity).find((t) => t.path === path)?.text;
}

/** A stored translation of one text into one language. */
export interface TranslationEntry {
  readonly text: string;
  /** Fingerprint of the main text it was translated from ('' when unknown). */
  readonly source: string;
}

/** The translation of `path` into `language` held by the entity, if any. */
export function translationOf(entity: object, language: string, path: string): TranslationEntry | undefined {
  const record = entity as Record<string, unknown>;
  const text = record[translationKey(language, path)];
  if (typeof text !== 'string') return undefined;
  const source = record[sourceKey(language, path)];
  return { text, source: typeof source === 'string' ? source : '' };
}

/**
 * A fingerprint of a main text, stored beside its translation: 16 hex digits (FNV-1a with
 * two seeds over the UTF-16 code units). Texts equal after trimming trailing and leading
 * white space count as the same.
 */
export function fingerprint(text: string): string {
  const s = text.trim();
  let out = '';
  for (const seed of [0x811c9dc5, 0x9e3779b9]) {
    let h = seed >>> 0;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}

/**
 * Where a text stands in one further language:
 * - 'empty': the main text is empty, so there is nothing to translate;
 * - 'missing': no translation (or an empty one);
 * - 'stale': translated, but the main text changed since;
 * - 'current': translated from the main text as it reads now.
 */
export type TranslationState = 'empty' | 'missing' | 'stale' | 'current';

export function translationState(mainText: string, entry: TranslationEntry | undefined): TranslationState {
  if (mainText.trim() === '') return 'empty';
  if (!entry || entry.text.trim() === '') return 'missing';
  return entry.source === fingerprint(mainText) ? 'current' : 'stale';
}

/** One translatable text of an entity with its state in a language. */
export interface TextStatus extends TranslatableText {
  readonly state: TranslationState;
  readonly translation: TranslationEntry | undefined;
}

/** The state of every translatable text of an entity in `language`. */
export function translationStatuses(target: TranslationTarget, entity: object, language: string): TextStatus[] {
  return translatableTexts(target, entity).map((t) => {
    const translation = translationOf(entity, language, t.path);
    return { ...t, translation, state: translationState(t.text, translation) };
  });
}

function write(entity: Record<string, unknown>, path: string, value: string): void {
  const parts = path.split('.');
  let node: Record<string, unknown> = entity;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    const copy: Record<string, unknown> | unknown[] = Array.isArray(next) ? [...(next as unknown[])] : { ...(next as Record<string, unknown>) };
    node[part] = copy;
    node = copy as Record<string, unknown>;
  }
  node[parts[parts.length - 1]!] = value;
}

/**
 * The entity as it reads in `language`: each translatable text replaced by its translation
 * where one exists (stale ones too: they are still that language), the main text where
 * none does. The same object when nothing changes, so callers can keep identities.
 */
export function localizeEntity<E extends object>(target: TranslationTarget, entity: E, language: string, mainLanguage: string): E {
  if (language === mainLanguage) return entity;
  let out: Record<string, unknown> | null = null;
  for (const { path } of translatableTexts(target, entity)) {
    const entry = translationOf(entity, language, path);
    if (!entry || entry.text.trim() === '') continue;
    out ??= { ...(entity as Record<string, unknown>) };
    write(out, path, entry.text);
  }
  return (out ?? entity) as E;
}

/** The plan's own fields in `language`. */
export function localizePlan(plan: Plan, language: string): Plan {
  return localizeEntity('plan', plan, language, planLanguages(plan).main);
}

/** Every entity of a plan as it reads in `language` (documents in that language are made from it). */
export function localizePlanData(data: PlanData, language: string): PlanData {
  const main = planLanguages(data.plan).main;
  if (language === main) return data;
  const out: Record<string, unknown> = { plan: localizeEntity('plan', data.plan, language, main) };
  for (const [collection, entities] of Object.entries(data)) {
    if (collection === 'plan') continue;
    out[collection] = (entities as object[]).map((e) => localizeEntity(collection as CollectionName, e, language, main));
  }
  return out as PlanData;
}
