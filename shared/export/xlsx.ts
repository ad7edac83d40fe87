/**
 * The Excel workbook of a plan: a "Logframe" sheet (one row per result, in the order and
 * with the numbers of the screen) and an "Indicator tracking" sheet (one row per
 * indicator and reporting period: baseline, target, actual, status) that a planner fills
 * in and imports back (xlsx-import.ts matches its rows by the ids in its last columns).
 *
 * Formula injection (OWASP "CSV Injection"): every text that starts with =, +, -, @, a tab
 * or a carriage return (also after leading spaces) gets a leading apostrophe character, as OWASP recommends, so it
 * stays text wherever the cell's content travels (re-edited in Excel, saved as CSV,
 * pasted elsewhere). Numbers are written as numbers and need nothing.
 */
import ExcelJS from 'exceljs';
import { indicatorProgress, monitoringSettingsOf, type PeriodProgress } from '../analysis/progress';
import { translator, type Translate } from '../i18n';
import type { Indicator, ReportingPeriodId, ResultLevel } from '../model';
import type { PlanView } from '../plan-doc/view-types';
import { templateOf } from '../templates';
import { labelLanguage, localizeView } from './language';
import { xmlSafe } from './text';

export interface XlsxOptions {
  /**
   * The workbook's language: one of the plan's languages (its texts in it where translated,
   * see language.ts) or a catalogue language; the labels are in its catalogue, English when
   * it has none.
   */
  readonly language: string;
  /** The date statuses are computed as of (statusDateOf(plan, clock)). */
  readonly asOf: string;
  /** When the file is made (ISO date or instant): the workbook's created/modified dates. */
  readonly generatedOn: string;
}

/** Column keys of the tracking sheet; the importer finds them by their translated headers. */
export const TRACKING_COLUMNS = ['result', 'indicator', 'unit', 'period', 'baseline', 'target', 'actual', 'status', 'indicatorId', 'periodId'] as const;
export type TrackingColumn = (typeof TRACKING_COLUMNS)[number];

/** Excel cannot hold more than this in a cell. */
const MAX_CELL = 32_767;
/**
 * A formula trigger at the start, also after spaces (a CSV reader or a re-typed cell may
 * drop them: "  =1+1" becomes a formula there).
 */
const DANGEROUS_START = /^[\t\r]|^[\s\u00a0]*[=+\-@]/;

/**
 * Text as it may go into a cell: characters XML cannot hold removed, a leading
 * apostrophe before a formula trigger, and cut to Excel's cell limit.
 */
export function cellText(text: string): string {
  const safe = xmlSafe(text);
  const neutral = DANGEROUS_START.test(safe) ? `'${safe}` : safe;
  return neutral.length > MAX_CELL ? `${neutral.slice(0, MAX_CELL - 1)}…` : neutral;
}

/** The text of a page header or footer: `&` starts a code there, so it is doubled. */
function headerText(text: string): string {
  return cellText(text).replace(/&/g, '&&').slice(0, 200);
}

/** A header or footer from the catalogue, whose `&P` (page) and `&N` (pages) are Excel's codes; any other `&` is text. */
function headerTemplate(text: string): string {
  return cellText(text).replace(/&(?![PN])/g, '&&').slice(0, 200);
}

const LEVEL_STYLE: Readonly<Record<ResultLevel, { fill?: string; font?: Partial<ExcelJS.Font> }>> = {
  goal: { fill: 'FF1F3864', font: { bold: true, color: { argb: 'FFFFFFFF' } } },
  outcome: { fill: 'FFD9E2F3', font: { bold: true } },
  output: { fill: 'FFF2F2F2' },
  activity: {},
};
const HEADER_FILL = 'FF44546A';
const INPUT_FILL = 'FFFFF2CC';
const ID_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: 'FF7F7F7F' }, size: 9 };

function fill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

/*
 * Cells share whole style objects (never changed once made): exceljs writes a style it
 * has seen as the same object at once, where a copy per cell made a large plan's
 * workbook take seconds longer to write.
 */
const TOP: Partial<ExcelJS.Alignment> = { vertical: 'top', wrapText: true };
const STYLES = {
  header: { font: { bold: true, color: { argb: 'FFFFFFFF' } }, alignment: { vertical: 'middle', wrapText: true }, fill: fill(HEADER_FILL) },
  idHeader: { font: { bold: true, color: { argb: 'FFFFFFFF' } }, alignment: { vertical: 'middle', wrapText: true }, fill: fill('FF808080') },
  text: { alignment: TOP },
  number: { alignment: { ...TOP, horizontal: 'right' } },
  inputNumber: { alignment: { ...TOP, horizontal: 'right' }, fill: fill(INPUT_FILL) },
  inputText: { alignment: { ...TOP, horizontal: 'left' }, fill: fill(INPUT_FILL) },
  id: { font: ID_FONT, alignment: TOP },
} as const satisfies Record<string, Partial<ExcelJS.Style>>;

const levelStyles = new Map<string, Partial<ExcelJS.Style>>();
/** The style of a logframe cell of a level's row (the statement indented by depth). */
function levelStyle(level: ResultLevel, indent: number): Partial<ExcelJS.Style> {
  const key = `${level}:${indent}`;
  let style = levelStyles.get(key);
  if (!style) {
    const look = LEVEL_STYLE[level];
    style = { alignment: indent > 0 ? { ...TOP, indent } : TOP, ...(look.font ? { font: look.font } : {}), ...(look.fill ? { fill: fill(look.fill) } : {}) };
    levelStyles.set(key, style);
  }
  return style;
}

/** A value of an indicator as a person reads it: a stage's name, or the number. */
export function indicatorValueText(ind: Pick<Indicator, 'measureType' | 'qualitativeStages'>, value: number | null | undefined, format: (n: number) => string): string {
  if (value === null || value === undefined) return '';
  if (ind.measureType === 'qualitative') return ind.qualitativeStages[value] ?? format(value);
  return format(value);
}

/** The value written into a tracking cell: a stage's name for qualitative indicators, else the number. */
function cellValue(ind: Indicator, value: number | null | undefined): string | number | null {
  if (value === null || value === undefined) return null;
  if (ind.measureType === 'qualitative') return cellText(ind.qualitativeStages[value] ?? String(value));
  return value;
}

function styleHeader(ws: ExcelJS.Worksheet, columns: number): void {
  const header = ws.getRow(1);
  header.height = 30;
  for (let c = 1; c <= columns; c++) header.getCell(c).style = STYLES.header;
}

/**
 * A worksheet's name as Excel accepts it: none of : \\ / ? * [ ], no apostrophe at either
 * end, at most 31 characters, not empty.
 */
export function sheetName(text: string, fallback: string): string {
  const name = cellText(text)
    .replace(/^'+/, '')
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 31)
    .replace(/'+$/, '')
    .trim();
  return name === '' ? fallback : name;
}

function sheetSetup(title: string, t: Translate): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      differentFirst: false,
      differentOddEven: false,
      oddHeader: `&L${headerText(title)}&R&A`,
      oddFooter: `&C${headerTemplate(t('excel.workbook.footer'))}`,
    } as ExcelJS.HeaderFooter,
  };
}

function addLogframe(wb: ExcelJS.Workbook, view: PlanView, t: Translate, fmt: (n: number) => string): void {
  const ws = wb.addWorksheet(sheetName(t('excel.logframe.sheet'), 'Logframe'), sheetSetup(view.plan.title, t));
  const c = (k: string) => cellText(t(`excel.logframe.columns.${k}`));
  ws.columns = [
    { header: c('number'), key: 'number', width: 9 },
    { header: c('level'), key: 'level', width: 14 },
    { header: c('statement'), key: 'statement', width: 48 },
    { header: c('indicators'), key: 'indicators', width: 48 },
    { header: c('baseline'), key: 'baseline', width: 22 },
    { header: c('targets'), key: 'targets', width: 30 },
    { header: c('verification'), key: 'verification', width: 34 },
    { header: c('assumptions'), key: 'assumptions', width: 40 },
  ];
  styleHeader(ws, 8);
  const template = templateOf(view.plan.templateId);
  const none = t('excel.logframe.none');
  for (const node of view.tree) {
    const result = view.results[node.id];
    if (!result) continue;
    const inds = (view.indicatorsByResult[node.id] ?? []).map((id) => view.indicators[id]).filter((i): i is Indicator => i !== undefined);
    const bullet = (s: string) => (inds.length > 1 ? `• ${s}` : s);
    const lines = (f: (ind: Indicator) => string) => inds.map((ind) => bullet(f(ind).trim() || none)).join('\n');
    const row = ws.addRow({
      number: cellText(node.number),
      level: cellText(t(template.levels[result.level])),
      statement: cellText(result.statement),
      indicators: cellText(lines((ind) => ind.definition)),
      baseline: cellText(
        lines((ind) => {
          const v = indicatorValueText(ind, ind.baseline.value, fmt);
          if (v === '') return '';
          return ind.baseline.date ? t('excel.logframe.baselineOf', { value: v, date: ind.baseline.date }) : v;
        }),
      ),
      targets: cellText(
        lines((ind) => {
          const parts = view.periodOrder.flatMap((pid) => {
            const label = view.periods[pid]?.label ?? '';
            if (ind.targetsNotApplicable[pid]) return [`${label}: ${t('excel.logframe.notApplicable')}`];
            const v = indicatorValueText(ind, ind.targets[pid], fmt);
            return v === '' ? [] : [`${label}: ${v}`];
          });
          if (ind.finalTarget !== null) parts.push(t('excel.logframe.finalTarget', { value: indicatorValueText(ind, ind.finalTarget, fmt) }));
          return parts.join('; ');
        }),
      ),
      verification: cellText(lines((ind) => [ind.meansOfVerification.source, ind.meansOfVerification.method, ind.meansOfVerification.frequency, ind.meansOfVerification.collectedBy].map((s) => s.trim()).filter(Boolean).join('; '))),
      assumptions: cellText(result.assumptions),
    });
    const style = levelStyle(result.level, 0);
    for (let col = 1; col <= 8; col++) row.getCell(col).style = style;
    row.getCell('statement').style = levelStyle(result.level, Math.min(node.depth, 6));
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 8 } };
}

function statusText(p: PeriodProgress | undefined, t: Translate): string {
  if (!p) return '';
  if (p.notApplicable || p.status === null) return t('excel.tracking.status.not_applicable');
  if (!p.started) return t('excel.tracking.status.not_started');
  const status = t(`excel.tracking.status.${p.status}`);
  return p.overdue ? t('excel.tracking.status.overdue', { status }) : status;
}

/** What a value cell takes: for a qualitative indicator its stages, numbered from 0 as the editor numbers them. */
function unitText(ind: Indicator, t: Translate): string {
  if (ind.measureType === 'qualitative') return t('excel.tracking.stages', { stages: ind.qualitativeStages.map((s, i) => `${i} ${s}`).join('\n') });
  if (ind.measureType === 'percentage') return ind.unitOfMeasure.trim() || t('excel.tracking.percent');
  return ind.unitOfMeasure;
}

function addTracking(wb: ExcelJS.Workbook, view: PlanView, t: Translate, asOf: string): void {
  const ws = wb.addWorksheet(sheetName(t('excel.tracking.sheet'), 'Tracking'), sheetSetup(view.plan.title, t));
  const widths: Readonly<Record<TrackingColumn, number>> = { result: 9, indicator: 52, unit: 26, period: 11, baseline: 14, target: 14, actual: 14, status: 22, indicatorId: 28, periodId: 28 };
  ws.columns = TRACKING_COLUMNS.map((key) => ({ header: cellText(t(`excel.tracking.columns.${key}`)), key, width: widths[key] }));
  styleHeader(ws, TRACKING_COLUMNS.length);
  const idCol = TRACKING_COLUMNS.indexOf('indicatorId') + 1;
  for (const col of [idCol, idCol + 1]) ws.getRow(1).getCell(col).style = STYLES.idHeader;
  const settings = monitoringSettingsOf(view.plan);
  const stageLists = new Map<string, ExcelJS.DataValidation | null>();
  /**
   * A drop-down of a qualitative indicator's stages, where Excel can hold the list (at
   * most 255 characters, no commas or quotes in a name); typing a stage still works without.
   */
  const stageValidation = (ind: Indicator): ExcelJS.DataValidation | null => {
    let v = stageLists.get(ind.id);
    if (v !== undefined) return v;
    // Trimmed before the formula check: a name " =1" would otherwise enter the list as "=1".
    const names = ind.qualitativeStages.map((n) => cellText(n.trim()));
    const list = names.join(',');
    const usable = names.length > 0 && list.length <= 250 && names.every((n) => n !== '' && !/[,"]/.test(n) && !n.startsWith("'"));
    v = usable ? { type: 'list', allowBlank: true, formulae: [`"${list}"`], showErrorMessage: false } : null;
    stageLists.set(ind.id, v);
    return v;
  };
  const percentValidation: ExcelJS.DataValidation = {
    type: 'decimal',
    operator: 'between',
    allowBlank: true,
    formulae: [0, 100],
    showErrorMessage: true,
    errorStyle: 'stop',
    error: cellText(t('excel.tracking.percentError')),
    showInputMessage: true,
    prompt: cellText(t('excel.tracking.percentPrompt')),
  };
  for (const node of view.tree) {
    for (const indicatorId of view.indicatorsByResult[node.id] ?? []) {
      const ind = view.indicators[indicatorId];
      if (!ind) continue;
      const progress = indicatorProgress(ind, view, asOf, settings);
      for (const periodId of view.periodOrder) {
        const period = view.periods[periodId];
        if (!period) continue;
        const row = ws.addRow({
          result: cellText(node.number),
          indicator: cellText(ind.definition),
          unit: cellText(unitText(ind, t)),
          period: cellText(period.label),
          baseline: cellValue(ind, ind.baseline.value),
          target: cellValue(ind, ind.targets[periodId as ReportingPeriodId]),
          actual: cellValue(ind, ind.actuals[periodId as ReportingPeriodId]?.value),
          status: cellText(statusText(progress.periods.find((p) => p.periodId === periodId), t)),
          indicatorId: cellText(ind.id),
          periodId: cellText(periodId),
        });
        const qualitative = ind.measureType === 'qualitative';
        row.eachCell({ includeEmpty: true }, (cell) => (cell.style = STYLES.text));
        row.getCell('baseline').style = qualitative ? STYLES.text : STYLES.number;
        for (const key of ['target', 'actual'] as const) {
          const cell = row.getCell(key);
          cell.style = qualitative ? STYLES.inputText : STYLES.inputNumber;
          if (ind.measureType === 'percentage') cell.dataValidation = percentValidation;
          const stages = qualitative ? stageValidation(ind) : null;
          if (stages) cell.dataValidation = stages;
        }
        for (const key of ['indicatorId', 'periodId'] as const) row.getCell(key).style = STYLES.id;
      }
    }
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: TRACKING_COLUMNS.length } };
  // The ids are for the importer: printed pages stop at the status column.
  ws.pageSetup.printArea = `A1:${ws.getColumn(idCol - 1).letter}${Math.max(ws.rowCount, 1)}`;
}

/** The workbook of a plan: its logframe and its indicator tracking sheet, as xlsx bytes. */
export async function renderXlsx(mainView: PlanView, options: XlsxOptions): Promise<Uint8Array> {
  const labels = labelLanguage(options.language);
  const t = translator(labels);
  const view = localizeView(mainView, options.language);
  const number = new Intl.NumberFormat(labels, { maximumFractionDigits: 6 });
  const fmt = (n: number) => number.format(n);
  const wb = new ExcelJS.Workbook();
  const when = new Date(options.generatedOn);
  const date = Number.isNaN(when.getTime()) ? new Date(0) : when;
  wb.creator = 'RBM Planner';
  wb.lastModifiedBy = 'RBM Planner';
  wb.created = date;
  wb.modified = date;
  wb.title = cellText(view.plan.title);
  wb.subject = cellText(t('excel.workbook.subject'));
  wb.company = cellText(view.plan.organisation);
  wb.description = cellText(t('excel.workbook.description', { date: options.generatedOn.slice(0, 10), asOf: options.asOf }));
  addLogframe(wb, view, t, fmt);
  addTracking(wb, view, t, options.asOf);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
