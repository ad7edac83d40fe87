// @vitest-environment happy-dom
/** The print view (shared/export/html.ts renderPrintHtml), parsed back with happy-dom's DOMParser. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnPercents, KEEP_TABLE, pageOfParts, printPaper, PRINT_CONTENT_SECURITY_POLICY, renderPrintHtml, RUNNING_TITLE_MAX, runningTitle } from '../../../shared/export/html';
import { PRINT_CSS, PRINT_CSS_HASH } from '../../../shared/export/print-css';
import type { Report, Row } from '../../../shared/export/report';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../../electron/main/security';
import { HOSTILE, hostileReport, sampleReport } from '../../fixtures/report';

const parse = (report: Report) => new DOMParser().parseFromString(renderPrintHtml(report), 'text/html');
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const texts = (els: Iterable<Element>) => [...els].map(text);

describe('renderPrintHtml: the document', () => {
  it('is a standalone HTML5 document with language, charset and title', () => {
    const html = renderPrintHtml(sampleReport());
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    const doc = parse(sampleReport());
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(doc.title).toBe('Strategy 2010-15 of the Training Centre');
    expect(parse(sampleReport({ language: 'fr' })).documentElement.getAttribute('lang')).toBe('fr');
  });

  it('carries its own CSP forbidding scripts and loads, allowing only its stylesheet by hash', () => {
    const doc = parse(sampleReport());
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toBe(PRINT_CONTENT_SECURITY_POLICY);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain(`style-src ${PRINT_CSS_HASH}`);
    expect(csp).not.toContain('unsafe-inline');
    // The policy comes before the stylesheet, so it governs it.
    const head = [...doc.head.children].map((el) => el.tagName);
    expect(head.indexOf('META', 1)).toBeLessThan(head.indexOf('STYLE'));
  });

  it('has no script, no event handler attribute and no style attribute', () => {
    for (const report of [sampleReport(), hostileReport()]) {
      const doc = parse(report);
      expect(doc.querySelectorAll('script, iframe, object, embed, link, img')).toHaveLength(0);
      for (const el of doc.querySelectorAll('*')) {
        for (const attr of el.getAttributeNames()) expect(attr.startsWith('on') || attr === 'style').toBe(false);
      }
    }
  });

  it('holds exactly the fixed stylesheet, whose hash is in its CSP and in the app\'s', () => {
    const doc = parse(sampleReport({ paper: 'Letter' }));
    const styles = doc.querySelectorAll('style');
    expect(styles).toHaveLength(1);
    expect(styles[0]!.textContent).toBe(PRINT_CSS);
    const hash = `'sha256-${createHash('sha256').update(PRINT_CSS, 'utf8').digest('base64')}'`;
    expect(PRINT_CSS_HASH, 'update PRINT_CSS_HASH and renderer/index.html').toBe(hash);
    expect(META_CONTENT_SECURITY_POLICY).toContain(`style-src 'self' ${hash}`);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(readFileSync(path.resolve('renderer/index.html'), 'utf8')).toContain(`style-src 'self' ${hash}`);
  });

  it('chooses A4 or Letter by a class on <html>, and puts the page furniture in data attributes', () => {
    expect(parse(sampleReport()).documentElement.className).toBe('paper-a4');
    const letter = parse(sampleReport({ paper: 'Letter', labels: { contents: 'Sommaire', pageOf: 'Page {page} sur {pages}' } }));
    expect(letter.documentElement.className).toBe('paper-letter');
    const root = letter.documentElement;
    expect(root.getAttribute('data-running-title')).toBe('Strategy 2010-15 of the Training Centre');
    expect([root.getAttribute('data-page-before'), root.getAttribute('data-page-middle'), root.getAttribute('data-page-after')]).toEqual(['Page ', ' sur ', '']);
    expect(PRINT_CSS).toMatch(/@page a4-landscape \{ size: A4 landscape;/);
    expect(PRINT_CSS).toMatch(/@page letter-portrait \{ size: Letter portrait;/);
    expect(PRINT_CSS).toContain('counter(page) var(--rbm-page-middle) counter(pages)');
  });
});

describe('renderPrintHtml: content', () => {
  it('starts with the cover: organisation, title, subtitle and its facts', () => {
    const doc = parse(sampleReport());
    const cover = doc.querySelector('main > .sheet.cover')!;
    expect(cover).toBe(doc.querySelector('main')!.firstElementChild);
    expect(text(cover.querySelector('.cover-organisation'))).toBe('International Training Centre');
    expect(text(cover.querySelector('h1'))).toBe('Strategy 2010-15 of the Training Centre');
    expect(text(cover.querySelector('.cover-subtitle'))).toBe('Strategy paper and logframe');
    expect(texts(cover.querySelectorAll('dt'))).toEqual(['Period', 'Status', 'Version', 'Date']);
    expect(texts(cover.querySelectorAll('dd'))).toEqual(['1 Jan 2010 – 31 Dec 2015', 'Draft', '0.3', '29 November 2026']);
  });

  it('lists level 1 and 2 headings in the contents, each linking to its heading', () => {
    const doc = parse(sampleReport());
    const nav = doc.querySelector('nav.contents')!;
    expect(text(nav.querySelector('h2'))).toBe('Contents');
    const links = [...nav.querySelectorAll('a')];
    expect(texts(links)).toEqual(['Strategy paper', 'Context', 'Logframe', 'Risk register']);
    for (const link of links) {
      const id = link.getAttribute('href')!.slice(1);
      expect(text(doc.getElementById(id))).toBe(text(link));
    }
    expect(texts(nav.querySelectorAll('.toc-2'))).toEqual(['Context']);
  });

  it('leaves out the cover and contents when the report has none', () => {
    const doc = parse(sampleReport({ cover: null, contents: false }));
    expect(doc.querySelector('.cover, nav.contents')).toBeNull();
    expect(doc.querySelector('main > .sheet')!.classList.contains('part-narrative')).toBe(true);
  });

  it('keeps the headings in order at their levels', () => {
    const doc = parse(sampleReport());
    const headings = [...doc.querySelectorAll('section h1, section h2, section h3, section h4')].map((h) => `${h.tagName} ${text(h)}`);
    expect(headings).toEqual(['H1 Strategy paper', 'H2 Context', 'H3 Lessons learned', 'H4 A minor heading', 'H1 Logframe', 'H1 Risk register']);
  });

  it('makes one sheet per section with its part and orientation (the named page of landscape parts)', () => {
    const doc = parse(sampleReport());
    const sections = [...doc.querySelectorAll('section.sheet')];
    expect(sections.map((s) => [...s.classList].filter((c) => c !== 'sheet' && c !== 'part').join(' '))).toEqual([
      'part-narrative portrait',
      'part-logframe landscape',
      'part-risks portrait',
    ]);
    expect(PRINT_CSS).toContain('.paper-a4 .sheet.landscape { page: a4-landscape; }');
    expect(PRINT_CSS).toContain('.sheet + .sheet { break-before: page; }');
  });

  it('typesets paragraphs with emphasis, lists with their start, notes and facts', () => {
    const doc = parse(sampleReport());
    const narrative = doc.querySelector('.part-narrative')!;
    const first = narrative.querySelector('p')!;
    expect(text(first)).toBe('The Centre trains constituents worldwide.');
    expect(text(first.querySelector('strong'))).toBe('trains');
    expect(text(first.querySelector('em'))).toBe('worldwide');
    expect(texts(narrative.querySelectorAll('ul > li'))).toEqual(['First bullet', 'Second bold']);
    expect(narrative.querySelector('ol')!.getAttribute('start')).toBe('3');
    expect(texts(narrative.querySelectorAll('ol > li'))).toEqual(['Third', 'Fourth']);
    expect(text(narrative.querySelector('p.note'))).toBe('No narrative yet.');
    expect(texts(narrative.querySelectorAll('dl.facts dt'))).toEqual(['Owner', 'Currency']);
  });

  it('makes tables with caption, column widths, a header row and the rows and cell texts in order', () => {
    const doc = parse(sampleReport());
    const [logframe, risks] = [...doc.querySelectorAll('table')];
    expect(text(logframe!.querySelector('caption'))).toBe('Logframe matrix');
    expect(logframe!.classList.contains('compact')).toBe(true);
    expect(risks!.classList.contains('compact')).toBe(false);
    expect(risks!.classList.contains('keep')).toBe(true);
    expect([...logframe!.querySelectorAll('col')].map((c) => c.className)).toEqual(['w-6', 'w-38', 'w-36', 'w-20']);
    expect(texts(logframe!.querySelectorAll('thead th'))).toEqual(['No.', 'Results', 'Indicators', 'Assumptions']);
    expect(logframe!.querySelectorAll('thead th[scope="col"]')).toHaveLength(4);
    const rows = [...logframe!.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.className)).toEqual(['row-group', 'row-goal', 'row-outcome', 'row-output', 'row-activity']);
    expect(texts(rows[2]!.querySelectorAll('td'))).toEqual(['1.1', 'Constituents apply what they learned', 'Share of participants applyingBaseline 2009: 12', '']);
    expect(texts(rows[2]!.querySelectorAll('td')[2]!.querySelectorAll('p'))).toEqual(['Share of participants applying', 'Baseline 2009: 12']);
    expect(rows[2]!.querySelector('td')!.querySelector('strong')).not.toBeNull();
    expect(rows[0]!.querySelector('td')!.getAttribute('colspan')).toBe('4');
    expect(text(rows[0])).toBe('Component A: Training');
  });

  it('aligns cells (the cell\'s own, else its column\'s) and tints them by tone, keeping their words', () => {
    const doc = parse(sampleReport());
    const risks = doc.querySelectorAll('table')[1]!;
    const rows = [...risks.querySelectorAll('tbody tr')];
    const first = rows[0]!.querySelectorAll('td');
    expect(first[1]!.className).toBe('align-right');
    expect(first[2]!.className).toBe('align-center tone-extreme');
    expect(rows[1]!.querySelectorAll('td')[2]!.className).toBe('align-center tone-high');
    expect(rows[2]!.querySelectorAll('td')[1]!.className).toBe('align-right');
    expect(risks.querySelectorAll('thead th')[1]!.className).toBe('align-right');
    const tones = [...risks.querySelectorAll('td[class*="tone-"]')].map((td) => `${/tone-(\w+)/.exec(td.className)![1]}:${text(td)}`);
    expect(tones).toEqual(['extreme:Extreme', 'high:High', 'moderate:Moderate', 'low:Low', 'muted:—', 'onTrack:On track', 'atRisk:At risk', 'offTrack:Off track', 'notMeasured:Not measured']);
    expect(rows.at(-1)!.className).toBe('row-total');
    for (const tone of ['onTrack', 'atRisk', 'offTrack', 'notMeasured', 'low', 'moderate', 'high', 'extreme', 'muted']) expect(PRINT_CSS).toContain(`tone-${tone}`);
  });

  it('keeps small tables on one page, but not long or wordy ones', () => {
    const doc = parse(sampleReport());
    const [logframe, risks] = [...doc.querySelectorAll('table')];
    expect(risks!.classList.contains('keep')).toBe(true);
    expect(logframe!.classList.contains('keep')).toBe(true);
    const table = (rows: number, text: string) =>
      parse(
        sampleReport({
          sections: [{ part: 'risks', orientation: 'portrait', blocks: [{ kind: 'table', table: { caption: 'T', columns: [{ header: 'A', width: 1 }], rows: Array.from({ length: rows }, () => ({ kind: 'body' as const, cells: [{ lines: [[{ text }]] }] })) } }] }],
        }),
      ).querySelector('table')!.classList;
    expect(table(KEEP_TABLE.rows, 'short').contains('keep')).toBe(true);
    expect(table(KEEP_TABLE.rows + 1, 'short').contains('keep')).toBe(false);
    expect(table(3, 'x'.repeat(KEEP_TABLE.chars)).contains('keep')).toBe(false);
    expect(PRINT_CSS).toContain('table.keep { break-inside: avoid; }');
  });

  it('places cells after a spanning cell under the right column', () => {
    const rows: Row[] = [{ kind: 'body', cells: [{ lines: [[{ text: 'A and B' }]], colSpan: 2 }, { lines: [[{ text: '7' }]] }] }];
    const doc = parse(
      sampleReport({
        sections: [
          {
            part: 'resources',
            orientation: 'portrait',
            blocks: [{ kind: 'table', table: { caption: 'Spans', columns: [{ header: 'A', width: 1 }, { header: 'B', width: 1 }, { header: 'N', width: 1, align: 'right' }], rows } }],
          },
        ],
      }),
    );
    const tds = doc.querySelectorAll('tbody td');
    expect(tds[0]!.getAttribute('colspan')).toBe('2');
    expect(tds[1]!.className).toBe('align-right');
    expect([...doc.querySelectorAll('col')].map((c) => c.className)).toEqual(['w-34', 'w-33', 'w-33']);
  });
});

describe('renderPrintHtml: hostile text', () => {
  it('escapes every text: nothing is injected and the words are all there', () => {
    const html = renderPrintHtml(hostileReport());
    const doc = parse(hostileReport());
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(html).not.toContain('<script>alert');
    expect(doc.title).toBe(`${HOSTILE.xml} ${HOSTILE.emoji}`);
    expect(doc.documentElement.getAttribute('data-running-title')).toBe(`${HOSTILE.xml} ${HOSTILE.emoji}`);
    expect(text(doc.querySelector('.cover-title'))).toBe(text({ textContent: HOSTILE.xml } as Element));
    expect(text(doc.querySelector('section h1'))).toBe(text({ textContent: HOSTILE.xml } as Element));
    expect(text(doc.querySelector('caption'))).toBe(text({ textContent: HOSTILE.xml } as Element));
    expect(doc.body.textContent).toContain(HOSTILE.emoji);
    expect(doc.body.textContent).toContain(HOSTILE.rtl);
    expect(doc.body.textContent).toContain(HOSTILE.long);
    // The elements are only those the renderer writes.
    const tags = new Set([...doc.querySelectorAll('*')].map((el) => el.tagName.toLowerCase()));
    const allowed = ['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'header', 'nav', 'section', 'div', 'h1', 'h2', 'p', 'dl', 'dt', 'dd', 'ol', 'ul', 'li', 'a', 'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tr', 'th', 'td', 'strong', 'em', 'bdi', 'br'];
    for (const tag of tags) expect(allowed).toContain(tag);
  });

  it('drops the characters HTML cannot hold', () => {
    const html = renderPrintHtml(hostileReport());
    expect(html).not.toContain('\u0007');
    expect(html).not.toContain('\u000c');
    expect(html).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(parse(hostileReport()).body.textContent).toContain('Bell and form feed and a lone surrogate  here');
  });

  it('isolates right-to-left runs and sets right-to-left blocks right to left', () => {
    const doc = parse(hostileReport());
    const organisation = doc.querySelector('.cover-organisation')!;
    expect(text(organisation.querySelector('bdi'))).toBe(HOSTILE.rtl);
    expect(organisation.getAttribute('dir')).toBe('rtl');
    // A paragraph that starts with a right-to-left run is right to left, though the run is isolated.
    const bold = [...doc.querySelectorAll('strong')].find((s) => text(s) === HOSTILE.rtl)!;
    expect(bold.querySelector('bdi')).not.toBeNull();
    expect(bold.closest('p')!.getAttribute('dir')).toBe('rtl');
    // Blocks that start in a left-to-right script are left to the browser's guess.
    expect(doc.querySelector('.cover-title')!.getAttribute('dir')).toBe('auto');
    for (const el of doc.querySelectorAll('main p, main li, main th, main h1, main h2, main dt, main dd, main caption')) {
      expect(['auto', 'rtl']).toContain(el.getAttribute('dir'));
    }
  });
});

describe('helpers', () => {
  it('columnPercents: whole percents summing to 100, at least 1 each', () => {
    expect(columnPercents([6, 38, 36, 20])).toEqual([6, 38, 36, 20]);
    expect(columnPercents([1, 1, 1])).toEqual([34, 33, 33]);
    expect(columnPercents([0, 0])).toEqual([50, 50]);
    const many = columnPercents([1000, ...Array.from({ length: 30 }, () => 1)]);
    expect(many.reduce((a, b) => a + b, 0)).toBe(100);
    expect(Math.min(...many)).toBe(1);
    expect(columnPercents([Number.NaN, 3])).toEqual([1, 99]);
  });

  it('runningTitle: keeps a usual title whole and shortens a very long one at a word', () => {
    expect(runningTitle('Strategy 2010-15')).toBe('Strategy 2010-15');
    const long = 'A very long plan title that goes on and on '.repeat(8);
    const short = runningTitle(long);
    expect([...short].length).toBeLessThanOrEqual(RUNNING_TITLE_MAX);
    expect(short).toMatch(/\S…$/);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    const doc = parse(sampleReport({ title: long }));
    expect(doc.documentElement.getAttribute('data-running-title')).toBe(short);
    expect(doc.title).toBe(long.trim());
  });

  it('printPaper: reads the paper back from a print view', () => {
    expect(printPaper(renderPrintHtml(sampleReport()))).toBe('A4');
    expect(printPaper(renderPrintHtml(sampleReport({ paper: 'Letter' })))).toBe('Letter');
    expect(printPaper('<p>not a print view</p>')).toBe('A4');
  });

  it('pageOfParts: splits the footer label around the page numbers', () => {
    expect(pageOfParts('Page {page} of {pages}')).toEqual({ before: 'Page ', middle: ' of ', after: '' });
    expect(pageOfParts('{page}/{pages} pages')).toEqual({ before: '', middle: '/', after: ' pages' });
    expect(pageOfParts('no placeholders')).toEqual({ before: '', middle: ' / ', after: '' });
  });
});
