import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, printedHeadingRank, toPlainText, type Block, type TextRun } from '../../../shared/narrative/markdown';
import { SECTION_SPECS } from '../../../shared/sample/narrative';

const plain = (text: string): TextRun => ({ text, bold: false, italic: false });
const bold = (text: string): TextRun => ({ text, bold: true, italic: false });
const italic = (text: string): TextRun => ({ text, bold: false, italic: true });
const both = (text: string): TextRun => ({ text, bold: true, italic: true });
const para = (...runs: TextRun[]): Block => ({ kind: 'paragraph', runs });

describe('blocks', () => {
  it('gives nothing for empty or blank text', () => {
    expect(parseMarkdown('')).toEqual([]);
    expect(parseMarkdown('  \n\t\n\n')).toEqual([]);
  });

  it('separates paragraphs by blank lines and keeps line breaks inside one as spaces', () => {
    expect(parseMarkdown('First line\nsecond line\n\n\nNext paragraph')).toEqual([para(plain('First line second line')), para(plain('Next paragraph'))]);
  });

  it('ignores the spacing around lines, and reads Windows and old Mac line ends', () => {
    expect(parseMarkdown('  one  \r\n  two\r\rthree')).toEqual([para(plain('one two')), para(plain('three'))]);
  });

  it('reads headings of levels 1 to 3, which also end a paragraph', () => {
    expect(parseMarkdown('# Top\n## Advisory committee\n### Detail\nText\n## Next')).toEqual([
      { kind: 'heading', level: 1, runs: [plain('Top')] },
      { kind: 'heading', level: 2, runs: [plain('Advisory committee')] },
      { kind: 'heading', level: 3, runs: [plain('Detail')] },
      para(plain('Text')),
      { kind: 'heading', level: 2, runs: [plain('Next')] },
    ]);
  });

  it('keeps as text a marker without a space or text, and level 4', () => {
    expect(parseMarkdown('#hashtag')).toEqual([para(plain('#hashtag'))]);
    expect(parseMarkdown('##')).toEqual([para(plain('##'))]);
    expect(parseMarkdown('## ')).toEqual([para(plain('##'))]);
    expect(parseMarkdown('#### Deep')).toEqual([para(plain('#### Deep'))]);
  });

  it('reads a bulleted list with either marker as one list', () => {
    expect(parseMarkdown('- one\n* two\n-   three')).toEqual([
      { kind: 'list', ordered: false, start: 1, items: [{ runs: [plain('one')] }, { runs: [plain('two')] }, { runs: [plain('three')] }] },
    ]);
  });

  it('reads a numbered list from its first number', () => {
    expect(parseMarkdown('3. three\n4. four\n9. nine')).toEqual([
      { kind: 'list', ordered: true, start: 3, items: [{ runs: [plain('three')] }, { runs: [plain('four')] }, { runs: [plain('nine')] }] },
    ]);
  });

  it('keeps one list across blank lines between items, and starts a new one when the kind changes', () => {
    const blocks = parseMarkdown('- a\n\n- b\n1. c\n2. d');
    expect(blocks).toEqual([
      { kind: 'list', ordered: false, start: 1, items: [{ runs: [plain('a')] }, { runs: [plain('b')] }] },
      { kind: 'list', ordered: true, start: 1, items: [{ runs: [plain('c')] }, { runs: [plain('d')] }] },
    ]);
  });

  it('joins a continuation line to its item, and a line after a blank line is a paragraph', () => {
    expect(parseMarkdown('- first item\n  wraps here\n- second\n\nAfter the list')).toEqual([
      { kind: 'list', ordered: false, start: 1, items: [{ runs: [plain('first item wraps here')] }, { runs: [plain('second')] }] },
      para(plain('After the list')),
    ]);
  });

  it('lets a bullet or a list starting at 1 interrupt a paragraph, but not another number', () => {
    expect(parseMarkdown('Two faces:\n- protection\n- development')).toEqual([
      para(plain('Two faces:')),
      { kind: 'list', ordered: false, start: 1, items: [{ runs: [plain('protection')] }, { runs: [plain('development')] }] },
    ]);
    expect(parseMarkdown('Priorities:\n1. standards')[1]).toMatchObject({ kind: 'list', ordered: true });
    expect(parseMarkdown('The plan runs to\n2015. Then it ends.')).toEqual([para(plain('The plan runs to 2015. Then it ends.'))]);
  });

  it('keeps an empty item the planner has just started, but not inside a paragraph', () => {
    expect(parseMarkdown('- one\n-')).toEqual([{ kind: 'list', ordered: false, start: 1, items: [{ runs: [plain('one')] }, { runs: [] }] }]);
    expect(parseMarkdown('1.')).toEqual([{ kind: 'list', ordered: true, start: 1, items: [{ runs: [] }] }]);
    expect(parseMarkdown('Text\n-')).toEqual([para(plain('Text -'))]);
    expect(parseMarkdown('Text\n1.')).toEqual([para(plain('Text 1.'))]);
  });

  it('treats an indented item as an item of the same list (nesting is not in the subset)', () => {
    expect(parseMarkdown('- a\n    - b')).toEqual([{ kind: 'list', ordered: false, start: 1, items: [{ runs: [plain('a')] }, { runs: [plain('b')] }] }]);
  });

  it('does not take a dash without a space, a rule or a negative number for a list', () => {
    expect(parseMarkdown('-5 per cent')).toEqual([para(plain('-5 per cent'))]);
    expect(parseMarkdown('---')).toEqual([para(plain('---'))]);
    expect(parseMarkdown('1.5 million')).toEqual([para(plain('1.5 million'))]);
  });

  it('formats the inside of headings and list items', () => {
    expect(parseMarkdown('## The **two** faces\n- **protection**: all')).toEqual([
      { kind: 'heading', level: 2, runs: [plain('The '), bold('two'), plain(' faces')] },
      { kind: 'list', ordered: false, start: 1, items: [{ runs: [bold('protection'), plain(': all')] }] },
    ]);
  });

  it('parses every section of the sample plan into the blocks it was written with', () => {
    const collaboration = parseMarkdown(SECTION_SPECS.find((s) => s.key === 'collaboration')!.body);
    expect(collaboration.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph']);
    const mandate = parseMarkdown(SECTION_SPECS.find((s) => s.key === 'mandate')!.body);
    expect(mandate.map((b) => b.kind)).toEqual(['paragraph', 'list', 'paragraph']);
    expect(mandate[1]).toMatchObject({ ordered: true, start: 1 });
    expect((mandate[1] as Extract<Block, { kind: 'list' }>).items).toHaveLength(4);
    expect((mandate[2] as Extract<Block, { kind: 'paragraph' }>).runs.some((r) => r.italic)).toBe(true);
    for (const spec of SECTION_SPECS) {
      const text = toPlainText(parseMarkdown(spec.body));
      expect(text).not.toMatch(/\*\*/);
    }
  });
});

describe('inline formatting', () => {
  it('reads bold, italic with either marker, and both', () => {
    expect(parseInline('a **b** c')).toEqual([plain('a '), bold('b'), plain(' c')]);
    expect(parseInline('*i* and _j_')).toEqual([italic('i'), plain(' and '), italic('j')]);
    expect(parseInline('__also bold__')).toEqual([bold('also bold')]);
    expect(parseInline('***both***')).toEqual([both('both')]);
    expect(parseInline('**bold *and italic* inside**')).toEqual([bold('bold '), both('and italic'), bold(' inside')]);
    expect(parseInline('*italic **and bold** inside*')).toEqual([italic('italic '), both('and bold'), italic(' inside')]);
  });

  it('spans line breaks inside a paragraph', () => {
    expect(parseMarkdown('**bold\nacross**')).toEqual([para(bold('bold across'))]);
  });

  it('keeps unclosed or unusable markers as literal text', () => {
    expect(parseInline('**unclosed')).toEqual([plain('**unclosed')]);
    expect(parseInline('an *unclosed italic')).toEqual([plain('an *unclosed italic')]);
    expect(parseInline('5 * 3 = 15')).toEqual([plain('5 * 3 = 15')]);
    expect(parseInline('snake_case_name')).toEqual([plain('snake_case_name')]);
    expect(parseInline('** not bold **')).toEqual([plain('** not bold **')]);
    expect(parseInline('****')).toEqual([plain('****')]);
    expect(parseInline('*')).toEqual([plain('*')]);
  });

  it('uses what matches and leaves the rest literal', () => {
    expect(parseInline('**bold*')).toEqual([plain('*'), italic('bold')]);
    expect(parseInline('*italic**')).toEqual([italic('italic'), plain('*')]);
    expect(parseInline('**a**b**')).toEqual([bold('a'), plain('b**')]);
  });

  it('allows emphasis inside a word with stars but not with underscores', () => {
    expect(parseInline('un*frigging*believable')).toEqual([plain('un'), italic('frigging'), plain('believable')]);
    expect(parseInline('un_frigging_believable')).toEqual([plain('un_frigging_believable')]);
  });

  it('handles punctuation next to markers as CommonMark does', () => {
    expect(parseInline('(*ex ante*)')).toEqual([plain('('), italic('ex ante'), plain(')')]);
    expect(parseInline('**protection**: all')).toEqual([bold('protection'), plain(': all')]);
    expect(parseInline('"_quoted_".')).toEqual([plain('"'), italic('quoted'), plain('".')]);
  });

  it('never gives empty runs, and never two neighbours with the same formatting', () => {
    expect(parseInline('')).toEqual([]);
    expect(parseInline('**a**__b__')).toEqual([bold('ab')]);
    // The middle run could open and close: CommonMark's rule of three leaves it literal.
    expect(parseInline('**a****b**')).toEqual([bold('a****b')]);
  });

  it('keeps non-Latin text and astral characters intact', () => {
    expect(parseInline('**migración** 移民 😀 *ok*')).toEqual([bold('migración'), plain(' 移民 😀 '), italic('ok')]);
  });
});

describe('plain text', () => {
  it('joins blocks with a blank line and writes list items one per line', () => {
    const blocks = parseMarkdown('## Head\nSome **bold** text\n\n- a\n- *b*\n\n4. x\n5. y');
    expect(toPlainText(blocks)).toBe('Head\n\nSome bold text\n\n- a\n- b\n\n4. x\n5. y');
  });

  it('writes an empty item as its marker alone', () => {
    expect(toPlainText(parseMarkdown('- a\n-'))).toBe('- a\n-');
  });
});

describe('print ranks of headings', () => {
  it('puts body headings below the section title', () => {
    expect([printedHeadingRank(1), printedHeadingRank(2), printedHeadingRank(3)]).toEqual([3, 3, 4]);
  });
});

describe('properties', () => {
  const markupy = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '\n', '\t', '*', '_', '#', '-', '1', '.', '\r'), maxLength: 200 });
  const letters = (s: string) => s.replace(/[^abc]/g, '');

  it('never throws, for any text at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const blocks = parseMarkdown(s);
        expect(Array.isArray(blocks)).toBe(true);
        toPlainText(blocks);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every letter of the text, in order, whatever the markup around it', () => {
    fc.assert(
      fc.property(markupy, (s) => {
        expect(letters(toPlainText(parseMarkdown(s)))).toBe(letters(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives text without markup back with only its spacing normalised', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcdefghij,;:()'.split('')), minLength: 1, maxLength: 8 });
    const paragraph = fc.array(fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' ')), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), (paragraphs) => {
        const source = paragraphs.map((lines) => lines.join('\n')).join('\n\n');
        const expected = paragraphs.map((lines) => lines.join(' ')).join('\n\n');
        expect(toPlainText(parseMarkdown(source))).toBe(expected);
      }),
    );
  });

  it('makes well-formed trees: no empty runs or neighbours alike, headings and paragraphs never empty', () => {
    fc.assert(
      fc.property(markupy, (s) => {
        for (const block of parseMarkdown(s)) {
          const runLists = block.kind === 'list' ? block.items.map((i) => i.runs) : [block.runs];
          if (block.kind !== 'list') expect(block.runs.length).toBeGreaterThan(0);
          else expect(block.items.length).toBeGreaterThan(0);
          for (const runs of runLists) {
            runs.forEach((run, i) => {
              expect(run.text).not.toBe('');
              const prev = runs[i - 1];
              if (prev) expect(prev.bold === run.bold && prev.italic === run.italic).toBe(false);
            });
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('parses a 200,000-character body of markers quickly', () => {
    const nasty = '*a _b '.repeat(34_000).slice(0, 200_000);
    const started = performance.now();
    parseMarkdown(nasty);
    parseMarkdown('**'.repeat(100_000));
    parseMarkdown('*a* '.repeat(50_000));
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
