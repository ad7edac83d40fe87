/**
 * The Word document read back through LibreOffice: converted to PDF headless (its own
 * user profile per run, so parallel runs do not share one), then read with pdftotext and
 * pdfinfo. Proves the contents are filled in without Word updating fields, the footers
 * count pages, and the logframe pages are landscape.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../shared/export/docx';
import { sampleReport } from '../../fixtures/report';

const dir = mkdtempSync(join(tmpdir(), 'docx-lo-'));
const pdf = { a4: join(dir, 'sample-a4.pdf'), letter: join(dir, 'sample-letter.pdf') };

const run = (command: string, args: readonly string[]) => execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const pageText = (file: string, page: number) => run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-']);
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))?.[1]);
/** Each page's [width, height] in points. */
const pageSizes = (file: string): [number, number][] =>
  [...run('pdfinfo', ['-f', '1', '-l', String(pageCount(file)), file]).matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

beforeAll(async () => {
  writeFileSync(join(dir, 'sample-a4.docx'), await renderDocx(sampleReport()));
  writeFileSync(join(dir, 'sample-letter.docx'), await renderDocx(sampleReport({ paper: 'Letter' })));
  const profile = pathToFileURL(join(dir, 'lo-profile')).href;
  run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'sample-a4.docx'), join(dir, 'sample-letter.docx')]);
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the Word document in LibreOffice', () => {
  it('shows the cover, the filled-in contents with page numbers, the headings and the table texts', () => {
    const pages = pageCount(pdf.a4);
    expect(pages).toBe(5);
    const text = Array.from({ length: pages }, (_, i) => pageText(pdf.a4, i + 1));
    // The title is set large and may wrap.
    expect(text[0]!.replace(/\s+/g, ' ')).toContain('Strategy 2010-15 of the Training Centre');
    expect(text[0]).toContain('International Training Centre');
    expect(text[0]).toMatch(/Period\s+1 Jan 2010 – 31 Dec 2015/);
    // The contents list the level 1 and 2 headings, in order, one a line, as LibreOffice
    // shows the field as written (it does not update it).
    const contents = text[1]!.split('\n').map((line) => line.trim()).filter((line) => line !== '');
    expect(contents.slice(1)).toEqual(['Contents', 'Strategy paper', 'Context', 'Logframe', 'Risk register', 'Page 2 of 5']);
    const body = text.join('\n');
    for (const words of ['Lessons learned', 'A minor heading', 'The Centre trains constituents worldwide.', 'First bullet', '3. Third', '4. Fourth', 'No narrative yet.', 'Programme Office']) {
      expect(body).toContain(words);
    }
    for (const cells of [
      /No\.\s+Results\s+Indicators\s+Assumptions/,
      /Component A: Training/,
      /1\s+Decent work for all\s+Number of countries/,
      /1\.1\.1\.1\s+Design the course catalogue/,
      /Funding falls\s+20\s+Extreme/,
      /Indicator D\s+Not measured/,
      /Total\s+35/,
    ]) {
      expect(body).toMatch(cells);
    }
  });

  it('has the plan title in the header and "Page n of m" in the footer of every page after the cover', () => {
    const pages = pageCount(pdf.a4);
    expect(pageText(pdf.a4, 1)).not.toMatch(/Page \d+ of/);
    for (let page = 2; page <= pages; page += 1) {
      const text = pageText(pdf.a4, page);
      expect(text.trimStart().startsWith('Strategy 2010-15 of the Training Centre')).toBe(true);
      expect(text).toContain(`Page ${page} of ${pages}`);
    }
  });

  it('lays the logframe out on landscape pages and the rest on portrait, on A4 or Letter', () => {
    for (const file of [pdf.a4, pdf.letter]) {
      const logframe = Array.from({ length: pageCount(file) }, (_, i) => pageText(file, i + 1).includes('Logframe matrix'));
      expect(logframe).toEqual([false, false, false, true, false]);
      expect(pageSizes(file).map(([w, h]) => w > h)).toEqual(logframe);
    }
    const a4 = pageSizes(pdf.a4).map(([w, h]) => `${w > h ? 'landscape' : 'portrait'} ${Math.round(Math.min(w, h))}x${Math.round(Math.max(w, h))}`);
    expect(a4).toEqual(['portrait 595x842', 'portrait 595x842', 'portrait 595x842', 'landscape 595x842', 'portrait 595x842']);
    const letter = pageSizes(pdf.letter).map(([w, h]) => `${w > h ? 'landscape' : 'portrait'} ${Math.round(Math.min(w, h))}x${Math.round(Math.max(w, h))}`);
    expect(letter).toEqual(['portrait 612x792', 'portrait 612x792', 'portrait 612x792', 'landscape 612x792', 'portrait 612x792']);
  });
});
