/**
 * The units tree of the structure screen: depth first, siblings by code; a unit whose
 * parent is gone or that a merge left in a cycle is still listed; the parents a unit can
 * be given; and the counts shown beside units, objectives and components.
 */
import { describe, expect, it } from 'vitest';
import type { ComponentId, Result, ResultId, StrategicObjectiveId, Unit, UnitId } from '../../../shared/model';
import type { PlanView } from '../../../shared/plan-doc';
import { parentChoices, resultsByComponent, rolesByUnit, tagsByObjective, unitRows } from '../../../renderer/features/structure/derive';

const unit = (id: string, code: string, parentId: string | null = null): Unit => ({
  id: id as UnitId,
  code,
  name: `Unit ${code}`,
  kind: 'sector',
  parentId: parentId as UnitId | null,
  deletedAt: null,
  deletedBy: null,
});
const units = (...list: Unit[]): Pick<PlanView, 'units'> => ({ units: Object.fromEntries(list.map((u) => [u.id, u])) });
const rows = (view: Pick<PlanView, 'units'>) => unitRows(view).map((r) => `${'-'.repeat(r.depth)}${r.unit.code}${r.parentMissing ? '?' : ''}`);

describe('unitRows', () => {
  it('lists units depth first, siblings by code with numbers in order', () => {
    const view = units(unit('a', 'RO-10'), unit('b', 'RO-9'), unit('c', 'CO-2', 'b'), unit('d', 'CO-1', 'b'), unit('e', 'X', 'd'));
    expect(rows(view)).toEqual(['RO-9', '-CO-1', '--X', '-CO-2', 'RO-10']);
  });

  it('lists a unit whose parent is gone at the top level, flagged, and units in a cycle once each', () => {
    const view = units(unit('a', 'A', 'gone'), unit('b', 'B', 'c'), unit('c', 'C', 'b'), unit('d', 'D', 'c'));
    expect(rows(view)).toEqual(['A?', 'B', '-C', '--D']);
  });
});

describe('parentChoices', () => {
  it('offers every unit but the unit itself and its own units, in tree order', () => {
    const view = units(unit('a', 'A'), unit('b', 'B', 'a'), unit('c', 'C', 'b'), unit('d', 'D'));
    const tree = unitRows(view);
    expect(parentChoices(view, tree, 'b').map((c) => c.label)).toEqual(['A – Unit A', 'D – Unit D']);
    expect(parentChoices(view, tree, null).map((c) => `${c.depth}:${c.id}`)).toEqual(['0:a', '1:b', '2:c', '0:d']);
  });
});

describe('counts', () => {
  const result = (id: string, componentId: string | null, objectiveTags: Record<string, 'principal' | 'significant'>) =>
    ({ id: id as ResultId, componentId: componentId as ComponentId | null, objectiveTags: objectiveTags as Result['objectiveTags'] }) as Result;

  it('counts roles per unit, tags per objective and results per component', () => {
    const view = {
      results: { r1: result('r1', 'c1', { o1: 'principal', o2: 'significant' }), r2: result('r2', 'c1', { o1: 'significant' }), r3: result('r3', null, {}) },
      responsibilities: {
        x1: { id: 'x1', unitId: 'u1', resultId: 'r1', role: 'A' },
        x2: { id: 'x2', unitId: 'u1', resultId: 'r2', role: 'R' },
        x3: { id: 'x3', unitId: 'u2', resultId: 'r2', role: 'A' },
      },
    } as unknown as PlanView;
    expect([...rolesByUnit(view)]).toEqual([['u1', 2], ['u2', 1]]);
    expect(tagsByObjective(view).get('o1' as StrategicObjectiveId)).toEqual({ principal: 1, significant: 1 });
    expect(tagsByObjective(view).get('o2')).toEqual({ principal: 0, significant: 1 });
    expect([...resultsByComponent(view)]).toEqual([['c1', 2]]);
  });
});
