/**
 * Reading exported documents back as a person would see them: Word through LibreOffice
 * (headless, its own profile per run) to PDF, and PDFs through poppler's pdftotext and
 * pdfinfo. Used by the export tests (unit and end-to-end).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Converts a .docx (or .xlsx) to PDF with LibreOffice; returns the PDF's path. */
export function officeToPdf(file: string): string {
  const outDir = mkdtempSync(path.join(tmpdir(), 'rbm-lo-out-'));
  const profile = mkdtempSync(path.join(tmpdir(), 'rbm-lo-profile-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, file], { stdio: 'pipe', timeout: 180_000 });
  const pdf = readdirSync(outDir).find((f) => f.endsWith('.pdf'));
  if (!pdf) throw new Error(`LibreOffice made no PDF of ${file}`);
  return path.join(outDir, pdf);
}

/** The PDF's text, in reading order with the layout kept (pdftotext -layout). */
export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The text of each page (pdftotext splits pages with a form feed). */
export function pdfPages(pdf: string): string[] {
  return pdfText(pdf).split('\f').slice(0, -1);
}

export interface PageSize {
  readonly width: number;
  readonly height: number;
  readonly landscape: boolean;
}

/** Each page's size in points, from pdfinfo. */
export function pageSizes(pdf: string): PageSize[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '100000', pdf], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => {
    const width = Number(m[1]);
    const height = Number(m[2]);
    return { width, height, landscape: width > height };
  });
}
