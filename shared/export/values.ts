/**
 * How a plan's figures read as text, in one language: indicator values (a stage's name,
 * a percentage), baselines, targets by period, means of verification, dates and
 * amounts. The documents and the logframe screen both use these, so a figure reads the
 * same on screen, in Word and in the PDF.
 */
import { format, parseISO, type Locale } from 'date-fns';
import { enGB, es, fr } from 'date-fns/locale';
import type { Indicator } from '../model';
import type { Translate } from '../i18n';
import type { PlanView } from '../plan-doc/view-types';

export type IndicatorTerms = Pick<Indicator, 'measureType' | 'qualitativeStages'>;

export interface ValueFormats {
  readonly number: (value: number) => string;
  /** A value in the indicator's terms: "29.2%", "8", a stage's name; "–" for none. */
  readonly value: (value: number | null | undefined, indicator?: IndicatorTerms) => string;
  /** A fraction as a percentage: 0.67 -> "67%". */
  readonly percent: (fraction: number) => string;
  /** An ISO date as "31 Jan 2012", "31 janv. 2012", "31 ene 2012". */
  readonly date: (iso: string) => string;
  /** An ISO date with the month in full: "1 January 2010", "1er janvier 2010", "1 de enero de 2010". */
  readonly longDate: (iso: string) => string;
}

/**
 * date-fns locales of the catalogue languages (English: the British one, day month year as
 * in the organisation's documents); other languages' documents have English labels, so
 * their dates are English too.
 */
const DATE_LOCALES: Readonly<Record<string, Locale>> = { en: enGB, fr, es };
/** The long date per language: French writes the first of the month "1er", Spanish joins day, month and year with "de". */
const LONG_DATE: Readonly<Record<string, string>> = { fr: 'do MMMM yyyy', es: "d 'de' MMMM 'de' yyyy" };

export function dateLocale(language: string): Locale {
  return Object.prototype.hasOwnProperty.call(DATE_LOCALES, language) ? DATE_LOCALES[language]! : enGB;
}

export const NO_VALUE = '–';

const cache = new Map<string, ValueFormats>();

export function valueFormats(language: string): ValueFormats {
  const cached = cache.get(language);
  if (cached) return cached;
  const numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const percents = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const locale = dateLocale(language);
  // The sign as the language writes it after a number: "%" in English, with a (narrow)
  // no-break space before it in French and Spanish, as Intl's percent format has it.
  const sample = percents.format(0.5);
  const fifty = numbers.format(50);
  const percentSign = sample.startsWith(fifty) ? sample.slice(fifty.length) || '%' : '%';
  const formats: ValueFormats = {
    number: (v) => numbers.format(v),
    value: (v, indicator) => {
      if (v === null || v === undefined) return NO_VALUE;
      if (indicator?.measureType === 'qualitative') return indicator.qualitativeStages[v] ?? numbers.format(v);
      return `${numbers.format(v)}${indicator?.measureType === 'percentage' ? percentSign : ''}`;
    },
    percent: (f) => percents.format(f),
    date: (iso) => format(parseISO(iso), 'd MMM yyyy', { locale }),
    longDate: (iso) => format(parseISO(iso), LONG_DATE[language] ?? 'd MMMM yyyy', { locale }),
  };
  cache.set(language, formats);
  return formats;
}

/** "12 (2009)", or the catalogue's "no baseline". */
export function baselineText(indicator: Indicator, f: ValueFormats, t: Translate): string {
  if (indicator.baseline.value === null) return t('matrix.noBaseline');
  return `${f.value(indicator.baseline.value, indicator)}${indicator.baseline.date ? ` (${indicator.baseline.date.slice(0, 4)})` : ''}`;
}

/** "2010-11: 5 · 2012-13: 8" over the plan's periods ("not applicable" where marked). */
export function targetsText(view: Pick<PlanView, 'periods' | 'periodOrder'>, indicator: Indicator, f: ValueFormats, t: Translate): string {
  return view.periodOrder
    .map((pid) => {
      const label = view.periods[pid]!.label;
      if (indicator.targetsNotApplicable[pid]) return `${label}: ${t('matrix.notApplicable')}`;
      return `${label}: ${f.value(indicator.targets[pid], indicator)}`;
    })
    .join(' · ');
}

/** Source, method, frequency and who collects, as one line; the catalogue's "none" when empty. */
export function verificationText(indicator: Indicator, t: Translate): string {
  const m = indicator.meansOfVerification;
  return [m.source, m.method, m.frequency, m.collectedBy].filter(Boolean).join(' · ') || t('matrix.noVerification');
}
