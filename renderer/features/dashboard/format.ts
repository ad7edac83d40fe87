/**
 * How the dashboard writes indicators and their figures: a short name from the
 * definition, values in the indicator's terms (a stage's name, a percentage), and
 * achievements as percentages, in the UI's language.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../shared/model';

const SHORT = 110;

/** The definition's first clause, or its first words, for lists and options. */
export function shortName(definition: string, max = SHORT): string {
  const text = definition.trim().replace(/\s+/g, ' ');
  // A clause ends at "; " or ": ", or at ". " before a capital (not "No. 97").
  const clause = /^(.{20,}?)(?:[;:](?=\s)|\.(?=\s+[A-Z(])|\.$)/.exec(text)?.[1];
  if (clause && clause.length <= max) return clause;
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:(]+$/, '')}…`;
}

export interface Figures {
  readonly number: (value: number) => string;
  /** A value of the indicator: "29.2%", "8", "Adopted (3)". */
  readonly value: (indicator: Pick<Indicator, 'measureType' | 'qualitativeStages'>, value: number) => string;
  /** An achievement (a fraction) as a percentage: "67%". */
  readonly percent: (fraction: number) => string;
}

export function figuresFor(language: string): Figures {
  const numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const percents = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  return {
    number: (v) => numbers.format(v),
    value: (indicator, v) => {
      if (indicator.measureType === 'percentage') return `${numbers.format(v)}%`;
      if (indicator.measureType === 'qualitative') {
        const stage = indicator.qualitativeStages[v];
        return stage ? `${stage} (${numbers.format(v)})` : numbers.format(v);
      }
      return numbers.format(v);
    },
    percent: (f) => percents.format(f),
  };
}

export function useFigures(): Figures {
  const { i18n } = useTranslation();
  return useMemo(() => figuresFor(i18n.language), [i18n.language]);
}
