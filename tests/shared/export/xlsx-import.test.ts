/**
 * The tracking sheet read back: a round trip through exceljs (export the sample, change
 * cells as a planner would in Excel, read it) finds exactly the changes made; rows it
 * cannot match and values it cannot take are reported with their row and reason; a bad
 * file gives an error result; and the import applies as one undoable change.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../shared/dates';
import { readTrackingSheet, zipUncompressedSize, MAX_IMPORT_BYTES, type TrackingImport, type TrackingPreview } from '../../../shared/export/xlsx-import';
import { renderXlsx, TRACKING_COLUMNS, type TrackingColumn } from '../../../shared/export/xlsx';
import type { Indicator } from '../../../shared/model';
import { CommandError, deleteIndicator, importTracking, PlanSession, type PlanView } from '../../../shared/plan-doc';
import { buildSamplePlan } from '../../../shared/sample';
import { counterHex } from '../../fixtures/plans';

const OPTIONS = { language: 'en', asOf: '2012-01-31', generatedOn: '2026-11-29' } as const;

function sampleSession(): PlanSession {
  const data = buildSamplePlan({ randomHex: counterHex(), clock: fixedClock('2009-11-16T09:30:00.000Z'), officeName: 'HQ' });
  return PlanSession.create(data, { actor: 'a'.repeat(32), office: 'HQ', clock: fixedClock('2026-01-01T00:00:00.000Z') });
}

const col = (k: TrackingColumn) => TRACKING_COLUMNS.indexOf(k) + 1;

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}
async function save(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The sheet's row of an indicator and period. */
function rowOf(ws: ExcelJS.Worksheet, indicatorId: string, periodId: string): ExcelJS.Row {
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (row.getCell(col('indicatorId')).value === indicatorId && row.getCell(col('periodId')).value === periodId) return row;
  }
  throw new Error('row not found');
}

function ok(result: TrackingImport): TrackingPreview {
  if (!result.ok) throw new Error(`import failed: ${result.error.key}`);
  return result;
}

const numberIndicator = (view: PlanView, pred: (i: Indicator) => boolean = () => true) => Object.values(view.indicators).find((i) => i.measureType === 'number' && pred(i))!;

describe('readTrackingSheet', () => {
  let session: PlanSession;
  let view: PlanView;
  let exported: Uint8Array;
  beforeAll(async () => {
    session = sampleSession();
    view = session.view;
    exported = await renderXlsx(view, OPTIONS);
  });

  it('reads an unchanged export as no change, every row matched', async () => {
    const result = ok(await readTrackingSheet(exported, view));
    const rows = Object.keys(view.indicators).length * view.periodOrder.length;
    expect(result).toMatchObject({ changes: [], removals: [], unmatched: [], invalid: [], unchanged: rows, rows });
  });

  it('round trip: an actual and a target changed in Excel are exactly the changes', async () => {
    const [p1, p2] = view.periodOrder;
    const withActual = numberIndicator(view, (i) => i.actuals[p1!]?.value != null);
    const forTarget = numberIndicator(view, (i) => i.id !== withActual.id);
    const wb = await load(exported);
    const ws = wb.getWorksheet('Indicator tracking')!;
    rowOf(ws, withActual.id, p1!).getCell(col('actual')).value = 4242;
    rowOf(ws, forTarget.id, p2!).getCell(col('target')).value = '1,234.5';
    // Sorting in Excel moves rows: matching is by id, not position.
    const sorted = await save(wb);
    const result = ok(await readTrackingSheet(sorted, view));
    expect(result.changes.map(({ indicatorId, periodId, field, before, after }) => ({ indicatorId, periodId, field, before, after }))).toEqual(
      [
        { indicatorId: withActual.id, periodId: p1, field: 'actual', before: withActual.actuals[p1!]!.value, after: 4242 },
        { indicatorId: forTarget.id, periodId: p2, field: 'target', before: forTarget.targets[p2!] ?? null, after: 1234.5 },
      ].sort((a, b) => (rowOf(ws, a.indicatorId, a.periodId!).number - rowOf(ws, b.indicatorId, b.periodId!).number)),
    );
    expect(result.removals).toEqual([]);
    expect(result.unchanged).toBe(result.rows - 2);
    const change = result.changes.find((c) => c.field === 'actual')!;
    expect(change.row).toBe(rowOf(ws, withActual.id, p1!).number);
    expect(change).toMatchObject({ afterText: '4,242', period: view.periods[p1!]!.label });
  });

  it('lists an emptied cell as a removal, apart from the changes', async () => {
    const p1 = view.periodOrder[0]!;
    const ind = numberIndicator(view, (i) => i.actuals[p1]?.value != null);
    const wb = await load(exported);
    rowOf(wb.getWorksheet('Indicator tracking')!, ind.id, p1).getCell(col('actual')).value = null;
    const result = ok(await readTrackingSheet(await save(wb), view));
    expect(result.changes).toEqual([]);
    expect(result.removals).toMatchObject([{ indicatorId: ind.id, periodId: p1, field: 'actual', before: ind.actuals[p1]!.value, after: null }]);
  });

  it('reports unmatched rows: unknown ids, a deleted indicator, a period not in the plan, no ids, a duplicate', async () => {
    const s = sampleSession();
    const [p1, p2] = s.view.periodOrder;
    const gone = numberIndicator(s.view);
    const bytes = await renderXlsx(s.view, OPTIONS);
    s.run(deleteIndicator, { id: gone.id });
    const wb = await load(bytes);
    const ws = wb.getWorksheet('Indicator tracking')!;
    const other = Object.values(s.view.indicators)[1]!;
    const r1 = rowOf(ws, other.id, p1!);
    r1.getCell(col('indicatorId')).value = 'ind_nosuchindicator';
    const r2 = rowOf(ws, other.id, p2!);
    r2.getCell(col('periodId')).value = 'per_nosuchperiod';
    const r3 = ws.addRow([]);
    r3.getCell(col('indicator')).value = 'A row typed by hand';
    r3.getCell(col('actual')).value = 5;
    const r4 = ws.addRow(TRACKING_COLUMNS.map((k) => (k === 'indicatorId' ? other.id : k === 'periodId' ? view.periodOrder[2] : k === 'actual' ? 1 : null)));
    ws.addRow([]);
    const result = ok(await readTrackingSheet(await save(wb), s.view));
    const byRow = new Map(result.unmatched.map((u) => [u.row, u.reason.key]));
    expect(byRow.get(r1.number)).toBe('excel.import.unmatched.indicatorNotFound');
    expect(byRow.get(r2.number)).toBe('excel.import.unmatched.periodNotFound');
    expect(byRow.get(r3.number)).toBe('excel.import.unmatched.noIds');
    expect(byRow.get(r4.number)).toBe('excel.import.unmatched.duplicate');
    const deletedRows = s.view.periodOrder.map((pid) => rowOf(ws, gone.id, pid).number);
    for (const r of deletedRows) expect(byRow.get(r)).toBe('excel.import.unmatched.indicatorNotFound');
    expect(result.unmatched).toHaveLength(4 + deletedRows.length);
    expect(result.changes).toEqual([]);
  });

  it('reports invalid values: text that is not a number, a percentage above 100, an unknown stage; takes a stage by name or by its number from 0', async () => {
    const p1 = view.periodOrder[0]!;
    const p2 = view.periodOrder[1]!;
    const num = numberIndicator(view);
    const pct = Object.values(view.indicators).find((i) => i.measureType === 'percentage')!;
    const qual = Object.values(view.indicators).find((i) => i.measureType === 'qualitative')!;
    const wb = await load(exported);
    const ws = wb.getWorksheet('Indicator tracking')!;
    rowOf(ws, num.id, p1).getCell(col('target')).value = 'about ten';
    rowOf(ws, pct.id, p1).getCell(col('actual')).value = 101;
    rowOf(ws, qual.id, p1).getCell(col('actual')).value = 'Finished, sort of';
    rowOf(ws, qual.id, p2).getCell(col('actual')).value = qual.qualitativeStages[3]!.toUpperCase();
    rowOf(ws, qual.id, p2).getCell(col('target')).value = 1;
    rowOf(ws, qual.id, view.periodOrder[2]!).getCell(col('target')).value = qual.qualitativeStages.length;
    const result = ok(await readTrackingSheet(await save(wb), view));
    expect(result.invalid.map((i) => [i.row, i.field, i.reason.key])).toEqual([
      [rowOf(ws, num.id, p1).number, 'target', 'excel.import.errors.notANumber'],
      [rowOf(ws, pct.id, p1).number, 'actual', 'excel.import.errors.percentRange'],
      [rowOf(ws, qual.id, p1).number, 'actual', 'excel.import.errors.unknownStage'],
      [rowOf(ws, qual.id, view.periodOrder[2]!).number, 'target', 'excel.import.errors.unknownStage'],
    ].sort((a, b) => (a[0] as number) - (b[0] as number)));
    expect(result.changes.filter((c) => c.indicatorId === qual.id)).toMatchObject([
      { periodId: p2, field: 'target', after: 1, afterText: qual.qualitativeStages[1] },
      { periodId: p2, field: 'actual', after: 3, afterText: qual.qualitativeStages[3] },
    ]);
    expect(result.changes.filter((c) => c.indicatorId !== qual.id)).toEqual([]);
  });

  it('gives an error result, never an exception, for a file that is not xlsx, has no tracking sheet, or is too large', async () => {
    expect(await readTrackingSheet(new TextEncoder().encode('id,period,actual\n1,2,3\n'), view)).toEqual({ ok: false, error: { key: 'excel.import.errors.notXlsx' } });
    expect(await readTrackingSheet(new Uint8Array([0x50, 0x4b, 3, 4, ...new Array(40).fill(0)]), view)).toMatchObject({ ok: false, error: { key: 'excel.import.errors.notXlsx' } });
    const wb = await load(exported);
    wb.removeWorksheet(wb.getWorksheet('Indicator tracking')!.id);
    expect(await readTrackingSheet(await save(wb), view)).toEqual({ ok: false, error: { key: 'excel.import.errors.noSheet' } });
    expect(await readTrackingSheet(new Uint8Array(MAX_IMPORT_BYTES + 1), view)).toMatchObject({ ok: false, error: { key: 'excel.import.errors.tooLarge' } });
  });

  it('refuses a sheet with more rows than the limit', async () => {
    const wb = await load(exported);
    const ws = wb.getWorksheet('Indicator tracking')!;
    ws.getCell(50_010, 1).value = 'x';
    expect(await readTrackingSheet(await save(wb), view)).toMatchObject({ ok: false, error: { key: 'excel.import.errors.tooManyRows' } });
  });

  it('reads the uncompressed size a zip declares before inflating it', async () => {
    expect(zipUncompressedSize(exported)).toBeGreaterThan(exported.length);
    expect(zipUncompressedSize(new Uint8Array([1, 2, 3]))).toBeNull();
  });

  it('refuses a small file that declares it unpacks to gigabytes (a zip bomb) before unpacking it', async () => {
    const bomb = exported.slice();
    const dv = new DataView(bomb.buffer);
    // The first central directory entry's uncompressed size, set to almost 4 GB.
    let p = 0;
    while (dv.getUint32(p, true) !== 0x02014b50) p++;
    dv.setUint32(p + 24, 0xfffffff0, true);
    expect(await readTrackingSheet(bomb, view)).toMatchObject({ ok: false, error: { key: 'excel.import.errors.tooLargeUnpacked' } });
  });
});

describe('importTracking', () => {
  it('applies the previewed changes in one undoable change, and undo restores every value', async () => {
    const s = sampleSession();
    const [p1, p2] = s.view.periodOrder;
    const a = numberIndicator(s.view, (i) => i.actuals[p1!]?.value != null);
    const b = numberIndicator(s.view, (i) => i.id !== a.id && i.actuals[p2!] === undefined);
    const wb = await load(await renderXlsx(s.view, OPTIONS));
    const ws = wb.getWorksheet('Indicator tracking')!;
    rowOf(ws, a.id, p1!).getCell(col('actual')).value = 77;
    rowOf(ws, a.id, p1!).getCell(col('target')).value = 88;
    rowOf(ws, b.id, p2!).getCell(col('actual')).value = 3;
    const preview = ok(await readTrackingSheet(await save(wb), s.view));
    expect(preview.changes).toHaveLength(3);
    const before = s.view;
    const undoDepth = (s as unknown as { undoStack: unknown[] }).undoStack.length;
    s.run(importTracking, { values: preview.changes });
    expect((s as unknown as { undoStack: unknown[] }).undoStack.length).toBe(undoDepth + 1);
    expect(s.undoLabel()).toEqual({ key: 'excel.history.import', params: { count: 3 } });
    expect(s.view.indicators[a.id]!.actuals[p1!]).toMatchObject({ value: 77, evidence: a.actuals[p1!]!.evidence });
    expect(s.view.indicators[a.id]!.targets[p1!]).toBe(88);
    expect(s.view.indicators[b.id]!.actuals[p2!]).toEqual({ value: 3, date: null, evidence: '', link: '' });
    s.undo();
    expect(s.view.indicators[a.id]).toEqual(before.indicators[a.id]);
    expect(s.view.indicators[b.id]).toEqual(before.indicators[b.id]);
  });

  it('removes a value only when asked, keeping the evidence of the actual', async () => {
    const s = sampleSession();
    const p1 = s.view.periodOrder[0]!;
    const a = numberIndicator(s.view, (i) => i.actuals[p1]?.value != null);
    s.run(importTracking, { values: [{ indicatorId: a.id, periodId: p1, field: 'actual', before: a.actuals[p1]!.value, after: null }] });
    const actual = s.view.indicators[a.id]!.actuals[p1];
    if (a.actuals[p1]!.evidence.trim() !== '') expect(actual).toMatchObject({ value: null, evidence: a.actuals[p1]!.evidence });
    else expect(actual?.value ?? null).toBeNull();
  });

  it('re-validates each value, and refuses all of it when the plan changed since the preview', () => {
    const s = sampleSession();
    const p1 = s.view.periodOrder[0]!;
    const pct = Object.values(s.view.indicators).find((i) => i.measureType === 'percentage')!;
    const num = numberIndicator(s.view);
    const refused = (values: Parameters<typeof importTracking.run>[1]['values'], code: string) => {
      const view = s.view;
      expect(() => s.run(importTracking, { values })).toThrow(CommandError);
      try {
        s.run(importTracking, { values });
      } catch (e) {
        expect((e as CommandError).code).toBe(code);
      }
      expect(s.view).toBe(view);
    };
    const ok1 = { indicatorId: num.id, periodId: p1, field: 'target' as const, before: num.targets[p1] ?? null, after: 5 };
    refused([ok1, { indicatorId: pct.id, periodId: p1, field: 'actual', before: pct.actuals[p1]?.value ?? null, after: 140 }], 'excel.import.errors.percentRange');
    refused([ok1, { ...ok1, field: 'actual', before: 123456, after: 1 }], 'excel.import.errors.stale');
    refused([{ ...ok1, indicatorId: 'ind_gone' as typeof num.id }], 'excel.import.errors.indicatorNotFound');
    refused([], 'excel.import.errors.nothing');
  });
});
