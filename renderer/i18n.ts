/** i18next over the shared catalogues: every UI string goes through `t`. */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogues, DEFAULT_LANGUAGE } from '../shared/i18n';
import type { MessageRef } from '../shared/plan-doc/commands/types';

export async function initI18n(language: string = DEFAULT_LANGUAGE): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    resources: Object.fromEntries(Object.entries(catalogues).map(([lng, cat]) => [lng, { translation: cat }])),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** Translates a message reference coming from the domain or the store. */
export function tMessage(t: (key: string, params?: Record<string, unknown>) => string, message: MessageRef): string {
  const params: Record<string, unknown> = { ...message.params };
  // A level name inside a message is itself translated ("add outcome").
  if (typeof params.level === 'string') params.level = t(`levels.${params.level}`).toLowerCase();
  return t(message.key, params);
}
