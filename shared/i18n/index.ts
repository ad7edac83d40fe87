/** Message catalogues, by language. English is the reference catalogue. */
import { en, type Catalogue } from './en';
import { es } from './es';
import { fr } from './fr';

/** The interface languages: every one has a complete catalogue. */
export const UI_LANGUAGES = ['en', 'fr', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const catalogues: Record<string, Catalogue> = { en, fr, es };
export const DEFAULT_LANGUAGE = 'en';
export type { Catalogue };
export { en, es, fr };

/**
 * Each interface language in its own name, as the language chooser shows it (a reader who
 * does not understand the current language still finds their own). Not in the catalogues:
 * the same in every language.
 */
export const LANGUAGE_NAMES: Readonly<Record<UiLanguage, string>> = { en: 'English', fr: 'Français', es: 'Español' };

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The interface language for a first start: the first of the user's preferred languages
 * (BCP 47 tags, most preferred first: navigator.languages, or Electron's
 * app.getPreferredSystemLanguages()) whose primary subtag is one the app speaks
 * ('fr-CA' -> 'fr', 'es_419' -> 'es'), else English.
 */
export function pickUiLanguage(preferred: readonly unknown[]): UiLanguage {
  for (const tag of preferred) {
    if (typeof tag !== 'string') continue;
    const primary = tag.trim().split(/[-_]/)[0]!.toLowerCase();
    if (isUiLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}

/** Looks a dotted key up in a catalogue (for code outside React, e.g. the native menu). */
export function message(catalogue: Catalogue, key: string): string {
  let node: unknown = catalogue;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return key;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : key;
}

/**
 * The text of a plural key for `count` in a catalogue: the language's own plural category
 * (Intl.PluralRules: French and Spanish have 'many', e.g. 1,000,000), then `_other` when the
 * catalogue has no key for that category (catalogues hold `_one` and `_other`, sometimes
 * `_zero`), so no count ever shows a key path. Null when the key has no plural forms.
 */
export function pluralMessage(catalogue: Catalogue, language: string, key: string, count: number): string | null {
  const candidates = [`${key}_${new Intl.PluralRules(language).select(count)}`, `${key}_other`];
  // i18next's own rule: `_zero` is used for 0 where a catalogue has it, whatever the language.
  if (count === 0) candidates.unshift(`${key}_zero`);
  for (const candidate of candidates) {
    const text = message(catalogue, candidate);
    if (text !== candidate) return text;
  }
  return null;
}

export type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/**
 * A `t` for code outside React (documents, the CLI): the catalogue of `language`
 * (English when there is none), i18next's `{{name}}` placeholders, and plural keys
 * (`key_one`, `key_other`, ... chosen by Intl.PluralRules when `count` is given; `_other`
 * for a category the catalogue lacks), and `$t(key)` nesting like i18next's.
 */
export function translator(language: string): Translate {
  const known = Object.hasOwn(catalogues, language);
  const catalogue = known ? catalogues[language]! : catalogues[DEFAULT_LANGUAGE]!;
  const rulesLanguage = known ? language : DEFAULT_LANGUAGE;
  const t = (key: string, params: Readonly<Record<string, string | number>>, depth: number): string => {
    let text = message(catalogue, key);
    if (text === key && typeof params.count === 'number') text = pluralMessage(catalogue, rulesLanguage, key, params.count) ?? key;
    text = text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
    // Nesting as i18next does it: `$t(other.key)` (placeholders filled in first) is that key's text.
    return depth >= MAX_NESTING ? text : text.replace(/\$t\(([\w.-]+)\)/g, (_whole, nested: string) => t(nested, params, depth + 1));
  };
  return (key, params = {}) => t(key, params, 0);
}

/** How deep `$t(...)` may nest (a catalogue that nests itself stops there instead of looping). */
const MAX_NESTING = 5;

/**
 * A copy of a catalogue in which every plural key has a text for each of `language`'s plural
 * categories: a category the catalogue lacks (French and Spanish 'many') gets the `_other`
 * text. For i18next, which otherwise looks a missing category up in the fallback language
 * (English "other" text inside a French screen).
 */
export function withPluralFallbacks<T extends object>(catalogue: T, language: string): T {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const complete = (node: object): object => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) out[key] = value !== null && typeof value === 'object' ? complete(value as object) : value;
    for (const [key, value] of Object.entries(node)) {
      if (!key.endsWith('_other') || typeof value !== 'string') continue;
      const stem = key.slice(0, -'_other'.length);
      for (const category of categories) if (!Object.hasOwn(out, `${stem}_${category}`)) out[`${stem}_${category}`] = value;
    }
    return out;
  };
  return complete(catalogue) as T;
}
