/**
 * The interface language of a start and its change (renderer/features/appsettings/language.ts),
 * stored in the settings (renderer/db/settings-repository.ts) on fake-indexeddb.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../renderer/db/db';
import { SettingsRepository } from '../../../renderer/db/settings-repository';
import { languageControl, startLanguage } from '../../../renderer/features/appsettings/language';

function setup() {
  const db = openDatabase(`languages-${crypto.randomUUID()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  return { db, settings: new SettingsRepository(db) };
}

describe('startLanguage', () => {
  it('follows the system on a first start (nothing stored): fr-CA gives French, German then Spanish gives Spanish, German alone English', async () => {
    const { settings } = setup();
    const stored = () => settings.find('language');
    expect(await startLanguage({ stored, systemLanguages: async () => ['fr-CA', 'en-US'] })).toBe('fr');
    expect(await startLanguage({ stored, systemLanguages: async () => ['de-DE', 'es-MX'] })).toBe('es');
    expect(await startLanguage({ stored, systemLanguages: async () => ['de-DE'] })).toBe('en');
  });

  it('honours the stored choice over the system language', async () => {
    const { settings } = setup();
    await settings.set('language', 'es');
    expect(await startLanguage({ stored: () => settings.find('language'), systemLanguages: async () => ['fr-FR'] })).toBe('es');
  });

  it.each([['de'], [42], [null], [{ language: 'fr' }], ['FR']])('treats a damaged stored value (%j) as none: the system language, no crash', async (value) => {
    const { db, settings } = setup();
    await db.settings.put({ key: 'language', value });
    expect(await settings.find('language')).toBeNull();
    expect(await startLanguage({ stored: () => settings.find('language'), systemLanguages: async () => ['fr-FR'] })).toBe('fr');
  });

  it('starts in English when neither the setting nor the system language can be read', async () => {
    expect(await startLanguage({ stored: () => Promise.reject(new Error('database closed')), systemLanguages: () => Promise.reject(new Error('no bridge')) })).toBe('en');
  });
});

describe('languageControl', () => {
  it('switches the interface, tells the shell and stores the choice for the next start', async () => {
    const { settings } = setup();
    const change = vi.fn(async () => undefined);
    const tellShell = vi.fn();
    const control = languageControl({ change, store: (l) => settings.set('language', l), tellShell, onStoreFailed: vi.fn() });
    expect(await control.setLanguage('fr')).toBe(true);
    expect(change).toHaveBeenCalledWith('fr');
    expect(tellShell).toHaveBeenCalledWith('fr');
    expect(await startLanguage({ stored: () => settings.find('language'), systemLanguages: async () => ['es'] })).toBe('fr');
  });

  it('still switches the interface when the choice cannot be stored, and says so', async () => {
    const change = vi.fn(async () => undefined);
    const onStoreFailed = vi.fn();
    const control = languageControl({ change, store: () => Promise.reject(new Error('QuotaExceededError')), onStoreFailed });
    expect(await control.setLanguage('es')).toBe(false);
    expect(change).toHaveBeenCalledWith('es');
    expect(onStoreFailed).toHaveBeenCalledOnce();
  });
});
