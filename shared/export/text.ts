/**
 * Text made safe for the document formats. Word, Excel and IATI files are XML 1.0, which
 * cannot hold most control characters or unpaired surrogates (Word refuses to open a
 * file with one); a plan's text can hold them (pasted from elsewhere), so every exporter
 * passes text through `xmlSafe` before it writes it. Escaping of `<`, `&` and quotes is
 * the writer's job (the docx and exceljs packages do it; `escapeXml` for our own XML/HTML).
 */

// Allowed in XML 1.0: tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD, and paired surrogates.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes the characters XML 1.0 cannot hold; everything else is kept as it is. */
export function xmlSafe(text: string): string {
  return text.replace(INVALID_XML, '');
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for XML or HTML content and attribute values (after `xmlSafe`). */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * A file name made from a plan title: what Windows, macOS or Linux refuse in a name
 * (< > : " / \ | ? *, control characters) and direction overrides (which can disguise
 * an extension) become a dash; no leading or
 * trailing dot or space, no Windows reserved names, at most 80 characters; "plan" when
 * nothing is left.
 */
export function safeFileName(title: string, extension: string): string {
  let base = title
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/[<>:"/\\|?*\p{Cc}\u202A-\u202E\u2066-\u2069]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .trim()
    .replace(/^[.\- ]+|[.\- ]+$/g, '');
  if ([...base].length > 80) base = [...base].slice(0, 80).join('').trim();
  if (base === '' || /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base)) base = base === '' ? 'plan' : `${base}-plan`;
  return `${base}.${extension}`;
}
