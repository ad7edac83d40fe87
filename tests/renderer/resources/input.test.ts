/**
 * Reading typed amounts, currency codes and the significant share: what is accepted, and
 * the message for each kind of mistake.
 */
import { describe, expect, it } from 'vitest';
import { parseAmount, parseCurrency, parseSharePercent, sharePercent } from '../../../renderer/features/resources/input';

const error = (r: { ok: boolean; error?: { key: string } }) => (r.ok ? null : r.error!.key.replace('resources.errors.', '').replace('resources.', ''));

describe('parseAmount', () => {
  it('reads plain numbers and numbers with group separators in their places', () => {
    expect(parseAmount('125000', 'USD', 'en')).toEqual({ ok: true, value: 125_000 });
    expect(parseAmount(' 125,000.50 ', 'USD', 'en')).toEqual({ ok: true, value: 125_000.5 });
    expect(parseAmount('1 250 000', 'USD', 'en')).toEqual({ ok: true, value: 1_250_000 });
    expect(parseAmount('0', 'USD', 'en')).toEqual({ ok: true, value: 0 });
    expect(parseAmount('.5', 'USD', 'en')).toEqual({ ok: true, value: 0.5 });
    expect(parseAmount('12.50', 'USD', 'en')).toEqual({ ok: true, value: 12.5 });
  });

  it('reads amounts as French and Spanish write them', () => {
    expect(parseAmount('125 000,50', 'EUR', 'fr')).toEqual({ ok: true, value: 125_000.5 });
    expect(parseAmount('125\u202f000', 'EUR', 'fr')).toEqual({ ok: true, value: 125_000 });
    expect(parseAmount('1.250.000', 'EUR', 'es')).toEqual({ ok: true, value: 1_250_000 });
    expect(parseAmount('12,5', 'EUR', 'es')).toEqual({ ok: true, value: 12.5 });
    expect(error(parseAmount('10,125', 'EUR', 'fr'))).toBe('amountDecimals');
    expect(error(parseAmount('1,2,3', 'EUR', 'fr'))).toBe('amountNotANumber');
  });

  it('refuses what is not an amount, naming the problem', () => {
    expect(error(parseAmount('', 'USD', 'en'))).toBe('amountRequired');
    expect(error(parseAmount('fifty', 'USD', 'en'))).toBe('amountNotANumber');
    expect(parseAmount('fifty', 'USD', 'en')).toMatchObject({ error: { params: { text: 'fifty' } } });
    expect(error(parseAmount('$100', 'USD', 'en'))).toBe('amountNotANumber');
    expect(error(parseAmount('1,5', 'USD', 'en'))).toBe('amountNotANumber');
    expect(error(parseAmount('1e6', 'USD', 'en'))).toBe('amountNotANumber');
    expect(error(parseAmount('-5', 'USD', 'en'))).toBe('amountNegative');
    expect(error(parseAmount('2000000000000', 'USD', 'en'))).toBe('amountTooLarge');
  });

  it("allows no more decimals than the currency's minor unit", () => {
    expect(error(parseAmount('10.125', 'USD', 'en'))).toBe('amountDecimals');
    expect(parseAmount('10.125', 'USD', 'en')).toMatchObject({ error: { params: { currency: 'USD', digits: 2 } } });
    expect(error(parseAmount('10.5', 'JPY', 'en'))).toBe('amountNoDecimals');
    expect(parseAmount('10.125', 'KWD', 'en')).toEqual({ ok: true, value: 10.125 });
    expect(parseAmount('10.100', 'USD', 'en')).toEqual({ ok: true, value: 10.1 });
  });
});

describe('parseCurrency', () => {
  it('reads a three-letter ISO code in any case', () => {
    expect(parseCurrency(' eur ')).toEqual({ ok: true, value: 'EUR' });
    expect(parseCurrency('CHF')).toEqual({ ok: true, value: 'CHF' });
  });

  it('refuses anything else', () => {
    expect(error(parseCurrency('US'))).toBe('currencyInvalid');
    expect(error(parseCurrency('US$'))).toBe('currencyInvalid');
    expect(error(parseCurrency('dollars'))).toBe('currencyInvalid');
    expect(error(parseCurrency('QQQ'))).toBe('currencyUnknown');
  });
});

describe('parseSharePercent', () => {
  it('reads 0-100 % as a share of one', () => {
    expect(parseSharePercent('40')).toEqual({ ok: true, value: 0.4 });
    expect(parseSharePercent('50 %')).toEqual({ ok: true, value: 0.5 });
    expect(parseSharePercent('0')).toEqual({ ok: true, value: 0 });
    expect(parseSharePercent('100')).toEqual({ ok: true, value: 1 });
    expect(parseSharePercent('33.33')).toEqual({ ok: true, value: 0.3333 });
  });

  it('refuses shares outside 0-100 and text', () => {
    for (const text of ['', '-1', '101', 'forty', '40%%']) expect(error(parseSharePercent(text)), text).toBe('share.invalid');
  });

  it('shows a stored share as a per cent', () => {
    expect(sharePercent(0.4)).toBe(40);
    expect(sharePercent(0.3333)).toBe(33.33);
  });
});
