/**
 * Issue 4's data merges like every other edit: two offices monitoring the same plan
 * offline (one reporting actuals, the other revising targets, rating risks, updating
 * mitigations, milestones, responsibilities and resources) both keep their work.
 */
import * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import { planProgress } from '../../../shared/analysis/progress';
import { rollUpResources } from '../../../shared/analysis/resources';
import { fixedClock } from '../../../shared/dates';
import type { ReportingPeriodId, ResultId, UnitId } from '../../../shared/model';
import { PlanSession, addCategory, setResponsibility, updateEntity, updatePlan } from '../../../shared/plan-doc';
import { materialize } from '../../../shared/plan-doc/view';
import { buildSamplePlan } from '../../../shared/sample';
import { ACTOR_A, ACTOR_B, counterHex, tickingClock } from '../../fixtures/plans';

function offices() {
  const data = buildSamplePlan({ randomHex: counterHex(), clock: fixedClock('2026-01-01T00:00:00.000Z'), officeName: 'HQ' });
  const hq = PlanSession.create(data, { actor: ACTOR_A, office: 'HQ', clock: tickingClock() });
  const field = PlanSession.load([A.save(hq.document)], { actor: ACTOR_B, office: 'Nairobi', clock: tickingClock('2026-01-02T00:00:00.000Z') });
  return { hq, field };
}

describe('merging monitoring data', () => {
  it('keeps an actual from one office and a target from the other on the same indicator', () => {
    const { hq, field } = offices();
    const view = hq.view;
    const [p1, p2] = view.periodOrder as readonly ReportingPeriodId[];
    const id = Object.keys(view.indicators).find((i) => view.indicators[i]!.measureType === 'number')!;
    field.run(updateEntity, { collection: 'indicators', id, fields: { actuals: { [p1!]: { value: 3, date: '2011-12-31', evidence: 'Field report', link: '' } } } });
    hq.run(updateEntity, { collection: 'indicators', id, fields: { targets: { [p2!]: 9 } } });
    field.run(addCategory, { id: id as never, category: 'Women' });
    hq.run(addCategory, { id: id as never, category: 'Men' });

    const merged = materialize(A.merge(A.clone(hq.document), field.document));
    const indicator = merged.indicators[id]!;
    expect(indicator.actuals[p1!]).toMatchObject({ value: 3, evidence: 'Field report' });
    expect(indicator.targets[p2!]).toBe(9);
    expect(indicator.disaggregation).toEqual(expect.arrayContaining(['Women', 'Men']));
    // The merged figures feed the status like any others.
    expect(planProgress(merged, merged.plan.statusDate!).indicators[id]!.periods[0]!.actual).toBe(3);
  });

  it('keeps risk ratings, mitigation progress, milestones, roles and resources from both', () => {
    const { hq, field } = offices();
    const view = hq.view;
    const [riskId] = Object.keys(view.risks);
    const mitigationId = Object.values(view.mitigations).find((m) => m.riskId !== riskId)!.id;
    const milestoneId = Object.keys(view.milestones)[0]!;
    const resourceId = Object.keys(view.resources)[0]!;
    const resultId = view.tree[3]!.id as ResultId;
    const unitId = Object.keys(view.units)[0] as UnitId;

    hq.run(updateEntity, { collection: 'risks', id: riskId!, fields: { likelihood: 5, impact: 5 } });
    field.run(updateEntity, { collection: 'mitigations', id: mitigationId, fields: { status: 'done' } });
    field.run(updateEntity, { collection: 'milestones', id: milestoneId, fields: { status: 'done', completedDate: '2011-06-30' } });
    hq.run(setResponsibility, { resultId, unitId, role: 'C' });
    field.run(updateEntity, { collection: 'resources', id: resourceId, fields: { status: 'secured' } });
    hq.run(updatePlan, { significantShare: 0.5 });

    const merged = materialize(A.merge(A.clone(hq.document), field.document));
    expect(merged.risks[riskId!]).toMatchObject({ likelihood: 5, impact: 5 });
    expect(merged.mitigations[mitigationId]!.status).toBe('done');
    expect(merged.milestones[milestoneId]).toMatchObject({ status: 'done', completedDate: '2011-06-30' });
    expect(Object.values(merged.responsibilities).some((r) => r.resultId === resultId && r.unitId === unitId && r.role === 'C')).toBe(true);
    expect(merged.resources[resourceId]!.status).toBe('secured');
    expect(rollUpResources(merged).significantShare).toBe(0.5);
  });
});
