import * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import type { MilestoneId, PartnerId, ResponsibilityId, ResultId, RiskId, UnitId } from '../../../shared/model';
import { PlanSession, addEntity, addResult, deleteUnit, setResponsibility } from '../../../shared/plan-doc';
import { materialize } from '../../../shared/plan-doc/view';
import {
  accountableCount,
  linkedPartners,
  milestonesOf,
  risksOf,
  unassignedUnits,
  unitName,
  unitRolesOf,
  unlinkedPartners,
} from '../../../renderer/features/detail/derive';
import { ACTOR_B, newSession, tickingClock } from '../../fixtures/plans';

const g = 'g' as ResultId;
const live = { deletedAt: null, deletedBy: null };

function plan(): PlanSession {
  const s = newSession();
  s.run(addResult, { id: g, parentId: null, statement: 'Goal' });
  for (const [id, name, code] of [['u1', 'Zeta office', 'Z'], ['u2', 'Alpha office', ''], ['u3', 'Beta office', 'B'], ['u4', 'Gamma office', 'G']] as const) {
    s.run(addEntity, { collection: 'units', entity: { id: id as UnitId, code, name, kind: 'department', parentId: null, ...live } });
  }
  return s;
}

describe('detail panel derivations', () => {
  it('lists units accountable first, then by role and name; a unit with two roles once; removed units left out', () => {
    const s = plan();
    s.run(setResponsibility, { resultId: g, unitId: 'u2' as UnitId, role: 'C' });
    s.run(setResponsibility, { resultId: g, unitId: 'u3' as UnitId, role: 'R' });
    // Another office deletes unit u4 while this one gives it a role: the merged plan has a
    // responsibility of a removed unit, which the panel leaves out.
    const other = PlanSession.load([A.save(s.document)], { actor: ACTOR_B, office: 'Field', clock: tickingClock() });
    other.run(deleteUnit, { id: 'u4' as UnitId });
    s.run(setResponsibility, { resultId: g, unitId: 'u4' as UnitId, role: 'I' });
    s.run(addEntity, { collection: 'responsibilities', entity: { id: 'x_old_a' as ResponsibilityId, resultId: g, unitId: 'u1' as UnitId, role: 'A', ...live } });
    s.run(addEntity, { collection: 'responsibilities', entity: { id: 'x_old_r' as ResponsibilityId, resultId: g, unitId: 'u1' as UnitId, role: 'R', ...live } });
    const view = materialize(A.merge(A.clone(s.document), other.document));
    expect(Object.values(view.responsibilities).some((r) => r.unitId === 'u4')).toBe(true);

    const rows = unitRolesOf(view, g);
    expect(rows.map((r) => `${unitName(r.unit)}:${r.roles.join('')}`)).toEqual(['Zeta office (Z):RA', 'Beta office (B):R', 'Alpha office:C']);
    expect(accountableCount(rows)).toBe(1);
    expect(unassignedUnits(view, rows)).toEqual([]);
  });

  it('lists linked and unlinked partners by name', () => {
    const s = plan();
    const partner = (id: string, name: string, links: Record<string, { expectedOutcome: string }>) =>
      s.run(addEntity, { collection: 'partners', entity: { id: id as PartnerId, name, acronym: '', type: 'other', links, ...live } });
    partner('p1', 'World Bank', { g: { expectedOutcome: 'Data' } });
    partner('p2', 'IOM', { g: { expectedOutcome: 'Division of labour' } });
    partner('p3', 'UNDP', {});
    expect(linkedPartners(s.view, g).map((r) => `${r.partner.name}: ${r.expectedOutcome}`)).toEqual(['IOM: Division of labour', 'World Bank: Data']);
    expect(unlinkedPartners(s.view, g).map((p) => p.name)).toEqual(['UNDP']);
  });

  it('orders risks by score and milestones by due date', () => {
    const s = plan();
    const risk = (id: string, likelihood: number, impact: number, resultIds: ResultId[]) =>
      s.run(addEntity, {
        collection: 'risks',
        entity: { id: id as RiskId, description: id, category: 'operational', likelihood, impact, residualLikelihood: null, residualImpact: null, ownerUnitId: null, resultIds, source: '', ...live },
      });
    risk('low', 1, 2, [g]);
    risk('high', 4, 5, [g]);
    risk('other', 5, 5, []);
    expect(risksOf(s.view, g).map((r) => r.id)).toEqual(['high', 'low']);

    for (const [id, dueDate] of [['late', '2012-06-30'], ['early', '2010-03-31']] as const) {
      s.run(addEntity, { collection: 'milestones', entity: { id: id as MilestoneId, resultId: g, title: id, dueDate, status: 'planned', completedDate: null, ...live } });
    }
    expect(milestonesOf(s.view, g).map((m) => m.id)).toEqual(['early', 'late']);
  });
});
