/**
 * The print view as a PDF (shared/export/html.ts through Chromium's page.pdf, as Electron's
 * printToPDF does it), read back with pdftotext and pdfinfo; and the print view inside the
 * app's Content-Security-Policy, as the print preview's iframe shows it.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security';
import { renderPrintHtml } from '../../shared/export/html';
import type { Report, Row } from '../../shared/export/report';
import { hostileReport, sampleReport } from '../fixtures/report';
import { openApp } from './helpers';

/** Prints the report as Electron's main does (CSS page sizes, backgrounds) and keeps the file. */
async function printPdf(page: Page, testInfo: TestInfo, report: Report, name: string): Promise<string> {
  await page.setContent(renderPrintHtml(report));
  const file = testInfo.outputPath(`${name}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  return file;
}

/** The text of each page, in order. */
function pageTexts(file: string): string[] {
  const all = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return all.split('\f').slice(0, -1);
}

/** Each page's size in points, from pdfinfo. */
function pageSizes(file: string): { width: number; height: number }[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', file], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

const landscape = (size: { width: number; height: number }) => size.width > size.height;

test('the sample report prints with its headings, table texts, page numbers and a landscape logframe page', async ({ page }, testInfo) => {
  const file = await printPdf(page, testInfo, sampleReport(), 'sample');
  const pages = pageTexts(file);
  const sizes = pageSizes(file);
  expect(sizes).toHaveLength(pages.length);
  expect(pages.length).toBe(5);
  const text = pages.join('\n');
  for (const words of ['Strategy paper', 'Context', 'Lessons learned', 'Logframe matrix', 'Risk register', 'Decent work for all', 'Design the course catalogue', 'Baseline 2009: 12', 'Funding falls', 'Not measured', 'Programme Office']) {
    expect(text).toContain(words);
  }
  // Cover first, then the contents, then one part per page, each in its orientation.
  expect(pages[0]).toContain('INTERNATIONAL TRAINING CENTRE');
  expect(pages[1]).toContain('Contents');
  const logframePage = pages.findIndex((p) => p.includes('Logframe matrix'));
  expect(logframePage).toBe(3);
  sizes.forEach((size, i) => expect(landscape(size), `page ${i + 1}`).toBe(i === logframePage));
  // A4: 595 x 842 points.
  expect(Math.round(sizes[0]!.width)).toBe(595);
  expect(Math.round(sizes[0]!.height)).toBe(842);
  // The footer numbers every page but the cover; the running header carries the title.
  expect(pages[0]).not.toMatch(/Page \d+ of/);
  expect(pages[0]).not.toContain('Strategy 2010-15 of the Training Centre\n\n\nContents');
  for (let i = 1; i < pages.length; i++) {
    expect(pages[i]).toContain(`Page ${i + 1} of ${pages.length}`);
    expect(pages[i]!.trimStart().startsWith('Strategy 2010-15 of the Training Centre')).toBe(true);
  }
});

test('Letter paper prints on Letter pages, the landscape part turned', async ({ page }, testInfo) => {
  const file = await printPdf(page, testInfo, sampleReport({ paper: 'Letter', cover: null, contents: false }), 'letter');
  const sizes = pageSizes(file).map((s) => `${Math.round(s.width)}x${Math.round(s.height)}`);
  expect(sizes).toEqual(['612x792', '792x612', '612x792']);
  expect(pageTexts(file)[0]).toContain('Page 1 of 3');
});

test('a long table repeats its header row on every page and keeps each row on one page', async ({ page }, testInfo) => {
  const rows: Row[] = Array.from({ length: 140 }, (_, i) => ({
    kind: i % 10 === 0 ? 'outcome' : 'output',
    cells: [
      { lines: [[{ text: `R${i + 1}` }]] },
      { lines: [[{ text: `Result statement number ${i + 1}` }], [{ text: 'with a second line of text' }]] },
      { lines: [[{ text: `Indicator of row ${i + 1}` }], [{ text: `Target ${i + 1}`, italic: true }]] },
      { lines: [[{ text: 'Partners stay engaged' }]] },
    ],
  }));
  const base = sampleReport();
  const logframe = base.sections[1]!;
  const table = logframe.blocks[1]!;
  if (table.kind !== 'table') throw new Error('the sample logframe has a table');
  const report = sampleReport({
    cover: null,
    contents: false,
    sections: [{ ...logframe, blocks: [logframe.blocks[0]!, { kind: 'table', table: { ...table.table, rows } }] }],
  });
  const file = await printPdf(page, testInfo, report, 'long-table');
  const pages = pageTexts(file);
  expect(pages.length).toBeGreaterThanOrEqual(3);
  pageSizes(file).forEach((size) => expect(landscape(size)).toBe(true));
  pages.forEach((text, i) => {
    expect(text, `header row on page ${i + 1}`).toMatch(/No\.\s+Results\s+Indicators\s+Assumptions/);
    expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
  });
  expect(pages.filter((p) => p.includes('Logframe matrix'))).toHaveLength(1);
  for (let n = 1; n <= 140; n++) {
    const on = pages.findIndex((p) => new RegExp(`Result statement number ${n}\\b`).test(p));
    expect(on, `row ${n} printed`).toBeGreaterThanOrEqual(0);
    expect(pages[on], `row ${n} whole on page ${on + 1}`).toMatch(new RegExp(`Target ${n}\\b`));
  }
});

test('a report of hostile text prints without losing its words', async ({ page }, testInfo) => {
  const file = await printPdf(page, testInfo, hostileReport(), 'hostile');
  const text = pageTexts(file).join('\n');
  expect(text).toContain('Tom & Jerry <script>alert("x")</script>');
  expect(text).toContain('END');
  expect(text).toContain('Decent work');
});

test('the print view has no serious accessibility violations', async ({ page }) => {
  await page.setContent(renderPrintHtml(sampleReport()));
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
});

test("inside the app's CSP, the print view shows typeset in a sandboxed frame, and no other inline style is let in", async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  // The page also gets the header Electron's app:// protocol sends (the same policy plus frame-ancestors).
  let withHeader = 0;
  await page.route(/\/(index\.html)?(\?.*)?$/, async (route) => {
    withHeader++;
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CONTENT_SECURITY_POLICY } });
  });
  await openApp(page);
  expect(withHeader).toBeGreaterThan(0);
  const frameIn = (id: string, html: string) =>
    page.evaluate(
      ([frameId, srcdoc]) => {
        const frame = document.createElement('iframe');
        frame.id = frameId!;
        frame.title = frameId!;
        frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
        frame.srcdoc = srcdoc!;
        frame.style.width = '900px';
        frame.style.height = '600px';
        document.body.append(frame);
      },
      [id, html],
    );
  const html = renderPrintHtml(sampleReport());
  await frameIn('print-view', html);
  const view = page.frameLocator('#print-view');
  await expect(view.getByRole('heading', { name: 'Logframe', exact: true })).toBeVisible();
  // Its stylesheet applied: headings in the accent colour, tables in 9 pt.
  await expect(view.locator('section h1').first()).toHaveCSS('color', 'rgb(31, 58, 95)');
  await expect(view.locator('table').nth(1)).toHaveCSS('font-size', '12px');
  expect(refused).toEqual([]);
  // Axe checks the app with the preview's frame in it in legacy mode: its default mode opens a page per
  // frame to inject itself and fails on a frame that may not run scripts.
  const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  // The same document with its stylesheet changed by one rule is refused its style.
  await frameIn('tampered', html.replace('<style>', '<style>h1 { color: rgb(255, 0, 0) }'));
  await expect(page.frameLocator('#tampered').locator('section h1').first()).toHaveCSS('color', 'rgb(0, 0, 0)');
  await expect.poll(() => refused.length).toBeGreaterThan(0);
});
