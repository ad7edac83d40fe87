/**
 * Display formats of the UI, in the interface language: dates through date-fns with that
 * language's locale, numbers through Intl.NumberFormat. renderer/i18n.ts sets the language
 * whenever the interface language changes; screens re-render then (they read `t`), so every
 * call made while rendering uses the current language. A language can also be passed.
 *
 * English uses the British locale: the app writes day month year ("31 Jan 2012") in all
 * three languages, the order of the organisation's own documents.
 */
import { format, parseISO, type Locale } from 'date-fns';
import { enGB, es, fr } from 'date-fns/locale';
import { DEFAULT_LANGUAGE, isUiLanguage, type UiLanguage } from '../../shared/i18n';

const LOCALES: Readonly<Record<UiLanguage, Locale>> = { en: enGB, fr, es };
/** Date with time, per language ("31 Jan 2012, 14:05", "31 janv. 2012 à 14:05", "31 ene 2012, 14:05"). */
const DATE_TIME: Readonly<Record<UiLanguage, string>> = { en: 'd MMM yyyy, HH:mm', fr: "d MMM yyyy 'à' HH:mm", es: 'd MMM yyyy, HH:mm' };

let current: UiLanguage = DEFAULT_LANGUAGE;

/** Sets the language of the display formats (renderer/i18n.ts, on each language change). */
export function setDisplayLanguage(language: string): void {
  current = isUiLanguage(language) ? language : DEFAULT_LANGUAGE;
}

/** The language of the display formats now. */
export function displayLanguage(): UiLanguage {
  return current;
}

/** A date: "31 Jan 2012", "31 janv. 2012", "31 ene 2012". */
export function formatDate(iso: string, language: UiLanguage = current): string {
  return format(parseISO(iso), 'd MMM yyyy', { locale: LOCALES[language] });
}

/** A date and time of day. */
export function formatDateTime(iso: string, language: UiLanguage = current): string {
  return format(parseISO(iso), DATE_TIME[language], { locale: LOCALES[language] });
}

/** The time of day alone ("14:05"). */
export function formatTime(iso: string, language: UiLanguage = current): string {
  return format(parseISO(iso), 'HH:mm', { locale: LOCALES[language] });
}

/** A month and year ("Jan 2012", "janv. 2012", "ene 2012"). */
export function formatMonth(iso: string, language: UiLanguage = current): string {
  return format(parseISO(iso), 'MMM yyyy', { locale: LOCALES[language] });
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A cached Intl.NumberFormat of the language (formats are costly to make, cheap to use). */
export function numberFormat(options: Intl.NumberFormatOptions = {}, language: UiLanguage = current): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let cached = numberFormats.get(key);
  if (cached === undefined) numberFormats.set(key, (cached = new Intl.NumberFormat(language, options)));
  return cached;
}

/** A number for display: grouping and decimal separator of the language ("1,234.5", "1 234,5", "1234,5"). */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}, language: UiLanguage = current): string {
  return numberFormat(options, language).format(value);
}
