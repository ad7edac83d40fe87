/** The renderer's i18next (renderer/i18n.ts): plural categories, <html lang>, the display language. */
import { describe, expect, it } from 'vitest';
import { catalogues, message, UI_LANGUAGES } from '../../../shared/i18n';
import { initI18n } from '../../../renderer/i18n';
import { displayLanguage } from '../../../renderer/ui/format';

function pluralStems(node: object, prefix = ''): string[] {
  const stems = new Set<string>();
  for (const [key, value] of Object.entries(node)) {
    if (value !== null && typeof value === 'object') for (const stem of pluralStems(value as object, `${prefix}${key}.`)) stems.add(stem);
    else if (key.endsWith('_other')) stems.add(`${prefix}${key.slice(0, -'_other'.length)}`);
  }
  return [...stems];
}

describe('initI18n plural forms', () => {
  it.each(UI_LANGUAGES)("%s: 0, 1, 2 and 1,000,000 take the language's own form, and _other for a category the catalogue lacks (never English's)", async (language) => {
    const i18n = await initI18n(language);
    const catalogue = catalogues[language]!;
    const rules = new Intl.PluralRules(language);
    const stems = pluralStems(catalogue);
    expect(stems.length).toBeGreaterThan(10);
    for (const stem of stems) {
      for (const count of [0, 1, 2, 1_000_000]) {
        const category = rules.select(count);
        const candidates = [`${stem}_${category}`, `${stem}_other`];
        if (count === 0) candidates.unshift(`${stem}_zero`);
        const own = candidates.find((key) => message(catalogue, key) !== key)!;
        expect(i18n.t(stem, { count }), `${language} ${stem} ${count}`).toBe(i18n.t(own, { count }));
      }
    }
  });

  it('French 1,000,000 uses the French _other text, not the English one (the mechanism, on a key whose texts differ)', async () => {
    const i18n = await initI18n('fr');
    // A key whose French and English _other differ, where the catalogues have one yet.
    const stem = pluralStems(catalogues.fr!).find((s) => message(catalogues.fr!, `${s}_other`) !== message(catalogues.en!, `${s}_other`));
    if (stem === undefined) return; // translations not in yet: the per-language test above still holds
    expect(i18n.t(stem, { count: 1_000_000 })).toBe(i18n.t(`${stem}_other`, { count: 1_000_000 }));
    expect(i18n.t(stem, { count: 1_000_000 })).not.toBe(i18n.getFixedT('en')(`${stem}_other`, { count: 1_000_000 }));
  });
});

describe('initI18n language', () => {
  it('sets the display language and follows changes of language', async () => {
    const i18n = await initI18n('es');
    expect(displayLanguage()).toBe('es');
    await i18n.changeLanguage('fr');
    expect(displayLanguage()).toBe('fr');
  });

  it('starts in English for a language it does not have, without failing', async () => {
    const i18n = await initI18n('de');
    expect(i18n.language).toBe('en');
    expect(displayLanguage()).toBe('en');
  });
});
