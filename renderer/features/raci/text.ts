/** How the responsibility matrix words a row's check and a cell's roles (pure, tested alone). */
import type { TFunction } from 'i18next';
import { unitLabel, type RaciRow, type RaciUnit } from '../../../shared/analysis/raci';
import type { RaciRole } from '../../../shared/model';

/** RACI's reading order for a cell holding two roles: "A/R", not "R/A". */
const DISPLAY_ORDER: readonly RaciRole[] = ['A', 'R', 'C', 'I'];

export function displayRoles(roles: readonly RaciRole[] | undefined): RaciRole[] {
  return roles ? DISPLAY_ORDER.filter((r) => roles.includes(r)) : [];
}

/**
 * A row's check: a short text for the narrow column and the full sentence (read by
 * screen readers, and the tooltip). Rows without a warning say so too, or name the
 * output's unit an activity relies on.
 */
export function warningText(t: TFunction, row: RaciRow, units: readonly RaciUnit[]): { short: string; long: string } {
  const w = row.warning;
  if (w?.kind === 'manyAccountable') {
    return { short: t('raci.warningShort.manyAccountable', { count: w.units.length }), long: t('raci.warning.manyAccountable', { units: w.units.join(', ') }) };
  }
  if (w) return { short: t(`raci.warningShort.${w.kind}`), long: t(`raci.warning.${w.kind}`) };
  if (row.answeredBy) {
    const unit = units.find((u) => u.id === row.answeredBy);
    const name = unit ? unitLabel(unit) : '';
    return { short: t('raci.answeredBy', { unit: name }), long: t('raci.answeredByLong', { unit: name }) };
  }
  return { short: t('raci.ok'), long: t('raci.okLong') };
}
