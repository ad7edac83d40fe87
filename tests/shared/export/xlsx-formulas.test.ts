/**
 * Formula injection in the Excel workbook, over the XSS corpus: the sample plan with every
 * text field holding a payload (tests/fixtures/xss.ts) exports with no text cell starting
 * with a formula character (=, +, -, @, tab, carriage return), each such text kept behind
 * a leading apostrophe character (the OWASP recommendation; not Excel's quotePrefix style,
 * which is lost when the text is copied or saved as CSV), no formulas, and numbers still
 * numbers. A qualitative stage whose name would start a formula is not offered in the
 * drop-down list, also when the formula character follows leading spaces.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellText, renderXlsx } from '../../../shared/export/xlsx';
import { FORMULA_START, hostilePlanData, SHORT_PAYLOADS, XSS_PAYLOADS } from '../../fixtures/xss';
import { viewOf } from '../analysis/quality-plans';

const OPTIONS = { language: 'en', asOf: '2012-01-31', generatedOn: '2026-11-29T10:00:00.000Z' } as const;

async function cellsOf(bytes: Uint8Array): Promise<ExcelJS.Cell[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const cells: ExcelJS.Cell[] = [];
  for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => cells.push(c)));
  return cells;
}

const textOf = (c: ExcelJS.Cell): string | null =>
  typeof c.value === 'string' ? c.value : c.type === ExcelJS.ValueType.RichText ? (c.value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('') : null;

describe('formula characters in the Excel workbook', () => {
  it('cellText neutralises every payload of the corpus that starts a formula, and leaves the others as they are', () => {
    const starting = [...XSS_PAYLOADS, ...SHORT_PAYLOADS].filter((p) => FORMULA_START.test(p));
    expect(starting.length).toBeGreaterThanOrEqual(10);
    for (const p of [...XSS_PAYLOADS, ...SHORT_PAYLOADS]) {
      const out = cellText(p);
      expect(out, JSON.stringify(p)).not.toMatch(FORMULA_START);
      expect(out).toBe(FORMULA_START.test(p) ? `'${p}` : p);
    }
  });

  it('the hostile plan exports with no text cell starting a formula, its texts kept behind an apostrophe', async () => {
    const hostile = hostilePlanData();
    const view = viewOf(hostile.data);
    const cells = await cellsOf(await renderXlsx(view, OPTIONS));
    expect(cells.some((c) => c.formula !== undefined || c.type === ExcelJS.ValueType.Formula)).toBe(false);
    expect(cells.some((c) => (c.style as { quotePrefix?: boolean } | undefined)?.quotePrefix === true)).toBe(false);
    const texts = cells.map(textOf).filter((x): x is string => x !== null);
    expect(texts.filter((x) => FORMULA_START.test(x))).toEqual([]);
    // Every result statement is in the Logframe sheet, as itself or behind an apostrophe.
    for (const r of hostile.data.results) {
      const s = r.statement.replace(/\r/g, '\n');
      expect(texts.some((x) => x === s || x === `'${s}`), JSON.stringify(r.statement)).toBe(true);
    }
    expect(hostile.data.results.filter((r) => FORMULA_START.test(r.statement)).length).toBeGreaterThan(3);
    // Numbers stay numbers (baselines, targets, actuals).
    expect(cells.filter((c) => typeof c.value === 'number').length).toBeGreaterThan(20);
  });

  it('a stage named with a formula start (even after spaces) is not offered in the drop-down list, and its cell is text', async () => {
    const hostile = hostilePlanData();
    const ind = hostile.data.indicators.find((i) => i.measureType === 'qualitative')!;
    ind.qualitativeStages = ['  =1+1', 'Adopted'];
    ind.targets = Object.fromEntries(Object.keys(ind.targets).map((k) => [k, 0]));
    const view = viewOf(hostile.data);
    const wb = new ExcelJS.Workbook();
    const bytes = await renderXlsx(view, OPTIONS);
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const ws = wb.getWorksheet('Indicator tracking')!;
    const lists: string[] = [];
    const targets: unknown[] = [];
    ws.eachRow((row, r) => {
      if (r === 1 || row.getCell(9).value !== ind.id) return;
      const v = row.getCell(6).dataValidation as ExcelJS.DataValidation | undefined;
      if (v?.type === 'list') lists.push(String(v.formulae[0]));
      targets.push(row.getCell(6).value);
    });
    expect(targets.length).toBeGreaterThan(0);
    expect(lists).toEqual([]);
    for (const t of targets) if (t !== null) expect(String(t)).not.toMatch(/^\s*[=+\-@]/);
  });
});

describe('cellText', () => {
  it('neutralises a formula character after leading spaces, and not a text that merely contains one', () => {
    expect(cellText('  =1+1')).toBe("'  =1+1");
    expect(cellText('\u00a0@SUM(A1)')).toBe("'\u00a0@SUM(A1)");
    expect(cellText('\n-2+3')).toBe("'\n-2+3");
    expect(cellText('Plain text - with = inside')).toBe('Plain text - with = inside');
    expect(cellText('  plain')).toBe('  plain');
  });
});
