/** Reading typed numbers per language: decimal commas, group separators, and refusals instead of guesses. */
import { describe, expect, it } from 'vitest';
import { decimalSeparator, editableNumber, readNumber } from '../../../renderer/ui/numbers';

describe('readNumber', () => {
  it.each([
    ['en', '4.5', 4.5],
    ['en', '1,500', 1500],
    ['en', '1,234,567.25', 1234567.25],
    ['en', '-3', -3],
    ['en', '0.0', 0],
    ['en', '.5', 0.5],
    ['fr', '4,5', 4.5],
    ['fr', '4.5', 4.5],
    ['fr', '1 234,5', 1234.5],
    ['fr', '1\u202f234,5', 1234.5],
    ['fr', '1\u00a0000', 1000],
    ['fr', '−2,25', -2.25],
    ['es', '4,5', 4.5],
    ['es', '1.500', 1500],
    ['es', '1.234.567,8', 1234567.8],
    ['es', '4.5', 4.5],
    ['es', '12', 12],
  ])('%s reads "%s" as %d', (language, text, expected) => {
    expect(readNumber(text, language)).toBe(expected);
  });

  it.each([
    ['en', '1,5,5'],
    ['en', '1,5'],
    ['en', '1.2.3'],
    ['fr', '4,5,6'],
    ['en', '12,34.5'],
    ['es', '1.234,5.6'],
    ['en', 'abc'],
    ['en', '4 apples'],
    ['en', '--4'],
    ['en', ','],
    ['en', '1e5'],
  ])('%s refuses "%s"', (language, text) => {
    expect(readNumber(text, language)).toBe('invalid');
  });

  it('reads empty text as no value', () => {
    expect(readNumber('   ', 'fr')).toBeNull();
  });
});

describe('decimalSeparator and editableNumber', () => {
  it('follow the language', () => {
    expect(decimalSeparator('en')).toBe('.');
    expect(decimalSeparator('fr')).toBe(',');
    expect(decimalSeparator('es')).toBe(',');
    expect(editableNumber(4.5, 'fr')).toBe('4,5');
    expect(editableNumber(4.5, 'en')).toBe('4.5');
    expect(editableNumber(1234.5, 'es')).toBe('1234,5');
  });

  it('round-trips every edited value in every language', () => {
    for (const language of ['en', 'fr', 'es']) {
      for (const value of [0, 1, -1, 0.1, 12.75, 1000, 123456.789]) expect(readNumber(editableNumber(value, language), language)).toBe(value);
    }
  });
});
