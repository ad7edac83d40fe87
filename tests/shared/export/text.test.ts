/** Text made safe for the document formats and file names (shared/export/text.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXml, safeFileName, xmlSafe } from '../../../shared/export/text';

// What XML 1.0 allows (the Char production), checked code point by code point.
function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

describe('xmlSafe', () => {
  it('removes control characters and unpaired surrogates and keeps everything else', () => {
    expect(xmlSafe('a\u0000b\u0007c\u000bd\u000ce\u001ff\tg\nh\ri')).toBe('abcdef\tg\nh\ri');
    expect(xmlSafe('x\ud800y\udc00z')).toBe('xyz');
    expect(xmlSafe('emoji 👷🏽‍♀️ and العمل')).toBe('emoji 👷🏽‍♀️ and العمل');
    expect(xmlSafe('\uffff\ufffe')).toBe('');
  });

  it('leaves only characters XML 1.0 can hold, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = xmlSafe(s);
        for (const ch of out) expect(isXmlChar(ch.codePointAt(0)!)).toBe(true);
        // Nothing allowed is dropped: a string of allowed characters is unchanged.
        if ([...s].every((ch) => isXmlChar(ch.codePointAt(0)!))) expect(out).toBe(s);
      }),
    );
  });
});

describe('escapeXml', () => {
  it('escapes markup characters and quotes', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;');
  });
});

describe('safeFileName', () => {
  it('keeps a plan title as it is where file systems allow it', () => {
    expect(safeFileName('Office-wide strategy on labour migration, 2010-15', 'docx')).toBe('Office-wide strategy on labour migration, 2010-15.docx');
    expect(safeFileName('Stratégie (2010–15) & plan', 'pdf')).toBe('Stratégie (2010–15) & plan.pdf');
  });

  it('replaces what Windows refuses and trims dots and spaces at the ends', () => {
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j', 'xml')).toBe('a-b-c-d-e-f-g-h-i-j.xml');
    expect(safeFileName('  ..hidden. ', 'xlsx')).toBe('hidden.xlsx');
    expect(safeFileName('tab\there\u0007', 'pdf')).toBe('tab here.pdf');
  });

  it('never gives an empty or reserved name', () => {
    expect(safeFileName('', 'docx')).toBe('plan.docx');
    expect(safeFileName('///', 'docx')).toBe('plan.docx');
    expect(safeFileName('CON', 'docx')).toBe('CON-plan.docx');
  });

  it('cuts long titles to 80 characters without splitting a character', () => {
    const name = safeFileName('👷'.repeat(100), 'docx');
    expect([...name.replace(/\.docx$/, '')]).toHaveLength(80);
  });
});

describe('safeFileName and direction marks', () => {
  it('drops bidirectional overrides, which can disguise an extension, and keeps emoji whole', () => {
    expect(safeFileName('invoice\u202Excod.exe', 'pdf')).toBe('invoice-xcod.exe.pdf');
    expect(safeFileName('Plan 👷🏽‍♀️', 'docx')).toBe('Plan 👷🏽‍♀️.docx');
  });
});
