/**
 * Catalogue completeness (shared/i18n): French and Spanish have exactly the English keys, the
 * same {{placeholders}} in each text, and real translations: a text still identical to the
 * English one fails, named by its key, unless it is a word the same in every language (the
 * short, explicit list below) or has no words at all.
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

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/**
 * Texts that stay as in English, compared whole (a sentence containing one still counts):
 * names of products, formats and standards, abbreviations and codes, the same in every
 * language; and the few words French or Spanish spell exactly as English does.
 */
const SAME_EVERYWHERE = ['RBM Planner', 'PDF', 'Excel', 'Word', 'IATI', 'IATI XML', 'RACI', 'R', 'A', 'C', 'I', 'OK', 'ID', 'URL', 'Markdown', 'A4', 'DFID/FCDO', 'OECD DAC', 'NPSA', 'Total'];
const SAME_AS_ENGLISH: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set([...SAME_EVERYWHERE, 'Description', 'Impact', 'Source', 'Type', 'Date', 'Code', 'Action', 'Actions', 'Version', 'Note', 'Notes', 'Options', 'Section', 'Sections', 'Mission', 'Vision', 'Plan', 'Format', 'Minimum', 'Maximum', 'Message', 'Documents']),
  es: new Set([...SAME_EVERYWHERE, 'Plan', 'Final', 'Error', 'Normal', 'General']),
};

/** A text with no words of its own (only placeholders, numbers, punctuation) is the same everywhere. */
const hasWords = (text: string) => /\p{L}{2,}/u.test(text.replace(/\{\{\s*\w+\s*\}\}/g, ''));

const english = flatten(catalogues.en);
const others = UI_LANGUAGES.filter((language) => language !== 'en');

describe.each(others)('the %s catalogue', (language) => {
  const own = flatten(catalogues[language]);

  it('has exactly the English keys (none missing, none extra)', () => {
    expect({ missing: [...english.keys()].filter((key) => !own.has(key)), extra: [...own.keys()].filter((key) => !english.has(key)) }).toEqual({ missing: [], extra: [] });
  });

  it('has a non-empty text for every key', () => {
    expect([...own].filter(([, text]) => typeof text !== 'string' || text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('has the same {{placeholders}} as the English text in every key', () => {
    const differing = [...english]
      .filter(([key, text]) => own.has(key) && typeof text === 'string')
      .filter(([key, text]) => placeholders(text as string).join(',') !== placeholders(String(own.get(key))).join(','))
      .map(([key, text]) => `${key}: en {${placeholders(text as string).join(', ')}} ${language} {${placeholders(String(own.get(key))).join(', ')}}`);
    expect(differing).toEqual([]);
  });

  it('translates every text (none left identical to the English one, apart from the explicit list)', () => {
    const untranslated = [...english]
      .filter(([key, text]) => own.get(key) === text && typeof text === 'string' && hasWords(text) && !SAME_AS_ENGLISH[language]!.has(text))
      .map(([key]) => key);
    expect(untranslated, `${untranslated.length} ${language} texts are still the English ones: ${untranslated.join(', ')}`).toEqual([]);
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
