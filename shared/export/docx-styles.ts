/**
 * The Word document's look: one font family, its sizes and colours, the named paragraph
 * and table styles the typesetting refers to (word/styles.xml), the list numberings
 * (word/numbering.xml), and the page geometry per paper size and orientation. Kept apart
 * from docx.ts so the look can be tuned in one place.
 *
 * Font: Arial. Every Windows and macOS Word has it, and LibreOffice substitutes the
 * metric-compatible Liberation Sans (same widths, so the same line and page breaks);
 * Calibri's match, Carlito, is often missing on Linux (it is not in CI's packages).
 *
 * The XML is written as text in the order the WordprocessingML schema gives the
 * elements (Word refuses a file whose elements are out of order; LibreOffice forgives it).
 */
import type { Orientation, PaperSize, Tone } from './report';
import { escapeXml } from './text';

export const FONT = 'Arial';

/** Sizes in half-points, as Word stores them. */
export const SIZE = { body: 20, small: 18, compact: 16, furniture: 16, caption: 18 } as const;

export const COLOUR = {
  text: '1A1A1A',
  heading: '1F3864',
  muted: '595959',
  rule: 'A6A6A6',
  gridLine: 'BFBFBF',
  headerFill: 'D6DCE5',
  groupFill: 'C9D3E0',
  goalFill: 'E4E9F0',
  outcomeFill: 'EEF1F6',
  totalRule: '404040',
} as const;

/**
 * Tones as light tints: black text stays readable on each, also printed in greyscale,
 * and the cell's text says the same in words.
 */
export const TONE_FILL: Readonly<Record<Tone, string>> = {
  onTrack: 'DCEFD3',
  atRisk: 'FFF0C2',
  offTrack: 'F6D5D1',
  notMeasured: 'E8E8E8',
  low: 'DCEFD3',
  moderate: 'FFF0C2',
  high: 'FBDDC3',
  extreme: 'F3C4BF',
  muted: 'F2F2F2',
};

/** Style ids of the paragraph styles docx.ts uses. */
export const STYLE = {
  title: 'Title',
  subtitle: 'Subtitle',
  organisation: 'CoverOrganisation',
  contentsHeading: 'TOCHeading',
  listBullet: 'ListBullet',
  listNumber: 'ListNumber',
  note: 'Note',
  caption: 'Caption',
  tableText: 'TableText',
  tableCompact: 'TableTextCompact',
  facts: 'Facts',
  coverFacts: 'CoverFacts',
  header: 'Header',
  footer: 'Footer',
  table: 'ReportTable',
} as const;

/** Heading styles by level (Word's built-in ids, which its navigation and TOC know). */
export const HEADING_STYLE = { 1: 'Heading1', 2: 'Heading2', 3: 'Heading3', 4: 'Heading4' } as const;
/** Contents entry styles by heading level (the contents list levels 1 and 2). */
export const TOC_STYLE = { 1: 'TOC1', 2: 'TOC2' } as const;

// Twips (1/20 pt). Pages are given portrait; landscape swaps width and height.
const PAPER: Readonly<Record<PaperSize, { width: number; height: number }>> = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
};
const MARGIN = { top: 1247, bottom: 1134, side: 1134, header: 567, footer: 567 } as const;

/** The text area of a page, in twips. */
export interface TextArea {
  readonly textWidth: number;
  readonly textHeight: number;
}

export interface PageGeometry extends TextArea {
  readonly width: number;
  readonly height: number;
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number; readonly header: number; readonly footer: number };
}

export function pageGeometry(paper: PaperSize, orientation: Orientation): PageGeometry {
  const { width: w, height: h } = PAPER[paper];
  const [width, height] = orientation === 'portrait' ? [w, h] : [h, w];
  return {
    width,
    height,
    textWidth: width - 2 * MARGIN.side,
    textHeight: height - MARGIN.top - MARGIN.bottom,
    margin: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.side, right: MARGIN.side, header: MARGIN.header, footer: MARGIN.footer },
  };
}

export const W_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The font of every script: Latin, East Asian and complex (Arabic, Hebrew). */
export const FONTS_XML = `<w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:eastAsia="${FONT}" w:cs="${FONT}"/>`;

/** A bottom or top paragraph border (w:pBdr child). */
export const borderXml = (side: 'top' | 'bottom', size: number, colour: string, space: number): string =>
  `<w:${side} w:val="single" w:sz="${size}" w:space="${space}" w:color="${colour}"/>`;

interface RunLook {
  readonly font?: boolean;
  readonly bold?: boolean;
  /** true: italic; false: explicitly not (a style based on an italic one). */
  readonly italic?: boolean;
  readonly colour?: string;
  readonly size?: number;
  readonly underline?: boolean;
}

/** Run properties in the schema's order: rFonts, b, bCs, i, iCs, color, sz, szCs, u. */
function runProperties(look: RunLook): string {
  let xml = look.font === true ? FONTS_XML : '';
  if (look.bold === true) xml += '<w:b/><w:bCs/>';
  if (look.italic === true) xml += '<w:i/><w:iCs/>';
  else if (look.italic === false) xml += '<w:i w:val="0"/><w:iCs w:val="0"/>';
  if (look.colour !== undefined) xml += `<w:color w:val="${look.colour}"/>`;
  if (look.size !== undefined) xml += `<w:sz w:val="${look.size}"/><w:szCs w:val="${look.size}"/>`;
  if (look.underline === true) xml += '<w:u w:val="single"/>';
  return xml === '' ? '' : `<w:rPr>${xml}</w:rPr>`;
}

interface ParagraphLook {
  readonly keepNext?: boolean;
  readonly keepLines?: boolean;
  readonly border?: string;
  readonly before?: number;
  readonly after?: number;
  /** Line height in 240ths of a line ("auto" rule). */
  readonly line?: number;
  readonly indent?: { readonly left: number; readonly hanging?: number };
  readonly outline?: number;
}

/** Paragraph properties in the schema's order: keepNext, keepLines, pBdr, spacing, ind, outlineLvl. */
function paragraphProperties(look: ParagraphLook): string {
  let xml = '';
  if (look.keepNext === true) xml += '<w:keepNext/>';
  if (look.keepLines === true) xml += '<w:keepLines/>';
  if (look.border !== undefined) xml += `<w:pBdr>${look.border}</w:pBdr>`;
  if (look.before !== undefined || look.after !== undefined || look.line !== undefined) {
    xml += '<w:spacing';
    if (look.before !== undefined) xml += ` w:before="${look.before}"`;
    if (look.after !== undefined) xml += ` w:after="${look.after}"`;
    if (look.line !== undefined) xml += ` w:line="${look.line}" w:lineRule="auto"`;
    xml += '/>';
  }
  if (look.indent !== undefined) xml += `<w:ind w:left="${look.indent.left}"${look.indent.hanging !== undefined ? ` w:hanging="${look.indent.hanging}"` : ''}/>`;
  if (look.outline !== undefined) xml += `<w:outlineLvl w:val="${look.outline}"/>`;
  return xml === '' ? '' : `<w:pPr>${xml}</w:pPr>`;
}

interface StyleDefinition {
  readonly id: string;
  readonly name: string;
  readonly type?: 'paragraph' | 'character';
  readonly basedOn?: string;
  readonly next?: string;
  readonly uiPriority?: number;
  readonly hidden?: boolean;
  readonly quickFormat?: boolean;
  readonly paragraph?: ParagraphLook;
  readonly run?: RunLook;
}

/** A style in the schema's order: name, basedOn, next, uiPriority, semiHidden, unhideWhenUsed, qFormat, pPr, rPr. */
function styleXml(style: StyleDefinition): string {
  let xml = `<w:style w:type="${style.type ?? 'paragraph'}" w:styleId="${style.id}"><w:name w:val="${style.name}"/>`;
  if (style.basedOn !== undefined) xml += `<w:basedOn w:val="${style.basedOn}"/>`;
  if (style.next !== undefined) xml += `<w:next w:val="${style.next}"/>`;
  if (style.uiPriority !== undefined) xml += `<w:uiPriority w:val="${style.uiPriority}"/>`;
  if (style.hidden === true) xml += '<w:semiHidden/><w:unhideWhenUsed/>';
  if (style.quickFormat === true) xml += '<w:qFormat/>';
  xml += paragraphProperties(style.paragraph ?? {});
  xml += runProperties(style.run ?? {});
  return `${xml}</w:style>`;
}

const run = (size: number, colour: string = COLOUR.text): RunLook => ({ font: true, size, colour });
const heading = (size: number, before: number, after: number, outline: number): Pick<StyleDefinition, 'run' | 'paragraph'> => ({
  run: { ...run(size, COLOUR.heading), bold: true },
  paragraph: { keepNext: true, keepLines: true, before, after, outline },
});
const builtIn = { basedOn: 'Normal', next: 'Normal', quickFormat: true } as const;

/** Languages written right to left: also the proofing language of right-to-left runs. */
const RTL_LANGUAGE = /^(ar|he|fa|ur|ps|sd|ug|yi|dv|ckb)(-|$)/i;

const STYLES: readonly StyleDefinition[] = [
  { id: 'Title', name: 'Title', ...builtIn, run: { ...run(56, COLOUR.heading), bold: true }, paragraph: { before: 0, after: 240 } },
  {
    id: 'Heading1',
    name: 'heading 1',
    ...builtIn,
    ...heading(32, 0, 200, 0),
    paragraph: { keepNext: true, keepLines: true, border: borderXml('bottom', 8, COLOUR.heading, 4), before: 0, after: 200, outline: 0 },
  },
  { id: 'Heading2', name: 'heading 2', ...builtIn, ...heading(26, 320, 120, 1) },
  { id: 'Heading3', name: 'heading 3', ...builtIn, ...heading(22, 240, 80, 2) },
  {
    id: 'Heading4',
    name: 'heading 4',
    ...builtIn,
    run: { ...run(SIZE.body, COLOUR.heading), bold: true, italic: true },
    paragraph: { keepNext: true, keepLines: true, before: 200, after: 60, outline: 3 },
  },
  { id: 'ListParagraph', name: 'List Paragraph', basedOn: 'Normal', quickFormat: true, paragraph: { after: 60 } },
  {
    id: STYLE.caption,
    name: 'caption',
    ...builtIn,
    uiPriority: 35,
    hidden: true,
    run: { ...run(SIZE.caption, COLOUR.heading), bold: true, italic: false },
    paragraph: { keepNext: true, before: 120, after: 80 },
  },
  { id: 'Hyperlink', name: 'Hyperlink', type: 'character', basedOn: 'DefaultParagraphFont', uiPriority: 99, run: { colour: COLOUR.text, underline: true } },
  { id: STYLE.subtitle, name: 'Subtitle', ...builtIn, run: run(32, COLOUR.muted), paragraph: { after: 480 } },
  { id: STYLE.organisation, name: 'Cover Organisation', basedOn: 'Normal', next: 'Normal', run: { ...run(28, COLOUR.heading), bold: true }, paragraph: { after: 120 } },
  {
    id: STYLE.contentsHeading,
    name: 'TOC Heading',
    basedOn: 'Normal',
    next: 'Normal',
    run: { ...run(32, COLOUR.heading), bold: true },
    paragraph: { border: borderXml('bottom', 8, COLOUR.heading, 4), after: 240 },
  },
  { id: STYLE.listBullet, name: 'List Bullet', basedOn: 'Normal', quickFormat: true, paragraph: { after: 60, indent: { left: 360, hanging: 270 } } },
  { id: STYLE.listNumber, name: 'List Number', basedOn: 'Normal', quickFormat: true, paragraph: { after: 60, indent: { left: 360, hanging: 360 } } },
  { id: STYLE.note, name: 'Note', basedOn: 'Normal', next: 'Normal', run: { ...run(SIZE.body, COLOUR.muted), italic: true } },
  { id: STYLE.tableText, name: 'Table Text', basedOn: 'Normal', run: run(SIZE.small), paragraph: { before: 0, after: 40, line: 240 } },
  { id: STYLE.tableCompact, name: 'Table Text Compact', basedOn: STYLE.tableText, run: run(SIZE.compact), paragraph: { before: 0, after: 20, line: 240 } },
  { id: STYLE.facts, name: 'Facts', basedOn: 'Normal', paragraph: { keepLines: true, before: 0, after: 0 } },
  { id: STYLE.coverFacts, name: 'Cover Facts', basedOn: STYLE.facts, run: run(22) },
  { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', uiPriority: 39, run: { bold: true }, paragraph: { before: 120, after: 40 } },
  { id: 'TOC2', name: 'toc 2', basedOn: 'Normal', next: 'Normal', uiPriority: 39, paragraph: { after: 40, indent: { left: 284 } } },
  { id: STYLE.header, name: 'header', basedOn: 'Normal', run: run(SIZE.furniture, COLOUR.muted), paragraph: { after: 0 } },
  { id: STYLE.footer, name: 'footer', basedOn: 'Normal', run: run(SIZE.furniture, COLOUR.muted), paragraph: { after: 0 } },
];

/**
 * The document's table style (Word's table styles gallery shows it): thin grey grid
 * lines, cell padding and the table text size. Shading of rows is direct formatting, as
 * LibreOffice does not apply a table style's conditional formats.
 */
const TABLE_STYLE = `<w:style w:type="table" w:styleId="${STYLE.table}"><w:name w:val="Report Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>\
<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>\
<w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}"/><w:sz w:val="${SIZE.small}"/><w:szCs w:val="${SIZE.small}"/></w:rPr>\
<w:tblPr><w:tblBorders>\
<w:top w:val="single" w:sz="8" w:space="0" w:color="${COLOUR.rule}"/>\
<w:left w:val="nil"/>\
<w:bottom w:val="single" w:sz="8" w:space="0" w:color="${COLOUR.rule}"/>\
<w:right w:val="nil"/>\
<w:insideH w:val="single" w:sz="4" w:space="0" w:color="${COLOUR.gridLine}"/>\
<w:insideV w:val="single" w:sz="4" w:space="0" w:color="${COLOUR.gridLine}"/>\
</w:tblBorders><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>\
</w:style>`;

/** word/styles.xml: the defaults (font, size, colour, proofing language, spacing) and every style the body uses. */
export function stylesXml(language: string): string {
  const lang = escapeXml(language);
  const bidi = RTL_LANGUAGE.test(language) ? ` w:bidi="${lang}"` : '';
  return (
    `${XML_DECLARATION}<w:styles xmlns:w="${W_NAMESPACE}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${FONTS_XML}<w:color w:val="${COLOUR.text}"/><w:sz w:val="${SIZE.body}"/><w:szCs w:val="${SIZE.body}"/><w:lang w:val="${lang}"${bidi}/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    STYLES.map(styleXml).join('') +
    TABLE_STYLE +
    '</w:styles>'
  );
}

/** A list's numbering: bullets, or numbers counting from a start. */
export type ListKind = { readonly ordered: false } | { readonly ordered: true; readonly start: number };

/**
 * word/numbering.xml for the document's lists, in order of their numIds (1, 2, ...):
 * one abstract numbering for bullets and one per start value of ordered lists, and one
 * numbering instance per list, each restarting at its start.
 */
export function numberingXml(lists: readonly ListKind[]): string {
  const abstractIds = new Map<string, number>();
  let abstracts = '';
  const abstractOf = (list: ListKind): number => {
    const key = list.ordered ? `n${list.start}` : 'b';
    let id = abstractIds.get(key);
    if (id === undefined) {
      id = abstractIds.size + 1;
      abstractIds.set(key, id);
      const level = list.ordered
        ? `<w:start w:val="${list.start}"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr>`
        : `<w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="270"/></w:pPr><w:rPr>${FONTS_XML}</w:rPr>`;
      abstracts += `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0">${level}</w:lvl></w:abstractNum>`;
    }
    return id;
  };
  const nums = lists.map((list, i) => `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${abstractOf(list)}"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="${list.ordered ? list.start : 1}"/></w:lvlOverride></w:num>`);
  // All abstract numberings come before the instances (the schema's order).
  return `${XML_DECLARATION}<w:numbering xmlns:w="${W_NAMESPACE}">${abstracts}${nums.join('')}</w:numbering>`;
}
