/**
 * The date a screen reports as of: the plan's status date, else today (read once per
 * visit, so the screen does not change under the reader at midnight).
 */
import { useState } from 'react';
import { statusDateOf } from '../../shared/analysis/status-date';
import { systemClock, type IsoDate } from '../../shared/dates';
import type { Plan } from '../../shared/model';

export function useAsOf(plan: Pick<Plan, 'statusDate'> | undefined): IsoDate {
  const [now] = useState(() => systemClock.now());
  return statusDateOf(plan ?? {}, { now: () => now });
}
