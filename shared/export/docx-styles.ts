/**
 * The Word document's look: one font family, its sizes and colours, the named paragraph
 * and table styles the typesetting refers to, and the page geometry per paper size and
 * orientation. Kept apart from docx.ts so the look can be tuned in one place.
 *
 * Font: Arial. Every Windows and macOS Word has it, and LibreOffice substitutes the
 * metric-compatible Liberation Sans (same widths, so the same line and page breaks);
 * Calibri's match, Carlito, is often missing on Linux (it is not in CI's packages).
 */
import { AlignmentType, BorderStyle, LevelFormat, LineRuleType, type IStylesOptions, type NumberingDefinition } from 'docx';
import type { Orientation, PaperSize, Tone } from './report';

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

const run = (size: number, colour: string = COLOUR.text) => ({ font: FONT, size, sizeComplexScript: size, color: colour });
const heading = (size: number, before: number, after: number, colour: string = COLOUR.heading) => ({
  run: { ...run(size, colour), bold: true, boldComplexScript: true },
  paragraph: { spacing: { before, after }, keepNext: true, keepLines: true },
});

/** Languages written right to left: also the proofing language of right-to-left runs. */
const RTL_LANGUAGE = /^(ar|he|fa|ur|ps|sd|ug|yi|dv|ckb)(-|$)/i;

export function documentStyles(language: string): IStylesOptions {
  return {
    default: {
      document: {
        run: { ...run(SIZE.body), language: { value: language, bidirectional: RTL_LANGUAGE.test(language) ? language : undefined } },
        paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { ...run(56, COLOUR.heading), bold: true }, paragraph: { spacing: { before: 0, after: 240 } } },
      heading1: {
        ...heading(32, 0, 200),
        paragraph: {
          spacing: { before: 0, after: 200 },
          keepNext: true,
          keepLines: true,
          outlineLevel: 0,
          border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: COLOUR.heading, space: 4 } },
        },
      },
      heading2: { ...heading(26, 320, 120), paragraph: { ...heading(26, 320, 120).paragraph, outlineLevel: 1 } },
      heading3: { ...heading(22, 240, 80), paragraph: { ...heading(22, 240, 80).paragraph, outlineLevel: 2 } },
      heading4: {
        run: { ...run(SIZE.body, COLOUR.heading), bold: true, italics: true },
        paragraph: { spacing: { before: 200, after: 60 }, keepNext: true, keepLines: true, outlineLevel: 3 },
      },
      caption: { run: { ...run(SIZE.caption, COLOUR.heading), bold: true, italics: false }, paragraph: { spacing: { before: 120, after: 80 }, keepNext: true } },
      listParagraph: { paragraph: { spacing: { after: 60 } } },
      hyperlink: { run: { color: COLOUR.text, underline: {} } },
    },
    paragraphStyles: [
      { id: STYLE.subtitle, name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { ...run(32, COLOUR.muted) }, paragraph: { spacing: { after: 480 } } },
      { id: STYLE.organisation, name: 'Cover Organisation', basedOn: 'Normal', next: 'Normal', run: { ...run(28, COLOUR.heading), bold: true }, paragraph: { spacing: { after: 120 } } },
      {
        id: STYLE.contentsHeading,
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { ...run(32, COLOUR.heading), bold: true },
        paragraph: { spacing: { after: 240 }, border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: COLOUR.heading, space: 4 } } },
      },
      {
        id: STYLE.listBullet,
        name: 'List Bullet',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { spacing: { after: 60 }, indent: { left: 360, hanging: 270 } },
      },
      {
        id: STYLE.listNumber,
        name: 'List Number',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { spacing: { after: 60 }, indent: { left: 360, hanging: 360 } },
      },
      { id: STYLE.note, name: 'Note', basedOn: 'Normal', next: 'Normal', run: { ...run(SIZE.body, COLOUR.muted), italics: true } },
      { id: STYLE.tableText, name: 'Table Text', basedOn: 'Normal', run: run(SIZE.small), paragraph: { spacing: { before: 0, after: 40, line: 240, lineRule: LineRuleType.AUTO } } },
      { id: STYLE.tableCompact, name: 'Table Text Compact', basedOn: STYLE.tableText, run: run(SIZE.compact), paragraph: { spacing: { before: 0, after: 20, line: 240, lineRule: LineRuleType.AUTO } } },
      { id: STYLE.facts, name: 'Facts', basedOn: 'Normal', paragraph: { spacing: { before: 0, after: 0 }, keepLines: true } },
      { id: STYLE.coverFacts, name: 'Cover Facts', basedOn: STYLE.facts, run: run(22) },
      { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', run: { bold: true }, paragraph: { spacing: { before: 120, after: 40 } } },
      { id: 'TOC2', name: 'toc 2', basedOn: 'Normal', next: 'Normal', paragraph: { spacing: { after: 40 }, indent: { left: 284 } } },
      { id: STYLE.header, name: 'header', basedOn: 'Normal', run: run(SIZE.furniture, COLOUR.muted), paragraph: { spacing: { after: 0 } } },
      { id: STYLE.footer, name: 'footer', basedOn: 'Normal', run: run(SIZE.furniture, COLOUR.muted), paragraph: { spacing: { after: 0 } } },
    ],
  };
}

/**
 * The document's table style (Word's table styles gallery shows it): thin grey grid
 * lines, cell padding and the table text size. Given to docx as "external styles", its
 * only way to add a table style; docx adds its default and our paragraph styles to it.
 * Shading of rows is direct formatting, as LibreOffice does not apply a table style's
 * conditional formats.
 */
export const TABLE_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="table" w:styleId="${STYLE.table}">
<w:name w:val="Report Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>
<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
<w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}"/><w:sz w:val="${SIZE.small}"/><w:szCs w:val="${SIZE.small}"/></w:rPr>
<w:tblPr><w:tblBorders>
<w:top w:val="single" w:sz="8" w:space="0" w:color="${COLOUR.rule}"/>
<w:left w:val="nil"/>
<w:bottom w:val="single" w:sz="8" w:space="0" w:color="${COLOUR.rule}"/>
<w:right w:val="nil"/>
<w:insideH w:val="single" w:sz="4" w:space="0" w:color="${COLOUR.gridLine}"/>
<w:insideV w:val="single" w:sz="4" w:space="0" w:color="${COLOUR.gridLine}"/>
</w:tblBorders><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>
</w:style></w:styles>`;

export const BULLET_LIST = 'report-bullet';

/** The bullet list's numbering definition (one level; lists in the report are flat). */
export function bulletDefinition(): NumberingDefinition {
  return {
    reference: BULLET_LIST,
    levels: [
      {
        level: 0,
        format: LevelFormat.BULLET,
        text: '\u2022',
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: 360, hanging: 270 } }, run: { font: FONT } },
      },
    ],
  };
}

/** An ordered list's numbering definition, counting from `start` (one per start value). */
export function numberDefinition(start: number): NumberingDefinition {
  return {
    reference: `report-number-${start}`,
    levels: [
      {
        level: 0,
        format: LevelFormat.DECIMAL,
        text: '%1.',
        start,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: 360, hanging: 360 } } },
      },
    ],
  };
}
