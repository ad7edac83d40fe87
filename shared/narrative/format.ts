/**
 * The formatting toolbar's edits of a section body, as pure functions of the text and
 * the selection: toggle bold or italic around the selection, and turn the selected
 * lines into a heading, a bulleted or a numbered list (or back into paragraphs).
 *
 * Each returns the smallest replacement (a range of the old text and what replaces it)
 * plus the selection afterwards, so the editor can apply it as one native text insert
 * and the browser's own undo (Ctrl+Z in the text area) takes it back.
 */

export interface Replacement {
  /** Range of the old text that is replaced. */
  readonly from: number;
  readonly to: number;
  readonly insert: string;
  /** Selection in the new text. */
  readonly selectionStart: number;
  readonly selectionEnd: number;
}

export type EmphasisMarker = '**' | '*';
export type LineFormat = 'heading' | 'bullet' | 'numbered';

/** The text after a replacement. */
export function applyReplacement(text: string, r: Replacement): string {
  return text.slice(0, r.from) + r.insert + text.slice(r.to);
}

const WORD_CHAR = /[\p{L}\p{N}'’-]/u;
/** A block marker at the start of a line: heading, bullet or number, with its spacing. */
const LINE_PREFIX = /^([ \t]*)(#{1,3}[ \t]+|[-*][ \t]+|\d{1,9}\.[ \t]+)?/;

function clamp(n: number, text: string): number {
  return Math.max(0, Math.min(text.length, Math.floor(n)));
}

function runLength(text: string, at: number, step: 1 | -1): number {
  let n = 0;
  for (let i = step === 1 ? at : at - 1; i >= 0 && i < text.length && text[i] === '*'; i += step) n++;
  return n;
}

function isWrapped(before: number, after: number, marker: EmphasisMarker): boolean {
  return marker === '**' ? before >= 2 && after >= 2 : before % 2 === 1 && after % 2 === 1;
}

/**
 * Toggles bold (`**`) or italic (`*`): unwraps a selection already inside (or made of)
 * the markers, else wraps the selection line by line (markers hug the text, so they
 * parse), else, with no selection, wraps the word at the caret or inserts a pair of
 * markers with the caret between them.
 */
export function toggleEmphasis(text: string, selStart: number, selEnd: number, marker: EmphasisMarker): Replacement {
  let start = clamp(Math.min(selStart, selEnd), text);
  let end = clamp(Math.max(selStart, selEnd), text);
  const m = marker.length;
  if (start === end && !isWrapped(runLength(text, start, -1), runLength(text, end, 1), marker)) {
    let a = start;
    let b = end;
    while (a > 0 && WORD_CHAR.test(text[a - 1]!)) a--;
    while (b < text.length && WORD_CHAR.test(text[b]!)) b++;
    if (a === b) return { from: start, to: end, insert: marker + marker, selectionStart: start + m, selectionEnd: start + m };
    start = a;
    end = b;
  }
  if (isWrapped(runLength(text, start, -1), runLength(text, end, 1), marker)) {
    return { from: start - m, to: end + m, insert: text.slice(start, end), selectionStart: start - m, selectionEnd: end - m };
  }
  const selected = text.slice(start, end);
  if (selected.length > 2 * m && isWrapped(runLength(selected, 0, 1), runLength(selected, selected.length, -1), marker)) {
    const inner = selected.slice(m, selected.length - m);
    return { from: start, to: end, insert: inner, selectionStart: start, selectionEnd: start + inner.length };
  }
  const atLineStart = start === 0 || text[start - 1] === '\n';
  const segments = selected.split('\n').map((segment, i) => wrapSegment(segment, marker, i > 0 || atLineStart));
  const insert = segments.map((s) => s.text).join('\n');
  const inner = segments.length === 1 ? segments[0]!.inner : null;
  if (inner) {
    return { from: start, to: end, insert, selectionStart: start + inner.start, selectionEnd: start + inner.end };
  }
  return { from: start, to: end, insert, selectionStart: start, selectionEnd: start + insert.length };
}

/** Wraps the text of one line of a selection, past its block marker and spaces. */
function wrapSegment(segment: string, marker: EmphasisMarker, atLineStart: boolean): { text: string; inner: { start: number; end: number } | null } {
  const prefix = atLineStart ? (LINE_PREFIX.exec(segment)?.[0] ?? '') : '';
  const rest = segment.slice(prefix.length);
  const lead = rest.length - rest.trimStart().length;
  const core = rest.trim();
  if (core === '') return { text: segment, inner: null };
  const before = prefix + rest.slice(0, lead);
  const after = rest.slice(lead + core.length);
  const start = before.length + marker.length;
  return { text: before + marker + core + marker + after, inner: { start, end: start + core.length } };
}

interface ParsedLine {
  readonly indent: string;
  readonly kind: 'heading2' | 'heading3' | 'heading1' | 'bullet' | 'numbered' | 'plain';
  readonly prefixLength: number;
  readonly content: string;
}

function parseLine(line: string): ParsedLine {
  const match = LINE_PREFIX.exec(line)!;
  const indent = match[1] ?? '';
  const marker = match[2] ?? '';
  const content = line.slice(match[0].length);
  const trimmed = marker.trim();
  const kind = trimmed.startsWith('#')
    ? (`heading${trimmed.length}` as 'heading1' | 'heading2' | 'heading3')
    : trimmed === '-' || trimmed === '*'
      ? 'bullet'
      : trimmed
        ? 'numbered'
        : 'plain';
  return { indent, kind, prefixLength: match[0].length, content };
}

/**
 * Formats every line the selection touches. Heading cycles `## ` → `### ` → paragraph;
 * bullet and numbered toggle off when every non-blank line already has that format.
 * A line's previous block marker is replaced, never stacked ("- ## x" is never made).
 */
export function toggleLineFormat(text: string, selStart: number, selEnd: number, format: LineFormat): Replacement {
  const start = clamp(Math.min(selStart, selEnd), text);
  let end = clamp(Math.max(selStart, selEnd), text);
  // A selection ending at the start of a line does not take that line in.
  if (end > start && text[end - 1] === '\n') end--;
  // (lastIndexOf clamps a negative start to 0, which would find a line break at 0.)
  const from = start === 0 ? 0 : text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const to = nl < 0 ? text.length : nl;
  const lines = text.slice(from, to).split('\n').map(parseLine);
  const filled = lines.filter((l) => l.content.trim() !== '' || l.kind !== 'plain');
  const targets = filled.length > 0 ? filled : lines;
  const all = (kind: ParsedLine['kind']) => filled.length > 0 && filled.every((l) => l.kind === kind);

  let prefixFor: (index: number) => string;
  if (format === 'heading') {
    const next = all('heading2') ? '### ' : all('heading3') ? '' : '## ';
    prefixFor = () => next;
  } else if (format === 'bullet') {
    const off = all('bullet');
    prefixFor = () => (off ? '' : '- ');
  } else {
    const off = all('numbered');
    prefixFor = (i) => (off ? '' : `${i + 1}. `);
  }

  let n = 0;
  const out = lines.map((line) => {
    if (!targets.includes(line)) return line.indent + line.content;
    return line.indent + prefixFor(n++) + line.content;
  });
  const insert = out.join('\n');
  if (lines.length === 1) {
    // One line: keep the caret (or selection) on the same text.
    const delta = insert.length - (to - from);
    const oldPrefixEnd = from + lines[0]!.prefixLength;
    const newPrefixEnd = oldPrefixEnd + delta;
    const shift = (p: number) => (p <= oldPrefixEnd ? newPrefixEnd : p + delta);
    return { from, to, insert, selectionStart: shift(start), selectionEnd: shift(Math.max(end, start)) };
  }
  return { from, to, insert, selectionStart: from, selectionEnd: from + insert.length };
}
