/**
 * Documents in any of a plan's languages (issue 8): which languages a document can be made
 * in, the plan view as it reads in one of them, what is left untranslated, and the
 * language the labels, dates and numbers are written in.
 *
 * The chosen language decides both:
 * - the content: each translatable text in that language where the plan holds a
 *   translation (stale ones too: they are still that language), the main text where it
 *   does not. Only the plan's own languages localise the content: a catalogue language the
 *   plan is not written in gives its labels around the main-language texts (and the
 *   translations of a language removed from the plan are not used);
 * - the labels: that language's catalogue, English where there is none (a content
 *   language such as German: German texts, English labels). Dates and numbers follow the
 *   labels, so a sentence and the date inside it are in one language.
 */
import { catalogues, DEFAULT_LANGUAGE } from '../i18n';
import { parseMarkdown } from '../narrative/markdown';
import { COLLECTIONS, planLanguages, translatableTexts, translationOf, translationState, type CollectionName, type Plan, type TranslationTarget } from '../model';
import type { PlanView } from '../plan-doc/view-types';
import { localizeView } from '../plan-doc/view-localize';
import { languageName } from '../i18n/language-names';

/** One language a document can be made in. */
export interface DocumentLanguage {
  readonly code: string;
  /** The plan's main language. */
  readonly main: boolean;
  /** One of the plan's languages (main or further): the content is in it where translated. */
  readonly inPlan: boolean;
  /** The app has a catalogue of it: the labels are in it (else English). */
  readonly catalogue: boolean;
}

export function hasCatalogue(language: string): boolean {
  return Object.prototype.hasOwnProperty.call(catalogues, language);
}

/** The language of a document's labels, dates and numbers: its own catalogue, else English. */
export function labelLanguage(language: string): string {
  return hasCatalogue(language) ? language : DEFAULT_LANGUAGE;
}

/**
 * The languages a plan's documents can be made in: the plan's main language, its further
 * languages, then the other catalogue languages (their labels around the main-language texts).
 */
export function documentLanguages(plan: Plan): DocumentLanguage[] {
  const { main, further } = planLanguages(plan);
  const own = [main, ...further];
  const others = Object.keys(catalogues).filter((code) => !own.includes(code));
  return [...own.map((code) => ({ code, main: code === main, inPlan: true, catalogue: hasCatalogue(code) })), ...others.map((code) => ({ code, main: false, inPlan: false, catalogue: true }))];
}

/** Whether a document can be made in `language` for this plan: a catalogue language or one of the plan's. */
export function isDocumentLanguage(plan: Plan, language: string): boolean {
  return documentLanguages(plan).some((l) => l.code === language);
}

export { localizeView };

/** What a document in a language leaves in the main language. */
export interface Untranslated {
  /** The plan's main language. */
  readonly main: string;
  /** How many texts (not empty in the main language) have no translation into the language. */
  readonly count: number;
  /**
   * The untranslated texts as they may appear in a document: each text, each of its lines,
   * and for narrative sections each run of their text (trimmed); for marking their language.
   */
  readonly texts: ReadonlySet<string>;
}

function* targets(view: PlanView): Generator<[TranslationTarget, object]> {
  yield ['plan', view.plan];
  for (const collection of COLLECTIONS) for (const entity of Object.values(view[collection] as Readonly<Record<string, object>>)) yield [collection as CollectionName, entity];
}

/**
 * The texts a document in `language` shows in the main language because they are not
 * translated (counted with translationState over translatableTexts): none for the main
 * language; every text for a language the plan is not written in.
 */
export function untranslated(view: PlanView, language: string): Untranslated {
  return scan(view, language, true);
}

/** How many texts a document in `language` leaves in the main language (the export dialog's count; no texts collected). */
export function countUntranslated(view: PlanView, language: string): number {
  return scan(view, language, false).count;
}

function scan(view: PlanView, language: string, collect: boolean): Untranslated {
  const main = planLanguages(view.plan).main;
  if (language === main) return { main, count: 0, texts: new Set() };
  // Only the plan's own further languages change the texts (a removed language's leftovers do not).
  const translating = planLanguages(view.plan).further.includes(language);
  const texts = new Set<string>();
  let count = 0;
  const add = (value: string) => {
    const trimmed = value.trim();
    if (trimmed !== '') texts.add(trimmed);
  };
  for (const [target, entity] of targets(view)) {
    for (const { path, text } of translatableTexts(target, entity)) {
      const state = translationState(text, translating ? translationOf(entity, language, path) : undefined);
      if (state !== 'missing') continue;
      count++;
      if (!collect) continue;
      add(text);
      for (const line of text.split(/\r?\n/)) add(line);
      if (target === 'sections' && path === 'body') {
        for (const block of parseMarkdown(text)) {
          const lines = block.kind === 'list' ? block.items.map((i) => i.runs) : [block.runs];
          for (const runs of lines) for (const run of runs) add(run.text);
        }
      }
    }
  }
  return { main, count, texts };
}

export { languageName };
