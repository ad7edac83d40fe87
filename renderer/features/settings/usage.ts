/** What refers to a reporting period, as the settings screen words it ("2 targets, 1 actual, 0 allocations"). */
import type { PeriodUsage } from '../../../shared/analysis/periods';

export function usageText(t: (key: string, params?: Record<string, unknown>) => string, u: PeriodUsage): string {
  return [
    t('planSettings.periods.targets', { count: u.targets }),
    t('planSettings.periods.actuals', { count: u.actuals }),
    t('planSettings.periods.allocations', { count: u.allocations }),
  ].join(', ');
}
