/**
 * Numbers as people type them in their language: "4,5" is four and a half in French and
 * Spanish, "1 234,5" and "1.234,5" are grouped, "4.5" still reads as a decimal (people type
 * it everywhere), and "1,500" in English or "1.500" in Spanish is fifteen hundred. Text that
 * could only be read by guessing (two decimal separators, groups not of three, "1,5" in
 * English) is refused.
 */

const separators = new Map<string, string>();

/** The decimal separator of `language` ('.' or ','), as Intl formats 1.5. */
export function decimalSeparator(language: string): string {
  let found = separators.get(language);
  if (found === undefined) {
    let sep = '.';
    try {
      sep = new Intl.NumberFormat(language).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
    } catch {
      // An unknown language tag: the point.
    }
    found = sep === ',' ? ',' : '.';
    separators.set(language, found);
  }
  return found;
}

const GROUPED = (group: string) => new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`);

/**
 * The number typed in `text` in `language`: null for empty text, 'invalid' for text that is
 * not a number. Spaces (also no-break ones) between digits are group separators.
 */
export function readNumber(text: string, language: string): number | null | 'invalid' {
  let s = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return null;
  let sign = '';
  if (s.startsWith('-') || s.startsWith('+') || s.startsWith('\u2212')) {
    sign = s.startsWith('+') ? '' : '-';
    s = s.slice(1);
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return 'invalid';
  const dec = decimalSeparator(language);
  const group = dec === ',' ? '.' : ',';
  const lastPoint = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let intPart: string;
  let fraction = '';
  if (lastPoint >= 0 && lastComma >= 0) {
    // Both: the later one is the decimal separator, the other groups the whole part.
    const decimal = lastPoint > lastComma ? '.' : ',';
    const grouping = decimal === '.' ? ',' : '.';
    const at = s.lastIndexOf(decimal);
    intPart = s.slice(0, at);
    fraction = s.slice(at + 1);
    if (fraction.includes(grouping) || fraction.includes(decimal) || !GROUPED(grouping).test(intPart)) return 'invalid';
    intPart = intPart.split(grouping).join('');
  } else if (lastPoint < 0 && lastComma < 0) {
    intPart = s;
  } else {
    const mark = lastPoint >= 0 ? '.' : ',';
    const count = s.split(mark).length - 1;
    if (mark === group && GROUPED(mark).test(s)) {
      // "1,500" in English, "1.500" in Spanish: grouped thousands.
      intPart = s.split(mark).join('');
    } else if (count === 1 && (mark === dec || (mark === '.' && dec === ','))) {
      // The language's decimal separator, or the point, which people type as a decimal
      // everywhere ("4.5" in French). A lone comma in English ("1,5") is refused: a guess.
      [intPart, fraction] = s.split(mark) as [string, string];
      if (intPart === '') intPart = '0';
    } else {
      return 'invalid';
    }
  }
  if (intPart === '' || !/^\d+$/.test(intPart) || !/^\d*$/.test(fraction)) return 'invalid';
  const n = Number(`${sign}${intPart}${fraction ? `.${fraction}` : ''}`);
  return Number.isFinite(n) ? (n === 0 ? 0 : n) : 'invalid';
}

/** A number as an input shows it for editing in `language`: no grouping, the language's decimal separator. */
export function editableNumber(value: number, language: string): string {
  const text = String(value);
  return decimalSeparator(language) === ',' && !/e/i.test(text) ? text.replace('.', ',') : text;
}
