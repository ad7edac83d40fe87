import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyReplacement, toggleEmphasis, toggleLineFormat, type EmphasisMarker, type LineFormat } from '../../../shared/narrative/format';
import { parseMarkdown } from '../../../shared/narrative/markdown';

/**
 * Runs an edit on text written with the selection marked: `[` and `]` around it, or
 * `|` for a caret. Gives the new text with its selection marked the same way.
 */
function run(marked: string, edit: (text: string, start: number, end: number) => ReturnType<typeof toggleEmphasis>): string {
  const caret = marked.indexOf('|');
  const text = marked.replace(/[[\]|]/g, '');
  const start = caret >= 0 ? caret : marked.indexOf('[');
  const end = caret >= 0 ? caret : marked.indexOf(']') - 1;
  const r = edit(text, start, end);
  const out = applyReplacement(text, r);
  if (r.selectionStart === r.selectionEnd) return out.slice(0, r.selectionStart) + '|' + out.slice(r.selectionStart);
  return out.slice(0, r.selectionStart) + '[' + out.slice(r.selectionStart, r.selectionEnd) + ']' + out.slice(r.selectionEnd);
}
const emph = (marker: EmphasisMarker) => (t: string, s: number, e: number) => toggleEmphasis(t, s, e, marker);
const line = (format: LineFormat) => (t: string, s: number, e: number) => toggleLineFormat(t, s, e, format);

describe('bold and italic', () => {
  it('wraps the selection and keeps it selected inside the markers', () => {
    expect(run('a [word] here', emph('**'))).toBe('a **[word]** here');
    expect(run('a [word] here', emph('*'))).toBe('a *[word]* here');
  });

  it('unwraps a selection inside the markers, or made of them', () => {
    expect(run('a **[word]** here', emph('**'))).toBe('a [word] here');
    expect(run('a [**word**] here', emph('**'))).toBe('a [word] here');
    expect(run('a *[word]* here', emph('*'))).toBe('a [word] here');
  });

  it('tells italic from bold around a selection', () => {
    expect(run('**[word]**', emph('*'))).toBe('***[word]***');
    expect(run('***[word]***', emph('*'))).toBe('**[word]**');
    expect(run('***[word]***', emph('**'))).toBe('*[word]*');
  });

  it('makes markers hug the text, leaving spaces outside, so the result parses', () => {
    expect(run('a[ two words ]b', emph('**'))).toBe('a **[two words]** b');
    const text = applyReplacement('a two words b', toggleEmphasis('a two words b', 1, 12, '**'));
    expect(parseMarkdown(text)[0]).toMatchObject({ runs: [{ text: 'a ' }, { text: 'two words', bold: true }, { text: ' b' }] });
  });

  it('wraps each line of a multi-line selection on its own, past list markers', () => {
    expect(run('[- one\n\n- two]', emph('**'))).toBe('[- **one**\n\n- **two**]');
  });

  it('with a caret in a word, wraps or unwraps the word', () => {
    expect(run('some wo|rd here', emph('**'))).toBe('some **[word]** here');
    expect(run('some **wo|rd** here', emph('**'))).toBe('some [word] here');
  });

  it('with a caret between words, inserts a pair of markers around the caret, and removes an empty pair', () => {
    expect(run('end |', emph('**'))).toBe('end **|**');
    expect(run('end **|**', emph('**'))).toBe('end |');
    expect(run('|', emph('*'))).toBe('*|*');
  });

  it('clamps a selection outside the text', () => {
    const r = toggleEmphasis('abc', -5, 99, '**');
    expect(applyReplacement('abc', r)).toBe('**abc**');
  });
});

describe('headings and lists', () => {
  it('cycles a line through heading, subheading and paragraph, keeping the caret on its text', () => {
    expect(run('Advi|sory', line('heading'))).toBe('## Advi|sory');
    expect(run('## Advi|sory', line('heading'))).toBe('### Advi|sory');
    expect(run('### Advi|sory', line('heading'))).toBe('Advi|sory');
  });

  it('turns selected lines into a bulleted list and back, leaving blank lines alone', () => {
    expect(run('[one\n\ntwo]', line('bullet'))).toBe('[- one\n\n- two]');
    expect(run('[- one\n\n- two]', line('bullet'))).toBe('[one\n\ntwo]');
  });

  it('numbers the selected lines from 1, and replaces another marker rather than stacking', () => {
    expect(run('[- one\n## two\nthree]', line('numbered'))).toBe('[1. one\n2. two\n3. three]');
    expect(run('[1. one\n2. two]', line('numbered'))).toBe('[one\ntwo]');
    expect(run('[1. one\n2. two]', line('bullet'))).toBe('[- one\n- two]');
  });

  it('starts a list or heading on an empty line with the caret after the marker', () => {
    expect(run('Text\n|', line('bullet'))).toBe('Text\n- |');
    expect(run('|', line('numbered'))).toBe('1. |');
    expect(run('|', line('heading'))).toBe('## |');
  });

  it('takes every line the selection touches, but not the line after a final line break', () => {
    expect(run('on[e\ntwo\n]three', line('bullet'))).toBe('[- one\n- two]\nthree');
  });

  it('moves a caret inside the old marker to the end of the new one', () => {
    expect(run('#|# Head', line('bullet'))).toBe('- |Head');
  });

  it('formats the first line when the text starts with a blank line', () => {
    expect(run('|\nnext', line('numbered'))).toBe('1. |\nnext');
  });

  it('keeps the indentation of a line', () => {
    expect(run('  in|dented', line('bullet'))).toBe('  - in|dented');
  });
});

describe('properties', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '*', '#', '-', '1', '.'), maxLength: 60 });
  const letters = (s: string) => s.replace(/[^ab]/g, '');

  it('never loses a letter, and the selection stays inside the new text', () => {
    fc.assert(
      fc.property(text, fc.nat(70), fc.nat(70), fc.constantFrom<'**' | '*' | LineFormat>('**', '*', 'heading', 'bullet', 'numbered'), (t, a, b, kind) => {
        const r = kind === '**' || kind === '*' ? toggleEmphasis(t, a, b, kind) : toggleLineFormat(t, a, b, kind);
        const out = applyReplacement(t, r);
        expect(letters(out)).toBe(letters(t));
        expect(r.from).toBeLessThanOrEqual(r.to);
        expect(0 <= r.selectionStart && r.selectionStart <= r.selectionEnd && r.selectionEnd <= out.length).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('bold twice on a selected word gives the text back', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,8}$/), fc.stringMatching(/^[a-z ]{0,8}$/), (word, tail) => {
        const t = `x ${word} ${tail}`;
        const first = toggleEmphasis(t, 2, 2 + word.length, '**');
        const once = applyReplacement(t, first);
        const second = toggleEmphasis(once, first.selectionStart, first.selectionEnd, '**');
        expect(applyReplacement(once, second)).toBe(t);
      }),
    );
  });
});
