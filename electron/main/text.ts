/**
 * Strings of the main process (menu, dialogs) from the message catalogue, with i18next's
 * {{name}} placeholders filled in. The main process has no i18next: it needs only lookups.
 *
 * The language is the interface language: at start main's own reading of the system's
 * preferred languages (index.ts), then whatever the renderer says it uses ('app:setLanguage':
 * the stored choice at each start, and each change the user makes in Settings).
 */
import { catalogues, DEFAULT_LANGUAGE, en, message, pickUiLanguage, type Catalogue, type UiLanguage } from '../../shared/i18n';

let current: UiLanguage = DEFAULT_LANGUAGE;

/** Sets the language main speaks; returns whether it changed (the menu is then rebuilt). */
export function setMainLanguage(language: UiLanguage): boolean {
  if (language === current) return false;
  current = language;
  return true;
}

/** The language main speaks now. */
export function mainLanguage(): UiLanguage {
  return current;
}

/** The catalogue main speaks now. */
export function mainCatalogue(): Catalogue {
  return catalogues[current] ?? en;
}

/**
 * The interface language for the system's preferred languages (Electron's
 * app.getPreferredSystemLanguages(), then app.getLocale()); English when neither is known.
 * The getters are passed in: before `ready`, or in a stub, they may throw.
 */
export function systemLanguageOf(readers: readonly (() => readonly string[] | string)[]): { language: UiLanguage; preferred: string[] } {
  const preferred: string[] = [];
  for (const read of readers) {
    try {
      const value = read();
      for (const tag of typeof value === 'string' ? [value] : value) if (typeof tag === 'string' && tag !== '' && !preferred.includes(tag)) preferred.push(tag);
    } catch {
      // Not available here (not ready yet, an old Electron, a test stub): the next reader, or English.
    }
  }
  return { language: pickUiLanguage(preferred), preferred };
}

/** The message for a dotted key, with `{{name}}` placeholders replaced by `values`. */
export function text(key: string, values: Readonly<Record<string, string>> = {}): string {
  return message(mainCatalogue(), key).replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

/**
 * The interface language main keeps for the next start (a small file in the user-data folder):
 * read before `ready`, it sets Chromium's own locale (--lang: the format of date fields, the
 * spelling checker) and the menu's language from the first moment. Anything unreadable is none.
 */
export function parseStoredLanguage(read: () => string): UiLanguage | null {
  try {
    const value: unknown = JSON.parse(read());
    const language = value !== null && typeof value === 'object' ? (value as { language?: unknown }).language : undefined;
    return typeof language === 'string' && Object.hasOwn(catalogues, language) ? (language as UiLanguage) : null;
  } catch {
    return null;
  }
}

/** The file's content for a language. */
export function storedLanguageFile(language: UiLanguage): string {
  return `${JSON.stringify({ language })}\n`;
}
