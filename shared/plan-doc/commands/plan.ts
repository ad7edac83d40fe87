/** Commands on the plan's own fields (title, period, status, ...). */
import { compareIsoDates } from '../../dates';
import { PlanSchema, type Plan } from '../../model';
import { CommandError, defineCommand } from './types';

export type PlanFields = Partial<Pick<Plan, 'title' | 'organisation' | 'ownerUnitId' | 'periodStart' | 'periodEnd' | 'status' | 'versionLabel' | 'templateId' | 'currency' | 'qualityLimits' | 'statusDate' | 'monitoring' | 'significantShare' | 'iati'>>;

export const updatePlan = defineCommand<PlanFields>({
  name: 'updatePlan',
  label: (fields) => ({ key: Object.keys(fields).length === 1 && 'title' in fields ? 'history.renamePlan' : 'history.updatePlan' }),
  run({ tx, view }, fields) {
    const next = { ...view.plan, ...fields };
    const parsed = PlanSchema.safeParse(next);
    if (!parsed.success) throw new CommandError('errors.invalidPlanFields', { detail: parsed.error.issues[0]?.path.join('.') ?? '' });
    if (next.title.trim() === '') throw new CommandError('errors.titleRequired');
    if (compareIsoDates(next.periodStart, next.periodEnd) >= 0) throw new CommandError('errors.periodOrder');
    if (fields.ownerUnitId && !view.units[fields.ownerUnitId]) throw new CommandError('errors.unknownUnit');
    tx.updatePlan(fields);
  },
});
