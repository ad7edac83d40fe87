/**
 * The Word document: typesets a Report (report.ts) as WordprocessingML. A cover, a table
 * of contents of the level 1 and 2 headings, then each report section on a new page in
 * its orientation, with the plan title in the header and "Page n of m" in the footer
 * after the cover.
 *
 * The XML is written directly as text (docx-blocks.ts, docx-styles.ts) and zipped with
 * fflate, the document part encoded and compressed in pieces as it is written. The docx
 * package did this before through its object model: on the large generated plan (a
 * 26 MB document.xml) that took about 10 of the export's 11 seconds, most of it building
 * and then collecting the objects; as text, the whole export takes under 2 seconds.
 *
 * The table of contents is written filled in: each level 1 and 2 heading is bookmarked
 * and the contents hold an entry linking to it, so the contents read in any application,
 * also in LibreOffice, which shows a TOC field's written result and does not update it.
 * The entries carry no page numbers: working them out means laying the pages out as Word
 * would (docx/layout's estimate took 8.5 of 10 seconds on the sample plan and disagreed
 * with LibreOffice by a page from the middle on). A contents list without numbers is
 * never wrong; the fields are written dirty, so Word fills in its own numbers when it
 * opens the document (and "Update table" does it at any time). Without numbers the
 * entries have no dot leaders, which would lead to nothing.
 *
 * Pure: no file system and no DOM; runs in Node (tests, CLI) and in the browser's worker.
 */
import { Zip, ZipDeflate } from 'fflate';
import type { Cover, Orientation, Report } from './report';
import { escapeXml, xmlSafe } from './text';
import { DocxBody, contentsEntries, factsTable, isMainlyRtl, lineParagraph, paragraphProperties, renderBlock, runXml, type ContentsEntry } from './docx-blocks';
import { COLOUR, FONTS_XML, STYLE, TOC_STYLE, W_NAMESPACE, XML_DECLARATION, borderXml, numberingXml, pageGeometry, stylesXml, type PageGeometry } from './docx-styles';

const R_NAMESPACE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CONTENT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/** Relationship ids of word/document.xml's parts. */
const RID = { styles: 'rId1', numbering: 'rId2', settings: 'rId3', header: 'rId4', footer: 'rId5' } as const;

export async function renderDocx(report: Report): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const failure: { error: Error | null } = { error: null };
  const zip = new Zip((error, data) => {
    if (error !== null) failure.error = error;
    else chunks.push(data);
  });
  const encoder = new TextEncoder();
  // Level 6 (zlib's default): the XML is repetitive, so the saving over the fastest
  // level is large and the time about the same.
  const part = (name: string) => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    return file;
  };
  const add = (name: string, xml: string) => part(name).push(encoder.encode(xml), true);

  add('[Content_Types].xml', CONTENT_TYPES);
  add('_rels/.rels', PACKAGE_RELS);
  add('docProps/core.xml', coreXml(report.title, new Date().toISOString().replace(/\.\d+Z$/, 'Z')));
  add('docProps/app.xml', APP);
  add('word/_rels/document.xml.rels', DOCUMENT_RELS);
  add('word/styles.xml', stylesXml(xmlSafe(report.language) || 'en'));
  add('word/settings.xml', SETTINGS);
  add('word/header1.xml', runningHeader(report.title));
  add('word/footer1.xml', pageFooter(report.labels.pageOf));

  // word/document.xml is encoded and compressed piece by piece as it is written.
  const documentPart = part('word/document.xml');
  const body = new DocxBody(report.contents, (xml) => documentPart.push(encoder.encode(xml)));
  body.push(`${XML_DECLARATION}<w:document xmlns:w="${W_NAMESPACE}" xmlns:r="${R_NAMESPACE}"><w:body>`);
  const portrait = pageGeometry(report.paper, 'portrait');
  // Each section's properties close it: in its last paragraph, or one of their own
  // after a table; the last section's are the body's last child.
  const sections: { readonly orientation: Orientation; readonly furniture: boolean; readonly write: () => void }[] = [];
  if (report.cover !== null) {
    const cover = report.cover;
    sections.push({ orientation: 'portrait', furniture: false, write: () => coverPage(body, cover, portrait) });
  }
  if (report.contents) {
    sections.push({ orientation: 'portrait', furniture: true, write: () => writeContents(body, report.labels.contents, contentsEntries(report), portrait.textWidth) });
  }
  for (const section of report.sections) {
    const page = pageGeometry(report.paper, section.orientation);
    sections.push({
      orientation: section.orientation,
      furniture: true,
      write: () => {
        for (const block of section.blocks) renderBlock(block, page, body);
        if (section.blocks.length === 0) body.push('<w:p/>');
      },
    });
  }
  if (sections.length === 0) sections.push({ orientation: 'portrait', furniture: false, write: () => body.push('<w:p/>') });
  sections.forEach((section, i) => {
    section.write();
    const properties = sectionProperties(pageGeometry(report.paper, section.orientation), section.orientation, section.furniture);
    if (i === sections.length - 1) {
      body.push(properties);
    } else {
      const last = body.takeLastParagraph();
      body.push(last === '' ? `<w:p><w:pPr>${properties}</w:pPr></w:p>` : closingParagraph(last, properties));
    }
  });
  body.push('</w:body></w:document>');
  body.end();
  documentPart.push(new Uint8Array(0), true);

  add('word/numbering.xml', numberingXml(body.lists));
  zip.end();
  if (failure.error !== null) throw failure.error;
  const bytes = new Uint8Array(chunks.reduce((n, chunk) => n + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** A paragraph (as written by docx-blocks: w:pPr, if any, first) with the section's properties as the last of its w:pPr. */
function closingParagraph(paragraph: string, properties: string): string {
  if (paragraph === '<w:p/>') return `<w:p><w:pPr>${properties}</w:pPr></w:p>`;
  if (paragraph.startsWith('<w:p><w:pPr>')) {
    const end = paragraph.indexOf('</w:pPr>');
    return `${paragraph.slice(0, end)}${properties}${paragraph.slice(end)}`;
  }
  return `<w:p><w:pPr>${properties}</w:pPr>${paragraph.slice('<w:p>'.length)}`;
}

function sectionProperties(page: PageGeometry, orientation: Orientation, furniture: boolean): string {
  const { margin } = page;
  const references = furniture ? `<w:headerReference w:type="default" r:id="${RID.header}"/><w:footerReference w:type="default" r:id="${RID.footer}"/>` : '';
  return (
    `<w:sectPr>${references}<w:type w:val="nextPage"/><w:pgSz w:w="${page.width}" w:h="${page.height}" w:orient="${orientation}"/>` +
    `<w:pgMar w:top="${margin.top}" w:right="${margin.right}" w:bottom="${margin.bottom}" w:left="${margin.left}" w:header="${margin.header}" w:footer="${margin.footer}" w:gutter="0"/>` +
    '<w:docGrid w:linePitch="360"/></w:sectPr>'
  );
}

function coverPage(body: DocxBody, cover: Cover, page: PageGeometry): void {
  body.push(lineParagraph([{ text: cover.organisation }], { style: STYLE.organisation }));
  body.push(lineParagraph([{ text: cover.title }], { style: STYLE.title, border: borderXml('top', 24, COLOUR.heading, 18), before: 2400 }));
  body.push(lineParagraph([{ text: cover.subtitle }], { style: STYLE.subtitle }));
  body.push(factsTable(cover.facts, page.textWidth, 'cover'));
}

const fieldRuns = (instruction: string, dirty: boolean): string =>
  `<w:r><w:fldChar w:fldCharType="begin"${dirty ? ' w:dirty="true"' : ''}/></w:r><w:r><w:instrText xml:space="preserve">${instruction}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;

/**
 * The contents: their heading, then a TOC field (levels 1-2, entries as links) in a
 * content control, its result the entries: each a link to its heading's bookmark, a tab
 * and a PAGEREF field for Word to fill in.
 */
function writeContents(body: DocxBody, label: string, entries: readonly ContentsEntry[], textWidth: number): void {
  body.push(lineParagraph([{ text: label }], { style: STYLE.contentsHeading }));
  const tabs = `<w:tab w:val="right" w:leader="none" w:pos="${textWidth}"/>`;
  const begin = '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/><w:instrText xml:space="preserve">TOC \\h \\o "1-2"</w:instrText><w:fldChar w:fldCharType="separate"/></w:r>';
  const paragraphs = entries.map((entry, i) => {
    const properties = paragraphProperties({ style: TOC_STYLE[entry.level], tabs, bidi: isMainlyRtl(xmlSafe(entry.text)) });
    const link =
      `<w:hyperlink w:anchor="${entry.bookmark}" w:history="1">${runXml({ text: entry.text })}<w:r><w:tab/></w:r>` +
      `<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/><w:instrText xml:space="preserve">PAGEREF ${entry.bookmark} \\h</w:instrText><w:fldChar w:fldCharType="separate"/><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>`;
    return `<w:p>${properties}${i === 0 ? begin : ''}${link}</w:p>`;
  });
  if (paragraphs.length === 0) paragraphs.push(`<w:p>${begin}</w:p>`);
  const alias = escapeXml(label);
  body.push(
    `<w:sdt><w:sdtPr>${alias === '' ? '' : `<w:alias w:val="${alias}"/>`}<w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>` +
    `<w:sdtContent>${paragraphs.join('')}<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent></w:sdt>`
  );
}

/** The running header: the plan title over a rule. */
function runningHeader(title: string): string {
  const text = escapeXml(title);
  const run = text === '' ? '' : `<w:r><w:rPr>${FONTS_XML}</w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
  const properties = paragraphProperties({ style: STYLE.header, border: borderXml('bottom', 4, COLOUR.rule, 4) });
  return `${XML_DECLARATION}<w:hdr xmlns:w="${W_NAMESPACE}" xmlns:r="${R_NAMESPACE}"><w:p>${properties}${run}</w:p></w:hdr>`;
}

/** "Page {page} of {pages}" with the placeholders as PAGE and NUMPAGES fields. */
function pageFooter(pageOf: string): string {
  const runs = xmlSafe(pageOf)
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? fieldRuns('PAGE', false) : part === '{pages}' ? fieldRuns('NUMPAGES', false) : `<w:r><w:t xml:space="preserve">${escapeXml(part)}</w:t></w:r>`))
    .join('');
  const properties = paragraphProperties({ style: STYLE.footer, align: 'center' });
  return `${XML_DECLARATION}<w:ftr xmlns:w="${W_NAMESPACE}" xmlns:r="${R_NAMESPACE}"><w:p>${properties}${runs}</w:p></w:ftr>`;
}

function coreXml(title: string, now: string): string {
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>RBM Planner</dc:creator><cp:lastModifiedBy>RBM Planner</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified></cp:coreProperties>`
  );
}

const APP = `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>RBM Planner</Application></Properties>`;

const SETTINGS =
  `${XML_DECLARATION}<w:settings xmlns:w="${W_NAMESPACE}"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>` +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>';

const CONTENT_TYPES =
  `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/word/document.xml" ContentType="${CONTENT}.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="${CONTENT}.styles+xml"/>` +
  `<Override PartName="/word/numbering.xml" ContentType="${CONTENT}.numbering+xml"/>` +
  `<Override PartName="/word/settings.xml" ContentType="${CONTENT}.settings+xml"/>` +
  `<Override PartName="/word/header1.xml" ContentType="${CONTENT}.header+xml"/>` +
  `<Override PartName="/word/footer1.xml" ContentType="${CONTENT}.footer+xml"/>` +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>';

const PACKAGE_RELS =
  `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;

const DOCUMENT_RELS =
  `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="${RID.styles}" Type="${REL}/styles" Target="styles.xml"/>` +
  `<Relationship Id="${RID.numbering}" Type="${REL}/numbering" Target="numbering.xml"/>` +
  `<Relationship Id="${RID.settings}" Type="${REL}/settings" Target="settings.xml"/>` +
  `<Relationship Id="${RID.header}" Type="${REL}/header" Target="header1.xml"/>` +
  `<Relationship Id="${RID.footer}" Type="${REL}/footer" Target="footer1.xml"/></Relationships>`;
