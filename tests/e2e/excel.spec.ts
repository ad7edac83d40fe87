/**
 * The Excel round trip in the browser, under the app's Content-Security-Policy: export
 * the tracking sheet from the Indicators screen, change an actual in it with exceljs
 * (as a planner would in Excel), import it through the file chooser, read the preview,
 * apply, see the new actual, and undo the whole import in one step.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { expectSaved, openApp } from './helpers';

const STATISTICS = /^Countries that have applied the ILO module/;

async function openIndicators(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Indicators', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Indicators', level: 1 })).toBeVisible();
}

async function pick(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Indicators by result' }).getByRole('button', { name }).click();
}

/** The sheet with one actual changed: the first row of the indicator whose text matches. */
async function changeActual(bytes: Buffer, indicator: RegExp, period: string, value: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const ws = wb.getWorksheet('Indicator tracking')!;
  const header = (ws.getRow(1).values as unknown[]).map(String);
  const col = (name: string) => header.indexOf(name);
  let changed = 0;
  ws.eachRow((row, r) => {
    if (r === 1) return;
    if (indicator.test(String(row.getCell(col('Indicator')).value)) && row.getCell(col('Period')).value === period) {
      row.getCell(col('Actual')).value = value;
      changed++;
    }
  });
  expect(changed).toBe(1);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

test('export the tracking sheet, change an actual in it, import it with a preview, apply, and undo', async ({ page }) => {
  const cspErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content.Security.Policy|unsafe-eval/i.test(m.text())) cspErrors.push(m.text());
  });
  page.on('pageerror', (e) => cspErrors.push(String(e)));
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await openApp(page);
  await expectSaved(page);
  await openIndicators(page);
  // exceljs is not part of the app's first load: its chunk comes with the first export.
  const isExcelChunk = (path: string) => /\/xlsx-[\w-]+\.js$/.test(path);
  expect(scripts.filter(isExcelChunk)).toEqual([]);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export tracking sheet' }).click()]);
  expect(download.suggestedFilename()).toMatch(/ - indicator tracking\.xlsx$/);
  await expect(page.getByText(/^Saved the tracking sheet as/)).toBeVisible();
  const exported = await readFile((await download.path())!);
  expect(scripts.filter(isExcelChunk).length).toBeGreaterThan(0);
  expect(exported.subarray(0, 2).toString()).toBe('PK');

  const edited = await changeActual(exported, STATISTICS, '2010-11', 9);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.getByTestId('excel-import-input').setInputFiles({ name: 'tracking.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: edited });

  const dialog = page.getByRole('dialog', { name: 'Import targets and actuals from Excel' });
  await expect(dialog).toBeVisible();
  // The sheet is read in a worker: a large plan's sheet takes seconds and must not freeze the window.
  expect(workers.some((url) => /export-worker/.test(url))).toBe(true);
  await expect(dialog.getByText('From tracking.xlsx')).toBeVisible();
  await expect(dialog.locator('.excel-summary div').filter({ hasText: 'Values to change' }).locator('dd')).toHaveText('1');
  await expect(dialog.locator('.excel-summary div').filter({ hasText: 'Rows not matched' }).locator('dd')).toHaveText('0');
  const change = dialog.getByRole('region', { name: 'Changes' }).getByRole('row').nth(1);
  await expect(change).toContainText('Countries that have applied the ILO module');
  await expect(change).toContainText('2010-11');
  await expect(change).toContainText('Actual');
  await expect(change.locator('td').last()).toHaveText('→ 9');
  await page.screenshot({ path: 'test-results/excel-import-dialog.png' });

  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);

  // The dialog holds the focus; by keyboard, Tab reaches Apply after Cancel and Enter applies.
  await expect(dialog.locator(':focus')).toHaveCount(1);
  const apply = dialog.getByRole('button', { name: 'Apply 1 change' });
  for (let i = 0; i < 6 && !(await apply.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(apply).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Imported 1 value from Excel. Undo takes the whole import back.')).toBeVisible();
  await pick(page, STATISTICS);
  const actual = page.getByRole('textbox', { name: 'Actual for 2010-11', exact: true });
  await expect(actual).toHaveValue('9');
  await expectSaved(page);

  await page.getByRole('button', { name: 'Undo: Import 1 value from Excel' }).click();
  await expect(actual).not.toHaveValue('9');
  expect(cspErrors).toEqual([]);
});

/** The sheet with an actual emptied, a value that is not a number and a row whose id matches nothing. */
async function spoil(bytes: Buffer): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const ws = wb.getWorksheet('Indicator tracking')!;
  const header = (ws.getRow(1).values as unknown[]).map(String);
  const col = (name: string) => header.indexOf(name);
  const numbers: ExcelJS.Row[] = [];
  ws.eachRow((row, r) => {
    if (r > 1 && typeof row.getCell(col('Actual')).value === 'number') numbers.push(row);
  });
  numbers[0]!.getCell(col('Actual')).value = null;
  numbers[1]!.getCell(col('Actual')).value = 'about twelve';
  numbers[2]!.getCell(col('Indicator ID (do not change)')).value = 'i_from_another_plan';
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

test('a file that is not a workbook is refused with a message; a preview lists emptied, invalid and unmatched rows with why, and Cancel changes nothing', async ({ page }) => {
  await openApp(page);
  await expectSaved(page);
  await openIndicators(page);
  const input = page.getByTestId('excel-import-input');
  await input.setInputFiles({ name: 'notes.xlsx', mimeType: 'text/plain', buffer: Buffer.from('not a workbook') });
  await expect(page.getByText('This file is not an Excel workbook (.xlsx), or it is damaged.')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export tracking sheet' }).click()]);
  const edited = await spoil(await changeActual(await readFile((await download.path())!), STATISTICS, '2010-11', 11));
  await input.setInputFiles({ name: 'tracking.xlsx', mimeType: 'application/octet-stream', buffer: edited });
  const dialog = page.getByRole('dialog', { name: 'Import targets and actuals from Excel' });
  await expect(dialog).toBeVisible();
  // The emptied cell, the invalid value and the unmatched row are each shown with why.
  await expect(dialog.getByRole('region', { name: 'Values emptied in the sheet' }).getByRole('row')).toHaveCount(2);
  await expect(dialog.getByRole('checkbox', { name: 'Also remove this value' })).not.toBeChecked();
  await expect(dialog.getByRole('region', { name: 'Invalid values (ignored)' })).toContainText('“about twelve” is not a number.');
  await expect(dialog.getByRole('region', { name: 'Rows not matched (ignored)' })).toContainText('No indicator of this plan has the ID i_from_another_plan');
  await page.screenshot({ path: 'test-results/excel-import-problems.png' });
  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Import from Excel…' })).toBeFocused();
  await pick(page, STATISTICS);
  await expect(page.getByRole('textbox', { name: 'Actual for 2010-11', exact: true })).not.toHaveValue('11');
});
