/** The interface language of a first start, and plural forms outside React (shared/i18n/index.ts). */
import { describe, expect, it } from 'vitest';
import { catalogues, en, es, isUiLanguage, LANGUAGE_NAMES, message, pickUiLanguage, pluralMessage, translator, UI_LANGUAGES, withPluralFallbacks, type Catalogue } from '../../../shared/i18n';

describe('pickUiLanguage', () => {
  it.each([
    [['fr-FR'], 'fr'],
    [['fr-CA', 'en-US'], 'fr'],
    [['es-419'], 'es'],
    [['es_MX'], 'es'],
    [['ES'], 'es'],
    [['en-GB', 'fr'], 'en'],
    [['de-DE', 'pt-BR', 'es-AR', 'fr-FR'], 'es'],
    [['de-DE', 'it'], 'en'],
    [[], 'en'],
    [['', 'x', 'frr', 'french'], 'en'],
    [[42, null, ' fr-BE '], 'fr'],
  ] as const)('picks the first preferred language the app speaks by its primary subtag: %j -> %s', (preferred, expected) => {
    expect(pickUiLanguage(preferred)).toBe(expected);
  });

  it('only ever answers an interface language', () => {
    for (const tags of [['zh-Hans-CN'], ['__proto__'], ['toString'], ['constructor-x']]) expect(isUiLanguage(pickUiLanguage(tags))).toBe(true);
  });
});

describe('LANGUAGE_NAMES', () => {
  it('names each interface language in itself', () => {
    expect(LANGUAGE_NAMES).toEqual({ en: 'English', fr: 'Français', es: 'Español' });
    expect(Object.keys(LANGUAGE_NAMES).sort()).toEqual([...UI_LANGUAGES].sort());
  });
});

/** Every plural stem of the English catalogue (keys ending in _one / _other), as dotted paths. */
function pluralStems(node: object, prefix = ''): string[] {
  const stems = new Set<string>();
  for (const [key, value] of Object.entries(node)) {
    if (value !== null && typeof value === 'object') for (const stem of pluralStems(value as object, `${prefix}${key}.`)) stems.add(stem);
    else if (key.endsWith('_other')) stems.add(`${prefix}${key.slice(0, -'_other'.length)}`);
  }
  return [...stems];
}

const COUNTS = [0, 1, 2, 1_000_000] as const;

describe('translator plural forms', () => {
  const stems = pluralStems(en);
  it('finds plural keys to check', () => expect(stems.length).toBeGreaterThan(10));

  it.each(UI_LANGUAGES)('%s: every plural key gives a text for 0, 1, 2 and 1,000,000 (a category the catalogue lacks takes _other)', (language) => {
    const t = translator(language);
    const catalogue = catalogues[language]!;
    const rules = new Intl.PluralRules(language);
    for (const stem of stems) {
      for (const count of COUNTS) {
        const text = t(stem, { count });
        expect(text, `${stem} ${count}`).not.toBe(stem);
        const category = rules.select(count);
        const candidates = [`${stem}_${category}`, `${stem}_other`];
        if (count === 0) candidates.unshift(`${stem}_zero`);
        const used = candidates.find((key) => message(catalogue, key) !== key)!;
        expect(text, `${stem} ${count}`).toBe(t(used, { count }));
      }
    }
  });

  it('French and Spanish 1,000,000 is "many", which the catalogues do not have: the _other text is used', () => {
    expect(new Intl.PluralRules('fr').select(1_000_000)).toBe('many');
    expect(new Intl.PluralRules('es').select(1_000_000)).toBe('many');
    const catalogue = { a: { thing_one: '{{count}} chose', thing_other: '{{count}} choses' } } as unknown as Catalogue;
    expect(pluralMessage(catalogue, 'fr', 'a.thing', 1_000_000)).toBe('{{count}} choses');
    expect(pluralMessage(catalogue, 'es', 'a.thing', 1_000_000)).toBe('{{count}} choses');
    expect(pluralMessage(catalogue, 'fr', 'a.thing', 0)).toBe('{{count}} chose');
    expect(pluralMessage(catalogue, 'en', 'a.thing', 0)).toBe('{{count}} choses');
    expect(pluralMessage(catalogue, 'fr', 'a.missing', 3)).toBeNull();
  });

  it.each([
    ['en', ['0 items', '1 item', '2 items', '1000000 items']],
    ['fr', ['0 élément', '1 élément', '2 éléments', '1000000 éléments']],
    ['es', ['0 elementos', '1 elemento', '2 elementos', '1000000 elementos']],
  ] as const)('%s: the plural rule of the language picks the form (0, 1, 2, 1,000,000)', (language, expected) => {
    const forms = { en: ['{{count}} item', '{{count}} items'], fr: ['{{count}} élément', '{{count}} éléments'], es: ['{{count}} elemento', '{{count}} elementos'] }[language];
    const catalogue = { x: { n_one: forms[0], n_other: forms[1] } } as unknown as Catalogue;
    expect(COUNTS.map((count) => pluralMessage(catalogue, language, 'x.n', count)!.replace('{{count}}', String(count)))).toEqual(expected);
  });
});

describe('withPluralFallbacks', () => {
  it("adds each of the language's missing categories as a copy of _other, at any depth, leaving the rest alone", () => {
    const catalogue = { a: { n_one: 'one', n_other: 'other', plain: 'p' }, m_zero: 'zero', m_one: 'one', m_other: 'other' };
    const fr = withPluralFallbacks(catalogue, 'fr');
    expect(fr.a).toEqual({ n_one: 'one', n_other: 'other', n_many: 'other', plain: 'p' });
    expect(fr).toMatchObject({ m_zero: 'zero', m_many: 'other' });
    expect(withPluralFallbacks(catalogue, 'en').a).toEqual(catalogue.a);
    // The input is not changed.
    expect(catalogue.a).toEqual({ n_one: 'one', n_other: 'other', plain: 'p' });
  });
});

describe('translator nesting', () => {
  it('fills $t(...) with the nested key\'s text, after the placeholders, in each language', () => {
    expect(translator('en')('planLanguages.history.translate', { language: 'fr' })).toBe(`translate into ${en.planLanguages.language.fr}`);
    expect(translator('fr')('planLanguages.history.translate', { language: 'es' })).not.toContain('$t(');
    expect(translator('es')('planLanguages.finding.missing', { element: 'result', levelName: 'levels.goal', number: '1', count: 2, language: 'fr' })).toBe(`${es.levels.goal} 1: 2 textos aún sin traducir al francés.`);
  });
});
