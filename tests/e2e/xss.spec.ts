/**
 * Hostile text in every text field (tests/fixtures/xss.ts) renders as text in every screen,
 * dialog and export, and no payload runs. The plan gets in as a user's would: a plan file
 * written with the app's own writer (here, in Node) and opened through the header's
 * Open plan file…; this office is named with a payload on first start; a second office's
 * file makes a conflict between two payloads and a history of payload-named offices.
 *
 * "No script ran": a flag every payload tries to set (window.__xss, in the page and in
 * every frame), dialogs (alert) opened, Content-Security-Policy violations reported to
 * the page, page errors, and elements payloads would create (on* attributes, inline
 * scripts, javascript: links, iframes, objects, MathML). The exports are read back: Word
 * XML parsed (payloads as text, no injected elements) and converted by LibreOffice; the
 * print view loaded into a page *without* the app's CSP (so escaping alone must hold);
 * Excel cells read with exceljs (no text cell starts with a formula character); IATI XML
 * well-formed and valid, payloads as text.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Frame, type Page, type TestInfo } from '@playwright/test';
import ExcelJS from 'exceljs';
import type { ResultId } from '../../shared/model';
import { PlanSession, updateResult } from '../../shared/plan-doc';
import { writePlanFile } from '../../shared/plan-file';
import { officeToPdf, pdfText } from '../support/documents';
import { FORMULA_START, hostilePlanData, XSS_PAYLOADS } from '../fixtures/xss';
import { expectSaved, openApp, openPlanFile } from './helpers';

const folder = mkdtempSync(path.join(tmpdir(), 'rbm-xss-e2e-'));

/** This office's name on first start, the file's offices and the file's name: payloads too. */
const HERE = '<img src=x onerror=window.__xss="office"> HQ';
const FILE_OFFICE = '"><svg onload=window.__xss="file-office"> Nairobi';
const OTHER_OFFICE = "</title><script>window.__xss='other-office'</script> Dakar";
const FILE_NAME = '<img src=x onerror=alert(1)>.rbmplan';
const CONFLICT_A = '<script>window.__xss="conflict-a"</script> value from Nairobi';
const CONFLICT_B = '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe> value from Dakar';

const hostile = hostilePlanData();
const data = hostile.data;
const plan = data.plan;

const clock = (iso: string) => {
  let t = new Date(iso).getTime();
  return { now: () => new Date((t += 1000)) };
};

/** The hostile plan as a full plan file from one office, and two offices' files setting the same statement differently. */
async function planFiles() {
  const base = PlanSession.create(data, { actor: 'a'.repeat(32), office: FILE_OFFICE, clock: clock('2026-11-01T09:00:00.000Z') });
  const snapshot = base.snapshot();
  const full = await writePlanFile({ snapshot, view: base.view }, { from: { office: FILE_OFFICE, actorId: 'a'.repeat(32) }, createdAt: '2026-11-01T09:10:00.000Z' });
  const target = data.results.filter((r) => r.level === 'outcome')[0]!.id as ResultId;
  const officeFile = async (office: string, actor: string, start: string, statement: string) => {
    const s = PlanSession.load([snapshot.bytes], { actor, office, clock: clock(start) });
    s.run(updateResult, { id: target, fields: { statement } });
    const bytes = await writePlanFile({ snapshot: s.snapshot(), view: s.view }, { from: { office, actorId: actor }, createdAt: start });
    return { name: `${office.slice(0, 20)}.rbmplan`, bytes };
  };
  return {
    full: { name: FILE_NAME, bytes: full },
    nairobi: await officeFile(FILE_OFFICE, 'b'.repeat(32), '2026-11-02T08:00:00.000Z', CONFLICT_A),
    dakar: await officeFile(OTHER_OFFICE, 'c'.repeat(32), '2026-11-03T08:00:00.000Z', CONFLICT_B),
  };
}

interface Watch {
  readonly dialogs: string[];
  readonly errors: string[];
  /**
   * CSP reports made by the app itself before any hostile text was loaded (zod probes once
   * whether `new Function` is allowed): only reports after these count.
   */
  baseline: number;
}

/** Records dialogs (dismissed), page errors and CSP reports from the moment the page opens. */
async function watch(page: Page): Promise<Watch> {
  const w: Watch = { dialogs: [], errors: [], baseline: 0 };
  page.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => w.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content.Security.Policy|Refused to/i.test(m.text())) w.errors.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample} at ${e.sourceFile}:${e.lineNumber}`));
  });
  return w;
}

/** What a frame shows of the payloads' effects: the flag, CSP reports and injected elements. */
function frameState(frame: Frame) {
  return frame.evaluate(() => {
    const w = window as unknown as { __xss?: unknown; __csp?: string[] };
    const injected: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) if (/^on/i.test(attr)) injected.push(`${el.tagName}[${attr}]`);
      const tag = el.tagName.toLowerCase();
      if (tag === 'script' && !(el as HTMLScriptElement).src) injected.push('inline script');
      if (['math', 'mglyph', 'object', 'embed', 'details'].includes(tag) && /__xss|alert/.test(el.outerHTML)) injected.push(tag);
      if (tag === 'iframe' && !el.closest('dialog')) injected.push('iframe');
      if (tag === 'img' && el.getAttribute('src') === 'x') injected.push('img src=x');
      if (tag === 'a' && /^\s*javascript:/i.test(el.getAttribute('href') ?? '')) injected.push('javascript: link');
      if (tag === 'style' && /__xss|javascript:/.test(el.textContent ?? '')) injected.push('style');
    }
    return { flag: w.__xss ?? null, csp: w.__csp ?? [], injected };
  });
}

/** Nothing ran anywhere on the page (every frame), no dialog opened, no CSP report, no page error. */
async function expectNothingRan(page: Page, w: Watch, where: string): Promise<void> {
  for (const frame of page.frames()) {
    const state = await frameState(frame).catch(() => null);
    if (state === null) continue; // a frame that went away meanwhile
    expect(state.flag, `${where}: a payload set the flag in ${frame.url()}`).toBeNull();
    expect(state.injected, `${where}: elements a payload made in ${frame.url()}`).toEqual([]);
    expect(frame === page.mainFrame() ? state.csp.slice(w.baseline) : state.csp, `${where}: CSP reports`).toEqual([]);
  }
  expect(w.dialogs, `${where}: dialogs opened`).toEqual([]);
  expect(w.errors, `${where}: page errors`).toEqual([]);
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The page's text as shown (innerText) with the values of its fields and the text of open dialogs. */
async function shownText(page: Page): Promise<string> {
  const text = await page.evaluate(() => {
    const parts = [document.body.innerText];
    for (const el of document.querySelectorAll('input, textarea, select')) {
      const v = (el as HTMLInputElement).value;
      if (v) parts.push(v);
    }
    return parts.join('\n');
  });
  return flat(text);
}

/** Each text is shown on the page as text (not as markup). */
async function expectShown(page: Page, texts: readonly string[], where: string): Promise<void> {
  await expect
    .poll(async () => {
      const shown = await shownText(page);
      return texts.filter((t) => !shown.includes(flat(t)));
    }, { message: `${where}: payloads not shown as text`, timeout: 10_000 })
    .toEqual([]);
}

/** Some payload with markup in it is shown verbatim on the page. */
async function expectSomeMarkupShown(page: Page, where: string): Promise<void> {
  const shown = await shownText(page);
  const markup = XSS_PAYLOADS.filter((p) => p.includes('<')).map(flat);
  expect(markup.some((p) => shown.includes(p)), `${where}: no payload shown as text`).toBe(true);
}

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`xss-${name}.png`) });
}

const live = <T extends { deletedAt: string | null }>(items: readonly T[]) => items.filter((i) => i.deletedAt === null);

/** First start with a payload as the office's name, then the hostile plan added from its file. */
async function startWithHostilePlan(page: Page): Promise<{ w: Watch; files: Awaited<ReturnType<typeof planFiles>> }> {
  const w = await watch(page);
  const files = await planFiles();
  await openApp(page, HERE);
  await expectSaved(page);
  w.baseline = (await frameState(page.mainFrame())).csp.length;
  expect(w.baseline, 'the app alone causes at most its one eval probe').toBeLessThanOrEqual(1);
  await openPlanFile(page, files.full);
  const add = page.getByRole('dialog', { name: /^Add the plan/ });
  await expect(add).toBeVisible();
  await expectShown(page, [plan.title, FILE_OFFICE], 'add-plan dialog');
  await expectNothingRan(page, w, 'add-plan dialog');
  await add.getByRole('button', { name: 'Add plan' }).click();
  await expect(add).toBeHidden();
  await expect(page.locator('.app-header-plan')).toHaveText(plan.title);
  await expectSaved(page);
  return { w, files };
}

/** Texts each screen must show (the hostile plan's fields that screen is about). */
function expectedOn(tab: string): string[] {
  const results = live(data.results);
  // Not the first outcome: the two offices' files set its statement (a conflict).
  const outcome = results.filter((r) => r.level === 'outcome')[1]!;
  switch (tab) {
    case 'Overview':
      return [plan.title, plan.organisation, plan.versionLabel, HERE];
    case 'Logframe': // draws only the rows in view
      return [results.find((r) => r.level === 'goal')!.statement];
    case 'Results chain':
      return [results.find((r) => r.level === 'goal')!.statement, outcome.statement];
    case 'Strategy paper':
      return live(data.sections).map((s) => s.title);
    case 'Indicators':
      return [live(data.indicators)[0]!.definition];
    case 'Risk register':
      return [live(data.risks)[0]!.description];
    case 'Responsibilities':
      return [live(data.units).find((u) => data.responsibilities.some((r) => r.unitId === u.id))!.name];
    case 'Partners':
      return [live(data.partners)[0]!.name];
    case 'Units and objectives':
      return [live(data.units)[0]!.name, live(data.objectives)[0]!.title, live(data.components)[0]!.name];
    case 'Plan settings':
      return live(data.periods).map((p) => p.label);
    case 'Conflicts':
      return [CONFLICT_A, CONFLICT_B];
    case 'History':
      return [FILE_OFFICE];
    default:
      return [];
  }
}

test('hostile text in every field shows as text on every screen and in every dialog, and nothing runs', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  expect(hostile.replaced.size).toBeGreaterThan(400);
  const { w, files } = await startWithHostilePlan(page);

  // Two offices set the same statement to different payloads: the previews and then the Conflicts screen show both.
  for (const [file, office] of [[files.nairobi, FILE_OFFICE], [files.dakar, OTHER_OFFICE]] as const) {
    await openPlanFile(page, file);
    const preview = page.getByRole('dialog', { name: /^What “.*” from .* changes$/ });
    await expect(preview).toBeVisible();
    await expectShown(page, [office, file === files.nairobi ? CONFLICT_A : CONFLICT_B], 'import preview');
    await expectNothingRan(page, w, 'import preview');
    await shot(page, testInfo, `import-preview-${file === files.nairobi ? 1 : 2}`);
    await preview.getByRole('button', { name: 'Apply changes' }).click();
    await expect(preview).toBeHidden();
    await expectSaved(page);
  }

  const nav = page.getByRole('navigation', { name: 'Plan sections' });
  const names = (await nav.getByRole('button').allTextContents()).map((n) => n.replace(/\s*\(\d+\)$/, '').trim());
  expect(names.length).toBeGreaterThanOrEqual(17);
  for (const name of names) {
    const button = nav.getByRole('button', { name: new RegExp(`^${name}`) });
    await button.click();
    await expect(button).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectShown(page, [plan.title, ...expectedOn(name)], name);
    await expectSomeMarkupShown(page, name);
    await expectNothingRan(page, w, name);
    await shot(page, testInfo, name.toLowerCase().replace(/\W+/g, '-'));
  }

  // Detail panels: a result's details beside the results chain.
  await nav.getByRole('button', { name: 'Results chain' }).click();
  const outcome = live(data.results).filter((r) => r.level === 'outcome')[1]!;
  await page.getByRole('treeitem').nth(1).click();
  await expect(page.getByRole('complementary').or(page.getByRole('region', { name: /details/i })).first()).toBeVisible();
  await expectNothingRan(page, w, 'result details');
  await shot(page, testInfo, 'result-details');

  // The indicator editor (every field: unit, stages, baseline source, means of verification, evidence, link).
  await nav.getByRole('button', { name: 'Indicators' }).click();
  const indicator = live(data.indicators)[0]!;
  await page.getByRole('navigation', { name: 'Indicators by result' }).getByRole('button').first().click();
  await expectShown(page, [indicator.definition], 'indicator editor');
  await expectNothingRan(page, w, 'indicator editor');
  await shot(page, testInfo, 'indicator-editor');

  // History: a version of the plan and the restore dialog.
  await nav.getByRole('button', { name: 'History' }).click();
  await page.getByRole('button', { name: /^View the plan as it was at/ }).first().click();
  await expectNothingRan(page, w, 'history version');
  await shot(page, testInfo, 'history-version');
  await page.keyboard.press('Escape');
  const restore = page.getByRole('button', { name: /^Restore this version/ }).first();
  if (await restore.isVisible()) {
    await restore.click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNothingRan(page, w, 'restore dialog');
    await page.keyboard.press('Escape');
  }

  // Header dialogs: export, print preview, save plan file.
  await page.getByRole('button', { name: 'Export…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export the plan' });
  await expect(exportDialog).toBeVisible();
  await expectNothingRan(page, w, 'export dialog');
  await exportDialog.getByRole('radio', { name: /PDF/ }).check();
  await exportDialog.getByRole('button', { name: 'Open print preview' }).click();
  const preview = page.getByRole('dialog', { name: /Print preview/ });
  await expect(preview).toBeVisible();
  const frame = preview.frameLocator('iframe');
  await expect(frame.locator('body')).toContainText(flat(plan.title));
  await expect(frame.locator('body')).toContainText(flat(outcome.statement).slice(0, 60));
  await expectNothingRan(page, w, 'print preview');
  await shot(page, testInfo, 'print-preview');
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();

  await page.getByRole('banner').getByRole('button', { name: 'Save plan file…' }).click();
  const save = page.getByRole('dialog', { name: 'Save plan file' });
  await expect(save).toBeVisible();
  await save.getByRole('combobox', { name: 'For office' }).fill(OTHER_OFFICE);
  await expectNothingRan(page, w, 'save plan file dialog');
  await save.getByRole('button', { name: 'Cancel' }).click();

  // The library lists the plan by its title; rename and delete name it.
  await page.getByRole('button', { name: 'Plan library' }).click();
  await expectShown(page, [plan.title], 'library');
  await expectNothingRan(page, w, 'library');
  await shot(page, testInfo, 'library');
  await page.getByRole('button', { name: `Rename ${plan.title}` }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectShown(page, [plan.title], 'rename dialog');
  await expectNothingRan(page, w, 'rename dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: `Delete ${plan.title}` }).click();
  await expect(page.getByRole('dialog').or(page.getByRole('alertdialog')).first()).toBeVisible();
  await expectNothingRan(page, w, 'delete confirmation');
  await shot(page, testInfo, 'delete-confirmation');
  await page.keyboard.press('Escape');
});

async function saveFromExport(page: Page, format: RegExp, button: string): Promise<string> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the plan' });
  await dialog.getByRole('radio', { name: format }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: button }).click();
  const file = await download;
  const target = path.join(folder, `${Date.now()}-${path.extname(file.suggestedFilename()) || '.bin'}`);
  await file.saveAs(target);
  // The file is named after the title, made safe for a file system.
  // eslint-disable-next-line no-control-regex -- control characters are what is looked for
  expect(file.suggestedFilename()).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
  return target;
}

/** Texts of the plan that every document holds (title, results' statements), whitespace-flattened. */
const documentTexts = () => [plan.title, ...live(data.results).filter((r) => r.level !== 'activity').slice(0, 6).map((r) => r.statement)];

test('every export keeps hostile text as text: Word, print view, Excel, IATI XML', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const { w } = await startWithHostilePlan(page);

  // Word: the document XML is well-formed, holds the payloads as text and no element a payload wrote.
  const docx = await saveFromExport(page, /Word document/, 'Save Word document…');
  const xml = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  execFileSync('xmllint', ['--noout', '-'], { input: xml });
  expect(xml).not.toContain('<w:t>injected</w:t>');
  expect(xml).not.toMatch(/<script|<img|<svg|<iframe|<iati-activity/i);
  const wordText = flat(execFileSync('xmllint', ['--xpath', 'string(/)', '-'], { input: xml, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
  for (const text of documentTexts()) expect(wordText, 'Word document text').toContain(flat(text).replace(/[\t\r]/g, ' ').trim().slice(0, 40));
  // LibreOffice opens it; the payload reads as text in the PDF.
  const wordPdf = flat(pdfText(officeToPdf(docx)));
  expect(wordPdf).toContain('<script>window.__xss="script"</script>');

  // Print view: loaded into a page WITHOUT the app's CSP, so only its escaping stands between the payloads and the page.
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the plan' });
  await dialog.getByRole('radio', { name: /PDF/ }).check();
  await dialog.getByRole('button', { name: 'Open print preview' }).click();
  const preview = page.getByRole('dialog', { name: /Print preview/ });
  const html = (await preview.locator('iframe').getAttribute('srcdoc'))!;
  expect(html).toContain('<html');
  await page.keyboard.press('Escape');
  const bare = await browser.newPage();
  const bareWatch = await watch(bare);
  await bare.setContent(html, { waitUntil: 'load' });
  await bare.waitForTimeout(300);
  await expectNothingRan(bare, bareWatch, 'print view without CSP');
  const printed = flat(await bare.evaluate(() => document.body.innerText));
  for (const text of documentTexts()) expect(printed, 'print view text').toContain(flat(text));
  const pdf = path.join(folder, 'print.pdf');
  (await import('node:fs')).writeFileSync(pdf, await bare.pdf({ preferCSSPageSize: true, printBackground: true }));
  await bare.close();
  expect(flat(pdfText(pdf))).toContain('<script>window.__xss="script"</script>');

  // Excel: no text cell starts with a formula character; the payloads are there behind an apostrophe; no formulas.
  const xlsx = await saveFromExport(page, /Excel workbook/, 'Save Excel workbook…');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(readFileSync(xlsx)).buffer);
  const cells: string[] = [];
  const dangerous: string[] = [];
  let numbers = 0;
  for (const sheet of book.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        expect(cell.type, `${sheet.name}!${cell.address} is a formula`).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === 'number') numbers++;
        const text = cell.type === ExcelJS.ValueType.RichText ? (cell.value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('') : typeof cell.value === 'string' ? cell.value : null;
        if (text === null) return;
        cells.push(text);
        if (FORMULA_START.test(text)) dangerous.push(`${sheet.name}!${cell.address}: ${JSON.stringify(text.slice(0, 40))}`);
      }),
    );
  }
  expect(dangerous).toEqual([]);
  expect(numbers).toBeGreaterThan(0);
  const formulaFields = [...hostile.replaced.values()].filter((v) => FORMULA_START.test(v));
  expect(formulaFields.length).toBeGreaterThan(10);
  const statement = live(data.results).map((r) => r.statement).find((s) => FORMULA_START.test(s));
  if (statement) expect(cells).toContain(`'${statement}`);
  expect(cells.some((c) => c.startsWith("'=cmd|' /C calc'!A0"))).toBe(true);
  expect(cells.some((c) => c.includes('<script>window.__xss="script"</script>'))).toBe(true);

  // IATI: well-formed, valid against the schema, one activity, payloads as text.
  const iati = await saveFromExport(page, /IATI/, 'Save IATI XML…');
  execFileSync('xmllint', ['--noout', '--schema', 'standards/iati-2.03/iati-activities-schema.xsd', iati], { stdio: 'pipe' });
  const count = execFileSync('xmllint', ['--xpath', 'count(//iati-activity)', iati], { encoding: 'utf8' });
  expect(count.trim()).toBe('1');
  const iatiText = flat(execFileSync('xmllint', ['--xpath', 'string(/)', iati], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
  const texts = [...live(data.results).filter((r) => r.level === 'outcome' || r.level === 'output').map((r) => r.statement), ...live(data.indicators).map((i) => i.definition)];
  const found = texts.filter((t) => iatiText.includes(flat(t)));
  expect(found.length).toBeGreaterThan(20);
  expect(found.some((t) => t.includes('<'))).toBe(true);
  expect(readFileSync(iati, 'utf8')).not.toMatch(/<script|<img|<svg/i);
  await expectNothingRan(page, w, 'after the exports');
});

test('the checks above see a payload that does run (the detectors are not blind)', async ({ page }) => {
  const w = await watch(page);
  await page.setContent(`<p>plain</p><div id="host"></div>`);
  // What a screen rendering text as HTML would do.
  await page.evaluate((payloads) => {
    document.getElementById('host')!.innerHTML = payloads.join('');
  }, [XSS_PAYLOADS[1]!, XSS_PAYLOADS[2]!, XSS_PAYLOADS[11]!]);
  await expect.poll(async () => (await frameState(page.mainFrame())).flag).not.toBeNull();
  const state = await frameState(page.mainFrame());
  expect(state.injected).toEqual(expect.arrayContaining(['IMG[onerror]', 'img src=x', 'javascript: link']));
  await expect.poll(() => w.dialogs.length).toBeGreaterThan(0);
  expect(flat(await shownText(page))).not.toContain(flat(XSS_PAYLOADS[1]!));
});
