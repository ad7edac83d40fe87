/**
 * The print view's stylesheet: one fixed text for every report, so that one SHA-256 hash
 * of it in the Content-Security-Policy lets the app show the print view in its preview
 * while `style-src` stays `'self'` (no 'unsafe-inline'). Nothing here depends on a
 * report: paper size and orientation are chosen by classes and CSS named pages, column
 * widths by width classes, and the running header and footer take their words from
 * data attributes on <html> through `attr()` in custom properties, which the page
 * context inherits from the root element (Chromium 133+; Electron 40 is Chromium 144).
 *
 * A test checks that PRINT_CSS_HASH is the hash of PRINT_CSS, and another that the
 * app's policy (renderer/index.html, electron/main/security.ts) holds it, so they
 * cannot drift. Keep this text ASCII: the hash is of its UTF-8 bytes.
 */

/** Percent width classes `.w-1` to `.w-100` for table columns (style attributes would need 'unsafe-inline'). */
const WIDTHS = Array.from({ length: 100 }, (_, i) => `.w-${i + 1}{width:${i + 1}%}`).join('');

const FONT = `"Source Sans 3", "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", "Noto Sans", "Noto Sans Arabic", "Noto Sans Hebrew", sans-serif, "Noto Color Emoji", "Segoe UI Emoji", "Apple Color Emoji"`;

export const PRINT_CSS = `
:root {
  --rbm-running-title: attr(data-running-title);
  --rbm-page-before: attr(data-page-before);
  --rbm-page-middle: attr(data-page-middle);
  --rbm-page-after: attr(data-page-after);
  --ink: #1d2433;
  --muted: #4f5969;
  --rule: #9aa3b0;
  --line: #b8bfca;
  --accent: #1f3a5f;
  color: var(--ink);
  font-family: ${FONT};
  font-size: 10pt;
  line-height: 1.4;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
body { margin: 0; }

@page {
  margin: 22mm 18mm 20mm;
  @top-left {
    content: var(--rbm-running-title);
    font-family: ${FONT};
    font-size: 8pt;
    color: #4f5969;
    vertical-align: bottom;
    padding-bottom: 2mm;
    margin-bottom: 5mm;
    border-bottom: 0.5pt solid #9aa3b0;
  }
  @bottom-center {
    content: var(--rbm-page-before) counter(page) var(--rbm-page-middle) counter(pages) var(--rbm-page-after);
    font-family: ${FONT};
    font-size: 8pt;
    color: #4f5969;
    vertical-align: top;
    padding-top: 2.5mm;
  }
}
@page a4-portrait { size: A4 portrait; }
@page a4-landscape { size: A4 landscape; margin: 18mm 15mm 16mm; }
@page a4-cover { size: A4 portrait; margin: 25mm 22mm; @top-left { content: none; border: none; } @bottom-center { content: none; } }
@page letter-portrait { size: Letter portrait; }
@page letter-landscape { size: Letter landscape; margin: 18mm 15mm 16mm; }
@page letter-cover { size: Letter portrait; margin: 25mm 22mm; @top-left { content: none; border: none; } @bottom-center { content: none; } }

.paper-a4 .sheet.portrait { page: a4-portrait; }
.paper-a4 .sheet.landscape { page: a4-landscape; }
.paper-a4 .sheet.cover { page: a4-cover; }
.paper-letter .sheet.portrait { page: letter-portrait; }
.paper-letter .sheet.landscape { page: letter-landscape; }
.paper-letter .sheet.cover { page: letter-cover; }
.sheet + .sheet { break-before: page; }

/* The cover: organisation above, title in the middle, key facts at the foot of the page. */
.cover { display: flex; flex-direction: column; justify-content: space-between; box-sizing: border-box; }
@media print {
  .paper-a4 .cover { height: 245mm; }
  .paper-letter .cover { height: 227mm; }
}
.cover-organisation { margin: 0; font-size: 11pt; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; color: var(--accent); border-bottom: 1.5pt solid var(--accent); padding-bottom: 4mm; }
.cover-main { margin: auto 0; padding: 10mm 0; }
.cover-title { margin: 0 0 6mm; font-size: 26pt; line-height: 1.15; font-weight: 700; color: var(--accent); border: none; overflow-wrap: anywhere; }
.cover-subtitle { margin: 0; font-size: 15pt; color: var(--muted); }
.cover .facts { border-top: 0.75pt solid var(--rule); padding-top: 4mm; font-size: 10.5pt; }

/* Contents: level 1 and 2 headings, linked (Chromium cannot print page numbers of targets). */
.contents-title { font-size: 18pt; color: var(--accent); margin: 0 0 6mm; padding-bottom: 2mm; border-bottom: 1.5pt solid var(--accent); }
.toc { list-style: none; margin: 0; padding: 0; }
.toc li { margin: 0; padding: 1.5mm 0; border-bottom: 0.5pt dotted var(--line); break-inside: avoid; }
.toc .toc-1 { font-weight: 600; font-size: 11pt; padding-top: 3mm; }
.toc .toc-2 { padding-inline-start: 8mm; }
.toc a { color: inherit; text-decoration: none; }

h1, h2, h3, h4 { color: var(--accent); line-height: 1.2; break-after: avoid; break-inside: avoid; overflow-wrap: anywhere; }
h1 { font-size: 18pt; margin: 0 0 5mm; padding-bottom: 2mm; border-bottom: 1.5pt solid var(--accent); }
h2 { font-size: 13.5pt; margin: 7mm 0 2.5mm; }
h3 { font-size: 11.5pt; margin: 5mm 0 2mm; }
h4 { font-size: 10pt; margin: 4mm 0 1.5mm; font-style: italic; }
p { margin: 0 0 2.5mm; orphans: 3; widows: 3; overflow-wrap: anywhere; }
.note { color: var(--muted); font-style: italic; }
ul, ol { margin: 0 0 3mm; padding-inline-start: 7mm; }
li { margin: 0 0 1mm; overflow-wrap: anywhere; }

/* Key facts: a two-column list of labels and values. */
.facts { display: grid; grid-template-columns: minmax(25%, max-content) 1fr; gap: 1.5mm 6mm; margin: 2mm 0 4mm; break-inside: avoid; }
.facts > div { display: contents; }
.facts dt { font-weight: 600; color: var(--muted); overflow-wrap: anywhere; }
.facts dd { margin: 0; overflow-wrap: anywhere; }

/* Tables: repeated header, rows kept whole, levels of the results chain set apart. */
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 2mm 0 6mm; font-size: 9pt; line-height: 1.3; }
table.compact { font-size: 8pt; }
table.keep { break-inside: avoid; }
caption { caption-side: top; text-align: start; font-weight: 600; font-size: 9.5pt; color: var(--accent); padding: 0 0 2mm; break-after: avoid; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th { background: #e3e8ef; color: var(--ink); font-weight: 700; text-align: start; vertical-align: bottom; border: 0.6pt solid var(--rule); border-bottom: 1.2pt solid var(--accent); padding: 1.5mm 2mm; }
td { vertical-align: top; border: 0.5pt solid var(--line); padding: 1.3mm 2mm; overflow-wrap: anywhere; }
td p, th p { margin: 0; }
td p + p { margin-top: 1mm; }
.align-left { text-align: left; }
.align-center { text-align: center; }
.align-right { text-align: right; font-variant-numeric: tabular-nums; }
.row-group td { background: #d5dce6; font-weight: 700; border-top: 1.2pt solid var(--accent); padding-top: 1.8mm; padding-bottom: 1.8mm; }
.row-goal td { background: #ece8f3; font-weight: 600; border-top: 1pt solid #5b3a8c; }
.row-goal td:first-child { border-left: 2.5pt solid #5b3a8c; }
.row-outcome td { background: #eaf0f7; }
.row-outcome td:first-child { border-left: 2.5pt solid #1f5fa8; }
.row-output td:first-child { border-left: 2.5pt solid #1e7a44; }
.row-activity td { color: #2e3646; font-size: 95%; }
.row-activity td:first-child { border-left: 2.5pt solid #8a4b00; }
.row-total td { background: #eef0f4; font-weight: 700; border-top: 1.6pt double var(--ink); }

/* Tones: light tints that stay readable in greyscale; the cell's text says the same in words. */
td.tone-onTrack, td.tone-low { background: #dcefe2; }
td.tone-atRisk, td.tone-moderate { background: #fbf0c9; }
td.tone-high { background: #fbdfc4; }
td.tone-offTrack, td.tone-extreme { background: #f5d0cc; }
td.tone-notMeasured { background: #eceef1; }
td.tone-muted { color: var(--muted); }
td.tone-high, td.tone-extreme, td.tone-offTrack { font-weight: 600; }

${WIDTHS}

/* On screen (the app's preview, a browser tab): each part as a sheet of its paper. */
@media screen {
  html { background: #e6e9ee; }
  body { padding: 24px 12px; }
  .sheet { box-sizing: border-box; margin: 0 auto 24px; background: #fff; box-shadow: 0 1px 4px rgba(15, 25, 40, 0.25); padding: 22mm 18mm 20mm; }
  .paper-a4 .sheet { width: 210mm; min-height: 297mm; }
  .paper-a4 .sheet.landscape { width: 297mm; min-height: 210mm; padding: 18mm 15mm 16mm; }
  .paper-letter .sheet { width: 215.9mm; min-height: 279.4mm; }
  .paper-letter .sheet.landscape { width: 279.4mm; min-height: 215.9mm; padding: 18mm 15mm 16mm; }
  .sheet.cover { padding: 25mm 22mm; }
  .paper-a4 .sheet.cover { height: 297mm; }
  .paper-letter .sheet.cover { height: 279.4mm; }
}
`;

/** CSP source for PRINT_CSS: `'sha256-<base64 of the SHA-256 of its UTF-8 bytes>'` (checked by a test). */
export const PRINT_CSS_HASH = "'sha256-Ia5lJZuMPEV1NX76ap18q42c3WSoO8b0ETZNzik42nY='";
