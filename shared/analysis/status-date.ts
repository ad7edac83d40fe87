/**
 * The date a plan's progress is reported as of: the plan's status date where set, else
 * today. Every "overdue", "next 90 days" and "to date" computation takes it.
 */
import { toIsoDate, type Clock, type IsoDate } from '../dates';
import type { Plan } from '../model';

export function statusDateOf(plan: Pick<Plan, 'statusDate'>, clock: Clock): IsoDate {
  return plan.statusDate ?? toIsoDate(clock.now());
}
