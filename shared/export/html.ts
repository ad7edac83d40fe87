/**
 * The print view: a report (report.ts) as one standalone HTML5 document with print CSS,
 * the source of the PDF (Electron's printToPDF, a browser's print, Playwright's page.pdf).
 * It typesets the tree and adds no words of its own beyond the report's labels.
 *
 * Safe to show anywhere: every text is escaped (and stripped of what HTML cannot hold),
 * there is no script, and the document's own Content-Security-Policy forbids scripts and
 * every load from elsewhere. Its only style is the fixed PRINT_CSS, allowed by its hash,
 * so the document needs no style attribute and no 'unsafe-inline'.
 */
import { PRINT_CSS, PRINT_CSS_HASH } from './print-css';
import type { Block, Cell, HeadingLevel, Line, PaperSize, Report, Row, Section, Table } from './report';
import { escapeXml } from './text';

/** The print view's own policy: no script, nothing loaded from anywhere, only its stylesheet. */
export const PRINT_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'none'",
  `style-src ${PRINT_CSS_HASH}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const esc = escapeXml;

// Right-to-left letters: Hebrew, Arabic, Syriac, Thaana, N'Ko, ..., their presentation forms, and the
// right-to-left blocks beyond the BMP (Phoenician to Old Turkic, Adlam, Arabic mathematical letters).
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

// The first strong letter of a text: right-to-left (group 1) or any other letter (group 2).
const FIRST_STRONG = new RegExp(`(${RTL.source})|(\\p{L})`, 'u');

/**
 * A block's direction: "rtl" when its first strong letter is right-to-left, else "auto".
 * Set here rather than left to dir="auto" because the browser skips text inside <bdi>
 * when it guesses, and right-to-left runs are in <bdi>.
 */
function dirOf(text: string): string {
  return FIRST_STRONG.exec(text)?.[1] !== undefined ? 'rtl' : 'auto';
}

const lineText = (line: Line) => line.map((run) => run.text).join('');

/** A run of text; runs holding right-to-left letters are isolated so mixed lines read right. */
function runHtml(text: string, bold?: boolean, italic?: boolean, lang?: string): string {
  let html = esc(text);
  if (RTL.test(text)) html = `<bdi>${html}</bdi>`;
  if (lang !== undefined && html !== '') html = `<span lang="${esc(lang)}">${html}</span>`;
  if (italic) html = `<em>${html}</em>`;
  if (bold) html = `<strong>${html}</strong>`;
  return html;
}

function lineHtml(line: Line): string {
  return line.map((run) => runHtml(run.text, run.bold, run.italic, run.lang)).join('');
}

/** One paragraph element; an empty line keeps its height. */
function paragraph(line: Line, className?: string): string {
  const content = lineHtml(line);
  return `<p dir="${dirOf(lineText(line))}"${className ? ` class="${className}"` : ''}>${content === '' ? '<br>' : content}</p>`;
}

/** Column widths as whole percents summing to 100 (largest remainder), for the `.w-N` classes. */
export function columnPercents(widths: readonly number[]): number[] {
  const safe = widths.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const total = safe.reduce((a, b) => a + b, 0);
  const shares = total > 0 ? safe.map((w) => (w / total) * 100) : safe.map(() => 100 / widths.length);
  const floors = shares.map((s) => Math.max(1, Math.floor(s)));
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const order = shares.map((s, i) => ({ i, rest: s - Math.floor(s) })).sort((a, b) => b.rest - a.rest);
  for (let k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length, left--) floors[order[k]!.i]!++;
  for (let k = 0; left < 0; k = (k + 1) % floors.length) {
    const i = floors.indexOf(Math.max(...floors));
    floors[i]!--;
    left++;
  }
  return floors;
}

function cellHtml(cell: Cell, column: Table['columns'][number] | undefined): string {
  const classes: string[] = [];
  const align = cell.align ?? column?.align;
  if (align) classes.push(`align-${align}`);
  if (cell.tone) classes.push(`tone-${cell.tone}`);
  const span = cell.colSpan !== undefined && cell.colSpan > 1 ? ` colspan="${Math.floor(cell.colSpan)}"` : '';
  const content = cell.lines.map((line) => paragraph(line)).join('');
  return `<td${span}${classes.length > 0 ? ` class="${classes.join(' ')}"` : ''}>${content}</td>`;
}

function rowHtml(row: Row, table: Table): string {
  let column = 0;
  const cells = row.cells.map((cell) => {
    const html = cellHtml(cell, table.columns[column]);
    column += Math.max(1, Math.floor(cell.colSpan ?? 1));
    return html;
  });
  return `<tr class="row-${row.kind}">${cells.join('')}</tr>`;
}

/**
 * Small tables (a heat map, a short list) are kept on one page rather than split: at most
 * this many rows and this many characters, so a table that could not fit a page anyway is
 * not pushed to the next one, leaving a blank page behind.
 */
export const KEEP_TABLE = { rows: 10, chars: 1200 } as const;

const tableChars = (table: Table) =>
  table.rows.reduce((sum, row) => sum + row.cells.reduce((n, cell) => n + cell.lines.reduce((m, line) => m + lineText(line).length, 0), 0), 0);

function tableClass(table: Table): string {
  const classes = [table.compact ? 'compact' : '', table.rows.length <= KEEP_TABLE.rows && tableChars(table) <= KEEP_TABLE.chars ? 'keep' : ''].filter((c) => c !== '');
  return classes.length > 0 ? ` class="${classes.join(' ')}"` : '';
}

function tableHtml(table: Table): string {
  const widths = columnPercents(table.columns.map((c) => c.width));
  const cols = widths.map((w) => `<col class="w-${w}">`).join('');
  const headers = table.columns
    .map((c) => `<th scope="col" dir="${dirOf(c.header)}"${c.align ? ` class="align-${c.align}"` : ''}>${runHtml(c.header)}</th>`)
    .join('');
  const rows = table.rows.map((row) => rowHtml(row, table)).join('\n');
  return (
    `<table${tableClass(table)}><caption dir="${dirOf(table.caption)}">${runHtml(table.caption)}</caption>` +
    `<colgroup>${cols}</colgroup><thead><tr>${headers}</tr></thead>\n<tbody>\n${rows}\n</tbody></table>`
  );
}

function factsHtml(items: readonly { readonly label: string; readonly value: string }[]): string {
  const pairs = items.map((f) => `<div><dt dir="${dirOf(f.label)}">${runHtml(f.label)}</dt><dd dir="${dirOf(f.value)}">${runHtml(f.value)}</dd></div>`);
  return `<dl class="facts">${pairs.join('')}</dl>`;
}

/** Headings get ids in document order (`h-1`, `h-2`, ...), the contents list's link targets. */
interface Anchored {
  readonly id: string;
  readonly level: HeadingLevel;
  readonly text: string;
}

function blockHtml(block: Block, anchors: Map<Block, Anchored>): string {
  switch (block.kind) {
    case 'heading': {
      const anchor = anchors.get(block)!;
      const lang = block.lang === undefined ? '' : ` lang="${esc(block.lang)}"`;
      return `<h${block.level} id="${anchor.id}" dir="${dirOf(block.text)}"${lang}>${runHtml(block.text)}</h${block.level}>`;
    }
    case 'paragraph':
      return paragraph(block.runs, block.note ? 'note' : undefined);
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const start = block.ordered && block.start !== 1 ? ` start="${Math.floor(block.start)}"` : '';
      return `<${tag}${start}>${block.items.map((item) => `<li dir="${dirOf(lineText(item))}">${lineHtml(item)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return tableHtml(block.table);
    case 'facts':
      return factsHtml(block.items);
  }
}

function sectionHtml(section: Section, anchors: Map<Block, Anchored>): string {
  const body = section.blocks.map((block) => blockHtml(block, anchors)).join('\n');
  return `<section class="sheet part part-${section.part} ${section.orientation}">\n${body}\n</section>`;
}

function coverHtml(report: Report): string {
  const cover = report.cover!;
  return (
    `<header class="sheet cover">` +
    `<p class="cover-organisation" dir="${dirOf(cover.organisation)}">${runHtml(cover.organisation)}</p>` +
    `<div class="cover-main"><h1 class="cover-title" dir="${dirOf(cover.title)}">${runHtml(cover.title)}</h1>` +
    `<p class="cover-subtitle" dir="${dirOf(cover.subtitle)}">${runHtml(cover.subtitle)}</p></div>` +
    factsHtml(cover.facts) +
    `</header>`
  );
}

function contentsHtml(report: Report, anchors: Iterable<Anchored>): string {
  const items = [...anchors]
    .filter((a) => a.level <= 2)
    .map((a) => `<li class="toc-${a.level}" dir="${dirOf(a.text)}"><a href="#${a.id}">${runHtml(a.text)}</a></li>`);
  return (
    `<nav class="sheet portrait contents" aria-labelledby="contents-title">` +
    `<h2 class="contents-title" id="contents-title" dir="${dirOf(report.labels.contents)}">${runHtml(report.labels.contents)}</h2>` +
    `<ol class="toc">${items.join('\n')}</ol></nav>`
  );
}

/** The footer's words around the page numbers, from a label like "Page {page} of {pages}". */
export function pageOfParts(label: string): { before: string; middle: string; after: string } {
  const match = /^([\s\S]*?)\{page\}([\s\S]*?)\{pages\}([\s\S]*)$/.exec(label);
  return match ? { before: match[1]!, middle: match[2]!, after: match[3]! } : { before: '', middle: ' / ', after: '' };
}

/** Longest running header, in characters: a margin box cannot clip, so a longer title is shortened. */
export const RUNNING_TITLE_MAX = 110;

/** The title for the running header: whole, or cut at a word before RUNNING_TITLE_MAX with an ellipsis. */
export function runningTitle(title: string): string {
  const chars = [...title.trim()];
  if (chars.length <= RUNNING_TITLE_MAX) return chars.join('');
  const cut = chars.slice(0, RUNNING_TITLE_MAX - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > RUNNING_TITLE_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const PAPER_CLASS: Readonly<Record<PaperSize, string>> = { A4: 'paper-a4', Letter: 'paper-letter' };

/** The paper a print view is set on (read from its <html> class), for the preview to show. */
export function printPaper(html: string): PaperSize {
  const root = /<html\b[^>]*\bclass="([^"]*)"/.exec(html)?.[1] ?? '';
  return root.split(' ').includes(PAPER_CLASS.Letter) ? 'Letter' : 'A4';
}

/** The report as a complete HTML5 document ready to print (see the module header). */
export function renderPrintHtml(report: Report): string {
  const anchors = new Map<Block, Anchored>();
  for (const section of report.sections) {
    for (const block of section.blocks) {
      if (block.kind === 'heading') anchors.set(block, { id: `h-${anchors.size + 1}`, level: block.level, text: block.text });
    }
  }
  const page = pageOfParts(report.labels.pageOf);
  const paper = PAPER_CLASS[report.paper] ?? PAPER_CLASS.A4;
  const parts = [
    report.cover ? coverHtml(report) : '',
    report.contents ? contentsHtml(report, anchors.values()) : '',
    ...report.sections.map((section) => sectionHtml(section, anchors)),
  ].filter((part) => part !== '');
  return `<!DOCTYPE html>
<html lang="${esc(report.language)}" class="${paper}" data-running-title="${esc(runningTitle(report.title))}" data-page-before="${esc(page.before)}" data-page-middle="${esc(page.middle)}" data-page-after="${esc(page.after)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PRINT_CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="RBM Planner">
<title>${esc(report.title)}</title>
<style>${PRINT_CSS}</style>
</head>
<body>
<main>
${parts.join('\n')}
</main>
</body>
</html>
`;
}
