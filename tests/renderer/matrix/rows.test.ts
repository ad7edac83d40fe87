import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../shared/dates';
import { PlanSession } from '../../../shared/plan-doc';
import { buildSamplePlan } from '../../../shared/sample';
import { matrixRows, NO_COMPONENT, NO_FILTERS } from '../../../renderer/features/matrix/rows';
import { columnTemplate } from '../../../renderer/features/matrix/MatrixGrid';
import { counterHex } from '../../fixtures/plans';

const clock = fixedClock('2026-01-01T00:00:00.000Z');
const sample = PlanSession.create(buildSamplePlan({ randomHex: counterHex(), clock, officeName: 'HQ' }), { actor: 'a'.repeat(32), office: 'HQ', clock }).view;
const resultRows = (rows: ReturnType<typeof matrixRows>) => rows.filter((r) => r.kind === 'result');

describe('logframe matrix rows', () => {
  it('lists every result in results-chain order when not grouped', () => {
    const rows = matrixRows(sample, NO_FILTERS, false);
    expect(rows.map((r) => (r.kind === 'result' ? r.id : ''))).toEqual(sample.tree.map((n) => n.id));
  });

  it('groups by component, in component order, with results without a component first', () => {
    const rows = matrixRows(sample, NO_FILTERS, true);
    const groups = rows.filter((r) => r.kind === 'group').map((r) => (r.kind === 'group' ? r.componentId : 'x'));
    expect(groups[0]).toBeNull();
    expect(groups.slice(1)).toEqual(sample.componentOrder.filter((c) => groups.includes(c)));
    expect(resultRows(rows)).toHaveLength(sample.tree.length);
    // Within a group the rows keep the results chain's order.
    let lastIndex = -1;
    for (const r of rows) {
      if (r.kind === 'group') lastIndex = -1;
      else {
        expect(sample.treeIndex[r.id]!).toBeGreaterThan(lastIndex);
        lastIndex = sample.treeIndex[r.id]!;
      }
    }
  });

  it('filters by level, component, responsible unit, strategic objective and text', () => {
    const outcomes = resultRows(matrixRows(sample, { ...NO_FILTERS, level: 'outcome' }, false));
    expect(outcomes.length).toBe(sample.counts.outcome);
    const component = sample.componentOrder[1]!;
    for (const r of resultRows(matrixRows(sample, { ...NO_FILTERS, componentId: component }, false))) expect(sample.results[r.id]!.componentId).toBe(component);
    for (const r of resultRows(matrixRows(sample, { ...NO_FILTERS, componentId: NO_COMPONENT }, false))) expect(sample.results[r.id]!.componentId).toBeNull();
    const unit = Object.values(sample.units).find((u) => u.code === 'MIGRANT')!;
    const byUnit = resultRows(matrixRows(sample, { ...NO_FILTERS, unitId: unit.id }, false));
    expect(byUnit.length).toBeGreaterThan(0);
    for (const r of byUnit) expect(Object.values(sample.responsibilities).some((x) => x.resultId === r.id && x.unitId === unit.id)).toBe(true);
    const objective = sample.objectiveOrder[2]!;
    for (const r of resultRows(matrixRows(sample, { ...NO_FILTERS, objectiveId: objective }, false))) expect(objective in sample.results[r.id]!.objectiveTags).toBe(true);
    const found = resultRows(matrixRows(sample, { ...NO_FILTERS, search: 'LEGISLATIVE PROFILE' }, false));
    expect(found.length).toBeGreaterThan(0);
    expect(resultRows(matrixRows(sample, { ...NO_FILTERS, search: 'no such words anywhere' }, false))).toHaveLength(0);
  });

  it('finds a result by the definition of one of its indicators', () => {
    const indicator = Object.values(sample.indicators)[0]!;
    const rows = resultRows(matrixRows(sample, { ...NO_FILTERS, search: indicator.definition.slice(0, 30) }, false));
    expect(rows.map((r) => r.id)).toContain(indicator.resultId);
  });

  it('gives the header and every row one column template, so columns line up', () => {
    const { template, minWidth } = columnTemplate([
      { id: 'number', label: 'No.' },
      { id: 'statement', label: 'Intervention logic' },
    ]);
    expect(template).toBe('5.2rem minmax(17rem, 2fr)');
    expect(minWidth).toBe('22.2rem');
  });
});
