/**
 * Catalogue completeness (shared/i18n): French and Spanish have exactly the English keys, the
 * same {{placeholders}} in each text, and real translations: a text still identical to the
 * English one fails, named by its key, unless all its words are spelled the same in that
 * language (the short, explicit lists below) or it has no words at all.
 */
import { describe, expect, it } from 'vitest';
import { catalogues, UI_LANGUAGES } from '../../../shared/i18n';

/** Every text of a catalogue by its dotted key. */
function flatten(node: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  for (const [key, value] of Object.entries(node as object)) {
    if (value !== null && typeof value === 'object') flatten(value, `${prefix}${key}.`, out);
    else out.set(`${prefix}${key}`, value);
  }
  return out;
}

/** The distinct placeholders of a text (a translation may use one twice, or once, where English does the other). */
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!))].sort();

/**
 * Words spelled the same as in English, so a text made only of them (and placeholders,
 * numbers, punctuation, single letters like the RACI codes) may stay as the English one:
 * names of products, formats, standards and units, the same in every language; and the few
 * words French or Spanish write exactly as English does. Compared in lower case.
 */
const SAME_EVERYWHERE = ['rbm', 'planner', 'pdf', 'excel', 'word', 'iati', 'xml', 'raci', 'ok', 'id', 'url', 'markdown', 'dfid', 'fcdo', 'oecd', 'dac', 'npsa', 'kb', 'mb', 'a4', 'total'];
const SAME_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set([...SAME_EVERYWHERE, 'description', 'impact', 'source', 'type', 'date', 'dates', 'code', 'action', 'actions', 'version', 'note', 'notes', 'options', 'section', 'sections', 'mission', 'vision', 'plan', 'format', 'minimum', 'maximum', 'message', 'documents', 'suggestion', 'suggestions', 'rare', 'possible', 'score', 'programme', 'organisation', 'principal', 'pages', 'allocation']),
  es: new Set([...SAME_EVERYWHERE, 'plan', 'final', 'error', 'normal', 'general', 'residual', 'sector', 'no', 'principal', 'actor', 'bytes', 'byte']),
};

/** The words of a text, without placeholders ({{name}}) and nested keys ($t(key)). */
const wordsOf = (text: string) => text.replace(/\{\{\s*\w+\s*\}\}|\$t\([^)]*\)/g, ' ').toLowerCase().match(/\p{L}[\p{L}\p{N}]*/gu) ?? [];

/** Whether a text identical to the English one is right as it is in `language`. */
const sameIsRight = (language: string, text: string) => wordsOf(text).every((word) => word.length === 1 || SAME_WORDS[language]!.has(word));

/** What is wrong with a catalogue against the English one, each problem named by its key. */
function problems(english: ReadonlyMap<string, unknown>, own: ReadonlyMap<string, unknown>, language: string) {
  const texts = [...english].filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return {
    missing: [...english.keys()].filter((key) => !own.has(key)),
    extra: [...own.keys()].filter((key) => !english.has(key)),
    empty: [...own].filter(([, text]) => typeof text !== 'string' || text.trim() === '').map(([key]) => key),
    placeholders: texts
      .filter(([key, text]) => own.has(key) && placeholders(text).join(',') !== placeholders(String(own.get(key))).join(','))
      .map(([key, text]) => `${key}: en {${placeholders(text).join(', ')}} ${language} {${placeholders(String(own.get(key))).join(', ')}}`),
    untranslated: texts.filter(([key, text]) => own.get(key) === text && !sameIsRight(language, text)).map(([key]) => key),
  };
}

const english = flatten(catalogues.en);
const others = UI_LANGUAGES.filter((language) => language !== 'en');

describe('the checks (a fixture)', () => {
  it('name a missing and an extra key, an empty text, changed placeholders and an untranslated text, and accept a cognate', () => {
    const en = flatten({ a: { title: 'Risk register', count: '{{n}} risks', code: 'Code', score: 'Score {{score}}', gone: 'Gone' } });
    const fr = flatten({ a: { title: 'Risk register', count: '{{count}} risques', code: 'Code', score: 'Score {{score}}', extra: 'En trop', empty: ' ' } });
    expect(problems(en, fr, 'fr')).toEqual({
      missing: ['a.gone'],
      extra: ['a.extra', 'a.empty'],
      empty: ['a.empty'],
      placeholders: ['a.count: en {n} fr {count}'],
      untranslated: ['a.title'],
    });
    // "Score" is French too, not Spanish.
    expect(problems(en, fr, 'es').untranslated).toEqual(['a.title', 'a.code', 'a.score']);
  });
});

describe.each(others)('the %s catalogue', (language) => {
  const found = problems(english, flatten(catalogues[language]), language);

  it('has exactly the English keys (none missing, none extra)', () => {
    expect({ missing: found.missing, extra: found.extra }).toEqual({ missing: [], extra: [] });
  });

  it('has a non-empty text for every key', () => {
    expect(found.empty).toEqual([]);
  });

  it('has the same {{placeholders}} as the English text in every key', () => {
    expect(found.placeholders).toEqual([]);
  });

  it('translates every text (none left identical to the English one, apart from the explicit lists)', () => {
    expect(found.untranslated, `${found.untranslated.length} ${language} texts are still the English ones: ${found.untranslated.join(', ')}`).toEqual([]);
  });
});

describe('the English catalogue', () => {
  it('has only non-empty texts', () => {
    expect([...english].filter(([, text]) => typeof text !== 'string' || text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('pairs every _one with an _other (what the plural fallback relies on)', () => {
    const keys = new Set(english.keys());
    expect([...keys].filter((key) => key.endsWith('_one') && !keys.has(`${key.slice(0, -4)}_other`))).toEqual([]);
  });
});
