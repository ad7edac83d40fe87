/**
 * The Word document: typesets a Report (report.ts) with the docx package. A cover, a
 * table of contents of the level 1 and 2 headings, then each report section on a new
 * page in its orientation, with the plan title in the header and "Page n of m" in the
 * footer after the cover.
 *
 * The table of contents is written filled in: docx bookmarks each heading and writes an
 * entry linking to it, so the contents read in any application, also in LibreOffice,
 * which shows a TOC field's written result and does not update it. The entries carry no
 * page numbers: docx/layout's `estimatePageNumbers` can work them out as Word lays pages
 * out, but on the sample plan it took 8.5 of 10 seconds and disagreed with LibreOffice by
 * a page from the middle on ("page 30" in a 29-page PDF). A contents list without
 * numbers is never wrong; the field is written dirty, so Word fills in its own numbers
 * when it opens the document (and "Update table" does it at any time). Without numbers
 * the entries have no dot leaders, which would lead to nothing.
 *
 * Pure: no file system and no DOM. `Packer.toArrayBuffer` works in Node (tests, CLI)
 * and in the browser (renderer) alike.
 */
import { AlignmentType, BorderStyle, Document, Footer, Header, LeaderType, Packer, PageNumber, PageOrientation, Paragraph, SectionType, TableOfContents, TextRun, type ISectionOptions, type Table } from 'docx';
import type { Cover, Orientation, Report } from './report';
import { xmlSafe } from './text';
import { ListCounter, factsTable, isMainlyRtl, lineParagraph, renderBlock, textRuns } from './docx-blocks';
import { COLOUR, FONT, STYLE, TABLE_STYLES, documentStyles, pageGeometry, type PageGeometry } from './docx-styles';

export async function renderDocx(report: Report): Promise<Uint8Array> {
  const sections: ISectionOptions[] = [];
  const furniture = { headers: { default: runningHeader(report.title) }, footers: { default: pageFooter(report.labels.pageOf) } };
  const properties = (orientation: Orientation, page: PageGeometry = pageGeometry(report.paper, orientation)) => ({
    type: SectionType.NEXT_PAGE,
    page: {
      // docx takes the portrait size and swaps width and height for a landscape page.
      size: { width: Math.min(page.width, page.height), height: Math.max(page.width, page.height), orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: page.margin,
    },
  });

  if (report.cover !== null) {
    sections.push({ properties: properties('portrait'), children: coverPage(report.cover, pageGeometry(report.paper, 'portrait')) });
  }
  if (report.contents) {
    sections.push({
      ...furniture,
      properties: properties('portrait'),
      children: [
        lineParagraph([{ text: report.labels.contents }], { style: STYLE.contentsHeading }),
        new TableOfContents(xmlSafe(report.labels.contents), { hyperlink: true, headingStyleRange: '1-2', tabLeader: LeaderType.NONE }),
      ],
    });
  }
  const lists = new ListCounter();
  for (const section of report.sections) {
    const page = pageGeometry(report.paper, section.orientation);
    const children = section.blocks.flatMap((block) => renderBlock(block, page, lists));
    sections.push({ ...furniture, properties: properties(section.orientation, page), children: children.length > 0 ? children : [new Paragraph({})] });
  }
  if (sections.length === 0) sections.push({ properties: properties('portrait'), children: [new Paragraph({})] });

  const document = new Document({
    title: xmlSafe(report.title),
    creator: 'RBM Planner',
    lastModifiedBy: 'RBM Planner',
    externalStyles: TABLE_STYLES,
    styles: documentStyles(xmlSafe(report.language) || 'en'),
    sections,
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

function coverPage(cover: Cover, page: PageGeometry): (Paragraph | Table)[] {
  return [
    lineParagraph([{ text: cover.organisation }], { style: STYLE.organisation }),
    new Paragraph({
      style: 'Title',
      spacing: { before: 2400 },
      border: { top: { style: BorderStyle.SINGLE, size: 24, color: COLOUR.heading, space: 18 } },
      bidirectional: isMainlyRtl(cover.title) || undefined,
      children: textRuns({ text: cover.title }),
    }),
    lineParagraph([{ text: cover.subtitle }], { style: STYLE.subtitle }),
    factsTable(cover.facts, page.textWidth, 'cover'),
  ];
}

function runningHeader(title: string): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.header,
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule, space: 4 } },
        children: [new TextRun({ text: xmlSafe(title), font: FONT })],
      }),
    ],
  });
}

/** "Page {page} of {pages}" with the placeholders as PAGE and NUMPAGES fields. */
function pageFooter(pageOf: string): Footer {
  const parts = xmlSafe(pageOf)
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '');
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        alignment: AlignmentType.CENTER,
        children: parts.map((part) =>
          part === '{page}' ? new TextRun({ children: [PageNumber.CURRENT] }) : part === '{pages}' ? new TextRun({ children: [PageNumber.TOTAL_PAGES] }) : new TextRun({ text: part }),
        ),
      }),
    ],
  });
}
