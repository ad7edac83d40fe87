/**
 * i18next over the shared catalogues: every UI string goes through `t`. The language in use
 * is also the page's `<html lang>` (screen readers, hyphenation) and the language of the
 * dates and numbers the UI shows (renderer/ui/format.ts).
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogues, DEFAULT_LANGUAGE, isUiLanguage, withPluralFallbacks } from '../shared/i18n';
import type { MessageRef } from '../shared/plan-doc/commands/types';
import { setDisplayLanguage } from './ui/format';

/** Follows the language in use: the document's lang attribute and the display formats. */
function followLanguage(language: string): void {
  const effective = isUiLanguage(language) ? language : DEFAULT_LANGUAGE;
  setDisplayLanguage(effective);
  if (typeof document !== 'undefined') document.documentElement.lang = effective;
}

export async function initI18n(language: string = DEFAULT_LANGUAGE): Promise<I18n> {
  const instance = i18next.createInstance();
  instance.on('languageChanged', followLanguage);
  await instance.use(initReactI18next).init({
    lng: isUiLanguage(language) ? language : DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    // Each language's plural categories complete (French and Spanish 'many' take '_other').
    resources: Object.fromEntries(Object.entries(catalogues).map(([lng, cat]) => [lng, { translation: withPluralFallbacks(cat, lng) }])),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  followLanguage(instance.language);
  return instance;
}

/** Translates a message reference coming from the domain or the store. */
export function tMessage(t: (key: string, params?: Record<string, unknown>) => string, message: MessageRef): string {
  const params: Record<string, unknown> = { ...message.params };
  // A level name inside a message is itself translated ("add outcome").
  if (typeof params.level === 'string') params.level = t(`levels.${params.level}`).toLowerCase();
  return t(message.key, params);
}
