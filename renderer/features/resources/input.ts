/**
 * Reading what is typed into the resources screen: amounts (a number of 0 or more, with at
 * most the currency's decimals, group separators allowed), currency codes (three letters,
 * a known ISO 4217 code where the platform lists them) and the significant share (0-100 %).
 * Each answer is a value or a message saying what is wrong.
 */
import { minorDigitsOf } from '../../../shared/analysis/resources';
import type { MessageRef } from '../../../shared/plan-doc/commands/types';
import { readNumber } from '../../ui/numbers';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: MessageRef };

const fail = (key: string, params?: Record<string, string | number>): Parsed<never> => ({ ok: false, error: { key: `resources.errors.${key}`, params } });

/** Largest amount accepted: well inside the range where cents are exact in a double. */
const MAX_AMOUNT = 1e12;

/**
 * An amount typed in `language` (renderer/ui/numbers.ts: "125 000,50" in French, "125,000.50"
 * in English); a currency symbol, letters or an ambiguous separator are refused.
 */
export function parseAmount(text: string, currency: string, language: string): Parsed<number> {
  const trimmed = text.trim();
  if (trimmed === '') return fail('amountRequired');
  const value = readNumber(trimmed, language);
  if (value === null || value === 'invalid') return fail('amountNotANumber', { text: trimmed });
  if (value < 0) return fail('amountNegative');
  if (value > MAX_AMOUNT) return fail('amountTooLarge');
  const digits = minorDigitsOf(currency);
  if (Number(value.toFixed(digits)) !== value) return digits === 0 ? fail('amountNoDecimals', { currency }) : fail('amountDecimals', { currency, digits });
  return { ok: true, value };
}

/** The ISO 4217 codes the platform knows, or null where it cannot list them. */
function knownCurrencies(): ReadonlySet<string> | null {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'currency') => string[] };
  try {
    return intl.supportedValuesOf ? new Set(intl.supportedValuesOf('currency')) : null;
  } catch {
    return null;
  }
}
let known: ReadonlySet<string> | null | undefined;

export function parseCurrency(text: string): Parsed<string> {
  const code = text.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return fail('currencyInvalid');
  if (known === undefined) known = knownCurrencies();
  if (known && !known.has(code)) return fail('currencyUnknown', { code });
  return { ok: true, value: code };
}

/** A share typed in per cent (0-100) as the plan stores it (0-1, to a hundredth of a per cent). */
export function parseSharePercent(text: string): Parsed<number> {
  const plain = text.trim().replace(/\s*%$/, '');
  const value = Number(plain);
  if (plain === '' || !Number.isFinite(value) || value < 0 || value > 100) return { ok: false, error: { key: 'resources.share.invalid' } };
  return { ok: true, value: Math.round(value * 100) / 10_000 };
}

/** The share as a per cent for display (0.4 → 40). */
export function sharePercent(share: number): number {
  return Math.round(share * 10_000) / 100;
}
