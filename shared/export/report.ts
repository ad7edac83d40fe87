/**
 * The documents' content as a neutral, typed tree: what the Word document and the print
 * view (the PDF's source) both render. Built once from the plan view by `buildReport`
 * (report-build.ts); `renderDocx` and `renderPrintHtml` only typeset it, so the two
 * documents always hold the same words in the same order.
 *
 * Every string here is final text in the document's language (labels come from the
 * i18n catalogue when the report is built); renderers add no words of their own except
 * the page furniture given in `labels`.
 */

export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export type Orientation = 'portrait' | 'landscape';

/** The parts a user can choose in the export dialog, in document order. */
export const REPORT_PARTS = ['cover', 'contents', 'narrative', 'logframe', 'indicators', 'risks', 'milestones', 'responsibilities', 'resources'] as const;
export type ReportPart = (typeof REPORT_PARTS)[number];

/** A stretch of text with one formatting. */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /**
   * The run's own language (BCP 47) where it differs from the document's: a text left in
   * the plan's main language in a document in another (Word's proofing language, HTML lang).
   */
  readonly lang?: string;
}

/** One paragraph's runs (may be empty: an empty paragraph). */
export type Line = readonly Run[];

/**
 * A cell's or a paragraph's meaning shown as a tint. The text always says the same in
 * words (a status, a band), so the document reads in greyscale print too.
 */
export type Tone = 'onTrack' | 'atRisk' | 'offTrack' | 'notMeasured' | 'low' | 'moderate' | 'high' | 'extreme' | 'muted';

export interface Cell {
  /** The cell's paragraphs, in order; an empty array is an empty cell. */
  readonly lines: readonly Line[];
  /** Columns this cell spans (default 1). */
  readonly colSpan?: number;
  readonly tone?: Tone;
  readonly align?: 'left' | 'center' | 'right';
}

/**
 * What a row is: an ordinary row; a group heading (e.g. a component, spanning the
 * table); a result of a level of the results chain (levels are set apart visually);
 * or a total.
 */
export type RowKind = 'body' | 'group' | 'goal' | 'outcome' | 'output' | 'activity' | 'total';

export interface Row {
  readonly kind: RowKind;
  readonly cells: readonly Cell[];
}

export interface TableColumn {
  readonly header: string;
  /** Relative width; a table's widths are shares of the text width. */
  readonly width: number;
  readonly align?: 'left' | 'center' | 'right';
}

export interface Table {
  /** What the table shows: the HTML caption, the Word table's title and description. */
  readonly caption: string;
  readonly columns: readonly TableColumn[];
  /** The header row repeats on every page; a row is never split across pages. */
  readonly rows: readonly Row[];
  /** Smaller type for wide tables (the logframe matrix). */
  readonly compact?: boolean;
}

export type HeadingLevel = 1 | 2 | 3 | 4;

export type Block =
  /** Level 1: a part of the document; 2: a section of it; 3-4: headings inside narrative text. */
  | { readonly kind: 'heading'; readonly level: HeadingLevel; readonly text: string; readonly lang?: string }
  | { readonly kind: 'paragraph'; readonly runs: Line; readonly note?: boolean }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly start: number; readonly items: readonly Line[] }
  | { readonly kind: 'table'; readonly table: Table }
  /** Label and value pairs (a plan's key facts), typeset as a two-column list. */
  | { readonly kind: 'facts'; readonly items: readonly { readonly label: string; readonly value: string }[] };

/** One part of the document; each starts on a new page in its orientation. */
export interface Section {
  readonly part: ReportPart;
  readonly orientation: Orientation;
  readonly blocks: readonly Block[];
}

export interface Cover {
  readonly title: string;
  readonly organisation: string;
  /** e.g. "Strategy paper and logframe". */
  readonly subtitle: string;
  /** Label and value pairs: period, status, version, date of the document. */
  readonly facts: readonly { readonly label: string; readonly value: string }[];
}

export interface Report {
  /** BCP 47 language of the text (`lang`, Word's proofing language). */
  readonly language: string;
  readonly paper: PaperSize;
  /** The plan title: the running header and the document's metadata title. */
  readonly title: string;
  readonly cover: Cover | null;
  /** Whether a table of contents (of level 1 and 2 headings) follows the cover. */
  readonly contents: boolean;
  readonly sections: readonly Section[];
  readonly labels: {
    /** Heading of the table of contents. */
    readonly contents: string;
    /** Footer text with `{page}` and `{pages}` placeholders, e.g. "Page {page} of {pages}". */
    readonly pageOf: string;
  };
}

/** Which columns the logframe matrix has: the plan's template's, or a donor's layout. */
export const MATRIX_LAYOUTS = ['plan', 'eu', 'dfid', 'un'] as const;
export type MatrixLayout = (typeof MATRIX_LAYOUTS)[number];

/** What the user chose in the export dialog (or on the command line). */
export interface ReportOptions {
  readonly parts: readonly ReportPart[];
  readonly layout: MatrixLayout;
  readonly paper: PaperSize;
  /**
   * The document's language: one of the plan's languages (the texts in it where translated,
   * the main text where not; see language.ts) or a catalogue language. The labels, dates and
   * numbers are in its catalogue, English when it has none.
   */
  readonly language: string;
  /** ISO date progress, overdue milestones and statuses are reported as of. */
  readonly asOf: string;
  /** ISO date printed on the cover as the document's date. */
  readonly generatedOn: string;
}
