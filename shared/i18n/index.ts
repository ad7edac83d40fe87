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
export { en };

/** Looks a dotted key up in a catalogue (for code outside React, e.g. the native menu). */
export function message(catalogue: Catalogue, key: string): string {
  let node: unknown = catalogue;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object' || !(part in node)) return key;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : key;
}

export type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/**
 * A `t` for code outside React (documents, the CLI): the catalogue of `language`
 * (English when there is none), i18next's `{{name}}` placeholders, and plural keys
 * (`key_one`, `key_other`, ... chosen by Intl.PluralRules when `count` is given).
 */
export function translator(language: string): Translate {
  const catalogue = catalogues[language] ?? catalogues[DEFAULT_LANGUAGE]!;
  const plurals = new Intl.PluralRules(catalogues[language] ? language : DEFAULT_LANGUAGE);
  return (key, params = {}) => {
    let text = message(catalogue, key);
    if (text === key && typeof params.count === 'number') {
      const plural = message(catalogue, `${key}_${plurals.select(params.count)}`);
      text = plural === `${key}_${plurals.select(params.count)}` ? message(catalogue, `${key}_other`) : plural;
      if (text === `${key}_other`) text = key;
    }
    return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}
