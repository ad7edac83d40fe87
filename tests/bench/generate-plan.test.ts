import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, LARGE_PLAN, PLAN_END, PLAN_START, countsOf, generatePlan, mulberry32, seededRandomHex } from '../../bench/generate-plan';
import { PlanDataSchema, type PlanData } from '../../shared/model';
import { isValidSortKey } from '../../shared/plan-doc/sort-key';

const SMALL = 0.05;

function allIds(data: PlanData): string[] {
  return Object.values(data).flatMap((v) => (Array.isArray(v) ? v.map((e: { id: string }) => e.id) : [data.plan.id]));
}

describe('the seeded PRNG', () => {
  it('gives the same sequence for a seed and another for another seed', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('makes 32 lowercase hex digits for ids', () => {
    const hex = seededRandomHex(mulberry32(1));
    for (let i = 0; i < 20; i++) expect(hex()).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('generatePlan (small scale)', () => {
  const data = generatePlan({ scale: SMALL });

  it('is a valid plan', () => {
    const parsed = PlanDataSchema.safeParse(data);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
  });

  it('is the same for the same seed and scale, and different for another seed', () => {
    expect(JSON.stringify(generatePlan({ scale: SMALL }))).toBe(JSON.stringify(data));
    const other = generatePlan({ scale: SMALL, seed: DEFAULT_SEED + 1 });
    expect(other.plan.id).not.toBe(data.plan.id);
    expect(other.results.map((r) => r.statement)).not.toEqual(data.results.map((r) => r.statement));
  });

  it('has the requested proportions, scaled', () => {
    const counts = countsOf(data);
    expect(counts.results).toBe(Math.round(LARGE_PLAN.results * SMALL));
    expect(counts.indicators).toBe(Math.round(LARGE_PLAN.indicators * SMALL));
    expect(counts.risks).toBe(Math.round(LARGE_PLAN.risks * SMALL));
    expect(counts.milestones).toBe(Math.round(LARGE_PLAN.milestones * SMALL));
    expect(counts.outcome).toBe(Math.round(LARGE_PLAN.outcomes * SMALL));
    expect(counts.output).toBe(Math.round(LARGE_PLAN.outputs * SMALL));
    expect(counts.goal).toBeGreaterThanOrEqual(1);
    expect(counts.goal).toBeLessThanOrEqual(2);
    expect(counts.components).toBe(LARGE_PLAN.components);
    expect(counts.objectives).toBe(LARGE_PLAN.objectives);
    expect(counts.sections).toBe(LARGE_PLAN.sections);
    expect(counts.periods).toBe(LARGE_PLAN.periods);
  });

  it('has unique ids', () => {
    const ids = allIds(data);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('builds a results chain: goals at the root, each level under the one above, valid sort keys unique among siblings', () => {
    const byId = new Map(data.results.map((r) => [r.id, r]));
    const parentLevel = { goal: null, outcome: 'goal', output: 'outcome', activity: 'output' } as const;
    const siblingKeys = new Map<string, Set<string>>();
    for (const r of data.results) {
      const parent = r.parentId === null ? null : byId.get(r.parentId);
      expect(parent?.level ?? null).toBe(parentLevel[r.level]);
      expect(isValidSortKey(r.sortKey)).toBe(true);
      const keys = siblingKeys.get(String(r.parentId)) ?? new Set<string>();
      expect(keys.has(r.sortKey)).toBe(false);
      keys.add(r.sortKey);
      siblingKeys.set(String(r.parentId), keys);
      if (r.level !== 'goal') expect(data.components.some((c) => c.id === r.componentId)).toBe(true);
    }
  });

  it('covers 2010-2021 in six biennia, with a target and an actual for every period of every indicator', () => {
    expect(data.plan.periodStart).toBe(PLAN_START);
    expect(data.plan.periodEnd).toBe(PLAN_END);
    expect(data.periods.map((p) => p.label)).toEqual(['2010-11', '2012-13', '2014-15', '2016-17', '2018-19', '2020-21']);
    const periodIds = data.periods.map((p) => p.id).sort();
    for (const ind of data.indicators) {
      expect(Object.keys(ind.targets).sort()).toEqual(periodIds);
      expect(Object.keys(ind.actuals).sort()).toEqual(periodIds);
    }
  });

  it('gives every goal, outcome and output an indicator, and links everything to entities that exist', () => {
    const resultIds = new Set(data.results.map((r) => r.id));
    const withIndicator = new Set(data.indicators.map((i) => i.resultId));
    for (const r of data.results) if (r.level !== 'activity') expect(withIndicator.has(r.id)).toBe(true);
    for (const i of data.indicators) expect(resultIds.has(i.resultId)).toBe(true);
    for (const m of data.milestones) {
      expect(resultIds.has(m.resultId)).toBe(true);
      expect(m.dueDate >= PLAN_START && m.dueDate <= PLAN_END).toBe(true);
    }
    const riskIds = new Set(data.risks.map((r) => r.id));
    for (const risk of data.risks) {
      expect(risk.resultIds.length).toBeGreaterThanOrEqual(1);
      expect(risk.resultIds.length).toBeLessThanOrEqual(3);
      for (const id of risk.resultIds) expect(resultIds.has(id)).toBe(true);
      const mitigations = data.mitigations.filter((m) => m.riskId === risk.id).length;
      expect(mitigations).toBeGreaterThanOrEqual(1);
      expect(mitigations).toBeLessThanOrEqual(2);
    }
    for (const m of data.mitigations) expect(riskIds.has(m.riskId)).toBe(true);
    for (const p of data.partners) {
      expect(Object.keys(p.links).length).toBeGreaterThan(0);
      for (const id of Object.keys(p.links)) expect(resultIds.has(id as never)).toBe(true);
    }
  });

  it('gives most results RACI with exactly one accountable unit, and every activity resources', () => {
    const roles = new Map<string, string[]>();
    for (const x of data.responsibilities) roles.set(x.resultId, [...(roles.get(x.resultId) ?? []), x.role]);
    expect(roles.size / data.results.length).toBeGreaterThan(0.75);
    for (const list of roles.values()) {
      expect(list.filter((r) => r === 'A')).toHaveLength(1);
      expect(list).toContain('R');
    }
    const funded = new Set(data.resources.map((r) => r.resultId));
    for (const r of data.results) if (r.level === 'activity') expect(funded.has(r.id)).toBe(true);
    expect(data.results.filter((r) => Object.keys(r.objectiveTags).length > 0).length / data.results.length).toBeGreaterThan(0.5);
  });

  it('writes the nine template sections with twenty paragraphs each', () => {
    expect(data.sections.map((s) => s.key)).toEqual(['vision', 'issue-definition', 'mandate', 'responsibilities', 'cross-cutting', 'priorities', 'mainstreaming', 'collaboration', 'monitoring']);
    for (const s of data.sections) expect(s.body.split('\n\n')).toHaveLength(LARGE_PLAN.paragraphsPerSection);
  });

  it('refuses a scale outside (0, 10]', () => {
    expect(() => generatePlan({ scale: 0 })).toThrow(RangeError);
    expect(() => generatePlan({ scale: 11 })).toThrow(RangeError);
  });
});

describe('generatePlan (the large plan)', () => {
  it('has the issue’s counts and is valid', () => {
    const data = generatePlan();
    const counts = countsOf(data);
    expect(counts).toMatchObject({ results: 2000, outcome: 60, output: 400, indicators: 4000, risks: 500, milestones: 1000, units: 40, partners: 20, objectives: 4, sections: 9, components: 7, periods: 6 });
    expect(counts.goal! + counts.outcome! + counts.output! + counts.activity!).toBe(2000);
    expect(new Set(data.results.map((r) => r.componentId).filter(Boolean)).size).toBe(7);
    expect(PlanDataSchema.safeParse(data).success).toBe(true);
  });
});
