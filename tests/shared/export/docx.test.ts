import { execFileSync } from 'node:child_process';
import { Window } from 'happy-dom';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../shared/export/docx';
import type { Report } from '../../../shared/export/report';
import { xmlSafe } from '../../../shared/export/text';
import { HOSTILE, hostileReport, sampleReport } from '../../fixtures/report';

interface Docx {
  readonly zip: JSZip;
  readonly document: Document;
  readonly xml: (path: string) => Promise<string>;
  readonly parse: (path: string) => Promise<Document>;
}

function parseXml(text: string): Document {
  const doc = new new Window().DOMParser().parseFromString(text, 'application/xml') as unknown as Document;
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

async function open(report: Report): Promise<Docx> {
  const bytes = await renderDocx(report);
  expect(bytes).toBeInstanceOf(Uint8Array);
  const zip = await JSZip.loadAsync(bytes);
  const xml = async (path: string) => {
    const file = zip.file(path);
    if (file === null) throw new Error(`${path} missing`);
    return file.async('string');
  };
  const parse = async (path: string) => parseXml(await xml(path));
  return { zip, document: await parse('word/document.xml'), xml, parse };
}

const all = (node: Document | Element, name: string): Element[] => [...node.getElementsByTagName(`w:${name}`)];
const first = (node: Document | Element, name: string): Element | undefined => all(node, name)[0];
const val = (node: Element | undefined): string | null => node?.getAttribute('w:val') ?? null;
const text = (node: Element): string =>
  all(node, 't')
    .map((t) => t.textContent)
    .join('');
/** Paragraphs of the body that are not inside a table. */
const bodyParagraphs = (doc: Document): Element[] => all(doc, 'p').filter((p) => p.parentElement?.localName === 'body' || p.parentElement?.localName === 'sdtContent');
const styleOf = (p: Element): string | null => val(first(p, 'pStyle'));
/** The section properties in document order (the last is the body's own). */
const sections = (doc: Document): Element[] => all(doc, 'sectPr');
const tableByCaption = (doc: Document, caption: string): Element => {
  const table = all(doc, 'tbl').find((t) => val(first(t, 'tblCaption')) === caption);
  if (table === undefined) throw new Error(`no table captioned ${caption}`);
  return table;
};
const ownRows = (table: Element): Element[] => [...table.children].filter((c) => c.localName === 'tr');
const ownCells = (row: Element): Element[] => [...row.children].filter((c) => c.localName === 'tc');

describe('renderDocx', () => {
  it('writes the headings with their Heading styles, in order', async () => {
    const { document } = await open(sampleReport());
    const headings = bodyParagraphs(document)
      .filter((p) => /^Heading\d$/.test(styleOf(p) ?? ''))
      .map((p) => [styleOf(p), text(p)]);
    expect(headings).toEqual([
      ['Heading1', 'Strategy paper'],
      ['Heading2', 'Context'],
      ['Heading3', 'Lessons learned'],
      ['Heading4', 'A minor heading'],
      ['Heading1', 'Logframe'],
      ['Heading1', 'Risk register'],
    ]);
  });

  it('defines real Word styles: Title, Subtitle, Heading 1-4, lists, captions, a table style, one font, the proofing language', async () => {
    const docx = await open(sampleReport({ language: 'fr' }));
    const styles = await docx.parse('word/styles.xml');
    const byId = new Map(all(styles, 'style').map((s) => [s.getAttribute('w:styleId'), s]));
    for (const id of ['Normal', 'Title', 'Subtitle', 'Heading1', 'Heading2', 'Heading3', 'Heading4', 'ListBullet', 'ListNumber', 'Caption', 'Note', 'TOC1', 'TOC2', 'ReportTable']) {
      expect(byId.has(id), id).toBe(true);
    }
    expect(byId.get('ReportTable')?.getAttribute('w:type')).toBe('table');
    expect(val(first(byId.get('ListBullet')!, 'name'))).toBe('List Bullet');
    expect(val(first(byId.get('Heading2')!, 'outlineLvl'))).toBe('1');
    const defaults = first(styles, 'docDefaults')!;
    expect(first(defaults, 'rFonts')?.getAttribute('w:ascii')).toBe('Arial');
    expect(first(defaults, 'lang')?.getAttribute('w:val')).toBe('fr');
    const fonts = new Set(all(styles, 'rFonts').map((f) => f.getAttribute('w:ascii')));
    expect([...fonts].filter((f) => f !== null)).toEqual(['Arial']);
    // Every table in the body uses the table style, but the borderless facts lists.
    const tables = all(docx.document, 'tbl').filter((t) => first(t, 'tblCaption') !== undefined);
    expect(tables.length).toBe(2);
    for (const table of tables) expect(val(first(table, 'tblStyle'))).toBe('ReportTable');
  });

  it('writes the cover with title, organisation, subtitle and facts, without header or footer', async () => {
    const { document } = await open(sampleReport());
    const cover = sections(document)[0]!;
    expect(all(cover, 'headerReference')).toHaveLength(0);
    expect(all(cover, 'footerReference')).toHaveLength(0);
    const paragraphs = bodyParagraphs(document);
    expect(paragraphs.slice(0, 3).map((p) => [styleOf(p), text(p)])).toEqual([
      ['CoverOrganisation', 'International Training Centre'],
      ['Title', 'Strategy 2010-15 of the Training Centre'],
      ['Subtitle', 'Strategy paper and logframe'],
    ]);
    const facts = all(document, 'tbl')[0]!;
    expect(ownRows(facts).map((r) => ownCells(r).map(text))).toEqual([
      ['Period', '1 Jan 2010 – 31 Dec 2015'],
      ['Status', 'Draft'],
      ['Version', '0.3'],
      ['Date', '29 November 2026'],
    ]);
  });

  it('fills the table of contents with the level 1 and 2 headings, linked to their bookmarks, for Word to number', async () => {
    const { document } = await open(sampleReport());
    expect(bodyParagraphs(document).find((p) => styleOf(p) === 'TOCHeading')?.textContent).toBe('Contents');
    const toc = first(document, 'sdt')!;
    expect(all(toc, 'instrText').map((i) => i.textContent)[0]).toMatch(/^TOC .*\\o "1-2"/);
    const entries = all(toc, 'p')
      .filter((p) => first(p, 'hyperlink') !== undefined)
      .map((p) => ({ style: styleOf(p), anchor: first(p, 'hyperlink')?.getAttribute('w:anchor'), text: text(p) }));
    expect(entries.map((e) => [e.style, e.text])).toEqual([
      ['TOC1', 'Strategy paper'],
      ['TOC2', 'Context'],
      ['TOC1', 'Logframe'],
      ['TOC1', 'Risk register'],
    ]);
    // Page numbers are left to Word (the field is dirty, so Word updates it on opening).
    expect(all(toc, 'fldChar')[0]?.getAttribute('w:dirty')).toBe('true');
    expect(all(toc, 'instrText').filter((i) => i.textContent?.startsWith('PAGEREF'))).toHaveLength(4);
    const bookmarks = new Set(all(document, 'bookmarkStart').map((b) => b.getAttribute('w:name')));
    for (const entry of entries) expect(bookmarks.has(entry.anchor ?? '')).toBe(true);
  });

  it('leaves out the cover and the contents when the report has none', async () => {
    const { document } = await open(sampleReport({ cover: null, contents: false }));
    expect(all(document, 'sdt')).toHaveLength(0);
    expect(bodyParagraphs(document).some((p) => styleOf(p) === 'Title' || styleOf(p) === 'TOCHeading')).toBe(false);
    expect(sections(document)).toHaveLength(3);
    expect(all(sections(document)[0]!, 'headerReference')).toHaveLength(1);
  });

  it('writes each section on a new page in its orientation, on A4 or Letter', async () => {
    const a4 = await open(sampleReport());
    const pages = (doc: Document) =>
      sections(doc).map((s) => {
        const size = first(s, 'pgSz')!;
        return [size.getAttribute('w:orient'), Number(size.getAttribute('w:w')), Number(size.getAttribute('w:h'))];
      });
    expect(pages(a4.document)).toEqual([
      ['portrait', 11906, 16838],
      ['portrait', 11906, 16838],
      ['portrait', 11906, 16838],
      ['landscape', 16838, 11906],
      ['portrait', 11906, 16838],
    ]);
    for (const s of sections(a4.document)) expect([null, 'nextPage']).toContain(val(first(s, 'type')));
    const letter = await open(sampleReport({ paper: 'Letter' }));
    expect(pages(letter.document).map(([o, w, h]) => `${o} ${w}x${h}`)).toEqual(['portrait 12240x15840', 'portrait 12240x15840', 'portrait 12240x15840', 'landscape 15840x12240', 'portrait 12240x15840']);
  });

  it('puts the plan title in the header and "Page n of m" fields in the footer of every page after the cover', async () => {
    const docx = await open(sampleReport({ labels: { contents: 'Sommaire', pageOf: 'Page {page} sur {pages}' } }));
    const rels = parseXml(await docx.xml('word/_rels/document.xml.rels'));
    const target = new Map([...rels.getElementsByTagName('Relationship')].map((r) => [r.getAttribute('Id'), r.getAttribute('Target')]));
    const after = sections(docx.document).slice(1);
    expect(after).toHaveLength(4);
    for (const section of after) {
      const header = await docx.parse(`word/${target.get(first(section, 'headerReference')!.getAttribute('r:id'))}`);
      expect(text(header.documentElement)).toBe('Strategy 2010-15 of the Training Centre');
      const footer = await docx.parse(`word/${target.get(first(section, 'footerReference')!.getAttribute('r:id'))}`);
      const fields = all(footer, 'instrText').map((i) => i.textContent?.trim());
      expect(fields).toEqual(['PAGE', 'NUMPAGES']);
      // The words around the fields, in order: "Page ", the page, " sur ", the pages.
      expect(all(footer, 't').map((t) => t.textContent)).toEqual(['Page ', ' sur ']);
    }
  });

  it('writes table rows and cell texts in order, the header row repeated and no row split across pages', async () => {
    const { document } = await open(sampleReport());
    const matrix = tableByCaption(document, 'Logframe matrix');
    expect(val(first(matrix, 'tblDescription'))).toBe('Logframe matrix');
    const caption = matrix.previousElementSibling!;
    expect([styleOf(caption), text(caption)]).toEqual(['Caption', 'Logframe matrix']);
    expect(first(caption, 'keepNext')).toBeDefined();
    const rows = ownRows(matrix);
    expect(rows.map((r) => ownCells(r).map(text))).toEqual([
      ['No.', 'Results', 'Indicators', 'Assumptions'],
      ['Component A: Training'],
      ['1', 'Decent work for all', 'Number of countriesBaseline 2009: 12', ''],
      ['1.1', 'Constituents apply what they learned', 'Share of participants applyingBaseline 2009: 12', ''],
      ['1.1.1', 'Courses delivered', 'Courses per yearBaseline 2009: 12', ''],
      ['1.1.1.1', 'Design the course catalogue', 'Baseline 2009: 12', ''],
    ]);
    expect(rows.map((r) => first(r, 'tblHeader') !== undefined)).toEqual([true, false, false, false, false, false]);
    for (const row of rows) expect(first(row, 'cantSplit')).toBeDefined();
    expect(val(first(ownCells(rows[1]!)[0]!, 'gridSpan'))).toBe('4');
    // A cell's lines are its paragraphs; compact tables use the smaller table text style.
    expect(all(ownCells(rows[2]!)[2]!, 'p').map(text)).toEqual(['Number of countries', 'Baseline 2009: 12']);
    expect(new Set(all(matrix, 'p').map(styleOf))).toEqual(new Set(['TableTextCompact']));
    expect(new Set(all(tableByCaption(document, 'Risks by likelihood and impact'), 'p').map(styleOf))).toEqual(new Set(['TableText']));
  });

  it('lets a row taller than a page break across pages, as Word would cut off the rest of it', async () => {
    const { document } = await open(hostileReport());
    const rows = ownRows(tableByCaption(document, HOSTILE.xml));
    expect(rows.map((r) => first(r, 'cantSplit') !== undefined)).toEqual([true, false]);
    expect(text(rows[1]!)).toContain(HOSTILE.long);
  });

  it('sets column widths as shares of the text width of the section orientation', async () => {
    const { document } = await open(sampleReport());
    const grid = (caption: string) => all(tableByCaption(document, caption), 'gridCol').map((g) => Number(g.getAttribute('w:w')));
    const landscape = grid('Logframe matrix');
    const portrait = grid('Risks by likelihood and impact');
    expect(landscape.reduce((a, b) => a + b)).toBe(16838 - 2 * 1134);
    expect(portrait.reduce((a, b) => a + b)).toBe(11906 - 2 * 1134);
    expect(landscape[1]! / landscape[0]!).toBeCloseTo(38 / 6, 1);
    expect(portrait.map((w) => Math.round((w / 9638) * 100))).toEqual([50, 15, 35]);
    expect(first(tableByCaption(document, 'Logframe matrix'), 'tblLayout')?.getAttribute('w:type')).toBe('fixed');
  });

  it('sets row kinds and tones apart: group band, shaded goal and outcome, lighter activity, bold total with a top rule, tinted tones', async () => {
    const { document } = await open(sampleReport());
    const fillOf = (cell: Element) => first(cell, 'shd')?.getAttribute('w:fill') ?? null;
    const matrix = ownRows(tableByCaption(document, 'Logframe matrix'));
    const [header, group, goal, outcome, output, activity] = matrix.map((r) => ownCells(r)[1] ?? ownCells(r)[0]!);
    const fills = [header, group, goal, outcome, output, activity].map((c) => fillOf(c!));
    expect(fills[4]).toBeNull();
    expect(fills[5]).toBeNull();
    expect(new Set(fills.slice(0, 4)).size).toBe(4);
    expect(all(group!, 'b').length).toBeGreaterThan(0);
    expect(first(activity!, 'color')?.getAttribute('w:val')).toBe('595959');
    const risks = ownRows(tableByCaption(document, 'Risks by likelihood and impact'));
    const bands = risks.slice(1, 9).map((r) => fillOf(ownCells(r)[2]!));
    expect(bands.every((f) => f !== null && f !== 'auto')).toBe(true);
    expect(new Set(bands.slice(0, 4)).size).toBe(4);
    const total = risks[9]!;
    for (const cell of ownCells(total)) expect(first(first(cell, 'tcBorders')!, 'top')?.getAttribute('w:val')).toBe('single');
    expect(all(ownCells(total)[1]!, 'b').length).toBeGreaterThan(0);
    expect(val(first(ownCells(risks[1]!)[1]!, 'jc'))).toBe('right');
    expect(val(first(ownCells(risks[1]!)[2]!, 'jc'))).toBe('center');
  });

  it('writes lists with numbering definitions: bullets, and an ordered list starting at its start', async () => {
    const docx = await open(sampleReport());
    const items = bodyParagraphs(docx.document).filter((p) => first(p, 'numPr') !== undefined);
    expect(items.map((p) => [styleOf(p), text(p)])).toEqual([
      ['ListBullet', 'First bullet'],
      ['ListBullet', 'Second bold'],
      ['ListNumber', 'Third'],
      ['ListNumber', 'Fourth'],
    ]);
    const numIds = items.map((p) => val(first(p, 'numId')));
    expect(numIds[0]).toBe(numIds[1]);
    expect(numIds[2]).toBe(numIds[3]);
    expect(numIds[0]).not.toBe(numIds[2]);
    const numbering = await docx.parse('word/numbering.xml');
    const abstractOf = (numId: string | null) => {
      const num = all(numbering, 'num').find((n) => n.getAttribute('w:numId') === numId)!;
      const id = val(first(num, 'abstractNumId'));
      return all(numbering, 'abstractNum').find((a) => a.getAttribute('w:abstractNumId') === id)!;
    };
    expect(val(first(abstractOf(numIds[0]!), 'numFmt'))).toBe('bullet');
    const ordered = abstractOf(numIds[2]!);
    expect(val(first(ordered, 'numFmt'))).toBe('decimal');
    const override = all(numbering, 'num').find((n) => n.getAttribute('w:numId') === numIds[2]);
    const start = val(first(override!, 'startOverride')) ?? val(first(ordered, 'start'));
    expect(start).toBe('3');
  });

  it('restarts each list: two ordered lists from 1 are two numberings, each counting from 1', async () => {
    const list = (text: string) => ({ kind: 'list' as const, ordered: true, start: 1, items: [[{ text }]] });
    const docx = await open(
      sampleReport({
        cover: null,
        contents: false,
        sections: [{ part: 'narrative', orientation: 'portrait', blocks: [list('One'), { kind: 'paragraph', runs: [{ text: 'Between' }] }, list('Again one')] }],
      }),
    );
    const numIds = bodyParagraphs(docx.document)
      .filter((p) => first(p, 'numPr') !== undefined)
      .map((p) => val(first(p, 'numId')));
    expect(numIds).toHaveLength(2);
    expect(numIds[0]).not.toBe(numIds[1]);
    const numbering = await docx.parse('word/numbering.xml');
    for (const numId of numIds) {
      const num = all(numbering, 'num').find((n) => n.getAttribute('w:numId') === numId)!;
      const abstract = all(numbering, 'abstractNum').find((a) => a.getAttribute('w:abstractNumId') === val(first(num, 'abstractNumId')))!;
      expect(val(first(num, 'startOverride')) ?? val(first(abstract, 'start'))).toBe('1');
    }
  });

  it('typesets a table without columns or rows and a section without blocks without failing', async () => {
    const docx = await open(
      sampleReport({
        sections: [
          { part: 'risks', orientation: 'portrait', blocks: [{ kind: 'table', table: { caption: 'Empty', columns: [], rows: [{ kind: 'body', cells: [{ lines: [[{ text: 'Lone' }]] }] }] } }] },
          { part: 'milestones', orientation: 'landscape', blocks: [] },
        ],
      }),
    );
    expect(ownRows(tableByCaption(docx.document, 'Empty')).map((r) => ownCells(r).map(text))).toEqual([['Lone']]);
    expect(sections(docx.document)).toHaveLength(4);
  });

  it('typesets notes muted, facts as a borderless two-column list, and keeps headings with the next paragraph', async () => {
    const { document } = await open(sampleReport());
    const paragraphs = bodyParagraphs(document);
    expect(styleOf(paragraphs.find((p) => text(p) === 'No narrative yet.')!)).toBe('Note');
    const facts = all(document, 'tbl').find((t) => text(t).startsWith('Owner'))!;
    expect(ownRows(facts).map((r) => ownCells(r).map(text))).toEqual([
      ['Owner', 'Programme Office'],
      ['Currency', 'USD'],
    ]);
    expect(all(first(facts, 'tblBorders')!, '*').every((b) => b.getAttribute('w:val') === 'none')).toBe(true);
    for (const heading of paragraphs.filter((p) => /^Heading/.test(styleOf(p) ?? ''))) expect(first(heading, 'keepNext')).toBeDefined();
  });

  it('closes each part with its section break: in its last paragraph, or in a paragraph of its own after a table or the contents', async () => {
    const { document } = await open(sampleReport());
    const holders = sections(document).map((s) => s.parentElement!);
    // The last section's properties are the body's own.
    expect(holders.at(-1)?.localName).toBe('body');
    const paragraphs = holders.slice(0, -1).map((pPr) => pPr.parentElement!);
    // Cover (ends with the facts table) and contents (ends with the TOC): empty paragraphs;
    // the strategy paper ends with the facts table too; the logframe with its table.
    expect(paragraphs.map((p) => [p.previousElementSibling?.localName, text(p)])).toEqual([
      ['tbl', ''],
      ['sdt', ''],
      ['tbl', ''],
      ['tbl', ''],
    ]);
    // A part ending with a paragraph closes in it, its text and style kept.
    const ending = await open(
      sampleReport({
        cover: null,
        contents: false,
        sections: [
          { part: 'narrative', orientation: 'portrait', blocks: [{ kind: 'paragraph', runs: [{ text: 'Last words' }], note: true }] },
          { part: 'risks', orientation: 'landscape', blocks: [{ kind: 'paragraph', runs: [{ text: 'The end' }] }] },
        ],
      }),
    );
    const [narrative, risks] = sections(ending.document);
    const closing = narrative!.parentElement!.parentElement!;
    expect([styleOf(closing), text(closing)]).toEqual(['Note', 'Last words']);
    // w:sectPr is the last child of w:pPr, as the schema has it.
    expect(narrative!.nextElementSibling).toBeNull();
    expect(narrative!.previousElementSibling?.localName).toBe('widowControl');
    expect(risks!.parentElement?.localName).toBe('body');
    expect(risks!.nextElementSibling).toBeNull();
    expect(first(risks!, 'pgSz')?.getAttribute('w:orient')).toBe('landscape');
    expect(bodyParagraphs(ending.document).map(text)).toEqual(['Last words', 'The end']);
  });

  it('breaks lines inside a run, and writes a report of many rows (written out in pieces) whole and in order', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => ({ kind: 'body' as const, cells: [{ lines: [[{ text: `Row ${i} & <more>` }]] }, { lines: [[{ text: 'first line\nsecond line\r\nthird' }]] }] }));
    const { document } = await open(
      sampleReport({
        cover: null,
        contents: false,
        sections: [{ part: 'indicators', orientation: 'portrait', blocks: [{ kind: 'table', table: { caption: 'Many', columns: [{ header: 'A', width: 1 }, { header: 'B', width: 1 }], rows } }] }],
      }),
    );
    const table = ownRows(tableByCaption(document, 'Many'));
    expect(table).toHaveLength(1501);
    expect(table.slice(1).map((r) => text(ownCells(r)[0]!))).toEqual(rows.map((_, i) => `Row ${i} & <more>`));
    const cell = ownCells(table[1500]!)[1]!;
    expect(all(cell, 'p')).toHaveLength(1);
    expect([...first(cell, 'r')!.children].map((c) => (c.localName === 't' ? c.textContent : c.localName))).toEqual(['first line', 'br', 'second line', 'br', 'third']);
  });

  it('writes the core properties: title and creator', async () => {
    const docx = await open(sampleReport());
    const core = parseXml(await docx.xml('docProps/core.xml'));
    expect(core.getElementsByTagName('dc:title')[0]?.textContent).toBe('Strategy 2010-15 of the Training Centre');
    expect(core.getElementsByTagName('dc:creator')[0]?.textContent).toBe('RBM Planner');
  });

  it('writes a hostile report as well-formed XML with every text present, control characters stripped, right-to-left runs marked', async () => {
    const docx = await open(hostileReport());
    for (const path of Object.keys(docx.zip.files).filter((p) => p.endsWith('.xml') || p.endsWith('.rels'))) {
      // xmllint is strict XML 1.0 (it rejects control characters the DOM parser lets pass).
      const input = Buffer.from(await docx.zip.file(path)!.async('uint8array'));
      expect(() => execFileSync('xmllint', ['--noout', '-'], { input, stdio: ['pipe', 'pipe', 'pipe'] }), path).not.toThrow();
    }
    const body = all(docx.document, 't')
      .map((t) => t.textContent)
      .join('');
    for (const value of Object.values(HOSTILE)) expect(body).toContain(xmlSafe(value));
    expect(xmlSafe(HOSTILE.control)).toBe('Bell and form feed and a lone surrogate  here');
    const raw = await docx.xml('word/document.xml');
    expect(raw.includes('\u0007') || raw.includes('\u000c') || raw.includes('\ud800 ')).toBe(false);
    const rtlRuns = all(docx.document, 'r').filter((r) => first(r, 'rtl') !== undefined);
    expect(rtlRuns.map(text)).toContain(HOSTILE.rtl);
    expect(rtlRuns.map(text)).not.toContain(HOSTILE.emoji);
    // Proofed as Arabic (the script most of its letters are in), the rest of the document as English.
    expect(rtlRuns.every((r) => first(r, 'lang')?.getAttribute('w:bidi') === 'ar')).toBe(true);
    const cover = bodyParagraphs(docx.document).find((p) => styleOf(p) === 'CoverOrganisation')!;
    expect(first(cover, 'bidi')).toBeDefined();
    const header = await docx.parse('word/header1.xml');
    expect(text(header.documentElement)).toBe(`${HOSTILE.xml} ${HOSTILE.emoji}`);
    expect(tableByCaption(docx.document, HOSTILE.xml)).toBeDefined();
  });
});
