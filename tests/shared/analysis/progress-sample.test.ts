/**
 * The sample plan's progress as of its status date (31 January 2012): its illustrative
 * first-biennium actuals give the dashboard a real mix, and the indicators without a
 * baseline stay honestly not measured.
 */
import { describe, expect, it } from 'vitest';
import { planProgress } from '../../../shared/analysis/progress';
import { fixedClock } from '../../../shared/dates';
import { buildSamplePlan } from '../../../shared/sample';
import { counterHex } from '../../fixtures/plans';
import { viewOf } from './quality-plans';

const data = buildSamplePlan({ randomHex: counterHex(), clock: fixedClock('2009-11-16T09:30:00.000Z'), officeName: 'HQ' });
const view = viewOf(data);
const progress = planProgress(view, data.plan.statusDate!);
const byDefinition = (pattern: RegExp) => {
  const found = data.indicators.filter((i) => pattern.test(i.definition));
  expect(found).toHaveLength(1);
  return progress.indicators[found[0]!.id]!;
};

describe('the sample plan as of its status date', () => {
  it('has indicators off track, at risk, on track and not measured', () => {
    expect(data.plan.statusDate).toBe('2012-01-31');
    expect(progress.plan.counts).toEqual({ off_track: 2, at_risk: 3, on_track: 3, not_measured: 3 });
    expect(progress.plan.status).toBe('off_track');
  });

  it.each([
    ['the strategy paper, consulted but not adopted (stage 2 of 3)', /Stage reached by the Office-wide strategy paper/, 'at_risk', 2 / 3],
    ['one strategic objective of two', /four strategic objectives/, 'off_track', 0],
    ['Convention No. 97, eight ratifications as planned', /\(No\. 97\)/, 'on_track', 1],
    ['Convention No. 143, six of eight', /\(No\. 143\)/, 'off_track', 1 / 3],
    ['legislative profiles, 62 of 65 from 55', /legislative profile/, 'at_risk', 0.7],
    ['DWCPs referring to the Conventions, 29.2% of 30% from 16.7%', /8 of 48 DWCPs/, 'on_track', 12.5 / 13.3],
    ['Turin course sessions, six as planned', /Turin/, 'on_track', 1],
    ['extra-budgetary resources, 10.5 against a level of 12 to hold', /twelvefold/, 'at_risk', 10.5 / 12],
  ] as const)('%s', (_name, pattern, status, achievement) => {
    const p = byDefinition(pattern);
    expect(p.toDate.status).toBe(status);
    expect(p.toDate.achievement).toBeCloseTo(achievement, 6);
    expect(p.toDate.overduePeriodIds).toEqual([]);
  });

  it('leaves the indicators without a baseline not measured: no target is due', () => {
    for (const i of data.indicators.filter((x) => x.baseline.value === null)) {
      expect(progress.indicators[i.id]!.toDate).toMatchObject({ status: 'not_measured', reason: 'no_target_due' });
    }
  });

  it('shows the Convention No. 97 ratifications by region', () => {
    const regions = Object.fromEntries(byDefinition(/\(No\. 97\)/).categories.map((c) => [c.category, c.toDate.status]));
    expect(regions).toEqual({ Africa: 'on_track', Americas: 'off_track', 'Arab States': 'on_track', 'Asia and the Pacific': 'on_track', 'Europe and Central Asia': 'on_track' });
  });
});
