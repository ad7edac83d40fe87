/** Dates and numbers of the UI in the interface language (renderer/ui/format.ts). */
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMonth, formatNumber, formatTime, setDisplayLanguage } from '../../../renderer/ui/format';

afterEach(() => setDisplayLanguage('en'));

/** Intl writes narrow or ordinary no-break spaces in French numbers: compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('display formats per language', () => {
  it.each([
    ['en', '31 Jan 2012', 'Jan 2012', '3 Jun 2012, 14:05'],
    ['fr', '31 janv. 2012', 'janv. 2012', '3 juin 2012 à 14:05'],
    ['es', '31 ene 2012', 'ene 2012', '3 jun 2012, 14:05'],
  ] as const)('%s dates: %s, %s, %s', (language, date, month, dateTime) => {
    setDisplayLanguage(language);
    expect(formatDate('2012-01-31')).toBe(date);
    expect(formatMonth('2012-01-31')).toBe(month);
    expect(formatDateTime('2012-06-03T14:05:00')).toBe(dateTime);
    expect(formatTime('2012-06-03T14:05:00')).toBe('14:05');
  });

  it.each([
    ['en', '1,234,567.5', '12,345'],
    ['fr', '1 234 567,5', '12 345'],
    ['es', '1.234.567,5', '12.345'],
  ] as const)('%s numbers: %s', (language, big, small) => {
    setDisplayLanguage(language);
    expect(plain(formatNumber(1234567.5))).toBe(big);
    expect(plain(formatNumber(12345))).toBe(small);
    expect(plain(formatNumber(2.25, { minimumFractionDigits: 1, maximumFractionDigits: 1 }))).toBe(language === 'en' ? '2.3' : '2,3');
  });

  it('takes a language passed in over the current one, and falls back to English for one it does not have', () => {
    setDisplayLanguage('fr');
    expect(formatDate('2012-01-31', 'es')).toBe('31 ene 2012');
    setDisplayLanguage('de');
    expect(formatDate('2012-01-31')).toBe('31 Jan 2012');
  });
});
