/**
 * The plan's period and its reporting periods: the ILO plans and reports by biennial
 * programme and budget (para. 6), so the Strategic Policy Framework 2010-15 (para. 26)
 * splits into three biennia.
 */
import type { ReportingPeriod, ReportingPeriodId } from '../model';
import { LIVE } from './build-context';

export const PLAN_START = '2010-01-01';
export const PLAN_END = '2015-12-31';
/**
 * The sample reports as of the end of January 2012, when the first biennium's results
 * are in: its status date, so "overdue" and "to date" read as they did then.
 */
export const STATUS_DATE = '2012-01-31';

export const PERIOD_SPECS = [
  { label: '2010-11', start: '2010-01-01', end: '2011-12-31' },
  { label: '2012-13', start: '2012-01-01', end: '2013-12-31' },
  { label: '2014-15', start: '2014-01-01', end: '2015-12-31' },
] as const;
export type PeriodLabel = (typeof PERIOD_SPECS)[number]['label'];
export const PERIOD_LABELS: readonly PeriodLabel[] = PERIOD_SPECS.map((s) => s.label);

export function buildPeriods(ids: Record<PeriodLabel, ReportingPeriodId>): ReportingPeriod[] {
  return PERIOD_SPECS.map((spec) => ({ ...LIVE, id: ids[spec.label], label: spec.label, start: spec.start, end: spec.end }));
}
