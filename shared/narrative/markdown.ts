/**
 * The Markdown subset of narrative section bodies, parsed into a small typed block tree.
 *
 * Why a subset and a parser of our own: a strategy paper needs paragraphs, headings,
 * bulleted and numbered lists, bold and italic, and nothing else (no links, images,
 * code or HTML, which would not survive the Word and PDF exports and could smuggle
 * markup into the print view). The same tree feeds the on-screen preview and the
 * exports, so what the planner previews is what prints.
 *
 * The subset, line by line (leading and trailing whitespace of a line is ignored):
 * - `# `, `## `, `### ` followed by text: a heading of level 1, 2 or 3.
 * - `- ` or `* `: an item of a bulleted list; `1. ` (any number): of a numbered list,
 *   numbered from the first item's number. Consecutive items form one list, even
 *   across blank lines; a bullet after a numbered item (or back) starts a new list.
 *   Nesting is not part of the subset: an indented item is an item of the same list.
 * - Any other non-blank line: paragraph text. A blank line ends a paragraph. A line
 *   break inside a paragraph (or a list item's continuation line) is a space.
 * - Inside text: `**bold**`, `*italic*` and `_italic_` (and `__bold__`, which
 *   comes with the rules), nested freely; matched with
 *   CommonMark's delimiter rules, so `5 * 3`, `snake_case` and an unclosed `**` stay
 *   literal text.
 *
 * The parser never throws and never drops a letter: a marker it cannot use is text.
 */

/** A stretch of text with one formatting. Runs of a block are never empty, and two neighbours never share both flags. */
export interface TextRun {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
}

export type HeadingLevel = 1 | 2 | 3;

export interface HeadingBlock {
  readonly kind: 'heading';
  /** As written: `#` is 1, `##` 2, `###` 3 (see `printedHeadingRank` for output). */
  readonly level: HeadingLevel;
  /** Never empty: a heading marker with no text after it is paragraph text. */
  readonly runs: readonly TextRun[];
}

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  /** Never empty. */
  readonly runs: readonly TextRun[];
}

export interface ListItem {
  /** May be empty: a marker alone on its line is an empty item, as the planner typed it. */
  readonly runs: readonly TextRun[];
}

export interface ListBlock {
  readonly kind: 'list';
  readonly ordered: boolean;
  /** Number of the first item (1 for bulleted lists). */
  readonly start: number;
  /** At least one. */
  readonly items: readonly ListItem[];
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock;

/**
 * The heading rank (2-6 as in HTML h2-h6) a body heading takes in printed output and
 * in the preview: the plan title is rank 1 and each section title rank 2, so body
 * headings sit below them. `#` and `##` both print at rank 3, `###` at rank 4.
 */
export function printedHeadingRank(level: HeadingLevel): 3 | 4 {
  return level === 3 ? 4 : 3;
}

const HEADING = /^(#{1,3})[ \t]+(\S.*)$/;
const BULLET = /^[-*](?:[ \t]+(.*))?$/;
const NUMBERED = /^(\d{1,9})\.(?:[ \t]+(.*))?$/;

type LineKind =
  | { readonly kind: 'blank' }
  | { readonly kind: 'heading'; readonly level: HeadingLevel; readonly text: string }
  | { readonly kind: 'item'; readonly ordered: boolean; readonly number: number; readonly text: string }
  | { readonly kind: 'text'; readonly text: string };

function classify(raw: string): LineKind {
  const line = raw.trim();
  if (line === '') return { kind: 'blank' };
  const heading = HEADING.exec(line);
  if (heading) return { kind: 'heading', level: heading[1]!.length as HeadingLevel, text: heading[2]! };
  const bullet = BULLET.exec(line);
  if (bullet) return { kind: 'item', ordered: false, number: 1, text: bullet[1] ?? '' };
  const numbered = NUMBERED.exec(line);
  if (numbered) return { kind: 'item', ordered: true, number: Number(numbered[1]), text: numbered[2] ?? '' };
  return { kind: 'text', text: line };
}

/** Parses a section body. Total: any string gives blocks, never an exception. */
export function parseMarkdown(source: string): Block[] {
  const lines = String(source).split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let paragraph: string[] | null = null;
  let list: { ordered: boolean; start: number; items: string[][] } | null = null;
  // After a blank line, a list continues only with another item of its kind.
  let blankSince = false;

  const endParagraph = () => {
    if (paragraph) blocks.push({ kind: 'paragraph', runs: parseInline(paragraph.join(' ')) });
    paragraph = null;
  };
  const endList = () => {
    if (list) blocks.push({ kind: 'list', ordered: list.ordered, start: list.start, items: list.items.map((item) => ({ runs: parseInline(item.join(' ')) })) });
    list = null;
  };

  for (const raw of lines) {
    const line = classify(raw);
    switch (line.kind) {
      case 'blank':
        endParagraph();
        blankSince = true;
        break;
      case 'heading':
        endParagraph();
        endList();
        blocks.push({ kind: 'heading', level: line.level, runs: parseInline(line.text) });
        break;
      case 'item': {
        // As in CommonMark, only an item with text, and if numbered one starting at 1,
        // interrupts a paragraph: a wrapped line like "2015. A year" stays text.
        const interrupts = line.text !== '' && (!line.ordered || line.number === 1);
        if (paragraph && !interrupts) {
          paragraph.push(raw.trim());
          break;
        }
        endParagraph();
        if (list && list.ordered !== line.ordered) endList();
        if (!list) list = { ordered: line.ordered, start: line.ordered ? line.number : 1, items: [] };
        list.items.push(line.text === '' ? [] : [line.text]);
        break;
      }
      case 'text':
        if (list && !blankSince) {
          // A continuation line of the last item.
          list.items[list.items.length - 1]!.push(line.text);
          break;
        }
        endList();
        if (!paragraph) paragraph = [];
        paragraph.push(line.text);
        break;
    }
    if (line.kind !== 'blank') blankSince = false;
  }
  endParagraph();
  endList();
  return blocks;
}

// ---- Inline emphasis: CommonMark's delimiter algorithm, over a linked list so that
// matching is linear in practice even for a 200,000-character body. ----

interface InlineNode {
  prev: InlineNode | null;
  next: InlineNode | null;
}
interface TextNode extends InlineNode {
  readonly type: 'text';
  readonly text: string;
}
interface DelimNode extends InlineNode {
  readonly type: 'delim';
  readonly char: '*' | '_';
  /** Characters not yet used by a match: they print as literal text. */
  count: number;
  readonly original: number;
  readonly canOpen: boolean;
  readonly canClose: boolean;
  prevDelim: DelimNode | null;
  nextDelim: DelimNode | null;
}
interface EmphNode extends InlineNode {
  readonly type: 'emph';
  readonly strong: boolean;
  readonly first: AnyNode | null;
}
type AnyNode = TextNode | DelimNode | EmphNode;

const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

function flanking(before: string | undefined, after: string | undefined): { left: boolean; right: boolean } {
  const beforeSpace = before === undefined || WHITESPACE.test(before);
  const afterSpace = after === undefined || WHITESPACE.test(after);
  const beforePunct = before !== undefined && PUNCTUATION.test(before);
  const afterPunct = after !== undefined && PUNCTUATION.test(after);
  return {
    left: !afterSpace && (!afterPunct || beforeSpace || beforePunct),
    right: !beforeSpace && (!beforePunct || afterSpace || afterPunct),
  };
}

/** Splits text into text nodes and delimiter runs, linked both ways. */
function tokenize(text: string): { head: AnyNode | null; firstDelim: DelimNode | null } {
  let head: AnyNode | null = null;
  let tail: AnyNode | null = null;
  let firstDelim: DelimNode | null = null;
  let lastDelim: DelimNode | null = null;
  const append = (node: AnyNode) => {
    node.prev = tail;
    if (tail) tail.next = node;
    else head = node;
    tail = node;
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch !== '*' && ch !== '_') {
      let j = i + 1;
      while (j < text.length && text[j] !== '*' && text[j] !== '_') j++;
      append({ type: 'text', text: text.slice(i, j), prev: null, next: null });
      i = j;
      continue;
    }
    let j = i + 1;
    while (j < text.length && text[j] === ch) j++;
    const { left, right } = flanking(text[i - 1], text[j]);
    const beforePunct = i > 0 && PUNCTUATION.test(text[i - 1]!);
    const afterPunct = j < text.length && PUNCTUATION.test(text[j]!);
    // `_` does not open or close inside a word (snake_case stays literal).
    const canOpen = ch === '*' ? left : left && (!right || beforePunct);
    const canClose = ch === '*' ? right : right && (!left || afterPunct);
    const node: DelimNode = { type: 'delim', char: ch as '*' | '_', count: j - i, original: j - i, canOpen, canClose, prev: null, next: null, prevDelim: lastDelim, nextDelim: null };
    if (lastDelim) lastDelim.nextDelim = node;
    else firstDelim = node;
    lastDelim = node;
    append(node);
    i = j;
  }
  return { head, firstDelim };
}

function removeDelim(node: DelimNode): void {
  if (node.prevDelim) node.prevDelim.nextDelim = node.nextDelim;
  if (node.nextDelim) node.nextDelim.prevDelim = node.prevDelim;
}

/** Matches openers with closers, wrapping what lies between in emphasis nodes. */
function processEmphasis(firstDelim: DelimNode | null): void {
  // Where the search for an opener may stop, per kind of closer (CommonMark's openers_bottom).
  const bottom = new Map<string, DelimNode | null>();
  let closer = firstDelim;
  while (closer) {
    if (!closer.canClose || closer.count === 0) {
      closer = closer.nextDelim;
      continue;
    }
    const key = `${closer.char}${closer.canOpen ? 1 : 0}${closer.original % 3}`;
    const stop = bottom.get(key) ?? null;
    let opener = closer.prevDelim;
    while (opener && opener !== stop) {
      const oddMatch = (opener.canClose || closer.canOpen) && (opener.original + closer.original) % 3 === 0 && !(opener.original % 3 === 0 && closer.original % 3 === 0);
      if (opener.char === closer.char && opener.canOpen && opener.count > 0 && !oddMatch) break;
      opener = opener.prevDelim;
    }
    if (!opener || opener === stop) {
      bottom.set(key, closer.prevDelim);
      const next = closer.nextDelim;
      if (!closer.canOpen) removeDelim(closer);
      closer = next;
      continue;
    }
    const use = opener.count >= 2 && closer.count >= 2 ? 2 : 1;
    opener.count -= use;
    closer.count -= use;
    const inner = opener.next === closer ? null : opener.next;
    const emph: EmphNode = { type: 'emph', strong: use === 2, first: inner as AnyNode | null, prev: opener, next: closer };
    if (inner) {
      inner.prev = null;
      closer.prev!.next = null;
    }
    opener.next = emph;
    closer.prev = emph;
    // Delimiters between the two can no longer match across the new emphasis.
    opener.nextDelim = closer;
    closer.prevDelim = opener;
    if (opener.count === 0) removeDelim(opener);
    if (closer.count === 0) {
      const next = closer.nextDelim;
      removeDelim(closer);
      closer = next;
    }
  }
}

function flatten(node: AnyNode | null, bold: boolean, italic: boolean, out: TextRun[]): void {
  for (let n = node; n; n = n.next as AnyNode | null) {
    if (n.type === 'text') push(out, n.text, bold, italic);
    else if (n.type === 'delim') push(out, n.char.repeat(n.count), bold, italic);
    else flatten(n.first, bold || n.strong, italic || !n.strong, out);
  }
}

function push(out: TextRun[], text: string, bold: boolean, italic: boolean): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last && last.bold === bold && last.italic === italic) out[out.length - 1] = { text: last.text + text, bold, italic };
  else out.push({ text, bold, italic });
}

/** Parses the inline formatting of one block's text into runs. */
export function parseInline(text: string): TextRun[] {
  const { head, firstDelim } = tokenize(text);
  processEmphasis(firstDelim);
  const out: TextRun[] = [];
  flatten(head, false, false, out);
  return out;
}

/** The text of runs without formatting. */
export function runsText(runs: readonly TextRun[]): string {
  return runs.map((r) => r.text).join('');
}

/**
 * Blocks as readable plain text (for plain-text export, search and word counts):
 * blocks separated by a blank line, one list item per line as "- item" or "3. item".
 */
export function toPlainText(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      if (block.kind !== 'list') return runsText(block.runs);
      return block.items.map((item, i) => `${block.ordered ? `${block.start + i}.` : '-'} ${runsText(item.runs)}`.trimEnd()).join('\n');
    })
    .join('\n\n');
}
