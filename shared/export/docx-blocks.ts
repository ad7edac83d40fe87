/**
 * Typesetting of the report's blocks in Word: runs, paragraphs, headings, lists, facts
 * and tables. Every text goes through `xmlSafe` here (a control character or a lone
 * surrogate would make Word refuse the file); runs that are mainly in a right-to-left
 * script are marked right-to-left so Arabic and Hebrew read correctly.
 */
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IContext,
  type IXmlableObject,
  type ParagraphChild,
} from 'docx';
import type { Block, Cell, Line, Row, Run, Table as ReportTable } from './report';
import { xmlSafe } from './text';
import { COLOUR, SIZE, STYLE, TONE_FILL, bulletDefinition, numberDefinition, type TextArea } from './docx-styles';

type Align = 'left' | 'center' | 'right';
const ALIGNMENT = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

// Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their presentation forms.
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/gu;
const ANY_LETTER = /\p{L}/gu;

const HEBREW_LETTER = /[\u0590-\u05FF\uFB1D-\uFB4F]/gu;

/** The proofing language of a right-to-left run: Hebrew or, for the Arabic script, Arabic. */
function rtlLanguage(text: string): string {
  const hebrew = text.match(HEBREW_LETTER)?.length ?? 0;
  const rtl = text.match(RTL_LETTER)?.length ?? 0;
  return hebrew * 2 > rtl ? 'he' : 'ar';
}

/** Whether a text's letters are mainly in a right-to-left script. */
export function isMainlyRtl(text: string): boolean {
  const rtl = text.match(RTL_LETTER)?.length ?? 0;
  if (rtl === 0) return false;
  const all = text.match(ANY_LETTER)?.length ?? 0;
  return rtl * 2 > all;
}

interface RunStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly colour?: string;
}

/** One report run as Word runs: line breaks in the text become breaks. */
export function textRuns(run: Run, style: RunStyle = {}): TextRun[] {
  const text = xmlSafe(run.text);
  const rtl = isMainlyRtl(text);
  const bold = run.bold === true || style.bold === true;
  const italic = run.italic === true || style.italic === true;
  return text.split(/\r\n|\r|\n/).map(
    (part, i) =>
      new TextRun({
        text: part,
        break: i > 0 ? 1 : undefined,
        bold: bold || undefined,
        boldComplexScript: bold || undefined,
        italics: italic || undefined,
        italicsComplexScript: italic || undefined,
        color: style.colour,
        rightToLeft: rtl || undefined,
        language: rtl ? { bidirectional: rtlLanguage(text) } : undefined,
      }),
  );
}

function lineRuns(line: Line, style?: RunStyle): ParagraphChild[] {
  return line.flatMap((run) => textRuns(run, style));
}

const lineIsRtl = (line: Line): boolean => isMainlyRtl(line.map((r) => r.text).join(''));

/** A paragraph of runs; right-to-left as a whole when its text mainly is. */
export function lineParagraph(line: Line, options: { style?: string; align?: Align; runStyle?: RunStyle; keepNext?: boolean; widowControl?: boolean } = {}): Paragraph {
  const rtl = lineIsRtl(line);
  return new Paragraph({
    style: options.style,
    widowControl: options.widowControl,
    alignment: options.align ? ALIGNMENT[options.align] : undefined,
    bidirectional: rtl || undefined,
    keepNext: options.keepNext,
    children: lineRuns(line, options.runStyle),
  });
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;

/** Numbering state across a document: every list is its own instance, so each restarts. */
export class ListCounter {
  private next = 1;
  instance(): number {
    return this.next++;
  }
}

/** A report block as Word paragraphs and tables, for the text area of its section's pages. */
export function renderBlock(block: Block, area: TextArea, lists: ListCounter): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading': {
      const line: Line = [{ text: block.text }];
      return [new Paragraph({ heading: HEADINGS[block.level], bidirectional: lineIsRtl(line) || undefined, keepNext: true, children: lineRuns(line) })];
    }
    case 'paragraph':
      // No single line of a paragraph left alone at the foot or head of a page.
      return [lineParagraph(block.runs, { style: block.note === true ? STYLE.note : undefined, widowControl: true })];
    case 'list': {
      const reference = block.ordered ? numberDefinition(Math.max(0, Math.trunc(block.start))) : bulletDefinition();
      const instance = lists.instance();
      return block.items.map(
        (item) =>
          new Paragraph({
            style: block.ordered ? STYLE.listNumber : STYLE.listBullet,
            numbering: { reference, level: 0, instance, custom: true },
            bidirectional: lineIsRtl(item) || undefined,
            children: lineRuns(item),
          }),
      );
    }
    case 'facts':
      return [factsTable(block.items, area.textWidth)];
    case 'table':
      return [captionParagraph(block.table.caption), reportTable(block.table, area)];
  }
}

function captionParagraph(caption: string): Paragraph {
  return lineParagraph([{ text: caption }], { style: STYLE.caption, keepNext: true });
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

/** Label and value pairs as a borderless two-column table (label a third of the width). */
export function factsTable(items: readonly { readonly label: string; readonly value: string }[], textWidth: number, size: 'body' | 'cover' = 'body'): Table {
  const labelWidth = Math.round(textWidth * (size === 'cover' ? 0.28 : 0.32));
  const widths = [labelWidth, textWidth - labelWidth];
  const pad = size === 'cover' ? 57 : 28;
  const cell = (line: Line, width: number, runStyle: RunStyle) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { top: pad, bottom: pad, left: 0, right: 113 },
      children: [lineParagraph(line, { runStyle, style: size === 'cover' ? STYLE.coverFacts : STYLE.facts })],
    });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: (items.length > 0 ? items : [{ label: '', value: '' }]).map(
      (item) =>
        new TableRow({
          cantSplit: true,
          children: [cell([{ text: item.label }], widths[0]!, { bold: true, colour: COLOUR.muted }), cell([{ text: item.value }], widths[1]!, {})],
        }),
    ),
  });
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

function rowRunStyle(kind: Row['kind']): RunStyle {
  if (kind === 'group' || kind === 'total') return { bold: true };
  if (kind === 'activity') return { colour: COLOUR.muted };
  return {};
}

const fill = (colour: string) => ({ type: ShadingType.CLEAR, color: 'auto', fill: colour });

/**
 * A report table: header row repeated on each page, rows never split, widths as shares of
 * the text width, row kinds and tones set apart by shading and weight.
 */
export function reportTable(table: ReportTable, area: TextArea): Table {
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
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (column, i) =>
        new TableCell({
          width: { size: widths[i]!, type: WidthType.DXA },
          shading: fill(COLOUR.headerFill),
          verticalAlign: VerticalAlignTable.BOTTOM,
          borders: { bottom: { style: BorderStyle.SINGLE, size: 8, color: COLOUR.totalRule } },
          children: [lineParagraph([{ text: column.header }], { style: textStyle, align: column.align, runStyle: { bold: true } })],
        }),
    ),
  });
  const body = table.rows.map((row) => {
    const cells: TableCell[] = [];
    let column = 0;
    let height = 0;
    for (const cell of row.cells) {
      if (column >= columnCount) break;
      const span = Math.min(Math.max(1, Math.trunc(cell.colSpan ?? 1)), columnCount - column);
      const cellWidths = widths.slice(column, column + span);
      cells.push(bodyCell(row, cell, span, cellWidths, columns[column]?.align, textStyle));
      height = Math.max(height, cellHeight(cell, cellWidths.reduce((a, b) => a + b, 0), size));
      column += span;
    }
    if (column < columnCount) cells.push(bodyCell(row, { lines: [] }, columnCount - column, widths.slice(column), undefined, textStyle));
    // A row is kept on one page, unless it could not fit on one: Word cuts off the rest of
    // a row that may not break and is taller than the page.
    const fits = height < area.textHeight * 0.75;
    return new TableRow({ cantSplit: fits || undefined, keepNext: row.kind === 'group' || undefined, children: cells });
  });
  return new CaptionedTable(
    {
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      style: STYLE.table,
      rows: table.columns.length > 0 ? [header, ...body] : body,
    },
    table.caption,
  );
}

/**
 * A generous guess at a cell's height in twips: Arial's characters average about half an
 * em; lines 1.15 of the type size, with the cell's padding and paragraph spacing.
 */
function cellHeight(cell: Cell, width: number, size: number): number {
  const perLine = Math.max(1, Math.floor((width - 170) / (size * 5)));
  const lines = cell.lines.reduce((sum, line) => sum + line.map((r) => r.text).join('').split(/\r\n|\r|\n/).reduce((n, part) => n + Math.max(1, Math.ceil([...part].length / perLine)), 0), 0);
  return Math.max(1, lines) * size * 11.5 + cell.lines.length * 40 + 114;
}

function bodyCell(row: Row, cell: Cell, span: number, widths: readonly number[], columnAlign: Align | undefined, textStyle: string): TableCell {
  const colour = cell.tone !== undefined ? TONE_FILL[cell.tone] : ROW_FILL[row.kind];
  const runStyle = { ...rowRunStyle(row.kind), ...(cell.tone === 'muted' ? { colour: COLOUR.muted } : {}) };
  const lines = cell.lines.length > 0 ? cell.lines : [[]];
  const width = widths.reduce((a, b) => a + b, 0);
  const topRule =
    row.kind === 'total'
      ? { top: { style: BorderStyle.SINGLE, size: 12, color: COLOUR.totalRule } }
      : row.kind === 'group'
        ? { top: { style: BorderStyle.SINGLE, size: 8, color: COLOUR.rule } }
        : undefined;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: span > 1 ? span : undefined,
    shading: colour !== undefined ? fill(colour) : undefined,
    borders: topRule,
    children: lines.map((line) => lineParagraph(line, { style: textStyle, align: cell.align ?? columnAlign, runStyle })),
  });
}

/**
 * A table with its caption as the table's title and description (w:tblCaption,
 * w:tblDescription: what screen readers announce), which docx has no option for; they
 * are the last children of w:tblPr in the schema's order.
 */
class CaptionedTable extends Table {
  private readonly caption: string;

  constructor(options: ConstructorParameters<typeof Table>[0], caption: string) {
    super(options);
    this.caption = xmlSafe(caption);
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const xml = super.prepForXml(context);
    const children: unknown = xml?.['w:tbl'];
    if (!Array.isArray(children)) return xml;
    const properties = children.find((child): child is { 'w:tblPr': unknown[] } => typeof child === 'object' && child !== null && Array.isArray((child as Record<string, unknown>)['w:tblPr']));
    if (properties !== undefined && this.caption !== '') {
      properties['w:tblPr'].push({ 'w:tblCaption': { _attr: { 'w:val': this.caption } } }, { 'w:tblDescription': { _attr: { 'w:val': this.caption } } });
    }
    return xml;
  }
}
