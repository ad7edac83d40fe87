/**
 * The risk register's arithmetic: scores and NPSA bands, the 5×5 heat map, overdue
 * mitigations against the status date, register rows, their summary, sorting and filters.
 */
import { describe, expect, it } from 'vitest';
import {
  BAND_RANGES,
  DEFAULT_SORT,
  NO_FILTER,
  NO_OWNER,
  RATINGS,
  bandOf,
  cellAt,
  filterRows,
  heatMap,
  inherentRating,
  isFiltering,
  isMitigationOverdue,
  isRating,
  parseDueDate,
  parseRating,
  registerRows,
  residualAboveInherent,
  residualIncomplete,
  residualRating,
  scoreOf,
  sortRows,
  summariseRegister,
  summariseRisk,
  type RegisterRow,
  type RiskFilter,
  type SortKey,
} from '../../../shared/analysis/risks';
import { statusDateOf } from '../../../shared/analysis/status-date';
import { fixedClock } from '../../../shared/dates';
import type { PlanData, RiskId } from '../../../shared/model';
import { buildSamplePlan } from '../../../shared/sample';
import { counterHex } from '../../fixtures/plans';
import { completePlan, mitigation, result, risk, UNIT_A, UNIT_R, viewOf } from './quality-plans';

const STATUS = '2012-01-31';

describe('scores and bands', () => {
  it('scores likelihood × impact and bands every possible score as NPSA 2008: 1-3 low, 4-6 moderate, 8-12 high, 15-25 extreme', () => {
    expect(scoreOf(4, 3)).toBe(12);
    const seen = new Map<number, string>();
    for (const l of RATINGS) for (const i of RATINGS) seen.set(scoreOf(l, i), bandOf(scoreOf(l, i)));
    expect(Object.fromEntries([...seen].sort((a, b) => a[0] - b[0]))).toEqual({
      1: 'low', 2: 'low', 3: 'low',
      4: 'moderate', 5: 'moderate', 6: 'moderate',
      8: 'high', 9: 'high', 10: 'high', 12: 'high',
      15: 'extreme', 16: 'extreme', 20: 'extreme', 25: 'extreme',
    });
    // Every score falls inside its band's documented range.
    for (const [score, band] of seen) {
      const [min, max] = BAND_RANGES[band as keyof typeof BAND_RANGES];
      expect(score >= min && score <= max, `${score} in ${band}`).toBe(true);
    }
  });

  it('accepts only whole ratings 1-5; an empty text is "not rated"', () => {
    expect([1, 5].every(isRating)).toBe(true);
    expect([0, 6, 2.5, Number.NaN, '3'].some(isRating)).toBe(false);
    expect(parseRating(' 4 ')).toBe(4);
    expect(parseRating('')).toBeNull();
    expect(parseRating('3.5')).toBe('invalid');
    expect(parseRating('six')).toBe('invalid');
    expect(parseRating('0')).toBe('invalid');
  });

  it('rates a risk inherently always and residually only when both residual ratings are set', () => {
    expect(inherentRating(risk('k', [], { likelihood: 4, impact: 5 }))).toEqual({ likelihood: 4, impact: 5, score: 20, band: 'extreme' });
    expect(residualRating(risk('k', [], { residualLikelihood: 2, residualImpact: 3 }))).toEqual({ likelihood: 2, impact: 3, score: 6, band: 'moderate' });
    expect(residualRating(risk('k', [], { residualLikelihood: 2 }))).toBeNull();
    expect(residualIncomplete(risk('k', [], { residualLikelihood: 2 }))).toBe(true);
    expect(residualIncomplete(risk('k', [], { residualImpact: 2 }))).toBe(true);
    expect(residualIncomplete(risk('k', []))).toBe(false);
    expect(residualIncomplete(risk('k', [], { residualLikelihood: 2, residualImpact: 2 }))).toBe(false);
  });

  it('flags a residual likelihood or impact above the inherent one as a data error, and nothing else', () => {
    const base = { likelihood: 3, impact: 3 };
    expect(residualAboveInherent(risk('k', [], { ...base, residualLikelihood: 4, residualImpact: 1 }))).toBe(true);
    expect(residualAboveInherent(risk('k', [], { ...base, residualLikelihood: 1, residualImpact: 4 }))).toBe(true);
    expect(residualAboveInherent(risk('k', [], { ...base, residualLikelihood: null, residualImpact: 5 }))).toBe(true);
    expect(residualAboveInherent(risk('k', [], { ...base, residualLikelihood: 3, residualImpact: 3 }))).toBe(false);
    expect(residualAboveInherent(risk('k', [], { ...base, residualLikelihood: 1, residualImpact: 2 }))).toBe(false);
    expect(residualAboveInherent(risk('k', [], base))).toBe(false);
  });
});

describe('overdue mitigations', () => {
  it('is overdue when due before the status date and neither done nor cancelled', () => {
    const due = (dueDate: string | null, status: 'planned' | 'in_progress' | 'done' | 'cancelled' = 'planned') => isMitigationOverdue(mitigation('m', 'k', { dueDate, status }), STATUS);
    expect(due('2012-01-30')).toBe(true);
    expect(due('2011-03-31', 'in_progress')).toBe(true);
    expect(due('2012-01-31')).toBe(false); // due on the status date: not late yet
    expect(due('2012-02-01')).toBe(false);
    expect(due('2011-03-31', 'done')).toBe(false);
    expect(due('2011-03-31', 'cancelled')).toBe(false);
    expect(due(null)).toBe(false);
  });

  it('reads a typed due date: empty is none, a full valid date is kept, anything else is refused', () => {
    expect(parseDueDate('')).toBeNull();
    expect(parseDueDate(' 2011-06-30 ')).toBe('2011-06-30');
    expect(parseDueDate('2011-02-30')).toBe('invalid');
    expect(parseDueDate('30/06/2011')).toBe('invalid');
    expect(parseDueDate('2011-6-30')).toBe('invalid');
  });

  it('uses the plan\'s status date, or today when it has none', () => {
    expect(statusDateOf({ statusDate: STATUS }, fixedClock('2026-05-01T12:00:00Z'))).toBe(STATUS);
    expect(statusDateOf({ statusDate: null }, fixedClock('2026-05-01T12:00:00Z'))).toBe('2026-05-01');
  });

  it('summarises a risk: bands, highest band, mitigations by due date, the overdue ones, data errors', () => {
    const k = risk('k', [], { likelihood: 2, impact: 2, residualLikelihood: 3, residualImpact: 3 });
    const ms = [
      mitigation('late', 'k', { dueDate: '2011-06-30', status: 'in_progress' }),
      mitigation('undated', 'k', { dueDate: null }),
      mitigation('earliest', 'k', { dueDate: '2010-01-31', status: 'done' }),
      mitigation('future', 'k', { dueDate: '2013-01-31' }),
    ];
    const s = summariseRisk(k, ms, STATUS);
    expect(s.inherent.band).toBe('moderate');
    expect(s.residual?.band).toBe('high');
    expect(s.highestBand).toBe('high');
    expect(s.residualAboveInherent).toBe(true);
    expect(s.mitigations.map((m) => m.id)).toEqual(['earliest', 'late', 'future', 'undated']);
    expect(s.overdue.map((m) => m.id)).toEqual(['late']);
    const ok = summariseRisk(risk('k', [], { likelihood: 5, impact: 4, residualLikelihood: 2, residualImpact: 4 }), [], STATUS);
    expect(ok.highestBand).toBe('extreme');
    expect(ok.residualAboveInherent).toBe(false);
  });
});

describe('heat map', () => {
  const risks = [
    risk('a', [], { description: 'Alpha', likelihood: 4, impact: 4, residualLikelihood: 2, residualImpact: 4 }),
    risk('b', [], { description: 'Beta', likelihood: 4, impact: 4, residualLikelihood: 3, residualImpact: 4 }),
    risk('c', [], { description: 'Gamma', likelihood: 1, impact: 5 }),
  ];

  it('draws likelihood 5 to 1 down and impact 1 to 5 across, each cell with its score, band and risks', () => {
    const map = heatMap(risks, 'inherent');
    expect(map.rows.map((row) => row[0]!.likelihood)).toEqual([5, 4, 3, 2, 1]);
    expect(map.rows[0]!.map((c) => c.impact)).toEqual([1, 2, 3, 4, 5]);
    expect(map.rows.flat()).toHaveLength(25);
    expect(cellAt(map, 4, 4)).toMatchObject({ likelihood: 4, impact: 4, score: 16, band: 'extreme', riskIds: ['a', 'b'] });
    expect(cellAt(map, 1, 5)).toMatchObject({ score: 5, band: 'moderate', riskIds: ['c'] });
    expect(cellAt(map, 5, 1)!.riskIds).toEqual([]);
    expect(map.rows.flat().reduce((n, c) => n + c.riskIds.length, 0)).toBe(3);
    expect(map.unrated).toEqual([]);
  });

  it('puts a residual map\'s risks by their residual rating and lists the ones without one', () => {
    const map = heatMap(risks, 'residual');
    expect(cellAt(map, 2, 4)!.riskIds).toEqual(['a']);
    expect(cellAt(map, 3, 4)!.riskIds).toEqual(['b']);
    expect(cellAt(map, 4, 4)!.riskIds).toEqual([]);
    expect(map.unrated).toEqual(['c']);
  });
});

/** A plan: goal g (1) > outcome o (1.1) > output p (1.1.1), two units, four risks. */
function registerPlan(): PlanData {
  const data = completePlan();
  data.risks = [
    risk('k', ['o'], { description: 'Budget cut', category: 'financial', likelihood: 4, impact: 4, residualLikelihood: 3, residualImpact: 4, ownerUnitId: UNIT_A }),
    risk('l', ['p', 'g'], { description: 'Coordination fails', category: 'institutional', likelihood: 3, impact: 3, residualLikelihood: 2, residualImpact: 3, ownerUnitId: UNIT_R }),
    risk('m', [], { description: 'Agency rivalry', category: 'external', likelihood: 2, impact: 2, residualLikelihood: 3, residualImpact: 3, ownerUnitId: null }),
    risk('n', ['p'], { description: 'Policy reversal', category: 'political', likelihood: 5, impact: 4, ownerUnitId: UNIT_A, source: 'Evaluation para. 21' }),
  ];
  data.mitigations = [
    mitigation('k1', 'k', { action: 'Propose budget lines', dueDate: '2011-03-31', status: 'in_progress', ownerUnitId: UNIT_A }),
    mitigation('k2', 'k', { action: 'Track resources', dueDate: '2011-12-31', status: 'done' }),
    mitigation('l1', 'l', { action: 'Agree the matrix', dueDate: '2010-09-30', status: 'planned', ownerUnitId: UNIT_R }),
    mitigation('n1', 'n', { action: 'Brief constituents', dueDate: '2013-06-30' }),
    mitigation('gone', 'n', { action: 'Deleted action', dueDate: '2010-01-31', deletedAt: '2011-01-01T00:00:00.000Z', deletedBy: 'HQ' }),
  ];
  return data;
}

const byId = (rows: readonly RegisterRow[]) => rows.map((r) => r.risk.id);

describe('register rows and summary', () => {
  const view = viewOf(registerPlan());
  const rows = registerRows(view, STATUS);
  const row = (id: string) => rows.find((r) => r.risk.id === id)!;

  it('names the owner unit, numbers the linked results in tree order and leaves deleted mitigations out', () => {
    expect(row('k').ownerName).toBe('Lead unit (LEAD)');
    expect(row('m').ownerName).toBe('');
    expect(row('l').resultNumbers).toEqual(['1', '1.1.1']);
    expect(row('m').resultNumbers).toEqual([]);
    expect(row('n').mitigations.map((m) => m.id)).toEqual(['n1']);
    expect(row('k').overdue.map((m) => m.id)).toEqual(['k1']);
    expect(row('l').overdue.map((m) => m.id)).toEqual(['l1']);
  });

  it('leaves out results that were deleted', () => {
    const data = registerPlan();
    data.results.push(result('x', 'output', 'o', 'z', { deletedAt: '2011-01-01T00:00:00.000Z', deletedBy: 'HQ' }));
    data.risks[0] = { ...data.risks[0]!, resultIds: [...data.risks[0]!.resultIds, 'x' as never] };
    expect(registerRows(viewOf(data), STATUS).find((r) => r.risk.id === 'k')!.resultNumbers).toEqual(['1.1']);
  });

  it('counts risks by band, finds the highest ones, lists overdue mitigations longest overdue first and flags data errors', () => {
    const s = summariseRegister(rows);
    expect(s.total).toBe(4);
    expect(s.byBand).toEqual({ low: 0, moderate: 1, high: 1, extreme: 2 });
    expect(s.residualByBand).toEqual({ low: 0, moderate: 1, high: 2, extreme: 0 });
    expect(s.residualUnrated).toBe(1);
    expect(s.highestBand).toBe('extreme');
    expect(byId(s.highest)).toEqual(['n', 'k']);
    expect(s.overdue.map((o) => [o.mitigation.id, o.risk.id])).toEqual([
      ['l1', 'l'],
      ['k1', 'k'],
    ]);
    expect(byId(s.residualAboveInherent)).toEqual(['m']);
  });

  it('summarises an empty register without a highest band', () => {
    const s = summariseRegister([]);
    expect(s.highestBand).toBeNull();
    expect(s.highest).toEqual([]);
    expect(s.overdue).toEqual([]);
  });
});

describe('sorting', () => {
  const rows = registerRows(viewOf(registerPlan()), STATUS);
  const sorted = (key: SortKey, direction: 'ascending' | 'descending' = 'ascending') => byId(sortRows(rows, { key, direction }));

  it('starts with the highest inherent score', () => {
    expect(DEFAULT_SORT).toEqual({ key: 'score', direction: 'descending' });
    expect(byId(sortRows(rows, DEFAULT_SORT))).toEqual(['n', 'k', 'l', 'm']);
  });

  it('sorts by every column both ways, ties by score then description, empty values last either way', () => {
    expect(sorted('description')).toEqual(['m', 'k', 'l', 'n']);
    expect(sorted('description', 'descending')).toEqual(['n', 'l', 'k', 'm']);
    expect(sorted('category')).toEqual(['m', 'k', 'l', 'n']); // external, financial, institutional, political
    expect(sorted('likelihood')).toEqual(['m', 'l', 'k', 'n']);
    expect(sorted('impact')).toEqual(['m', 'l', 'n', 'k']); // n and k tie on impact 4: higher score first
    expect(sorted('score', 'ascending')).toEqual(['m', 'l', 'k', 'n']);
    expect(sorted('residualLikelihood')).toEqual(['l', 'k', 'm', 'n']); // k and m tie on 3: higher score first; n has none
    expect(sorted('residualLikelihood', 'descending')).toEqual(['k', 'm', 'l', 'n']);
    expect(sorted('residualImpact')).toEqual(['l', 'm', 'k', 'n']);
    expect(sorted('residualScore')).toEqual(['l', 'm', 'k', 'n']);
    expect(sorted('residualScore', 'descending')).toEqual(['k', 'm', 'l', 'n']);
    expect(sorted('owner')).toEqual(['l', 'n', 'k', 'm']); // Field office, Lead unit (n before k by score), none last
    expect(sorted('owner', 'descending')).toEqual(['n', 'k', 'l', 'm']);
    expect(sorted('results')).toEqual(['l', 'k', 'n', 'm']); // 1, 1.1, 1.1.1, none
    expect(sorted('mitigations', 'descending')).toEqual(['k', 'n', 'l', 'm']);
    expect(sorted('overdue', 'descending')).toEqual(['k', 'l', 'n', 'm']);
  });
});

describe('filters', () => {
  const rows = registerRows(viewOf(registerPlan()), STATUS);
  const matching = (filter: Partial<RiskFilter>) => byId(sortRows(filterRows(rows, { ...NO_FILTER, ...filter }), DEFAULT_SORT));

  it('shows everything with no filter, and says when one is set', () => {
    expect(matching({})).toEqual(['n', 'k', 'l', 'm']);
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_FILTER, overdueOnly: true })).toBe(true);
    expect(isFiltering({ ...NO_FILTER, search: '   ' })).toBe(false);
  });

  it('narrows by category, band on either basis, owner (or none), linked result and overdue mitigations', () => {
    expect(matching({ category: 'institutional' })).toEqual(['l']);
    expect(matching({ band: { basis: 'inherent', band: 'extreme' } })).toEqual(['n', 'k']);
    expect(matching({ band: { basis: 'residual', band: 'high' } })).toEqual(['k', 'm']);
    expect(matching({ band: { basis: 'residual', band: 'extreme' } })).toEqual([]);
    expect(matching({ ownerUnitId: UNIT_A })).toEqual(['n', 'k']);
    expect(matching({ ownerUnitId: NO_OWNER })).toEqual(['m']);
    expect(matching({ resultId: 'p' })).toEqual(['n', 'l']);
    expect(matching({ overdueOnly: true })).toEqual(['k', 'l']);
    expect(matching({ ownerUnitId: UNIT_A, overdueOnly: true })).toEqual(['k']);
  });

  it('narrows to one heat-map cell on its basis', () => {
    expect(matching({ cell: { basis: 'inherent', likelihood: 4, impact: 4 } })).toEqual(['k']);
    expect(matching({ cell: { basis: 'residual', likelihood: 3, impact: 4 } })).toEqual(['k']);
    expect(matching({ cell: { basis: 'residual', likelihood: 3, impact: 3 } })).toEqual(['m']);
    expect(matching({ cell: { basis: 'residual', likelihood: 5, impact: 4 } })).toEqual([]); // n has no residual rating
  });

  it('searches every word in the description, source, owner and mitigation actions, ignoring case', () => {
    expect(matching({ search: 'budget' })).toEqual(['k']);
    expect(matching({ search: 'PARA. 21' })).toEqual(['n']);
    expect(matching({ search: 'matrix' })).toEqual(['l']);
    expect(matching({ search: 'field office' })).toEqual(['l']);
    expect(matching({ search: 'lead brief' })).toEqual(['n']);
    expect(matching({ search: 'nothing like this' })).toEqual([]);
  });
});

describe('the sample plan as of its status date', () => {
  const data = buildSamplePlan({ randomHex: counterHex(), clock: fixedClock('2009-11-16T09:30:00.000Z'), officeName: 'HQ' });
  const view = viewOf(data);
  const statusDate = statusDateOf(view.plan, fixedClock('2026-01-01T00:00:00Z'));
  const rows = registerRows(view, statusDate);
  const summary = summariseRegister(rows);

  it('reports as of 31 January 2012', () => {
    expect(statusDate).toBe('2012-01-31');
  });

  it('has extreme risks at the top, no data errors, and every residual rating no worse than the inherent one', () => {
    expect(summary.highestBand).toBe('extreme');
    expect(summary.highest.length).toBeGreaterThanOrEqual(2);
    expect(summary.residualAboveInherent).toEqual([]);
    expect(rows.some((r) => r.residualIncomplete)).toBe(false);
  });

  it('has mitigations done, in progress and overdue, so a manager sees whose actions are late', () => {
    const statuses = data.mitigations.map((m) => m.status);
    expect(statuses).toContain('done');
    expect(statuses).toContain('in_progress');
    expect(summary.overdue.length).toBeGreaterThanOrEqual(2);
    for (const { mitigation: m } of summary.overdue) {
      expect(m.dueDate! < statusDate).toBe(true);
      expect(['planned', 'in_progress']).toContain(m.status);
      expect(view.units[m.ownerUnitId!]).toBeDefined();
    }
    // Done mitigations are never overdue, whatever their date.
    expect(rows.flatMap((r) => r.overdue).some((m) => m.status === 'done')).toBe(false);
  });

  it('places every sample risk in one inherent cell and the residually rated ones in one residual cell', () => {
    const inherent = heatMap(Object.values(view.risks), 'inherent');
    const residual = heatMap(Object.values(view.risks), 'residual');
    const count = (m: typeof inherent) => m.rows.flat().reduce((n, c) => n + c.riskIds.length, 0);
    expect(count(inherent)).toBe(rows.length);
    expect(count(residual) + residual.unrated.length).toBe(rows.length);
    const first = rows[0]!;
    expect(cellAt(inherent, first.inherent.likelihood, first.inherent.impact)!.riskIds).toContain(first.risk.id as RiskId);
  });
});
