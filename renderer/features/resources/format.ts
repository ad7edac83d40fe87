/**
 * Number formats of the resources screen, from Intl.NumberFormat in the UI's language:
 * table figures with the roll-up's decimals, short figures for charts, and an amount in
 * its currency for the allocations table. Formatters are cached: tables format thousands.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toMajor, type CurrencyRollup } from '../../../shared/analysis/resources';
import { editableNumber } from '../../ui/numbers';

export interface RollupFormats {
  /** A figure in minor units, as a table shows it (grouped, the roll-up's decimals). */
  readonly minor: (minor: number) => string;
  /** A figure in major units, in full (tooltips). */
  readonly full: (major: number) => string;
  /** A figure in major units, short (chart axes and labels: 1.2M). */
  readonly short: (major: number) => string;
  /** A share 0-1 as a per cent. */
  readonly percent: (share: number) => string;
}

export function rollupFormats(language: string, rollup: Pick<CurrencyRollup, 'minorDigits' | 'fractionDigits'>): RollupFormats {
  const digits = rollup.fractionDigits;
  const number = new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const compact = new Intl.NumberFormat(language, { notation: 'compact', maximumSignificantDigits: 3 });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  return {
    minor: (minor) => number.format(toMajor(minor, rollup.minorDigits)),
    full: (major) => number.format(major),
    short: (major) => compact.format(major),
    percent: (share) => percent.format(share),
  };
}

export function useRollupFormats(rollup: Pick<CurrencyRollup, 'minorDigits' | 'fractionDigits'>): RollupFormats {
  const { i18n } = useTranslation();
  const { minorDigits, fractionDigits } = rollup;
  return useMemo(() => rollupFormats(i18n.language, { minorDigits, fractionDigits }), [i18n.language, minorDigits, fractionDigits]);
}

const moneyCache = new Map<string, Intl.NumberFormat>();

/** An amount in its currency ("$80,000", "€1,250.50"); decimals only where it has some. */
export function formatMoney(language: string, amount: number, currency: string): string {
  const whole = Number.isInteger(amount);
  const key = `${language}|${currency}|${whole}`;
  let format = moneyCache.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(language, { style: 'currency', currency, currencyDisplay: 'symbol', ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}) });
    } catch {
      format = new Intl.NumberFormat(language, { maximumFractionDigits: 3 });
    }
    moneyCache.set(key, format);
  }
  return format.format(amount);
}

/** An amount as it is edited: plain digits, no grouping ("80000", "1250.5"). */
export function editableAmount(amount: number, language: string): string {
  return editableNumber(amount, language);
}
