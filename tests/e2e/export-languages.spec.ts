/**
 * Documents in the plan's languages (issue 8), as a manager makes them: French added to the
 * sample plan in Plan settings, a result's statement translated in the Translation view,
 * the export dialog asked for the French Word document (it says how many texts are still in
 * English), and the file read back through LibreOffice and pdftotext: the French statement
 * and French labels are in it, the English statement of that result is not.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { officeToPdf, pdfText } from '../support/documents';
import { expectSaved, openApp, SAMPLE_TITLE } from './helpers';

test.use({ actionTimeout: 20_000 });

const folder = mkdtempSync(path.join(tmpdir(), 'rbm-export-languages-e2e-'));
const ENGLISH = 'The Office pursues labour migration through one Office-wide strategy, with a shared vision and responsibilities designated to every sector and region';
const FRENCH = 'L’Office mène son action sur les migrations de main-d’œuvre par une stratégie unique, avec une vision commune et des responsabilités confiées à chaque secteur et région';

/** Adds a further language in Plan settings' Languages section. */
async function addLanguage(page: Page, code: string) {
  await page.getByRole('navigation', { name: 'Plan sections' }).getByRole('button', { name: 'Plan settings', exact: true }).click();
  const section = page.getByRole('region', { name: 'Languages' });
  await section.getByRole('combobox', { name: 'Language to add' }).selectOption(code);
  await section.getByRole('button', { name: 'Add', exact: true }).click();
  await expectSaved(page);
}

/** Translates one text in the Translation view: its editor found by name, page after page. */
async function translate(page: Page, editorName: RegExp, text: string) {
  await page.getByRole('navigation', { name: 'Plan sections' }).getByRole('button', { name: 'Translation', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Translation', level: 1 })).toBeVisible();
  const editor = page.getByRole('textbox', { name: editorName });
  for (let i = 0; i < 50 && !(await editor.isVisible()); i++) await page.getByRole('button', { name: 'Next page' }).first().click();
  await editor.fill(text);
  await editor.press('Control+Enter');
  await expectSaved(page);
}

test('a result translated into French gives the French Word document: French statement and labels, not the English statement', async ({ page }) => {
  test.setTimeout(240_000);
  await openApp(page);
  await addLanguage(page, 'fr');
  await translate(page, /^Outcome 1\.1\b.*Statement.*French/, FRENCH);

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the plan' });
  const language = dialog.getByRole('combobox', { name: 'Language of the document' });
  // The plan's languages first (main, further), then the languages the app has labels in.
  await expect(language.getByRole('option')).toHaveText(['English (main language)', 'French', 'Spanish (labels only)']);
  await language.selectOption('fr');
  await expect(dialog.getByText(/^\d+ texts are not yet translated into French: they will appear in English\.$/)).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await page.screenshot({ path: path.join(folder, 'dialog-fr.png') });

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save Word document…' }).click();
  const file = await download;
  const docx = path.join(folder, file.suggestedFilename());
  await file.saveAs(docx);
  expect(path.basename(docx)).toBe(`${SAMPLE_TITLE}.docx`);

  const text = pdfText(officeToPdf(docx));
  const flat = text.replace(/\s+/g, ' ');
  // The logframe row of the translated result starts with its number and the French statement.
  expect(text).toMatch(/^\s*1\.1\s+L’Office mène son action/m);
  expect(flat).not.toContain(ENGLISH.slice(0, 45));
  // French labels: the logframe's heading and column heads, the cover's language note.
  expect(flat).toContain('Cadre logique');
  expect(flat).toContain('Logique d’intervention');
  expect(flat).toContain('Moyens de vérification');
  expect(flat).toContain('Hypothèses');
  expect(flat).toMatch(/Langue\s+Français/);
  expect(flat).toMatch(/Pas encore traduit\s+\d+ textes figurent en anglais/);
  expect(flat).toMatch(/Page \d+ sur \d+/);
  // Untranslated texts stay in English.
  expect(flat).toContain('Office-wide strategy paper on labour migration adopted');

  // IATI has no choice: the file holds every language of the plan.
  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('radio', { name: /IATI/ }).check();
  await expect(dialog.getByRole('combobox', { name: 'Language of the document' })).toHaveCount(0);
  await expect(dialog.getByText('The IATI file holds every language of the plan: each text in English, and its translations marked with their language.')).toBeVisible();
  const xmlDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save IATI XML…' }).click();
  const xmlFile = await xmlDownload;
  const xmlPath = path.join(folder, xmlFile.suggestedFilename());
  await xmlFile.saveAs(xmlPath);
  expect(readFileSync(xmlPath, 'utf8')).toContain(`<narrative xml:lang="fr">${FRENCH}</narrative>`);
});
