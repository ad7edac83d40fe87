/**
 * The responsibility matrix as data: columns, rows, the accountability warnings (the
 * same results as the quality check flags), filters, each unit's results by role, and
 * rows kept by identity across edits so a screen redraws only what changed.
 */
import { describe, expect, it } from 'vitest';
import {
  buildRaciMatrix,
  filterRaciRows,
  NO_COMPONENT,
  NO_RACI_FILTERS,
  orderUnits,
  unitResponsibilities,
  type RaciMatrix,
} from '../../../shared/analysis/raci';
import { runQualityCheck } from '../../../shared/analysis/quality';
import { fixedClock } from '../../../shared/dates';
import type { ComponentId, PlanData, Responsibility, ResponsibilityId, ResultId, Unit, UnitId } from '../../../shared/model';
import { PlanSession, setResponsibility, type PlanView } from '../../../shared/plan-doc';
import { buildSamplePlan } from '../../../shared/sample';
import { counterHex } from '../../fixtures/plans';
import { completePlan, plainView, result, roles, UNIT_A, UNIT_R, viewOf } from './quality-plans';

const LIVE = { deletedAt: null, deletedBy: null } as const;
const UNIT_C = 'u_sector' as UnitId;

let extraCount = 0;
/** One more role, with an id of its own (roles() numbers ids per call, so they can collide). */
function extra(resultId: string, unitId: UnitId, role: Responsibility['role']): Responsibility {
  return { ...roles(resultId, [unitId, role])[0]!, id: `x_extra_${++extraCount}` as ResponsibilityId };
}

function unit(id: string, code: string, kind: Unit['kind'], name = `Unit ${code || id}`): Unit {
  return { ...LIVE, id: id as UnitId, code, name, kind, parentId: null };
}

/** g > o > p > a (each with LEAD accountable, FIELD responsible), a second output p2 > a2 with nothing. */
function plan(change: (data: PlanData) => void = () => undefined): PlanView {
  const data = completePlan();
  data.units.push(unit(UNIT_C, 'SECT', 'sector', 'A sector'));
  data.results.push(result('p2', 'output', 'o', 'n'), result('a2', 'activity', 'p2'));
  change(data);
  return viewOf(data);
}

const rowOf = (matrix: RaciMatrix, id: string) => matrix.rows.find((r) => r.id === id)!;

/** Results the quality check finds without exactly one accountable unit. */
function qualityFlagged(view: PlanView): Set<string> {
  return new Set(
    runQualityCheck(view)
      .findings.filter((f) => f.ruleId === 'oneAccountableUnit')
      .map((f) => ('id' in f.target ? (f.target.id ?? '') : '')),
  );
}

describe('buildRaciMatrix', () => {
  it('has the results in the chain\'s order with their numbers, and the units by kind then code', () => {
    const matrix = buildRaciMatrix(plan());
    expect(matrix.rows.map((r) => `${r.number} ${r.id} ${r.level}`)).toEqual(['1 g goal', '1.1 o outcome', '1.1.1 p output', '1.1.1.1 a activity', '1.1.2 p2 output', '1.1.2.1 a2 activity']);
    // department, sector, country office: the model's order of kinds.
    expect(matrix.units.map((u) => u.code)).toEqual(['LEAD', 'SECT', 'FIELD']);
    expect(rowOf(matrix, 'o').roles).toEqual({ [UNIT_A]: ['A'], [UNIT_R]: ['R'] });
    expect(rowOf(matrix, 'o').statement).toBe('Statement of o');
  });

  it('orders units of one kind by code (numbers in codes by value), then by name when they have no code', () => {
    const units = [unit('u1', 'RO-10', 'regional_office'), unit('u2', 'RO-9', 'regional_office'), unit('u3', '', 'regional_office', 'Beta'), unit('u4', 'HQ', 'department'), unit('u5', '', 'other', 'Zed')];
    expect(orderUnits(units).map((u) => u.code || u.name)).toEqual(['HQ', 'Beta', 'RO-9', 'RO-10', 'Zed']);
  });

  it('warns on a goal, outcome or output with no accountable unit, and on one with several (naming them)', () => {
    const matrix = buildRaciMatrix(
      plan((d) => {
        d.responsibilities = d.responsibilities.filter((r) => !(r.resultId === 'o' && r.role === 'A'));
        d.responsibilities.push(extra('p', UNIT_C, 'A'));
      }),
    );
    expect(rowOf(matrix, 'o').warning).toEqual({ kind: 'noAccountable' });
    expect(rowOf(matrix, 'p').warning).toEqual({ kind: 'manyAccountable', units: ['LEAD', 'SECT'] });
    expect(rowOf(matrix, 'p').accountable).toEqual([UNIT_A, UNIT_C]);
    expect(rowOf(matrix, 'p2').warning).toEqual({ kind: 'noAccountable' });
    expect(matrix.warnings).toEqual({ total: 4, noAccountable: 3, manyAccountable: 1 });
  });

  it('lets an activity without an accountable unit rely on its output\'s single one, and warns when there is none to rely on', () => {
    const matrix = buildRaciMatrix(plan((d) => (d.responsibilities = d.responsibilities.filter((r) => !(r.resultId === 'a' && r.role === 'A')))));
    expect(rowOf(matrix, 'a').warning).toBeNull();
    expect(rowOf(matrix, 'a').answeredBy).toBe(UNIT_A);
    expect(rowOf(matrix, 'a2').warning).toEqual({ kind: 'noAccountableActivity' });
    expect(rowOf(matrix, 'a2').answeredBy).toBeNull();
    // An output with two accountable units answers for nothing.
    const two = buildRaciMatrix(plan((d) => d.responsibilities.push(...roles('p2', [UNIT_A, 'A'], [UNIT_C, 'A']))));
    expect(rowOf(two, 'a2').warning).toEqual({ kind: 'noAccountableActivity' });
    expect(rowOf(two, 'p2').warning).toEqual({ kind: 'manyAccountable', units: ['LEAD', 'SECT'] });
  });

  it('names a unit without a code by its name in the warning', () => {
    const matrix = buildRaciMatrix(
      plan((d) => {
        d.units.push(unit('u_nocode', '', 'other', 'Turin centre'));
        d.responsibilities.push(extra('g', 'u_nocode' as UnitId, 'A'));
      }),
    );
    expect(rowOf(matrix, 'g').warning).toEqual({ kind: 'manyAccountable', units: ['LEAD', 'Turin centre'] });
  });

  it('counts a unit listed twice with one role once, shows two roles of one unit (A/R), and ignores removed units', () => {
    const matrix = buildRaciMatrix(
      plan((d) => {
        d.responsibilities.push(extra('g', UNIT_A, 'A'));
        d.responsibilities.push(extra('o', UNIT_A, 'R'));
        d.units = d.units.map((u) => (u.id === UNIT_R ? { ...u, deletedAt: '2026-01-01T00:00:00.000Z', deletedBy: 'HQ' } : u));
      }),
    );
    expect(rowOf(matrix, 'g').warning).toBeNull();
    expect(rowOf(matrix, 'o').roles).toEqual({ [UNIT_A]: ['R', 'A'] });
    expect(matrix.units.map((u) => u.code)).toEqual(['LEAD', 'SECT']);
  });

  it('flags exactly the results the quality check flags, in the sample plan and in variations of it', () => {
    const data = buildSamplePlan({ randomHex: counterHex(), clock: fixedClock('2009-11-16T09:30:00.000Z'), officeName: 'HQ' });
    const sample = viewOf(data);
    const matrix = buildRaciMatrix(sample);
    const flagged = new Set(matrix.rows.filter((r) => r.warning).map((r) => r.id));
    expect(flagged.size).toBeGreaterThan(0);
    expect(flagged).toEqual(qualityFlagged(sample));

    // Remove every accountable role from the outputs: their activities lose their cover too.
    const bare: PlanData = { ...data, responsibilities: data.responsibilities.filter((r) => !(r.role === 'A' && sample.results[r.resultId]!.level === 'output')) };
    const bareView = viewOf(bare);
    const bareFlagged = new Set(buildRaciMatrix(bareView).rows.filter((r) => r.warning).map((r) => r.id));
    expect(bareFlagged.size).toBeGreaterThan(flagged.size);
    expect(bareFlagged).toEqual(qualityFlagged(bareView));
  });

  it('gives most results of the sample plan an accountable unit, and shows its unsettled ones honestly', () => {
    const data = buildSamplePlan({ randomHex: counterHex(), clock: fixedClock('2009-11-16T09:30:00.000Z'), officeName: 'HQ' });
    const matrix = buildRaciMatrix(viewOf(data));
    const covered = matrix.rows.filter((r) => r.accountable.length === 1 || r.answeredBy !== null).length;
    expect(covered / matrix.rows.length).toBeGreaterThan(0.9);
    expect(matrix.warnings.noAccountable).toBeGreaterThan(0);
    expect(matrix.warnings.manyAccountable).toBeGreaterThan(0);
  });
});

describe('buildRaciMatrix with the previous matrix', () => {
  function session() {
    const data = completePlan();
    data.units.push(unit(UNIT_C, 'SECT', 'sector'));
    data.results.push(result('p2', 'output', 'o', 'n'), result('a2', 'activity', 'p2'));
    return PlanSession.create(data, { actor: 'a'.repeat(32), office: 'HQ', clock: fixedClock('2026-01-01T00:00:00.000Z') });
  }

  it('keeps every row that did not change, and gives new rows to those that did', () => {
    const s = session();
    const before = buildRaciMatrix(s.view);
    s.run(setResponsibility, { resultId: 'o' as ResultId, unitId: UNIT_C, role: 'C' });
    const after = buildRaciMatrix(s.view, before);
    expect(after).not.toBe(before);
    expect(after.units).toBe(before.units);
    const changedRows = after.rows.filter((r, i) => r !== before.rows[i]).map((r) => r.id);
    expect(changedRows).toEqual(['o']);
    expect(rowOf(after, 'o').roles[UNIT_C]).toEqual(['C']);
  });

  it('renews the rows of activities whose cover changes when their output\'s accountable unit does', () => {
    const s = session();
    const before = buildRaciMatrix(s.view);
    expect(rowOf(before, 'a2').warning).toEqual({ kind: 'noAccountableActivity' });
    s.run(setResponsibility, { resultId: 'p2' as ResultId, unitId: UNIT_C, role: 'A' });
    const after = buildRaciMatrix(s.view, before);
    expect(after.rows.filter((r, i) => r !== before.rows[i]).map((r) => r.id)).toEqual(['p2', 'a2']);
    expect(rowOf(after, 'a2')).toMatchObject({ warning: null, answeredBy: UNIT_C });
    expect(after.warnings.total).toBe(before.warnings.total - 2);
  });

  it('returns the previous matrix itself when nothing it shows changed', () => {
    const s = session();
    const before = buildRaciMatrix(s.view);
    expect(buildRaciMatrix(s.view, before)).toBe(before);
    // An edit elsewhere (the plan's title) leaves the matrix as it was.
    const renamed = { ...s.view, plan: { ...s.view.plan, title: 'Renamed' } };
    expect(buildRaciMatrix(renamed, before)).toBe(before);
    // New maps with the same content: every row compares equal, so the matrix is kept too.
    const copied = { ...s.view, responsibilities: { ...s.view.responsibilities }, results: { ...s.view.results } };
    expect(buildRaciMatrix(copied, before)).toBe(before);
  });

  it('renews the units when one is renamed', () => {
    const s = session();
    const before = buildRaciMatrix(s.view);
    const units = { ...s.view.units, [UNIT_C]: { ...s.view.units[UNIT_C]!, code: 'SEC2' } };
    const after = buildRaciMatrix({ ...s.view, units }, before);
    expect(after.units).not.toBe(before.units);
    expect(after.units.map((u) => u.code)).toEqual(['LEAD', 'SEC2', 'FIELD']);
  });

  it('builds a 2,000-result plan with 15 units quickly', () => {
    const data = completePlan();
    data.units = Array.from({ length: 15 }, (_, i) => unit(`u${i}`, `U${i}`, 'sector'));
    data.results = [result('g', 'goal', null)];
    data.responsibilities = [];
    for (let o = 0; o < 20; o++) {
      data.results.push(result(`o${o}`, 'outcome', 'g', `k${String(o).padStart(3, '0')}`));
      for (let p = 0; p < 6; p++) {
        data.results.push(result(`o${o}p${p}`, 'output', `o${o}`, `k${p}`));
        for (let a = 0; a < 16; a++) data.results.push(result(`o${o}p${p}a${a}`, 'activity', `o${o}p${p}`, `k${String(a).padStart(3, '0')}`));
      }
    }
    data.results.forEach((r, i) => data.responsibilities.push(...roles(r.id, [`u${i % 15}` as UnitId, 'A'], [`u${(i + 1) % 15}` as UnitId, 'R'], [`u${(i + 2) % 15}` as UnitId, 'C'])));
    const view = plainView(data);
    expect(view.tree.length).toBeGreaterThanOrEqual(2000);
    let best = Infinity;
    let matrix: RaciMatrix | null = null;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      matrix = buildRaciMatrix(view, matrix);
      best = Math.min(best, performance.now() - start);
    }
    expect(matrix!.warnings.total).toBe(0);
    // Some 10 ms on a quiet laptop; the bound only catches a quadratic slip.
    expect(best).toBeLessThan(300);
  });
});

describe('filterRaciRows', () => {
  const view = plan((d) => {
    d.components = [{ ...LIVE, id: 'c1' as ComponentId, code: 'C1', name: 'Standards', description: '', sortKey: 'm' }];
    d.results = d.results.map((r) => (r.id === 'p' || r.id === 'a' ? { ...r, componentId: 'c1' as ComponentId } : r));
    d.responsibilities = d.responsibilities.filter((r) => r.resultId !== 'o');
    d.responsibilities.push(extra('a2', UNIT_C, 'I'));
  });
  const rows = buildRaciMatrix(view).rows;
  const ids = (filters: Partial<typeof NO_RACI_FILTERS>) => filterRaciRows(rows, { ...NO_RACI_FILTERS, ...filters }).map((r) => r.id);

  it('keeps every row without filters (the same list)', () => {
    expect(filterRaciRows(rows, NO_RACI_FILTERS)).toBe(rows);
  });

  it('filters by level, component (or none), unit holding any role, and warnings only, together', () => {
    expect(ids({ level: 'output' })).toEqual(['p', 'p2']);
    expect(ids({ componentId: 'c1' })).toEqual(['p', 'a']);
    expect(ids({ componentId: NO_COMPONENT })).toEqual(['g', 'o', 'p2', 'a2']);
    expect(ids({ unitId: UNIT_C })).toEqual(['a2']);
    expect(ids({ unitId: UNIT_R })).toEqual(['g', 'p', 'a']);
    expect(ids({ warningsOnly: true })).toEqual(['o', 'p2', 'a2']);
    expect(ids({ warningsOnly: true, level: 'activity' })).toEqual(['a2']);
    expect(ids({ warningsOnly: true, componentId: 'c1' })).toEqual([]);
  });
});

describe('unitResponsibilities', () => {
  it('lists the unit\'s results under each role it holds, in the chain\'s order', () => {
    const matrix = buildRaciMatrix(
      plan((d) => {
        d.responsibilities.push(extra('a2', UNIT_C, 'I'), extra('p2', UNIT_C, 'C'), extra('g', UNIT_C, 'I'));
      }),
    );
    const sector = unitResponsibilities(matrix, UNIT_C);
    expect(Object.fromEntries(Object.entries(sector).map(([role, rows]) => [role, rows.map((r) => r.number)]))).toEqual({ R: [], A: [], C: ['1.1.2'], I: ['1', '1.1.2.1'] });
    expect(unitResponsibilities(matrix, UNIT_A).A.map((r) => r.id)).toEqual(['g', 'o', 'p', 'a']);
    expect(unitResponsibilities(matrix, 'u_missing')).toEqual({ R: [], A: [], C: [], I: [] });
  });

  it('lists a result under both roles of a unit that holds two', () => {
    const matrix = buildRaciMatrix(plan((d) => d.responsibilities.push(extra('o', UNIT_A, 'R'))));
    const lead = unitResponsibilities(matrix, UNIT_A);
    expect(lead.R.map((r) => r.id)).toEqual(['o']);
    expect(lead.A.map((r) => r.id)).toContain('o');
  });
});
