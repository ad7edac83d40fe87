/**
 * Edits of one indicator as the editor makes them: every one is a store dispatch of an
 * indicator command (so it is checked, undoable and saved), and text typed where a
 * number is expected is refused here with a message before anything is sent.
 */
import type { Actual, Indicator, IndicatorId, ReportingPeriodId } from '../../../shared/model';
import type { Patch } from '../../../shared/plan-doc';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../store';
import { parseNumber } from '../../ui/NumberField';

export const EMPTY_ACTUAL: Actual = { value: null, date: null, evidence: '', link: '' };

function isEmptyActual(a: Actual): boolean {
  return a.value === null && a.date === null && a.evidence.trim() === '' && a.link.trim() === '' && Object.keys(a.byCategory ?? {}).length === 0;
}

/**
 * The patch setting some fields of a period's actual: creates the actual when there is
 * none, and removes it when nothing is left in it.
 */
export function actualPatch(ind: Indicator, pid: ReportingPeriodId, fields: Partial<Omit<Actual, 'byCategory'>>): Patch<Indicator> {
  const current = ind.actuals[pid];
  const next = { ...(current ?? EMPTY_ACTUAL), ...fields };
  if (isEmptyActual(next)) return current ? ({ actuals: { [pid]: undefined } } as Patch<Indicator>) : {};
  return { actuals: { [pid]: current ? fields : next } } as Patch<Indicator>;
}

/** The patch setting (or, with null, clearing) a period's actual for one category. */
export function categoryActualPatch(ind: Indicator, pid: ReportingPeriodId, category: string, value: number | null): Patch<Indicator> {
  const current = ind.actuals[pid];
  const byCategory: Record<string, number> = { ...(current?.byCategory ?? {}) };
  if (value === null) delete byCategory[category];
  else byCategory[category] = value;
  const next: Actual = { ...(current ?? EMPTY_ACTUAL), byCategory };
  if (isEmptyActual(next)) return current ? ({ actuals: { [pid]: undefined } } as Patch<Indicator>) : {};
  if (!current) return { actuals: { [pid]: next } } as Patch<Indicator>;
  return { actuals: { [pid]: { byCategory: { [category]: value ?? undefined } } } } as Patch<Indicator>;
}

/** The patch setting a period's target, which also lifts its "not applicable" mark. */
export function targetPatch(ind: Indicator, pid: ReportingPeriodId, value: number | null): Patch<Indicator> {
  if (value === null) return { targets: { [pid]: undefined } } as Patch<Indicator>;
  return { targets: { [pid]: value }, ...(ind.targetsNotApplicable[pid] ? { targetsNotApplicable: { [pid]: undefined } } : {}) } as Patch<Indicator>;
}

/** The patch marking a period "not applicable" (its target goes) or lifting the mark. */
export function notApplicablePatch(pid: ReportingPeriodId, on: boolean): Patch<Indicator> {
  return (on ? { targetsNotApplicable: { [pid]: true }, targets: { [pid]: undefined } } : { targetsNotApplicable: { [pid]: undefined } }) as Patch<Indicator>;
}

export function categoryTargetPatch(pid: ReportingPeriodId, category: string, value: number | null): Patch<Indicator> {
  return { categoryTargets: { [pid]: { [category]: value ?? undefined } } } as Patch<Indicator>;
}

export interface IndicatorEdits {
  readonly update: (fields: Patch<Indicator>) => Promise<boolean>;
  /** Parses `text` as a number (empty is "no value") and applies it; refuses text that is not one. */
  readonly number: (text: string, apply: (value: number | null) => Patch<Indicator>) => Promise<boolean>;
}

export function useIndicatorEdits(id: IndicatorId): IndicatorEdits {
  const dispatch = useApp((s) => s.dispatch);
  const notify = useApp((s) => s.notify);
  const { i18n } = useTranslation();
  const update = (fields: Patch<Indicator>) => (Object.keys(fields).length === 0 ? Promise.resolve(true) : dispatch('updateIndicator', { id, fields }));
  return {
    update,
    number(text, apply) {
      const value = parseNumber(text, i18n.language);
      if (value === 'invalid') {
        notify({ tone: 'error', message: { key: 'indicators.errors.notANumber', params: { text: text.trim() } } });
        return Promise.resolve(false);
      }
      return update(apply(value));
    },
  };
}

/** A number as a cell shows it: empty for none. */
export function shown(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
