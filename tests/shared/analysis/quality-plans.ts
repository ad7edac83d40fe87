/**
 * Small plans for the quality check's tests: `completePlan()` passes every rule, and
 * each test breaks one thing in it, so a failing case differs from the passing one by
 * exactly what the rule looks at.
 */
import type {
  Indicator,
  IndicatorId,
  Milestone,
  MilestoneId,
  Mitigation,
  MitigationId,
  PlanData,
  ResourceAllocationId,
  Responsibility,
  ResponsibilityId,
  Result,
  ResultId,
  ResultLevel,
  Risk,
  RiskId,
  UnitId,
} from '../../../shared/model';
import { fixedClock } from '../../../shared/dates';
import { COLLECTIONS } from '../../../shared/model';
import { buildTree, bySortKey, PlanSession, type PlanView } from '../../../shared/plan-doc';
import { blankData } from '../../fixtures/plans';

const LIVE = { deletedAt: null, deletedBy: null } as const;
export const UNIT_A = 'u_lead' as UnitId;
export const UNIT_R = 'u_field' as UnitId;

export function result(id: string, level: ResultLevel, parentId: string | null, sortKey = 'm', fields: Partial<Result> = {}): Result {
  return {
    ...LIVE,
    id: id as ResultId,
    level,
    statement: `Statement of ${id}`,
    description: '',
    assumptions: level === 'outcome' || level === 'output' ? `Assumption of ${id}` : '',
    parentId: parentId as ResultId | null,
    sortKey,
    componentId: null,
    objectiveTags: {},
    ...fields,
  };
}

/** An indicator with everything the rules ask for: baseline, targets for every period, final target, source. */
export function indicator(id: string, resultId: string, data: PlanData, fields: Partial<Indicator> = {}): Indicator {
  const targets: Record<string, number> = {};
  data.periods.forEach((p, i) => (targets[p.id] = 10 + i));
  return {
    ...LIVE,
    id: id as IndicatorId,
    resultId: resultId as ResultId,
    sortKey: 'm',
    definition: `Indicator ${id}`,
    unitOfMeasure: 'countries',
    measureType: 'number',
    qualitativeStages: [],
    direction: 'increase',
    cumulative: false,
    baseline: { value: 5, date: '2009-12-31', source: 'Survey' },
    benchmark: { value: 20, comparator: 'Peer organisation' },
    targets: targets as Indicator['targets'],
    targetsNotApplicable: {},
    finalTarget: 20,
    meansOfVerification: { source: 'Annual report', method: 'Desk review', frequency: 'Annual', collectedBy: 'Lead' },
    disaggregation: [],
    actuals: {},
    illustrative: false,
    ...fields,
  };
}

export function roles(resultId: string, ...pairs: [UnitId, Responsibility['role']][]): Responsibility[] {
  return pairs.map(([unitId, role], i) => ({ ...LIVE, id: `x_${resultId}_${role}_${i}` as ResponsibilityId, unitId, resultId: resultId as ResultId, role }));
}

export function risk(id: string, resultIds: string[], fields: Partial<Risk> = {}): Risk {
  return {
    ...LIVE,
    id: id as RiskId,
    description: `Risk ${id}: constituents lose interest`,
    category: 'political',
    likelihood: 3,
    impact: 3,
    residualLikelihood: null,
    residualImpact: null,
    ownerUnitId: UNIT_A,
    resultIds: resultIds as ResultId[],
    source: '',
    ...fields,
  };
}

export function mitigation(id: string, riskId: string, fields: Partial<Mitigation> = {}): Mitigation {
  return { ...LIVE, id: id as MitigationId, riskId: riskId as RiskId, action: 'Consult constituents', ownerUnitId: UNIT_A, dueDate: '2011-06-30', status: 'planned', ...fields };
}

export function milestone(id: string, resultId: string, dueDate: string, fields: Partial<Milestone> = {}): Milestone {
  return { ...LIVE, id: id as MilestoneId, resultId: resultId as ResultId, title: `Milestone ${id}`, dueDate, status: 'planned', completedDate: null, ...fields };
}

export function resources(resultId: string, data: PlanData) {
  return {
    ...LIVE,
    id: `a_${resultId}` as ResourceAllocationId,
    resultId: resultId as ResultId,
    periodId: data.periods[0]!.id,
    source: 'regular_budget' as const,
    amount: 1000,
    currency: 'USD',
    status: 'planned' as const,
    note: '',
  };
}

/**
 * Goal g (1) > outcome o (1.1) > output p (1.1.1) > activity a (1.1.1.1), each with a
 * statement, an accountable and a responsible unit; indicators on g, o and p; resources
 * on a; a risk to o with a mitigation; a milestone on p inside the plan period (2010-15).
 */
export function completePlan(): PlanData {
  const data = blankData();
  data.units = [
    { ...LIVE, id: UNIT_A, code: 'LEAD', name: 'Lead unit', kind: 'department', parentId: null },
    { ...LIVE, id: UNIT_R, code: 'FIELD', name: 'Field office', kind: 'country_office', parentId: null },
  ];
  data.results = [result('g', 'goal', null), result('o', 'outcome', 'g'), result('p', 'output', 'o'), result('a', 'activity', 'p')];
  data.indicators = [indicator('i_g', 'g', data), indicator('i_o', 'o', data), indicator('i_p', 'p', data)];
  data.responsibilities = data.results.flatMap((r) => roles(r.id, [UNIT_A, 'A'], [UNIT_R, 'R']));
  data.resources = [resources('a', data)];
  data.risks = [risk('k', ['o'])];
  data.mitigations = [mitigation('g1', 'k')];
  data.milestones = [milestone('m', 'p', '2012-06-30')];
  return data;
}

export function viewOf(data: PlanData): PlanView {
  return PlanSession.create(data, { actor: 'a'.repeat(32), office: 'HQ', clock: fixedClock('2026-01-01T00:00:00.000Z') }).view;
}

/** The complete plan with one change applied. */
export function changed(change: (data: PlanData) => void): PlanView {
  const data = completePlan();
  change(data);
  return viewOf(data);
}

export const find = <T extends { id: string }>(list: T[], id: string): T => list.find((x) => x.id === id)!;

/**
 * A view built straight from plain data, as the document's view would be, without
 * Automerge: making a document of a 2,000-result plan takes far longer than the check
 * being measured. Only for timing; rule tests use the real view (`viewOf`).
 */
export function plainView(data: PlanData): PlanView {
  const maps: Record<string, Record<string, { id: string }>> = {};
  for (const c of COLLECTIONS) maps[c] = Object.fromEntries(data[c].filter((e) => e.deletedAt === null).map((e) => [e.id, e]));
  const indicatorsByResult: Record<string, IndicatorId[]> = {};
  for (const ind of [...data.indicators].sort(bySortKey)) (indicatorsByResult[ind.resultId] ??= []).push(ind.id);
  const counts = { goal: 0, outcome: 0, output: 0, activity: 0, indicators: data.indicators.length, risks: data.risks.length };
  for (const r of data.results) counts[r.level]++;
  return {
    ...(maps as unknown as Omit<PlanView, 'heads' | 'plan'>),
    heads: [],
    plan: data.plan,
    ...buildTree(maps.results as unknown as Record<string, Result>),
    indicatorsByResult,
    periodOrder: data.periods.map((p) => p.id),
    componentOrder: [],
    objectiveOrder: [],
    sectionOrder: [],
    counts,
  };
}
