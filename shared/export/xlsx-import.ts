/**
 * Reading a filled-in tracking sheet (xlsx.ts) back: which targets and actuals it would
 * change, as a preview the planner confirms before anything is written (the
 * `importTracking` command applies it). Rows are matched by the indicator and period ids
 * in the sheet, never by text or position, so a sheet sorted or filtered in Excel still
 * imports right. Columns are found by their headers, in any catalogue language.
 *
 * An emptied cell where the plan holds a value is a removal: listed on its own in the
 * preview and applied only when the planner asks for it, so an actual cleared by
 * mistake in Excel is never lost silently.
 *
 * Never throws: a file that is not a workbook, too large, or without a tracking sheet
 * gives an error result with a message key.
 */
import ExcelJS from 'exceljs';
import { catalogues, translator } from '../i18n';
import type { Indicator, IndicatorId, ReportingPeriodId } from '../model';
import type { MessageRef } from '../plan-doc/commands/types';
import type { PlanView } from '../plan-doc/view-types';
import { indicatorValueText, TRACKING_COLUMNS, type TrackingColumn } from './xlsx';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Uncompressed size of the workbook's parts above which it is refused (a zip bomb). */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 50_000;

export type TrackingField = 'target' | 'actual';

/** One value the import would write (after null: the cell was emptied, a removal). */
export interface TrackingChange {
  /** The sheet's row number, as Excel shows it. */
  readonly row: number;
  readonly indicatorId: IndicatorId;
  readonly periodId: ReportingPeriodId;
  readonly field: TrackingField;
  readonly before: number | null;
  readonly after: number | null;
  /** The indicator as the screen names it: its result's number and definition. */
  readonly resultNumber: string;
  readonly indicator: string;
  readonly period: string;
  /** The values as a person reads them (a stage's name for qualitative indicators). */
  readonly beforeText: string;
  readonly afterText: string;
}

/** A row the import skips, and why. */
export interface TrackingProblem {
  readonly row: number;
  readonly reason: MessageRef;
  /** What the row says it is about (its indicator text, period), to recognise it. */
  readonly label: string;
  /** For an invalid value: the column it is in. */
  readonly field?: TrackingField;
}

export interface TrackingPreview {
  readonly ok: true;
  /** Values set (after is a number). */
  readonly changes: readonly TrackingChange[];
  /** Values the sheet has emptied; applied only on request. */
  readonly removals: readonly TrackingChange[];
  readonly unmatched: readonly TrackingProblem[];
  readonly invalid: readonly TrackingProblem[];
  /** Matched rows that change nothing. */
  readonly unchanged: number;
  /** Data rows read (blank rows not counted). */
  readonly rows: number;
}

export type TrackingImport = TrackingPreview | { readonly ok: false; readonly error: MessageRef };

const fail = (key: string, params?: Record<string, string | number>): TrackingImport => ({ ok: false, error: { key: `excel.import.errors.${key}`, ...(params ? { params } : {}) } });

/**
 * The total uncompressed size a zip's central directory declares, or null when the
 * bytes are not a zip. Read before unzipping, so a small file that would inflate to
 * gigabytes is refused without being inflated.
 */
export function zipUncompressedSize(bytes: Uint8Array): number | null {
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return null;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: the last signature 0x06054b50 within the final 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== 0x02014b50) return null;
    const size = dv.getUint32(p + 24, true);
    // 0xFFFFFFFF: a zip64 entry, larger than 4 GB or pretending to be.
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += size;
    p += 46 + dv.getUint16(p + 28, true) + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true);
  }
  return total;
}

type Columns = Readonly<Record<TrackingColumn, number>>;

/**
 * A worksheet as the preview reads it: its number of rows and each row's cell values, indexed
 * by column from 1 as Excel numbers them (exceljs's `row.values`). Plain data, so the preview
 * can be tested, and fuzzed, without building workbooks.
 */
export interface SheetRows {
  readonly rowCount: number;
  /** The values of row `r` (from 1); index 0 is unused. */
  row(r: number): readonly unknown[];
}

/** exceljs's worksheets as SheetRows (rows read when asked for, not copied up front). */
function sheetRowsOf(wb: ExcelJS.Workbook): SheetRows[] {
  return wb.worksheets.map((ws) => ({
    rowCount: ws.rowCount,
    row: (r: number) => {
      const values = ws.getRow(r).values;
      return Array.isArray(values) ? values : [];
    },
  }));
}

/** Finds the tracking sheet and its columns by their headers in any catalogue language. */
function findTrackingSheet(sheets: readonly SheetRows[]): { sheet: SheetRows; columns: Partial<Columns> } | null {
  const headerSets = Object.keys(catalogues).map((language) => {
    const t = translator(language);
    return new Map(TRACKING_COLUMNS.map((k) => [norm(t(`excel.tracking.columns.${k}`)), k] as const));
  });
  for (const sheet of sheets) {
    if (sheet.rowCount < 1) continue;
    const header = sheet.row(1);
    for (const labels of headerSets) {
      const columns: Partial<Record<TrackingColumn, number>> = {};
      for (let col = 1; col < header.length; col++) {
        const key = labels.get(norm(textOf(header[col])));
        if (key && columns[key] === undefined) columns[key] = col;
      }
      if (columns.indicatorId !== undefined && columns.periodId !== undefined) return { sheet, columns };
    }
  }
  return null;
}

const norm = (s: string) => s.replace(/^'/, '').trim().toLowerCase();

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object';

/** How deep a cell value's wrappers (a formula's result, a hyperlink's text) are followed. */
const MAX_VALUE_DEPTH = 4;

/**
 * The text of a cell's value, whatever kind it is ('' when empty or unreadable). Written for
 * any value, not only what exceljs makes: rich text runs, hyperlinks, formula results and
 * errors are read only when they have the expected types, and an invalid date is no text.
 */
function textOf(value: unknown, depth = 0): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (!isObject(value) || depth >= MAX_VALUE_DEPTH || Array.isArray(value)) return '';
  if (Object.hasOwn(value, 'richText')) {
    const runs = value.richText;
    return Array.isArray(runs) ? runs.map((run) => (isObject(run) && typeof run.text === 'string' ? run.text : '')).join('') : '';
  }
  if (Object.hasOwn(value, 'text')) return textOf(value.text, depth + 1);
  if (Object.hasOwn(value, 'result')) return textOf(value.result, depth + 1);
  if (Object.hasOwn(value, 'error')) return typeof value.error === 'string' ? value.error : '';
  return '';
}

/** What a cell holds: nothing, a number, or text (a formula counts as its computed result). */
function contentOf(value: unknown): { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'text'; text: string } {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'text', text: String(value) };
  if (isObject(value) && !(value instanceof Date) && (Object.hasOwn(value, 'formula') || Object.hasOwn(value, 'sharedFormula'))) {
    const r = value.result;
    if (typeof r === 'number' && Number.isFinite(r)) return { kind: 'number', value: r };
    const formula = typeof value.formula === 'string' ? value.formula : typeof value.sharedFormula === 'string' ? value.sharedFormula : '';
    return { kind: 'text', text: r === undefined ? `=${formula}` : textOf(r) };
  }
  const text = textOf(value).trim();
  return text === '' ? { kind: 'empty' } : { kind: 'text', text };
}

/** A number typed as text: "1,234.5", "12 %" (for a percentage), a leading apostrophe. */
function parseNumberText(text: string, percentage: boolean): number | null {
  let s = text.replace(/^'/, '').replace(/[\s\u00a0\u202f]/g, '').replace(/,/g, '');
  if (percentage && s.endsWith('%')) s = s.slice(0, -1);
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

type Parsed = { ok: true; value: number | null } | { ok: false; reason: MessageRef };
const invalid = (key: string, params: Record<string, string | number>): Parsed => ({ ok: false, reason: { key: `excel.import.errors.${key}`, params } });

/** A stage's translated name key: `tr:<language>:qualitativeStages.<n>` (shared/model/translations.ts). */
const STAGE_TRANSLATION = /^tr:[a-z]{2}:qualitativeStages\.(\d+)$/;

/**
 * The stage named `text` (any case): by its main name, else by its name in any language it is
 * translated into (a workbook exported in French names French stages); -1 when none.
 */
function stageByName(ind: Indicator, text: string): number {
  const wanted = text.toLowerCase();
  const stages = ind.qualitativeStages;
  const byName = stages.findIndex((s) => s.trim().toLowerCase() === wanted);
  if (byName >= 0) return byName;
  for (const [key, value] of Object.entries(ind as unknown as Record<string, unknown>)) {
    const match = STAGE_TRANSLATION.exec(key);
    if (!match || typeof value !== 'string' || value.trim().toLowerCase() !== wanted) continue;
    const index = Number(match[1]);
    if (index < stages.length) return index;
  }
  return -1;
}

/** A cell's value for an indicator: a number in range, or a stage given by name or by its number (0 = first, as the editor numbers stages). */
function parseValue(ind: Indicator, value: unknown): Parsed {
  const content = contentOf(value);
  if (content.kind === 'empty') return { ok: true, value: null };
  if (ind.measureType === 'qualitative') {
    const stages = ind.qualitativeStages;
    if (stages.length === 0) return invalid('noStages', {});
    const text = content.kind === 'number' ? String(content.value) : content.text.replace(/^'/, '').trim();
    const byName = stageByName(ind, text);
    if (byName >= 0) return { ok: true, value: byName };
    const n = content.kind === 'number' ? content.value : parseNumberText(text, false);
    if (n !== null && Number.isInteger(n) && n >= 0 && n < stages.length) return { ok: true, value: n };
    return invalid('unknownStage', { text: text.slice(0, 100) });
  }
  const n = content.kind === 'number' ? content.value : parseNumberText(content.text, ind.measureType === 'percentage');
  if (n === null) return invalid('notANumber', { text: content.kind === 'text' ? content.text.slice(0, 100) : '' });
  if (ind.measureType === 'percentage' && (n < 0 || n > 100)) return invalid('percentRange', { value: n });
  return { ok: true, value: n };
}

/** The workbook's bytes as exceljs takes them (an ArrayBuffer of exactly these bytes). */
function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** Reads a tracking sheet and says what importing it would change; never throws. */
export async function readTrackingSheet(bytes: Uint8Array, view: PlanView): Promise<TrackingImport> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return fail('tooLarge', { size: (bytes.byteLength / 1024 / 1024).toFixed(1), max: MAX_IMPORT_BYTES / 1024 / 1024 });
  }
  const unzipped = zipUncompressedSize(bytes);
  if (unzipped === null) return fail('notXlsx');
  if (unzipped > MAX_UNZIPPED_BYTES) return fail('tooLargeUnpacked', { size: Number.isFinite(unzipped) ? (unzipped / 1024 / 1024).toFixed(0) : '∞', max: MAX_UNZIPPED_BYTES / 1024 / 1024 });
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(arrayBufferOf(bytes) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch {
    return fail('notXlsx');
  }
  try {
    return previewTrackingRows(sheetRowsOf(wb), view);
  } catch {
    return fail('notXlsx');
  }
}

/** An entity of the plan by an id read from the sheet (own entries only: '__proto__' names none). */
function entityOf<T>(map: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(map, id) ? map[id] : undefined;
}

/** The preview from a workbook's sheets as rows of cell values (the tracking sheet found by its headers). */
export function previewTrackingRows(sheets: readonly SheetRows[], view: PlanView): TrackingImport {
  const found = findTrackingSheet(sheets);
  if (!found) return fail('noSheet');
  const { sheet, columns } = found;
  if (sheet.rowCount > MAX_IMPORT_ROWS + 1) return fail('tooManyRows', { count: sheet.rowCount - 1, max: MAX_IMPORT_ROWS });

  const fmt = new Intl.NumberFormat('en', { maximumFractionDigits: 6 });
  const format = (n: number) => fmt.format(n);
  const changes: TrackingChange[] = [];
  const removals: TrackingChange[] = [];
  const unmatched: TrackingProblem[] = [];
  const invalidRows: TrackingProblem[] = [];
  const seen = new Map<string, number>();
  let unchanged = 0;
  let rows = 0;

  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.row(r);
    const cell = (k: TrackingColumn): unknown => (columns[k] === undefined ? undefined : row[columns[k]!]);
    const text = (k: TrackingColumn) => textOf(cell(k)).replace(/^'/, '').trim();
    const indicatorId = text('indicatorId');
    const periodId = text('periodId');
    const hasValues = contentOf(cell('target') ?? null).kind !== 'empty' || contentOf(cell('actual') ?? null).kind !== 'empty';
    if (indicatorId === '' && periodId === '' && !hasValues && text('indicator') === '') continue;
    rows++;
    const label = [text('result'), text('indicator').slice(0, 80), text('period')].filter(Boolean).join(' · ');
    const problem = (list: TrackingProblem[], key: string, params: Record<string, string | number> = {}) => list.push({ row: r, label, reason: { key, params } });
    if (indicatorId === '' || periodId === '') {
      problem(unmatched, 'excel.import.unmatched.noIds');
      continue;
    }
    const ind = entityOf(view.indicators, indicatorId);
    if (!ind) {
      problem(unmatched, 'excel.import.unmatched.indicatorNotFound', { id: indicatorId.slice(0, 60) });
      continue;
    }
    const period = entityOf(view.periods, periodId);
    if (!period) {
      problem(unmatched, 'excel.import.unmatched.periodNotFound', { id: periodId.slice(0, 60) });
      continue;
    }
    const key = `${indicatorId}\u0000${periodId}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problem(unmatched, 'excel.import.unmatched.duplicate', { row: first });
      continue;
    }
    seen.set(key, r);

    const pid = periodId as ReportingPeriodId;
    const node = view.tree[entityOf(view.treeIndex, ind.resultId) ?? -1];
    let rowChanged = false;
    let rowInvalid = false;
    for (const field of ['target', 'actual'] as const) {
      if (columns[field] === undefined) continue;
      const parsed = parseValue(ind, cell(field) ?? null);
      if (!parsed.ok) {
        rowInvalid = true;
        invalidRows.push({ row: r, label, field, reason: parsed.reason });
        continue;
      }
      const before = field === 'target' ? (entityOf(ind.targets, pid) ?? null) : (entityOf(ind.actuals, pid)?.value ?? null);
      if (parsed.value === before) continue;
      rowChanged = true;
      const change: TrackingChange = {
        row: r,
        indicatorId: ind.id,
        periodId: pid,
        field,
        before,
        after: parsed.value,
        resultNumber: node?.number ?? '',
        indicator: ind.definition,
        period: period.label,
        beforeText: indicatorValueText(ind, before, format),
        afterText: indicatorValueText(ind, parsed.value, format),
      };
      (parsed.value === null ? removals : changes).push(change);
    }
    if (!rowChanged && !rowInvalid) unchanged++;
  }
  return { ok: true, changes, removals, unmatched, invalid: invalidRows, unchanged, rows };
}
