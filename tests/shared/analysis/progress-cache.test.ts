/**
 * planProgress keeps each indicator's figures while the indicator object is unchanged,
 * and computes them again whenever what they depend on changes: the indicator itself,
 * the periods, the as-of date or the thresholds.
 */
import { describe, expect, it } from 'vitest';
import { planProgress } from '../../../shared/analysis/progress';
import { fixedClock } from '../../../shared/dates';
import type { ReportingPeriodId } from '../../../shared/model';
import { PlanSession, updateEntity, updatePeriod, updatePlan } from '../../../shared/plan-doc';
import { buildSamplePlan } from '../../../shared/sample';
import { counterHex } from '../../fixtures/plans';

function sample() {
  const clock = fixedClock('2026-01-01T00:00:00.000Z');
  return PlanSession.create(buildSamplePlan({ randomHex: counterHex(), clock, officeName: 'HQ' }), { actor: 'a1'.repeat(16), office: 'HQ', clock });
}

describe('planProgress reuse', () => {
  it('recomputes the edited indicator only, and follows the edit', () => {
    const session = sample();
    const asOf = session.view.plan.statusDate!;
    const before = planProgress(session.view, asOf);
    const [edited, other] = Object.keys(session.view.indicators).filter((id) => Object.keys(session.view.indicators[id]!.targets).length > 0);
    const period = session.view.periodOrder[0] as ReportingPeriodId;
    session.run(updateEntity, { collection: 'indicators', id: edited!, fields: { actuals: { [period]: { value: 0, date: null, evidence: '', link: '' } } } });
    const after = planProgress(session.view, asOf);
    expect(after.indicators[other!]).toBe(before.indicators[other!]);
    expect(after.indicators[edited!]).not.toBe(before.indicators[edited!]);
    expect(after.indicators[edited!]!.periods[0]!.actual).toBe(0);
  });

  it('recomputes every indicator when the as-of date, the thresholds or the periods change', () => {
    const session = sample();
    const asOf = session.view.plan.statusDate!;
    const id = Object.keys(session.view.indicators).find((i) => Object.keys(session.view.indicators[i]!.actuals).length > 0)!;
    const first = planProgress(session.view, asOf).indicators[id];
    expect(planProgress(session.view, asOf).indicators[id]).toBe(first);
    expect(planProgress(session.view, '2015-12-31').indicators[id]).not.toBe(first);

    const settled = planProgress(session.view, asOf).indicators[id];
    session.run(updatePlan, { monitoring: { onTrack: 0.5, atRisk: 0.2 } });
    const relaxed = planProgress(session.view, asOf);
    expect(relaxed.indicators[id]).not.toBe(settled);
    expect(relaxed.settings).toEqual({ onTrack: 0.5, atRisk: 0.2 });

    const first2010 = session.view.periods[session.view.periodOrder[0]!]!;
    session.run(updatePeriod, { id: first2010.id, label: 'First biennium' });
    const renamed = planProgress(session.view, asOf);
    expect(renamed.indicators[id]).not.toBe(relaxed.indicators[id]);
    expect(renamed.indicators[id]!.periods[0]!.label).toBe('First biennium');
  });
});
