// @vitest-environment happy-dom
/**
 * The import preview as a planner uses it, on the sample plan in a real store: the
 * counts and the table of changes, emptied cells kept unless "also remove" is ticked,
 * Apply as one undoable change with a notice, Cancel changing nothing; and the
 * Export button saving the workbook through the platform under the plan's name.
 */
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderXlsx, TRACKING_COLUMNS } from '../../../shared/export/xlsx';
import { readTrackingSheet, type TrackingPreview } from '../../../shared/export/xlsx-import';
import type { PlanView } from '../../../shared/plan-doc';
import { ExcelActions } from '../../../renderer/features/excel/ExcelActions';
import { ImportTrackingDialog } from '../../../renderer/features/excel/ImportTrackingDialog';
import { initI18n } from '../../../renderer/i18n';
import type { App } from '../store/harness';
import { renderInApp, sampleApp, settle } from '../screen-harness';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('en');
});
afterEach(cleanup);

const col = (k: (typeof TRACKING_COLUMNS)[number]) => TRACKING_COLUMNS.indexOf(k) + 1;

/** The sample's sheet with one actual changed and another emptied, read back as a preview. */
async function preview(view: PlanView): Promise<{ preview: TrackingPreview; changedId: string; emptiedId: string; pid: string }> {
  const bytes = await renderXlsx(view, { language: 'en', asOf: '2012-01-31', generatedOn: '2026-11-29' });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const ws = wb.getWorksheet('Indicator tracking')!;
  const pid = view.periodOrder[0]!;
  const withActual = Object.values(view.indicators).filter((i) => i.measureType === 'number' && i.actuals[pid]?.value != null);
  const [changed, emptied] = withActual;
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (row.getCell(col('periodId')).value !== pid) continue;
    if (row.getCell(col('indicatorId')).value === changed!.id) row.getCell(col('actual')).value = 999;
    if (row.getCell(col('indicatorId')).value === emptied!.id) row.getCell(col('actual')).value = null;
  }
  const result = await readTrackingSheet(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), view);
  if (!result.ok) throw new Error(result.error.key);
  return { preview: result, changedId: changed!.id, emptiedId: emptied!.id, pid };
}

function show(app: App, p: TrackingPreview, onClose = vi.fn()) {
  renderInApp(app, i18n, <ImportTrackingDialog fileName="tracking.xlsx" preview={p} onClose={onClose} />);
  return { dialog: screen.getByRole('dialog', { name: 'Import targets and actuals from Excel' }), onClose };
}

describe('ImportTrackingDialog', () => {
  it('shows the counts and the change, keeps an emptied cell unless asked, and applies in one undoable change', async () => {
    const app = await sampleApp();
    const before = app.s().view!;
    const { preview: p, changedId, emptiedId, pid } = await preview(before);
    const { dialog, onClose } = show(app, p);
    expect(within(dialog).getByText('tracking.xlsx', { exact: false })).toBeTruthy();
    const changes = within(dialog).getByRole('region', { name: 'Changes' });
    expect(within(changes).getAllByRole('row')).toHaveLength(2);
    expect(within(changes).getByText('→', { exact: false }).parentElement!.textContent).toBe('→ 999');
    const removals = within(dialog).getByRole('region', { name: 'Values emptied in the sheet' });
    expect(within(removals).getByText('removed')).toBeTruthy();

    const apply = within(dialog).getByRole('button', { name: 'Apply 1 change' });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Also remove this value' }));
    expect(within(dialog).getByRole('button', { name: 'Apply 2 changes' })).toBe(apply);
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Also remove this value' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Apply 1 change' }));
    await settle(10);
    expect(onClose).toHaveBeenCalledWith(true);
    const view = app.s().view!;
    expect(view.indicators[changedId]!.actuals[pid as keyof (typeof view.indicators)[string]['actuals']]!.value).toBe(999);
    // The emptied cell was not applied: the planner did not ask for it.
    expect(view.indicators[emptiedId]).toBe(before.indicators[emptiedId]);
    expect(app.s().notices.at(-1)?.message).toEqual({ key: 'excel.ui.applied', params: { count: 1 } });
    expect(app.s().undoLabel).toEqual({ key: 'excel.history.import', params: { count: 1 } });
    await app.s().undo();
    expect(app.s().view!.indicators[changedId]).toEqual(before.indicators[changedId]);
  });

  it('applies the removals too when asked', async () => {
    const app = await sampleApp();
    const { preview: p, emptiedId, pid } = await preview(app.s().view!);
    const { dialog } = show(app, p);
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Also remove this value' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Apply 2 changes' }));
    await settle(10);
    const ind = app.s().view!.indicators[emptiedId]!;
    expect(ind.actuals[pid as keyof typeof ind.actuals]?.value ?? null).toBeNull();
  });

  it('Cancel changes nothing', async () => {
    const app = await sampleApp();
    const before = app.s().view!;
    const { preview: p } = await preview(before);
    const { dialog, onClose } = show(app, p);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await settle(10);
    expect(onClose).toHaveBeenCalledWith(false);
    expect(app.s().view).toBe(before);
    expect(app.s().canUndo).toBe(false);
  });
});

describe('ExcelActions', () => {
  it('saves the workbook through the platform under a name made from the plan title', async () => {
    const app = await sampleApp();
    const env = (app.store.getState() as unknown as { platform: { saved: { kind: string; name: string; bytes: Uint8Array }[] } }).platform;
    renderInApp(app, i18n, <ExcelActions />);
    fireEvent.click(screen.getByRole('button', { name: 'Export tracking sheet' }));
    await vi.waitFor(() => expect(env.saved).toHaveLength(1), { timeout: 10_000 });
    expect(env.saved[0]).toMatchObject({ kind: 'xlsx', name: 'Office-wide strategy on labour migration, 2010-15 - indicator tracking.xlsx' });
    expect(Array.from(env.saved[0]!.bytes.subarray(0, 2))).toEqual([0x50, 0x4b]);
    await settle(10);
    expect(app.s().notices.at(-1)?.message.key).toBe('excel.ui.exported');
  });
});
