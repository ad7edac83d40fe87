/**
 * Typesetting of the report's blocks as WordprocessingML text: runs, paragraphs,
 * headings, lists, facts and tables, appended to a `DocxBody`. Every text goes through
 * `escapeXml`, which first strips with `xmlSafe` what XML 1.0 cannot hold (a control
 * character or a lone surrogate would make Word refuse the file); runs that are mainly
 * in a right-to-left script are marked right to left so Arabic and Hebrew read correctly.
 *
 * Elements are written in the order the schema requires (Word refuses a file whose
 * elements are out of order, where LibreOffice forgives it): w:pPr before the runs, its
 * children as pStyle, keepNext, widowControl, numPr, pBdr, tabs, bidi, spacing, jc;
 * w:rPr as b, bCs, i, iCs, color, rtl, lang; w:tblPr, w:tblGrid, then the rows; w:tcPr
 * as tcW, gridSpan, tcBorders, shd, tcMar, vAlign.
 */
import type { Block, Cell, Line, Report, Row, Run, Table as ReportTable } from './report';
import { escapeXml } from './text';
import { COLOUR, HEADING_STYLE, SIZE, STYLE, TONE_FILL, type ListKind, type TextArea } from './docx-styles';

type Align = 'left' | 'center' | 'right';

// Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their presentation forms.
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/gu;
const ANY_LETTER = /\p{L}/gu;
const HAS_RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/u;

const HEBREW_LETTER = /[\u0590-\u05FF\uFB1D-\uFB4F]/gu;

/** The proofing language of a right-to-left run: Hebrew or, for the Arabic script, Arabic. */
function rtlLanguage(text: string): string {
  const hebrew = text.match(HEBREW_LETTER)?.length ?? 0;
  const rtl = text.match(RTL_LETTER)?.length ?? 0;
  return hebrew * 2 > rtl ? 'he' : 'ar';
}

/** Whether a text's letters are mainly in a right-to-left script. */
export function isMainlyRtl(text: string): boolean {
  if (!HAS_RTL_LETTER.test(text)) return false;
  const rtl = text.match(RTL_LETTER)?.length ?? 0;
  const all = text.match(ANY_LETTER)?.length ?? 0;
  return rtl * 2 > all;
}

export interface RunStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly colour?: string;
}

const LINE_BREAK = /\r\n|\r|\n/;

/**
 * One report run as a Word run: line breaks in the text become w:br. Empty text writes
 * nothing. (The script of a text is judged on it as given: what xmlSafe strips, control
 * characters and lone surrogates, are no letters.)
 */
export function runXml(run: Run, style: RunStyle = {}): string {
  const text = escapeXml(run.text);
  if (text === '') return '';
  const rtl = isMainlyRtl(run.text);
  let properties = '';
  if (run.bold === true || style.bold === true) properties += '<w:b/><w:bCs/>';
  if (run.italic === true || style.italic === true) properties += '<w:i/><w:iCs/>';
  if (style.colour !== undefined) properties += `<w:color w:val="${style.colour}"/>`;
  const lang = run.lang === undefined ? '' : escapeXml(run.lang);
  if (rtl) properties += `<w:rtl/><w:lang${lang === '' ? '' : ` w:val="${lang}"`} w:bidi="${rtlLanguage(run.text)}"/>`;
  else if (lang !== '') properties += `<w:lang w:val="${lang}"/>`;
  let content: string;
  if (text.includes('\n') || text.includes('\r')) {
    content = text
      .split(LINE_BREAK)
      .map((part) => (part === '' ? '' : `<w:t xml:space="preserve">${part}</w:t>`))
      .join('<w:br/>');
  } else {
    content = `<w:t xml:space="preserve">${text}</w:t>`;
  }
  return properties === '' ? `<w:r>${content}</w:r>` : `<w:r><w:rPr>${properties}</w:rPr>${content}</w:r>`;
}

function lineRuns(line: Line, style?: RunStyle): string {
  let xml = '';
  for (const run of line) xml += runXml(run, style);
  return xml;
}

function lineIsRtl(line: Line): boolean {
  if (line.length === 1) return isMainlyRtl(line[0]!.text);
  let text = '';
  for (const run of line) text += run.text;
  return isMainlyRtl(text);
}

export interface ParagraphOptions {
  readonly style?: string;
  readonly keepNext?: boolean;
  readonly widowControl?: boolean;
  /** A list's numbering instance (numId), at level 0. */
  readonly numId?: number;
  /** w:pBdr's children. */
  readonly border?: string;
  /** w:tabs' children. */
  readonly tabs?: string;
  readonly bidi?: boolean;
  /** Space before, in twips. */
  readonly before?: number;
  readonly align?: Align;
}

/** Paragraph properties in the schema's order; '' when there are none. */
export function paragraphProperties(options: ParagraphOptions): string {
  let xml = '';
  if (options.style !== undefined) xml += `<w:pStyle w:val="${options.style}"/>`;
  if (options.keepNext === true) xml += '<w:keepNext/>';
  if (options.widowControl === true) xml += '<w:widowControl/>';
  if (options.numId !== undefined) xml += `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${options.numId}"/></w:numPr>`;
  if (options.border !== undefined) xml += `<w:pBdr>${options.border}</w:pBdr>`;
  if (options.tabs !== undefined) xml += `<w:tabs>${options.tabs}</w:tabs>`;
  if (options.bidi === true) xml += '<w:bidi/>';
  if (options.before !== undefined) xml += `<w:spacing w:before="${options.before}"/>`;
  if (options.align !== undefined) xml += `<w:jc w:val="${options.align}"/>`;
  return xml === '' ? '' : `<w:pPr>${xml}</w:pPr>`;
}

/** A paragraph of runs; right-to-left as a whole when its text mainly is. */
export function lineParagraph(line: Line, options: ParagraphOptions = {}, runStyle?: RunStyle): string {
  const bidi = lineIsRtl(line);
  return `<w:p>${paragraphProperties(bidi ? { ...options, bidi } : options)}${lineRuns(line, runStyle)}</w:p>`;
}

/** A level 1 or 2 heading in the contents list: its bookmark and text. */
export interface ContentsEntry {
  readonly level: 1 | 2;
  readonly bookmark: string;
  readonly text: string;
}

const bookmarkName = (n: number) => `_Toc${n}`;

/**
 * The contents list's entries: the report's level 1 and 2 headings in document order,
 * with the bookmarks `DocxBody.heading` gives them as it writes them (the n-th such
 * heading is `_Toc<n>`). Known before the body is written, so the contents, which come
 * first, can be written at once and the body streamed after them.
 */
export function contentsEntries(report: Report): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  for (const section of report.sections) {
    for (const block of section.blocks) {
      if (block.kind === 'heading' && (block.level === 1 || block.level === 2)) entries.push({ level: block.level, bookmark: bookmarkName(entries.length + 1), text: block.text });
    }
  }
  return entries;
}

/** Characters of XML gathered before they are handed on (encoded and compressed) as one piece. */
const FLUSH_AT = 1 << 18;

/**
 * The document body being written: its XML is handed to `sink` in pieces of about
 * FLUSH_AT characters as it is written (never one string of the whole document), the
 * lists' numberings are collected (numId i + 1 is lists[i]) and, when the document has
 * contents, the level 1 and 2 headings are bookmarked.
 */
export class DocxBody {
  readonly lists: ListKind[] = [];
  private parts: string[] = [];
  private size = 0;
  private bookmarks = 0;

  constructor(
    private readonly bookmarkHeadings: boolean,
    private readonly sink: (xml: string) => void,
  ) {}

  push(xml: string): void {
    this.parts.push(xml);
    this.size += xml.length;
    // The last part stays: a section's closing may need its last paragraph.
    if (this.size > FLUSH_AT && this.parts.length > 1) {
      const last = this.parts.pop()!;
      this.sink(this.parts.join(''));
      this.parts = [last];
      this.size = last.length;
    }
  }

  /** Takes back the last thing written if it is a paragraph (to close a section in it), else ''. */
  takeLastParagraph(): string {
    const last = this.parts[this.parts.length - 1];
    // Everything is pushed as whole paragraphs, tables or rows: a part that begins and
    // ends as a paragraph is one.
    if (last === undefined || !(last === '<w:p/>' || (last.startsWith('<w:p>') && last.endsWith('</w:p>')))) return '';
    this.parts.pop();
    this.size -= last.length;
    return last;
  }

  /** Hands on what is left. */
  end(): void {
    if (this.parts.length > 0) this.sink(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }

  /** A new numbering instance, so every list restarts. */
  list(kind: ListKind): number {
    this.lists.push(kind);
    return this.lists.length;
  }

  heading(level: 1 | 2 | 3 | 4, text: string, lang?: string): void {
    const line: Line = [lang === undefined ? { text } : { text, lang }];
    const properties = paragraphProperties({ style: HEADING_STYLE[level], keepNext: true, bidi: lineIsRtl(line) });
    if (this.bookmarkHeadings && (level === 1 || level === 2)) {
      const id = ++this.bookmarks;
      this.push(`<w:p>${properties}<w:bookmarkStart w:id="${id}" w:name="${bookmarkName(id)}"/>${lineRuns(line)}<w:bookmarkEnd w:id="${id}"/></w:p>`);
    } else {
      this.push(`<w:p>${properties}${lineRuns(line)}</w:p>`);
    }
  }
}

/** A report block as Word paragraphs and tables, for the text area of its section's pages. */
export function renderBlock(block: Block, area: TextArea, body: DocxBody): void {
  switch (block.kind) {
    case 'heading':
      body.heading(block.level, block.text, block.lang);
      return;
    case 'paragraph':
      // No single line of a paragraph left alone at the foot or head of a page.
      body.push(lineParagraph(block.runs, { style: block.note === true ? STYLE.note : undefined, widowControl: true }));
      return;
    case 'list': {
      const start = Math.trunc(block.start);
      const numId = body.list(block.ordered ? { ordered: true, start: Number.isFinite(start) ? Math.max(0, start) : 1 } : { ordered: false });
      const style = block.ordered ? STYLE.listNumber : STYLE.listBullet;
      for (const item of block.items) body.push(lineParagraph(item, { style, numId }));
      return;
    }
    case 'facts':
      body.push(factsTable(block.items, area.textWidth));
      return;
    case 'table':
      body.push(lineParagraph([{ text: block.table.caption }], { style: STYLE.caption, keepNext: true }));
      reportTable(block.table, area, body);
      return;
  }
}

const NO_BORDERS =
  '<w:tblBorders><w:top w:val="none" w:sz="0" w:space="0" w:color="auto"/><w:left w:val="none" w:sz="0" w:space="0" w:color="auto"/><w:bottom w:val="none" w:sz="0" w:space="0" w:color="auto"/>' +
  '<w:right w:val="none" w:sz="0" w:space="0" w:color="auto"/><w:insideH w:val="none" w:sz="0" w:space="0" w:color="auto"/><w:insideV w:val="none" w:sz="0" w:space="0" w:color="auto"/></w:tblBorders>';

const grid = (widths: readonly number[]): string => `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;

/** Label and value pairs as a borderless two-column table (label a third of the width). */
export function factsTable(items: readonly { readonly label: string; readonly value: string }[], textWidth: number, size: 'body' | 'cover' = 'body'): string {
  const labelWidth = Math.round(textWidth * (size === 'cover' ? 0.34 : 0.32));
  const widths = [labelWidth, textWidth - labelWidth];
  const pad = size === 'cover' ? 57 : 28;
  const style = size === 'cover' ? STYLE.coverFacts : STYLE.facts;
  const margins = `<w:tcMar><w:top w:w="${pad}" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="${pad}" w:type="dxa"/><w:right w:w="113" w:type="dxa"/></w:tcMar>`;
  const cell = (text: string, width: number, runStyle: RunStyle) => `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${margins}</w:tcPr>${lineParagraph([{ text }], { style }, runStyle)}</w:tc>`;
  const labelStyle = { bold: true, colour: COLOUR.muted };
  let xml = `<w:tbl><w:tblPr><w:tblW w:w="${textWidth}" w:type="dxa"/>${NO_BORDERS}<w:tblLayout w:type="fixed"/></w:tblPr>${grid(widths)}`;
  for (const item of items.length > 0 ? items : [{ label: '', value: '' }]) {
    xml += `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cell(item.label, widths[0]!, labelStyle)}${cell(item.value, widths[1]!, {})}</w:tr>`;
  }
  return `${xml}</w:tbl>`;
}

/** Column widths in twips from the relative widths, summing exactly to the text width. */
export function columnTwips(widths: readonly number[], textWidth: number): number[] {
  const shares = widths.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const total = shares.reduce((a, b) => a + b, 0);
  const even = total === 0;
  const twips = shares.map((w) => Math.floor((textWidth * (even ? 1 : w)) / (even ? shares.length : total)));
  if (twips.length > 0) twips[twips.length - 1]! += textWidth - twips.reduce((a, b) => a + b, 0);
  return twips;
}

const ROW_FILL: Partial<Record<Row['kind'], string>> = { group: COLOUR.groupFill, goal: COLOUR.goalFill, outcome: COLOUR.outcomeFill };

const ROW_RUN_STYLE: Readonly<Record<Row['kind'], RunStyle>> = {
  body: {},
  group: { bold: true },
  goal: {},
  outcome: {},
  output: {},
  activity: { colour: COLOUR.muted },
  total: { bold: true },
};

const shading = (colour: string) => `<w:shd w:val="clear" w:color="auto" w:fill="${colour}"/>`;

const TOP_RULE: Partial<Record<Row['kind'], string>> = {
  total: `<w:tcBorders><w:top w:val="single" w:sz="12" w:space="0" w:color="${COLOUR.totalRule}"/></w:tcBorders>`,
  group: `<w:tcBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="${COLOUR.rule}"/></w:tcBorders>`,
};
const HEADER_RULE = `<w:tcBorders><w:bottom w:val="single" w:sz="8" w:space="0" w:color="${COLOUR.totalRule}"/></w:tcBorders>`;

/**
 * A report table: header row repeated on each page, rows never split, widths as shares of
 * the text width, row kinds and tones set apart by shading and weight. Its caption is the
 * table's title and description (w:tblCaption, w:tblDescription: what screen readers
 * announce), the last children of w:tblPr.
 */
export function reportTable(table: ReportTable, area: TextArea, body: DocxBody): void {
  const { textWidth } = area;
  // A table without columns still gets one, so its rows have a grid to sit in.
  const columns = table.columns.length > 0 ? table.columns : [{ header: '', width: 1 }];
  const widths = columnTwips(
    columns.map((c) => c.width),
    textWidth,
  );
  const columnCount = columns.length;
  const textStyle = table.compact === true ? STYLE.tableCompact : STYLE.tableText;
  const size = table.compact === true ? SIZE.compact : SIZE.small;
  const caption = escapeXml(table.caption);
  const captionXml = caption === '' ? '' : `<w:tblCaption w:val="${caption}"/><w:tblDescription w:val="${caption}"/>`;
  body.push(`<w:tbl><w:tblPr><w:tblStyle w:val="${STYLE.table}"/><w:tblW w:w="${textWidth}" w:type="dxa"/><w:tblLayout w:type="fixed"/>${captionXml}</w:tblPr>${grid(widths)}`);
  if (table.columns.length > 0) {
    let header = '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>';
    columns.forEach((column, i) => {
      header += `<w:tc><w:tcPr><w:tcW w:w="${widths[i]!}" w:type="dxa"/>${HEADER_RULE}${shading(COLOUR.headerFill)}<w:vAlign w:val="bottom"/></w:tcPr>`;
      header += `${lineParagraph([{ text: column.header }], { style: textStyle, align: column.align }, { bold: true })}</w:tc>`;
    });
    body.push(`${header}</w:tr>`);
  }
  for (const row of table.rows) {
    let cells = '';
    let column = 0;
    let height = 0;
    const keepNext = row.kind === 'group';
    for (const cell of row.cells) {
      if (column >= columnCount) break;
      const span = Math.min(Math.max(1, Math.trunc(cell.colSpan ?? 1)), columnCount - column);
      let width = 0;
      for (let i = column; i < column + span; i++) width += widths[i]!;
      cells += bodyCell(row, cell, span, width, cell.align ?? columns[column]?.align, textStyle, keepNext);
      height = Math.max(height, cellHeight(cell, width, size));
      column += span;
    }
    if (column < columnCount) {
      let width = 0;
      for (let i = column; i < columnCount; i++) width += widths[i]!;
      cells += bodyCell(row, { lines: [] }, columnCount - column, width, undefined, textStyle, keepNext);
    }
    // A row is kept on one page, unless it could not fit on one: Word cuts off the rest of
    // a row that may not break and is taller than the page.
    const fits = height < area.textHeight * 0.75;
    body.push(fits ? `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells}</w:tr>` : `<w:tr>${cells}</w:tr>`);
  }
  body.push('</w:tbl>');
}

/** The number of characters (code points) of a text. */
function codePoints(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/**
 * A generous guess at a cell's height in twips: Arial's characters average about half an
 * em; lines 1.15 of the type size, with the cell's padding and paragraph spacing.
 */
function cellHeight(cell: Cell, width: number, size: number): number {
  const perLine = Math.max(1, Math.floor((width - 170) / (size * 5)));
  let lines = 0;
  for (const line of cell.lines) {
    let text = '';
    for (const run of line) text += run.text;
    if (text.includes('\n') || text.includes('\r')) {
      for (const part of text.split(LINE_BREAK)) lines += Math.max(1, Math.ceil(codePoints(part) / perLine));
    } else {
      lines += Math.max(1, Math.ceil(codePoints(text) / perLine));
    }
  }
  return Math.max(1, lines) * size * 11.5 + cell.lines.length * 40 + 114;
}

function bodyCell(row: Row, cell: Cell, span: number, width: number, align: Align | undefined, textStyle: string, keepNext: boolean): string {
  const colour = cell.tone !== undefined ? TONE_FILL[cell.tone] : ROW_FILL[row.kind];
  const rowStyle = ROW_RUN_STYLE[row.kind];
  const runStyle = cell.tone === 'muted' ? { ...rowStyle, colour: COLOUR.muted } : rowStyle;
  let xml = `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>`;
  if (span > 1) xml += `<w:gridSpan w:val="${span}"/>`;
  xml += TOP_RULE[row.kind] ?? '';
  if (colour !== undefined) xml += shading(colour);
  xml += '</w:tcPr>';
  const options: ParagraphOptions = { style: textStyle, align, keepNext: keepNext || undefined };
  if (cell.lines.length === 0) xml += lineParagraph([], options, runStyle);
  for (const line of cell.lines) xml += lineParagraph(line, options, runStyle);
  return `${xml}</w:tc>`;
}
