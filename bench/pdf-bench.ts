/**
 * The PDF of the large plan, made as the app makes it: the print view (buildReport +
 * renderPrintHtml) printed by Chromium (`page.pdf`, what Electron's printToPDF runs), timed
 * from the plan view to the PDF bytes. Its floor is the peer a user would otherwise use:
 * LibreOffice converting our own Word document of the same plan to PDF (headless, its own
 * profile folder), timed from the .docx on disk to the PDF. Both PDFs' page counts are
 * recorded so the two can be compared as documents, not only as times.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { REPORT_PARTS, type ReportOptions } from '../shared/export/report';
import { buildReport } from '../shared/export/report-build';
import { renderDocx } from '../shared/export/docx';
import { renderPrintHtml } from '../shared/export/html';
import type { PlanView } from '../shared/plan-doc';
import { CHROMIUM_ARGS } from '../tests/chromium';
import type { FigureSet } from './lib';

export interface PdfBenchOptions {
  readonly reps: number;
  readonly chromiumPath: string;
  readonly log: (line: string) => void;
}

/** Pages of a PDF by its /Type /Page objects (enough for a count; pdfinfo may be absent). */
function pageCount(pdf: Uint8Array): number {
  return Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

function soffice(): string | null {
  for (const candidate of ['soffice', 'libreoffice']) {
    if (spawnSync(candidate, ['--version'], { stdio: 'ignore' }).status === 0) return candidate;
  }
  return null;
}

export async function runPdfBench(view: PlanView, options: PdfBenchOptions, figures: FigureSet): Promise<void> {
  const { reps, log } = options;
  const asOf = view.plan.statusDate ?? view.plan.periodEnd;
  const reportOptions: ReportOptions = { parts: REPORT_PARTS, layout: 'plan', paper: 'A4', language: 'en', asOf, generatedOn: '2026-11-29' };
  const dir = mkdtempSync(join(tmpdir(), 'rbm-pdf-bench-'));
  try {
    log(`PDF: the print view printed by Chromium, and LibreOffice converting the .docx (${reps} runs each)`);
    const browser = await chromium.launch({ executablePath: options.chromiumPath, args: CHROMIUM_ARGS });
    const times: number[] = [];
    let pdf: Uint8Array = new Uint8Array();
    try {
      for (let i = 0; i < reps; i++) {
        const page = await browser.newPage();
        const t0 = performance.now();
        await page.setContent(renderPrintHtml(buildReport(view, reportOptions)), { timeout: 300_000 });
        pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        times.push(performance.now() - t0);
        await page.close();
      }
    } finally {
      await browser.close();
    }
    figures.add({ key: 'browser.export.pdf.pages', name: 'PDF of the large plan from the print view: pages', value: pageCount(pdf), unit: 'count' });

    const office = soffice();
    if (office) {
      const docxPath = join(dir, 'plan.docx');
      writeFileSync(docxPath, await renderDocx(buildReport(view, reportOptions)));
      const loTimes: number[] = [];
      let loPages = 0;
      for (let i = 0; i < reps; i++) {
        const out = join(dir, `lo-${i}`);
        const t0 = performance.now();
        const run = spawnSync(office, [`-env:UserInstallation=file://${join(dir, `profile-${i}`)}`, '--headless', '--convert-to', 'pdf', '--outdir', out, docxPath], { stdio: 'ignore', timeout: 600_000 });
        const elapsed = performance.now() - t0;
        const made = run.status === 0 ? readdirSync(out).find((f) => f.endsWith('.pdf')) : undefined;
        if (!made) {
          log('  LibreOffice did not convert the document: no floor for the PDF figure');
          break;
        }
        loTimes.push(elapsed);
        loPages = pageCount(readFileSync(join(out, made)));
      }
      if (loTimes.length > 0) {
        figures.addTimes('floor.pdf.libreoffice', 'Floor: LibreOffice converts our Word document of the large plan to PDF (the peer a user would use)', loTimes);
        figures.add({ key: 'floor.pdf.libreoffice.pages', name: 'Floor: pages of LibreOffice\'s PDF of the .docx', value: loPages, unit: 'count' });
      }
    } else {
      log('  LibreOffice (soffice) is not installed: no floor for the PDF figure');
    }
    figures.addTimes('browser.export.pdf', 'PDF from the print view, from the view to the PDF bytes (buildReport + renderPrintHtml + Chromium page.pdf)', times, {
      floor: office ? 'floor.pdf.libreoffice.median' : undefined,
      target: 10_000,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
