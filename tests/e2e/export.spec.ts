/**
 * A manager exports the sample plan as a person would: File > Export (the header's
 * Export button), Word document saved, opened through LibreOffice and read back with
 * pdftotext; the print preview's document made into a PDF by Chromium and read back
 * the same way; the Excel workbook and the IATI XML saved and checked.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { officeToPdf, pageSizes, pdfPages, pdfText } from '../support/documents';
import { createPlan, openApp, SAMPLE_TITLE } from './helpers';

const FILE_STEM = SAMPLE_TITLE;
const folder = mkdtempSync(path.join(tmpdir(), 'rbm-export-e2e-'));

async function openExport(page: Page) {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the plan' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function saveDownload(page: Page, button: string, dialog: ReturnType<Page['getByRole']>): Promise<string> {
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: button }).click();
  const file = await download;
  const target = path.join(folder, file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

/** What a manager checks in either document: the logframe rows, baselines, risks, milestones. */
function expectPlanContent(text: string) {
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain(SAMPLE_TITLE);
  expect(flat).toContain('Contents');
  // Logframe rows, numbered as on screen: the number and the statement start the same line.
  expect(text).toMatch(/^\s*1\.1\s+The Office pursues labour migration/m);
  expect(text).toMatch(/^\s*1\.4\.1\s+Technical support on the ratification/m);
  expect(flat).toContain('Office-wide strategy paper on labour migration adopted');
  // Indicator baselines.
  expect(flat).toContain('5 (2007)');
  expect(flat).toContain('Ratifications of the Migration for Employment Convention');
  // The risk register and its heat map.
  expect(flat).toContain('Annex: risk register');
  expect(flat).toContain('Insufficient internal coordination between MIGRANT');
  expect(flat).toContain('Heat map of inherent risks');
  // Milestones and page numbers.
  expect(flat).toContain('Office-wide strategy paper on labour migration adopted');
  expect(flat).toMatch(/Page 2 of \d+/);
}

/** The logframe's pages are landscape, the strategy paper's portrait. */
function expectOrientation(pdf: string) {
  const pages = pdfPages(pdf);
  const sizes = pageSizes(pdf);
  expect(sizes.length).toBe(pages.length);
  // The first page of each part (the contents page lists both headings too).
  const logframe = pages.findIndex((p) => /^\s*Logframe\s*$/m.test(p) && !/^\s*Contents\s*$/m.test(p));
  const paper = pages.findIndex((p) => /^\s*Strategy paper\s*$/m.test(p) && !/^\s*Contents\s*$/m.test(p));
  // Every page of the matrix is landscape: from its first page up to the indicators annex.
  const annex = pages.findIndex((p, i) => i > logframe && /^\s*Annex: indicators\s*$/m.test(p));
  expect(annex).toBeGreaterThan(logframe);
  for (let i = logframe; i < annex; i++) expect(sizes[i]!.landscape, `page ${i + 1}`).toBe(true);
  expect(logframe).toBeGreaterThan(0);
  expect(paper).toBeGreaterThan(0);
  expect(sizes[logframe]!.landscape).toBe(true);
  expect(sizes[paper]!.landscape).toBe(false);
  // A4: 595 × 842 points.
  expect(Math.round(Math.min(sizes[paper]!.width, sizes[paper]!.height))).toBe(595);
}

test('the export dialog is accessible and names its choices', async ({ page }) => {
  await openApp(page);
  const dialog = await openExport(page);
  await expect(dialog.getByRole('radio', { name: /Word document/ })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Logframe matrix' })).toBeChecked();
  await expect(dialog.getByRole('combobox', { name: 'Logframe columns' })).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  // Nothing to export is refused with a reason.
  for (const part of ['Strategy paper', 'Logframe matrix', 'Indicators (baseline, targets, actuals, status)', 'Risk register and heat maps', 'Milestones', 'Responsibility matrix', 'Resources by objective and source']) {
    await dialog.getByRole('checkbox', { name: part }).uncheck();
  }
  await dialog.getByRole('button', { name: 'Save Word document…' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Choose at least one part besides the cover and the contents.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // The File menu's shortcuts open it with their format chosen.
  await page.keyboard.press('Control+p');
  await expect(dialog.getByRole('radio', { name: /PDF/ })).toBeChecked();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+E');
  await expect(dialog.getByRole('radio', { name: /Word document/ })).toBeChecked();
});

test('the Word document of the sample plan reads back through LibreOffice', async ({ page }) => {
  test.setTimeout(240_000);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await openApp(page);
  const dialog = await openExport(page);
  const docx = await saveDownload(page, 'Save Word document…', dialog);
  expect(path.basename(docx)).toBe(`${FILE_STEM}.docx`);
  await expect(page.getByText(`Saved ${FILE_STEM}.docx.`)).toBeVisible();
  // Made off the window's thread, so a large plan's document does not freeze the app.
  expect(workers.some((url) => /export-worker/.test(url))).toBe(true);
  const pdf = officeToPdf(docx);
  expectPlanContent(pdfText(pdf));
  expectOrientation(pdf);
  execFileSync('pdftoppm', ['-r', '40', '-png', '-f', '1', '-l', '12', pdf, path.join(folder, 'word-page')]);
});

test('the print preview makes the same document as a PDF', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await openApp(page);
  const dialog = await openExport(page);
  await dialog.getByRole('radio', { name: /PDF/ }).check();
  await dialog.getByRole('combobox', { name: 'Paper' }).selectOption('A4');
  await dialog.getByRole('button', { name: 'Open print preview' }).click();
  const preview = page.getByRole('dialog', { name: /Print preview/ });
  await expect(preview).toBeVisible();
  const frame = preview.locator('iframe');
  await expect(frame).toHaveAttribute('srcdoc', /<html/);
  const html = (await frame.getAttribute('srcdoc'))!;
  // Chromium prints the previewed document, as the browser's print or Electron's printToPDF does.
  const printer = await browser.newPage();
  await printer.setContent(html, { waitUntil: 'load' });
  const pdf = path.join(folder, 'print.pdf');
  writeFileSync(pdf, await printer.pdf({ preferCSSPageSize: true, printBackground: true }));
  await printer.close();
  expectPlanContent(pdfText(pdf));
  expectOrientation(pdf);
  execFileSync('pdftoppm', ['-r', '40', '-png', '-f', '1', '-l', '12', pdf, path.join(folder, 'print-page')]);
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
});

test('the Excel workbook and the IATI XML are saved from the same dialog', async ({ page }) => {
  await openApp(page);
  let dialog = await openExport(page);
  await dialog.getByRole('radio', { name: /Excel workbook/ }).check();
  const xlsx = await saveDownload(page, 'Save Excel workbook…', dialog);
  expect(path.basename(xlsx)).toBe(`${FILE_STEM}.xlsx`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(readFileSync(xlsx)).buffer);
  expect(book.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Logframe', 'Indicator tracking']));

  dialog = await openExport(page);
  await dialog.getByRole('radio', { name: /IATI/ }).check();
  const xml = await saveDownload(page, 'Save IATI XML…', dialog);
  expect(path.basename(xml)).toBe(`${FILE_STEM} IATI results.xml`);
  execFileSync('xmllint', ['--noout', '--schema', 'standards/iati-2.03/iati-activities-schema.xsd', xml], { stdio: 'pipe' });
  expect(readFileSync(xml, 'utf8')).toContain('<result type="2"');
});

test('a new plan: the IATI export asks for identifiers, the Word document says what is still missing', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await createPlan(page, 'Country plan 2027');
  let dialog = await openExport(page);
  await dialog.getByRole('radio', { name: /IATI/ }).check();
  let downloads = 0;
  page.on('download', () => downloads++);
  await dialog.getByRole('button', { name: 'Save IATI XML…' }).click();
  await expect(dialog.getByRole('alert')).toContainText('This plan has no IATI identifiers yet.');
  expect(downloads).toBe(0);
  // The dialog's link goes to the settings where the identifiers are set.
  await dialog.getByRole('button', { name: 'Change in plan settings' }).click();
  await expect(page.getByRole('region', { name: 'IATI identifiers' })).toBeVisible();

  dialog = await openExport(page);
  await dialog.getByRole('radio', { name: /Word document/ }).check();
  const docx = await saveDownload(page, 'Save Word document…', dialog);
  expect(path.basename(docx)).toBe('Country plan 2027.docx');
  const text = pdfText(officeToPdf(docx)).replace(/\s+/g, ' ');
  expect(text).toContain('Country plan 2027');
  expect(text).toContain('The plan has no results yet.');
  expect(text).toContain('The plan has no risks yet.');
});
