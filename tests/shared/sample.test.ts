/**
 * The sample plan built from the seed evaluation: valid data, a sound results tree,
 * the evaluation's figures as cited baselines, and fresh but reproducible ids.
 */
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../shared/dates';
import { childLevel, levelDepth, PlanDataSchema, type Indicator, type PlanData, type RandomHex } from '../../shared/model';
import { buildSamplePlan, SAMPLE_PLAN_TITLE, seedCitation } from '../../shared/sample';

/** A deterministic random source: a one-hex-digit prefix and a counter, at the front where makeId reads. */
function counterHex(prefix: string): RandomHex {
  let n = 0;
  return () => `${prefix}${(n++).toString(16).padStart(19, '0')}`.padEnd(32, '0');
}

const clock = fixedClock('2009-11-16T09:30:00.000Z');
const build = (prefix = 'a', officeName = 'MIGRANT, Geneva'): PlanData =>
  buildSamplePlan({ randomHex: counterHex(prefix), clock, officeName });

const data = build();
const live = <T extends { deletedAt: string | null }>(items: T[]): T[] => items.filter((x) => x.deletedAt === null);
const byLevel = (level: string) => data.results.filter((r) => r.level === level);
const unitByCode = (code: string) => data.units.find((u) => u.code === code);
const partnerByAcronym = (acronym: string) => data.partners.find((p) => p.acronym === acronym);
const outcomes = byLevel('outcome');

/** Replaces every id by its order of first appearance, so two builds compare by content. */
function withoutIds(plan: PlanData): string {
  const seen = new Map<string, number>();
  return JSON.stringify(plan).replace(/\b[a-z]_[0-9a-f]{20}\b/g, (id) => {
    if (!seen.has(id)) seen.set(id, seen.size);
    return `#${seen.get(id)}`;
  });
}

describe('buildSamplePlan', () => {
  it('builds plan data that passes PlanDataSchema', () => {
    expect(() => PlanDataSchema.parse(data)).not.toThrow();
  });

  it('sets the title, organisation, owner unit, period 2010-15 and draft status', () => {
    expect(data.plan.title).toBe('Office-wide strategy on labour migration, 2010-15');
    expect(SAMPLE_PLAN_TITLE).toBe(data.plan.title);
    expect(data.plan.organisation).toBe('International Labour Office');
    expect(data.plan.ownerUnitId).toBe(unitByCode('MIGRANT')?.id);
    expect([data.plan.periodStart, data.plan.periodEnd]).toEqual(['2010-01-01', '2015-12-31']);
    expect(data.plan.status).toBe('draft');
    expect(data.plan.templateId).toBe('organisation');
    expect(data.plan.currency).toBe('USD');
    expect(data.plan.createdAt).toBe('2009-11-16T09:30:00.000Z');
  });

  it('puts the office name in the version label', () => {
    expect(data.plan.versionLabel).toBe('Draft 0.1 (MIGRANT, Geneva)');
    expect(build('a', '  ').plan.versionLabel).toBe('Draft 0.1');
    expect(build('a', 'x'.repeat(600)).plan.versionLabel.length).toBeLessThanOrEqual(100);
  });

  it('reports by biennium: 2010-11, 2012-13, 2014-15', () => {
    expect(data.periods.map((p) => [p.label, p.start, p.end])).toEqual([
      ['2010-11', '2010-01-01', '2011-12-31'],
      ['2012-13', '2012-01-01', '2013-12-31'],
      ['2014-15', '2014-01-01', '2015-12-31'],
    ]);
  });

  it('has the seven components of the 2004 plan of action, coded and named as in para. 4', () => {
    const sorted = [...data.components].sort((a, b) => (a.sortKey < b.sortKey ? -1 : 1));
    expect(sorted.map((c) => c.code)).toEqual(['(i)', '(ii)', '(iii)', '(iv)', '(v)', '(vi)', '(vii)']);
    const names = sorted.map((c) => c.name.toLowerCase());
    expect(names[0]).toContain('non-binding multilateral framework for a rights-based approach to labour migration');
    expect(names[1]).toContain('wider application of international labour standards');
    expect(names[2]).toContain('global employment agenda at the national level');
    expect(names[3]).toBe('capacity building, awareness raising and technical assistance');
    expect(names[4]).toBe('strengthening social dialogue');
    expect(names[5]).toContain('information and knowledge base on global trends in labour migration');
    expect(names[6]).toContain('governing body follow-up of the plan of action');
  });

  it('files every component under at least one result, and every outcome but the strategy under a component', () => {
    const used = new Set(data.results.map((r) => r.componentId));
    for (const c of data.components) expect(used.has(c.id)).toBe(true);
    expect(outcomes.filter((o) => o.componentId === null)).toHaveLength(1);
  });

  it('has exactly one goal, and every other result sits one level below an existing parent', () => {
    const goals = byLevel('goal');
    expect(goals).toHaveLength(1);
    expect(goals[0]!.parentId).toBeNull();
    const byId = new Map(data.results.map((r) => [r.id, r]));
    for (const r of data.results.filter((x) => x.level !== 'goal')) {
      const parent = r.parentId === null ? undefined : byId.get(r.parentId);
      expect(parent, r.statement).toBeDefined();
      expect(childLevel(parent!.level)).toBe(r.level);
      expect(levelDepth(r.level)).toBe(levelDepth(parent!.level) + 1);
    }
  });

  it('is a realistic size: 6-8 outcomes, 15-25 outputs, 25-40 activities', () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(6);
    expect(outcomes.length).toBeLessThanOrEqual(8);
    expect(byLevel('output').length).toBeGreaterThanOrEqual(15);
    expect(byLevel('output').length).toBeLessThanOrEqual(25);
    expect(byLevel('activity').length).toBeGreaterThanOrEqual(25);
    expect(byLevel('activity').length).toBeLessThanOrEqual(40);
  });

  it('gives sibling results distinct sort keys', () => {
    const groups = new Map<string | null, string[]>();
    for (const r of data.results) groups.set(r.parentId, [...(groups.get(r.parentId) ?? []), r.sortKey]);
    for (const keys of groups.values()) expect(new Set(keys).size).toBe(keys.length);
  });

  it('has the four strategic objectives, and tags migrant protection principal for SO3 and standards principal for SO1', () => {
    const codes = Object.fromEntries(data.objectives.map((o) => [o.code, o]));
    expect(Object.keys(codes).sort()).toEqual(['SO1', 'SO2', 'SO3', 'SO4']);
    expect(codes.SO1!.title).toMatch(/standards and fundamental principles and rights at work/i);
    expect(codes.SO2!.title).toMatch(/greater opportunities for women and men to secure decent employment and income/i);
    expect(codes.SO3!.title).toMatch(/coverage and effectiveness of social protection for all/i);
    expect(codes.SO4!.title).toMatch(/tripartism and social dialogue/i);
    const goal = byLevel('goal')[0]!;
    expect(goal.objectiveTags[codes.SO3!.id]).toBe('principal');
    const standards = outcomes.find((o) => /Conventions Nos 97 and 143/.test(o.statement))!;
    expect(standards.objectiveTags[codes.SO1!.id]).toBe('principal');
    const recommendation3 = outcomes.find((o) => /under each of the four strategic objectives/.test(o.statement))!;
    expect(Object.keys(recommendation3.objectiveTags)).toHaveLength(4);
    for (const o of outcomes) expect(Object.keys(o.objectiveTags).length).toBeGreaterThan(0);
  });

  it('has outcomes for the four recommendations', () => {
    const statements = outcomes.map((o) => o.statement).join('\n');
    expect(statements).toMatch(/Office-wide strategy/);
    expect(statements).toMatch(/IOM.*Global Migration Group.*agreed in advance/);
    expect(statements).toMatch(/goals are identified under each of the four strategic objectives/);
    expect(statements).toMatch(/linkages between labour migration and development/);
  });

  describe("carries the evaluation's figures as baselines citing their paragraphs", () => {
    const find = (pattern: RegExp): Indicator[] => data.indicators.filter((i) => pattern.test(i.definition));
    it.each([
      ['8 of 48 DWCPs referring to Conventions 97/143', /8 of 48 DWCPs/, 16.7, 'percentage', /para\. 12\b/],
      ['five ratifications of Convention No. 97', /Convention \(Revised\), 1949 \(No\. 97\)/, 5, 'number', /para\. 14\b/],
      ['five ratifications of Convention No. 143', /1975 \(No\. 143\)/, 5, 'number', /para\. 14\b/],
      ['legislative profiles for 55 countries', /legislative profile/, 55, 'number', /para\. 14\b/],
      ['extra-budgetary resources up more than twelvefold', /twelvefold/, 12, 'number', /para\. 15\b/],
      ['three annual sessions of the Turin course', /Turin/, 3, 'number', /para\. 15\b/],
      ['1 of 4 strategic objectives with migration outcomes', /four strategic objectives/, 1, 'number', /paras 6 and 20\b/],
    ] as const)('%s', (_name, definition, value, measureType, source) => {
      const matches = find(definition);
      expect(matches).toHaveLength(1);
      const indicator = matches[0]!;
      expect(indicator.baseline.value).toBe(value);
      expect(indicator.measureType).toBe(measureType);
      expect(indicator.baseline.source).toMatch(/^Independent evaluation 2001-07, /);
      expect(indicator.baseline.source).toMatch(source);
      expect(indicator.baseline.date! >= '2007-12-31' && indicator.baseline.date! <= '2008-10-07').toBe(true);
      expect(indicator.direction).toBe('increase');
      expect(indicator.meansOfVerification.source).not.toBe('');
      expect(indicator.meansOfVerification.collectedBy).not.toBe('');
    });
  });

  it('marks every indicator with invented targets as illustrative, and invents none where the baseline is unknown', () => {
    const periodIds = new Set<string>(data.periods.map((p) => p.id));
    for (const i of data.indicators) {
      const hasTargets = Object.keys(i.targets).length > 0 || i.finalTarget !== null;
      expect(i.illustrative, i.definition).toBe(hasTargets);
      for (const id of Object.keys(i.targets)) expect(periodIds.has(id)).toBe(true);
      if (i.baseline.value === null) expect(hasTargets, i.definition).toBe(false);
      // Actuals are invented too: only where there are targets, each saying so.
      if (!hasTargets) expect(Object.keys(i.actuals)).toHaveLength(0);
      for (const actual of Object.values(i.actuals)) expect(actual.evidence).toMatch(/^Illustrative figure/);
    }
    expect(data.indicators.filter((i) => i.illustrative).length).toBeGreaterThanOrEqual(7);
    expect(data.indicators.some((i) => i.baseline.value === null)).toBe(true);
  });

  it('has illustrative actuals for the first biennium only, for every indicator with targets, dated before the status date', () => {
    const first = data.periods.find((p) => p.label === '2010-11')!.id;
    for (const i of data.indicators.filter((x) => x.illustrative)) {
      expect(Object.keys(i.actuals), i.definition).toEqual([first]);
      const actual = i.actuals[first]!;
      expect(actual.value).not.toBeNull();
      expect(actual.date! > '2011-12-31' && actual.date! <= data.plan.statusDate!).toBe(true);
      expect(actual.link).toBe('');
    }
  });

  it('disaggregates the Convention No. 97 ratifications by the five ILO regions, adding up to the whole', () => {
    const c97 = data.indicators.find((i) => /\(No\. 97\)/.test(i.definition))!;
    expect(c97.disaggregation).toEqual(['Africa', 'Americas', 'Arab States', 'Asia and the Pacific', 'Europe and Central Asia']);
    const sum = (byCategory: Record<string, number> | undefined) => Object.values(byCategory ?? {}).reduce((a, b) => a + b, 0);
    for (const [periodId, target] of Object.entries(c97.targets)) expect(sum(c97.categoryTargets?.[periodId as keyof typeof c97.targets])).toBe(target);
    for (const actual of Object.values(c97.actuals)) expect(sum(actual.byCategory)).toBe(actual.value);
    for (const i of data.indicators) for (const c of i.disaggregation) expect(c).not.toMatch(/^(Region|Donor)$/);
  });

  it('leaves some outputs without indicators, as honest gaps', () => {
    const measured = new Set(data.indicators.map((i) => i.resultId));
    expect(byLevel('output').some((o) => !measured.has(o.id))).toBe(true);
  });

  it('gives each outcome exactly one accountable unit and at least one responsible unit', () => {
    for (const o of outcomes) {
      const roles = data.responsibilities.filter((r) => r.resultId === o.id).map((r) => r.role);
      expect(roles.filter((r) => r === 'A'), o.statement).toHaveLength(1);
      expect(roles.filter((r) => r === 'R').length, o.statement).toBeGreaterThan(0);
    }
  });

  it('includes the risks the evaluation names, each with a mitigation due within the plan period and its progress as of the status date', () => {
    const cited = (pattern: RegExp, paragraphs: RegExp) => data.risks.find((r) => pattern.test(r.description) && paragraphs.test(r.source));
    const risks = [
      cited(/Resources and staffing do not follow/, /paras 15 and 17/),
      cited(/Insufficient internal coordination/, /para\. 17/),
      cited(/programme and budget mechanism.*nearly impossible to obtain/, /paras 6 and 20/),
      cited(/absent from Decent Work Country Programmes/, /\b12\b/),
    ];
    for (const risk of risks) {
      expect(risk).toBeDefined();
      const mitigations = data.mitigations.filter((m) => m.riskId === risk!.id);
      expect(mitigations.length).toBeGreaterThanOrEqual(1);
      expect(mitigations.length).toBeLessThanOrEqual(2);
      for (const m of mitigations) {
        expect(['planned', 'in_progress', 'done']).toContain(m.status);
        expect(m.ownerUnitId).not.toBeNull();
        expect(m.dueDate! >= '2010-01-01' && m.dueDate! <= '2015-12-31').toBe(true);
      }
    }
    for (const r of data.risks) {
      expect(r.resultIds.length).toBeGreaterThan(0);
      expect(r.ownerUnitId).not.toBeNull();
    }
  });

  it('has the units the evaluation names: MIGRANT, PROGRAM, the Turin centre, five regional offices and four sectors', () => {
    expect(unitByCode('MIGRANT')).toMatchObject({ name: 'International Migration Programme', kind: 'programme' });
    expect(unitByCode('PROGRAM')).toMatchObject({ name: 'Bureau of Programming and Management', kind: 'department' });
    expect(data.units.filter((u) => u.kind === 'training_centre').map((u) => u.name)).toEqual(['International Training Centre of the ILO, Turin']);
    expect(data.units.filter((u) => u.kind === 'regional_office')).toHaveLength(5);
    expect(data.units.filter((u) => u.kind === 'sector')).toHaveLength(4);
  });

  it('has IOM, the GMG and UNDP as partners, each with an expected outcome on existing results', () => {
    const resultIds = new Set<string>(data.results.map((r) => r.id));
    expect(partnerByAcronym('IOM')?.type).toBe('international_organisation');
    expect(partnerByAcronym('GMG')?.name).toBe('Global Migration Group');
    expect(partnerByAcronym('UNDP')?.type).toBe('un_agency');
    for (const p of data.partners) {
      const links = Object.entries(p.links);
      expect(links.length, p.name).toBeGreaterThan(0);
      for (const [resultId, link] of links) {
        expect(resultIds.has(resultId)).toBe(true);
        expect(link.expectedOutcome.length).toBeGreaterThan(20);
      }
    }
  });

  it('has dated milestones within the plan period, with their status as of the status date 2012-01-31', () => {
    expect(data.milestones.length).toBeGreaterThanOrEqual(5);
    const statusDate = data.plan.statusDate!;
    for (const m of data.milestones) {
      expect(m.dueDate >= '2010-01-01' && m.dueDate <= '2015-12-31').toBe(true);
      // Done ones carry their completion date, never after the status date; others none.
      if (m.status === 'done') expect(m.completedDate !== null && m.completedDate <= statusDate).toBe(true);
      else expect(m.completedDate).toBeNull();
    }
    expect(data.milestones.map((m) => m.title).join('\n')).toMatch(/strategy paper on labour migration adopted/);
    const done = data.milestones.filter((m) => m.status === 'done');
    const open = data.milestones.filter((m) => m.status === 'planned' || m.status === 'in_progress');
    expect(done.some((m) => m.completedDate! > m.dueDate)).toBe(true); // some done late
    expect(done.some((m) => m.completedDate! <= m.dueDate)).toBe(true); // some on time
    expect(open.filter((m) => m.dueDate < statusDate).length).toBeGreaterThanOrEqual(2); // overdue
    expect(open.filter((m) => m.dueDate >= statusDate && m.dueDate <= '2012-04-30').length).toBeGreaterThanOrEqual(1); // next 90 days
  });

  it('dates every activity (start before end, inside the plan period), and leaves the levels above to be derived', () => {
    for (const r of data.results) {
      if (r.level === 'activity') {
        expect(r.startDate && r.endDate, r.statement).toBeTruthy();
        expect(r.startDate! <= r.endDate! && r.startDate! >= '2010-01-01' && r.endDate! <= '2015-12-31', r.statement).toBe(true);
      } else {
        expect(r.startDate ?? null).toBeNull();
        expect(r.endDate ?? null).toBeNull();
      }
    }
  });

  it('marks every resource allocation as illustrative, in USD, by period and source', () => {
    expect(data.resources.length).toBeGreaterThan(0);
    const periodIds = new Set(data.periods.map((p) => p.id));
    for (const a of data.resources) {
      expect(a.note).toMatch(/^Illustrative figure/);
      expect(a.currency).toBe('USD');
      expect(periodIds.has(a.periodId)).toBe(true);
    }
    expect(new Set(data.resources.map((a) => a.source))).toEqual(new Set(['regular_budget', 'extra_budgetary']));
  });

  it("has the strategy paper's nine sections in Recommendation 1's order", () => {
    const sections = [...data.sections].sort((a, b) => (a.sortKey < b.sortKey ? -1 : 1));
    expect(sections.map((s) => s.key)).toEqual([
      'vision', 'issue-definition', 'mandate', 'responsibilities', 'cross-cutting', 'priorities', 'mainstreaming', 'collaboration', 'monitoring',
    ]);
    expect(sections[1]!.title).toBe('How the issue is defined');
    expect(sections[2]!.title).toBe('Mandate and authority of MIGRANT');
    for (const s of sections) expect(s.body, s.key).toMatch(/\(evaluation, (para\.|paras) [0-9]/);
  });

  it('refers only to entities that exist in the plan', () => {
    const ids = (items: { id: string }[]) => new Set<string>(items.map((x) => x.id));
    const results = ids(data.results);
    const units = ids(data.units);
    const components = ids(data.components);
    const objectives = ids(data.objectives);
    const risks = ids(data.risks);
    for (const r of data.results) {
      if (r.componentId !== null) expect(components.has(r.componentId)).toBe(true);
      for (const o of Object.keys(r.objectiveTags)) expect(objectives.has(o)).toBe(true);
    }
    for (const x of [...data.indicators, ...data.milestones, ...data.responsibilities, ...data.resources]) expect(results.has(x.resultId)).toBe(true);
    for (const x of data.responsibilities) expect(units.has(x.unitId)).toBe(true);
    for (const u of data.units) if (u.parentId !== null) expect(units.has(u.parentId)).toBe(true);
    for (const m of data.mitigations) expect(risks.has(m.riskId)).toBe(true);
    for (const k of data.risks) for (const id of k.resultIds) expect(results.has(id)).toBe(true);
  });

  it('makes no entity deleted', () => {
    const collections: { deletedAt: string | null; deletedBy: string | null }[][] = [data.periods, data.components, data.results, data.indicators, data.milestones, data.risks, data.mitigations, data.units, data.responsibilities, data.partners, data.objectives, data.resources, data.sections];
    for (const items of collections) {
      expect(live(items)).toHaveLength(items.length);
      for (const x of items) expect(x.deletedBy).toBeNull();
    }
  });

  it('gives every entity a unique id', () => {
    const all = [data.plan.id, ...Object.values(data).filter(Array.isArray).flat().map((x: { id: string }) => x.id)];
    expect(new Set(all).size).toBe(all.length);
  });

  it('gives two builds with different random sources different ids but the same content', () => {
    const other = build('b');
    expect(other.plan.id).not.toBe(data.plan.id);
    const ours = new Set(data.results.map((r) => r.id));
    expect(other.results.some((r) => ours.has(r.id))).toBe(false);
    expect(withoutIds(other)).toBe(withoutIds(data));
  });

  it('gives identical output for the same random source and clock', () => {
    expect(build('a')).toEqual(data);
  });
});

describe('seedCitation', () => {
  it('cites one paragraph, several, and runs of three or more as a range', () => {
    expect(seedCitation(12)).toBe('Independent evaluation 2001-07, para. 12');
    expect(seedCitation([20, 6])).toBe('Independent evaluation 2001-07, paras 6 and 20');
    expect(seedCitation([2, 3, 4, 29])).toBe('Independent evaluation 2001-07, paras 2-4 and 29');
    expect(seedCitation([5, 7, 18])).toBe('Independent evaluation 2001-07, paras 5, 7 and 18');
  });
});
