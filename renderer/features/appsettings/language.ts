/**
 * The interface language: which one the app starts in, and switching it. Storage and the
 * shell are passed in (renderer/main.tsx wires the settings repository and the platform), so
 * this runs, and is tested, without a database or Electron.
 */
import { createContext, useContext } from 'react';
import { pickUiLanguage, type UiLanguage } from '../../../shared/i18n';

/**
 * The language of this start: the one the user chose (stored), else the system's first
 * preferred language the app speaks ('fr-CA' -> French), else English. A failing read of
 * either is the same as none: the app starts anyway.
 */
export async function startLanguage(deps: {
  readonly stored: () => Promise<UiLanguage | null>;
  readonly systemLanguages: () => Promise<readonly string[]>;
}): Promise<UiLanguage> {
  const stored = await deps.stored().catch(() => null);
  if (stored !== null) return stored;
  return pickUiLanguage(await deps.systemLanguages().catch(() => []));
}

export interface LanguageControl {
  /**
   * Switches the whole interface to `language` at once, tells the shell (native menu) and
   * stores the choice for the next start. Resolves false when the choice could not be
   * stored (the interface is switched all the same, and the user told).
   */
  setLanguage(language: UiLanguage): Promise<boolean>;
}

export function languageControl(deps: {
  /** i18next's changeLanguage. */
  readonly change: (language: UiLanguage) => Promise<unknown>;
  readonly store: (language: UiLanguage) => Promise<void>;
  /** The shell's follow-up (Electron's menu and dialogs); may be absent. */
  readonly tellShell?: (language: UiLanguage) => void;
  readonly onStoreFailed: (error: unknown) => void;
}): LanguageControl {
  return {
    async setLanguage(language) {
      await deps.change(language);
      deps.tellShell?.(language);
      try {
        await deps.store(language);
        return true;
      } catch (error) {
        deps.onStoreFailed(error);
        return false;
      }
    },
  };
}

/** The language control of this window (provided by renderer/main.tsx). */
export const LanguageContext = createContext<LanguageControl | null>(null);

export function useLanguageControl(): LanguageControl | null {
  return useContext(LanguageContext);
}
