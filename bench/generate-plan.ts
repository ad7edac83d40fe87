/**
 * A large plan for the benchmarks, made from a seed: the same seed and scale always give
 * the same plan, byte for byte, so figures from two runs measure the same data.
 *
 * At scale 1 (the "large plan"): 2,000 results over 7 components (1-2 goals, 60
 * outcomes, 400 outputs, the rest activities), 4,000 indicators with targets and actuals
 * for 6 biennia (2010-2021), 500 risks linked to 1-3 results with 1-2 mitigations each,
 * 1,000 milestones, 40 units, RACI for most results, 20 partners with links, 4 strategic
 * objectives with tags, resources for the activities, and the 9 narrative sections of the
 * default template with 20 paragraphs each. A smaller scale shrinks the counted entities
 * (results, indicators, risks, milestones, units, partners) for tests; the shape stays.
 */
import {
  makeId,
  type Component,
  type ComponentId,
  type Indicator,
  type IndicatorId,
  type Milestone,
  type MilestoneId,
  type Mitigation,
  type MitigationId,
  type NarrativeSection,
  type NarrativeSectionId,
  type Partner,
  type PartnerId,
  type PlanData,
  type PlanId,
  type RandomHex,
  type ReportingPeriod,
  type ReportingPeriodId,
  type ResourceAllocation,
  type ResourceAllocationId,
  type Responsibility,
  type ResponsibilityId,
  type Result,
  type ResultId,
  type ResultLevel,
  type Risk,
  type RiskId,
  type StrategicObjective,
  type StrategicObjectiveId,
  type Unit,
  type UnitId,
} from '../shared/model';
import { spreadKeys } from '../shared/plan-doc/sort-key';
import { DEFAULT_SECTIONS } from '../shared/narrative/default-sections';

export interface GenerateOptions {
  /** PRNG seed; the default is the benchmark's. */
  readonly seed?: number;
  /** 1 = the large plan; 0.05 makes a 100-result plan for tests. */
  readonly scale?: number;
}

/** The counts at scale 1 (goals are 1 or 2, drawn from the seed). */
export const LARGE_PLAN = {
  results: 2000,
  components: 7,
  outcomes: 60,
  outputs: 400,
  indicators: 4000,
  periods: 6,
  risks: 500,
  milestones: 1000,
  units: 40,
  partners: 20,
  objectives: 4,
  sections: 9,
  paragraphsPerSection: 20,
} as const;

export const DEFAULT_SEED = 20_100_101;
export const PLAN_START = '2010-01-01';
export const PLAN_END = '2021-12-31';
const CREATED_AT = '2009-11-16T09:30:00.000Z';
const CURRENCY = 'USD';
const LIVE = { deletedAt: null, deletedBy: null } as const;

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 128 random bits as 32 lowercase hex digits, from the PRNG (ids for `makeId`). */
export function seededRandomHex(next: () => number): RandomHex {
  return () => {
    let out = '';
    for (let i = 0; i < 4; i++) out += Math.floor(next() * 4294967296).toString(16).padStart(8, '0');
    return out;
  };
}

class Rng {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** `n` distinct items (fewer when there are not enough). */
  sample<T>(items: readonly T[], n: number): T[] {
    const chosen = new Set<number>();
    const count = Math.min(n, items.length);
    while (chosen.size < count) chosen.add(Math.floor(this.next() * items.length));
    return [...chosen].sort((a, b) => a - b).map((i) => items[i]!);
  }
  /** A value between min and max, rounded to a multiple of `step` (an integer). */
  amount(min: number, max: number, step: number): number {
    return Math.round((min + this.next() * (max - min)) / step) * step;
  }
  /** A value between min and max with one decimal. */
  decimal(min: number, max: number): number {
    return Math.round((min + this.next() * (max - min)) * 10) / 10;
  }
}

// ---------------------------------------------------------------------------------------
// Text: sentences built from the vocabulary of a labour-migration strategy, so lengths and
// word shapes are those of real statements (never lorem ipsum: search and wrapping see words).

const ACTORS = [
  'ministries of labour', 'employers\u2019 organisations', 'workers\u2019 organisations', 'public employment services',
  'labour inspectorates', 'national statistical offices', 'migrant workers\u2019 associations', 'recruitment agencies',
  'tripartite constituents', 'social security institutions', 'regional economic communities', 'national training institutes',
];
const REGIONS = ['Africa', 'the Americas', 'the Arab States', 'Asia and the Pacific', 'Europe and Central Asia', 'the Mekong subregion', 'the Gulf Cooperation Council countries', 'West Africa', 'Central America', 'the Caucasus'];
const TOPICS = [
  'fair recruitment', 'the protection of migrant domestic workers', 'bilateral labour agreements', 'the portability of social security rights',
  'skills recognition', 'labour market information', 'the ratification of Conventions Nos 97 and 143', 'remittance costs',
  'return and reintegration', 'forced labour and trafficking', 'occupational safety and health of migrant workers', 'gender-responsive migration policy',
  'labour migration statistics', 'the Multilateral Framework on Labour Migration', 'wage protection', 'access to justice for migrant workers',
];
const OUTCOME_VERBS = ['adopt and apply', 'strengthen', 'implement', 'put in place', 'monitor', 'mainstream', 'finance and run', 'review and improve'];
const PRODUCTS = [
  'A policy guide on', 'A training module on', 'A legislative review of', 'A database on', 'A costed action plan for', 'A tripartite dialogue on',
  'A survey methodology for', 'A good-practice compendium on', 'A model bilateral agreement covering', 'An information campaign on',
];
const ACTIVITY_VERBS = [
  'Organise a subregional workshop on', 'Draft and validate guidelines on', 'Provide technical advice to', 'Train trainers from', 'Commission a study on',
  'Translate and disseminate tools on', 'Hold a tripartite consultation on', 'Pilot a support service on', 'Review national legislation on', 'Prepare a briefing note on',
];
const QUALIFIERS = [
  'in line with international labour standards', 'with the full involvement of the social partners', 'in at least three pilot countries',
  'taking account of the specific situation of women migrant workers', 'building on the results of the previous biennium',
  'in cooperation with other international organisations', 'through South-South and triangular cooperation', 'with sex-disaggregated data',
  'within the Decent Work Country Programmes', 'with a budget and a timetable agreed by the constituents',
];
const FILLER = [
  'The evaluation found that', 'Constituents have asked for', 'Experience in the field shows that', 'Resources permitting,', 'As agreed with the regional offices,',
  'In the light of the mid-term review,', 'To avoid duplication with other agencies,', 'Where demand from member States is strongest,',
];

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Joins clauses until the text is at least `min` characters, never longer than `max`. */
function prose(rng: Rng, min: number, max: number): string {
  let out = '';
  while (out.length < min) {
    const sentence = `${rng.pick(FILLER)} ${rng.pick(ACTORS)} in ${rng.pick(REGIONS)} need support on ${rng.pick(TOPICS)}, ${rng.pick(QUALIFIERS)}.`;
    out = out ? `${out} ${sentence}` : sentence;
  }
  return out.length > max ? `${out.slice(0, max - 1).trimEnd()}.` : out;
}

function statement(rng: Rng, level: ResultLevel): string {
  switch (level) {
    case 'goal':
      return `Women and men migrant workers in ${rng.pick(REGIONS)} and ${rng.pick(REGIONS)} enjoy decent work and the protection of their rights, and labour migration contributes to development in countries of origin and destination, ${rng.pick(QUALIFIERS)}.`;
    case 'outcome':
      return `${cap(rng.pick(ACTORS))} in ${rng.pick(REGIONS)} ${rng.pick(OUTCOME_VERBS)} policies on ${rng.pick(TOPICS)}, ${rng.pick(QUALIFIERS)}.`;
    case 'output':
      return `${rng.pick(PRODUCTS)} ${rng.pick(TOPICS)} made available to ${rng.pick(ACTORS)} in ${rng.pick(REGIONS)}.`;
    case 'activity':
      return rng.chance(0.5)
        ? `${rng.pick(ACTIVITY_VERBS)} ${rng.pick(TOPICS)}.`
        : `${rng.pick(ACTIVITY_VERBS)} ${rng.pick(TOPICS)} for ${rng.pick(ACTORS)}, ${rng.pick(QUALIFIERS)}.`;
  }
}

/** The strategy paper's sections: the app's default template. */
const SECTION_TEMPLATE = DEFAULT_SECTIONS;

/** A Markdown-subset paragraph: mostly prose, with the odd heading, list and emphasis. */
function paragraph(rng: Rng, index: number): string {
  if (index > 0 && index % 7 === 0) return `## ${cap(rng.pick(TOPICS))}`;
  if (index % 5 === 3) {
    const items = Array.from({ length: rng.int(3, 6) }, () => `- **${cap(rng.pick(ACTORS))}**: ${rng.pick(TOPICS)}, ${rng.pick(QUALIFIERS)};`);
    return items.join('\n');
  }
  const text = prose(rng, 350, 900);
  return rng.chance(0.3) ? text.replace(/, /, ', *notably*, ') : text;
}

// ---------------------------------------------------------------------------------------

const UNIT_KINDS: readonly { kind: Unit['kind']; name: (i: number, rng: Rng) => string }[] = [
  { kind: 'department', name: (i) => `Department ${i} of programming and management` },
  { kind: 'sector', name: (_i, rng) => `Sector for ${rng.pick(TOPICS)}` },
  { kind: 'programme', name: (_i, rng) => `Programme on ${rng.pick(TOPICS)}` },
  { kind: 'regional_office', name: (_i, rng) => `Regional Office for ${rng.pick(REGIONS)}` },
  { kind: 'country_office', name: (i) => `Country Office ${i}` },
];

const PARTNER_TYPES: readonly Partner['type'][] = ['un_agency', 'international_organisation', 'government', 'workers_organisation', 'employers_organisation', 'ngo', 'other'];
const RISK_CATEGORIES: readonly Risk['category'][] = ['strategic', 'operational', 'financial', 'institutional', 'political', 'external'];
const STATUSES: readonly Milestone['status'][] = ['planned', 'in_progress', 'done', 'cancelled'];

function scaled(n: number, scale: number, min = 1): number {
  return Math.max(min, Math.round(n * scale));
}

/** Dates are drawn inside the plan period, as yyyy-MM-dd. */
function dateIn(rng: Rng, fromYear: number, toYear: number): string {
  const year = rng.int(fromYear, toYear);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Gives every parent at least one child while there are enough children, then spreads
 * the rest at random: uneven like a real chain (some outputs have one activity, some nine).
 */
function distribute(rng: Rng, children: number, parents: number): number[] {
  const counts = new Array<number>(parents).fill(0);
  for (let i = 0; i < children; i++) counts[i < parents ? i : Math.floor(rng.next() * parents)]!++;
  return counts;
}

export function generatePlan(options: GenerateOptions = {}): PlanData {
  const scale = options.scale ?? 1;
  if (!(scale > 0 && scale <= 10)) throw new RangeError(`scale must be in (0, 10], got ${scale}`);
  const rng = new Rng(mulberry32(options.seed ?? DEFAULT_SEED));
  const hex = seededRandomHex(rng.next);

  const planId = makeId<PlanId>('plan', hex);

  // Six biennia, 2010-11 to 2020-21.
  const periodKeys = spreadKeys(LARGE_PLAN.periods);
  const periods: ReportingPeriod[] = periodKeys.map((_k, i) => {
    const y = 2010 + 2 * i;
    return { ...LIVE, id: makeId<ReportingPeriodId>('period', hex), label: `${y}-${String((y + 1) % 100).padStart(2, '0')}`, start: `${y}-01-01`, end: `${y + 1}-12-31` };
  });

  const objectiveKeys = spreadKeys(LARGE_PLAN.objectives);
  const objectives: StrategicObjective[] = objectiveKeys.map((sortKey, i) => ({
    ...LIVE,
    id: makeId<StrategicObjectiveId>('objective', hex),
    code: `SO${i + 1}`,
    title: `Strategic objective ${i + 1}: ${cap(rng.pick(TOPICS))}`,
    sortKey,
  }));

  const unitCount = scaled(LARGE_PLAN.units, scale, 3);
  const units: Unit[] = [];
  for (let i = 0; i < unitCount; i++) {
    const spec = UNIT_KINDS[i % UNIT_KINDS.length]!;
    // Country offices report to the regional office made just before them.
    const parent = spec.kind === 'country_office' ? (units[i - 1]?.id ?? null) : null;
    units.push({ ...LIVE, id: makeId<UnitId>('unit', hex), code: `U${String(i + 1).padStart(2, '0')}`, name: spec.name(i + 1, rng), kind: spec.kind, parentId: parent });
  }

  const componentKeys = spreadKeys(LARGE_PLAN.components);
  const components: Component[] = componentKeys.map((sortKey, i) => ({
    ...LIVE,
    id: makeId<ComponentId>('component', hex),
    code: `C${i + 1}`,
    name: cap(rng.pick(TOPICS)),
    description: prose(rng, 200, 600),
    sortKey,
  }));

  // The results chain, level by level.
  const total = scaled(LARGE_PLAN.results, scale, 10);
  const goalCount = rng.int(1, 2);
  const outcomeCount = scaled(LARGE_PLAN.outcomes, scale);
  const outputCount = scaled(LARGE_PLAN.outputs, scale);
  const activityCount = total - goalCount - outcomeCount - outputCount;
  if (activityCount < 0) throw new RangeError('scale too small for the results chain');

  const results: Result[] = [];
  const makeLevel = (level: ResultLevel, parents: readonly Result[], count: number, componentOf: (parent: Result | null, i: number) => ComponentId | null): Result[] => {
    const made: Result[] = [];
    const perParent = parents.length === 0 ? [count] : distribute(rng, count, parents.length);
    perParent.forEach((n, p) => {
      const parent = parents[p] ?? null;
      spreadKeys(n).forEach((sortKey) => {
        const hasDetail = level !== 'activity' || rng.chance(0.3);
        const tags: Record<StrategicObjectiveId, 'principal' | 'significant'> = {};
        if (rng.chance(0.75)) for (const o of rng.sample(objectives, rng.int(1, 2))) tags[o.id] = rng.chance(0.4) ? 'principal' : 'significant';
        const result: Result = {
          ...LIVE,
          id: makeId<ResultId>('result', hex),
          level,
          statement: statement(rng, level),
          description: hasDetail ? prose(rng, level === 'activity' ? 60 : 200, level === 'activity' ? 300 : 700) : '',
          assumptions: level === 'outcome' || level === 'output' ? prose(rng, 100, 300) : '',
          parentId: parent?.id ?? null,
          sortKey,
          componentId: componentOf(parent, made.length),
          objectiveTags: tags,
        };
        made.push(result);
      });
    });
    results.push(...made);
    return made;
  };
  const goals = makeLevel('goal', [], goalCount, () => null);
  // Outcomes are spread over the components in turn; their subtrees inherit the component.
  const outcomes = makeLevel('outcome', goals, outcomeCount, (_p, i) => components[i % components.length]!.id);
  const outputs = makeLevel('output', outcomes, outputCount, (p) => p?.componentId ?? null);
  const activities = makeLevel('activity', outputs, activityCount, (p) => p?.componentId ?? null);
  const aboveActivity = [...goals, ...outcomes, ...outputs];

  // Indicators: one for every goal, outcome and output, the rest spread over all results.
  const indicatorCount = scaled(LARGE_PLAN.indicators, scale);
  const owners: Result[] = [...aboveActivity];
  while (owners.length < indicatorCount) owners.push(rng.pick(results));
  owners.length = indicatorCount;
  const byResult = new Map<ResultId, number>();
  for (const r of owners) byResult.set(r.id, (byResult.get(r.id) ?? 0) + 1);
  const indicators: Indicator[] = [];
  for (const [resultId, n] of byResult) {
    for (const sortKey of spreadKeys(n)) indicators.push(indicator(rng, hex, resultId, sortKey, periods));
  }

  const milestoneCount = scaled(LARGE_PLAN.milestones, scale);
  const milestones: Milestone[] = Array.from({ length: milestoneCount }, () => {
    const status = rng.pick(STATUSES);
    const dueDate = dateIn(rng, 2010, 2021);
    return {
      ...LIVE,
      id: makeId<MilestoneId>('milestone', hex),
      resultId: rng.pick(rng.chance(0.7) && activities.length > 0 ? activities : outputs).id,
      title: `${rng.pick(PRODUCTS)} ${rng.pick(TOPICS)} validated by ${rng.pick(ACTORS)}`,
      dueDate,
      status,
      completedDate: status === 'done' ? dueDate : null,
    };
  });

  const riskCount = scaled(LARGE_PLAN.risks, scale);
  const risks: Risk[] = [];
  const mitigations: Mitigation[] = [];
  for (let i = 0; i < riskCount; i++) {
    const likelihood = rng.int(1, 5);
    const impact = rng.int(1, 5);
    const risk: Risk = {
      ...LIVE,
      id: makeId<RiskId>('risk', hex),
      description: `${cap(rng.pick(ACTORS))} in ${rng.pick(REGIONS)} may not ${rng.pick(OUTCOME_VERBS)} measures on ${rng.pick(TOPICS)} because of ${rng.pick(['political change', 'budget cuts', 'staff turnover', 'conflict', 'a slow ratification process', 'competing priorities'])}.`,
      category: rng.pick(RISK_CATEGORIES),
      likelihood,
      impact,
      residualLikelihood: rng.chance(0.8) ? Math.max(1, likelihood - 1) : null,
      residualImpact: rng.chance(0.8) ? Math.max(1, impact - 1) : null,
      ownerUnitId: rng.pick(units).id,
      resultIds: rng.sample(aboveActivity.length >= 3 ? aboveActivity : results, rng.int(1, 3)).map((r) => r.id).sort(),
      source: rng.chance(0.5) ? 'Risk workshop with the regional offices' : '',
    };
    risks.push(risk);
    for (let m = rng.int(1, 2); m > 0; m--) {
      mitigations.push({
        ...LIVE,
        id: makeId<MitigationId>('mitigation', hex),
        riskId: risk.id,
        action: `${rng.pick(ACTIVITY_VERBS)} ${rng.pick(TOPICS)} ${rng.pick(QUALIFIERS)}.`,
        ownerUnitId: rng.chance(0.9) ? rng.pick(units).id : null,
        dueDate: rng.chance(0.9) ? dateIn(rng, 2010, 2021) : null,
        status: rng.pick(STATUSES),
      });
    }
  }

  // RACI for 9 results in 10: one accountable unit, one or two responsible, sometimes C and I.
  const responsibilities: Responsibility[] = [];
  for (const result of results) {
    if (!rng.chance(0.9)) continue;
    const roles: Responsibility['role'][] = ['A', 'R'];
    if (rng.chance(0.5)) roles.push('R');
    if (rng.chance(0.3)) roles.push('C');
    if (rng.chance(0.2)) roles.push('I');
    rng.sample(units, roles.length).forEach((unit, i) => {
      responsibilities.push({ ...LIVE, id: makeId<ResponsibilityId>('responsibility', hex), unitId: unit.id, resultId: result.id, role: roles[i]! });
    });
  }

  const partnerCount = scaled(LARGE_PLAN.partners, scale, 2);
  const partners: Partner[] = Array.from({ length: partnerCount }, (_v, i) => {
    const links: Partner['links'] = {};
    for (const r of rng.sample(aboveActivity, rng.int(5, 25))) links[r.id] = { expectedOutcome: prose(rng, 80, 250) };
    return { ...LIVE, id: makeId<PartnerId>('partner', hex), name: `${cap(rng.pick(TOPICS))} partner ${i + 1}`, acronym: `P${i + 1}`, type: rng.pick(PARTNER_TYPES), links };
  });

  // Resources: every activity has one or two allocations in a biennium.
  const resources: ResourceAllocation[] = [];
  for (const activity of activities) {
    for (let n = rng.int(1, 2); n > 0; n--) {
      resources.push({
        ...LIVE,
        id: makeId<ResourceAllocationId>('resource', hex),
        resultId: activity.id,
        periodId: rng.pick(periods).id,
        source: rng.chance(0.6) ? 'regular_budget' : 'extra_budgetary',
        amount: rng.amount(5_000, 400_000, 500),
        currency: CURRENCY,
        status: rng.chance(0.5) ? 'secured' : 'planned',
        note: rng.chance(0.3) ? `Donor agreement ${rng.int(100, 999)}` : '',
      });
    }
  }

  const sectionKeys = spreadKeys(SECTION_TEMPLATE.length);
  const sections: NarrativeSection[] = SECTION_TEMPLATE.map((spec, i) => ({
    ...LIVE,
    id: makeId<NarrativeSectionId>('section', hex),
    key: spec.key,
    title: spec.title,
    body: Array.from({ length: LARGE_PLAN.paragraphsPerSection }, (_v, p) => paragraph(rng, p)).join('\n\n'),
    sortKey: sectionKeys[i]!,
  }));

  return {
    plan: {
      id: planId,
      title: 'Office-wide strategy on labour migration, 2010-21 (benchmark)',
      organisation: 'International Labour Office',
      ownerUnitId: units[0]!.id,
      periodStart: PLAN_START,
      periodEnd: PLAN_END,
      status: 'draft',
      versionLabel: `Generated, seed ${options.seed ?? DEFAULT_SEED}, scale ${scale}`,
      templateId: 'organisation',
      currency: CURRENCY,
      createdAt: CREATED_AT,
    },
    periods,
    components,
    results,
    indicators,
    milestones,
    risks,
    mitigations,
    units,
    responsibilities,
    partners,
    objectives,
    resources,
    sections,
  };
}

function indicator(rng: Rng, hex: RandomHex, resultId: ResultId, sortKey: string, periods: readonly ReportingPeriod[]): Indicator {
  const measureType = rng.pick(['number', 'number', 'number', 'percentage', 'percentage', 'qualitative'] as const);
  const direction = measureType === 'qualitative' || rng.chance(0.85) ? 'increase' : 'decrease';
  const stages = measureType === 'qualitative' ? ['Not started', 'Drafted', 'Consulted', 'Adopted', 'Applied'] : [];
  const max = measureType === 'percentage' ? 100 : measureType === 'qualitative' ? stages.length - 1 : rng.pick([10, 50, 200, 5000]);
  const baseline = measureType === 'qualitative' ? 0 : measureType === 'percentage' ? rng.decimal(0, max / 3) : rng.amount(0, max / 3, 1);
  const targets: Indicator['targets'] = {};
  const actuals: Indicator['actuals'] = {};
  periods.forEach((period, i) => {
    const share = (i + 1) / periods.length;
    // Rising towards `max`, or falling to 40% of the baseline, over the six biennia.
    const raw = measureType === 'qualitative' ? Math.min(max, i) : direction === 'increase' ? baseline + (max - baseline) * share : baseline * (1 - 0.6 * share);
    const towards = Math.round(raw * 10) / 10;
    targets[period.id] = towards;
    actuals[period.id] = {
      value: rng.chance(0.9) ? Math.round(towards * (0.6 + rng.next() * 0.5) * 10) / 10 : null,
      date: period.end,
      evidence: rng.chance(0.7) ? prose(rng, 60, 240) : '',
      link: rng.chance(0.3) ? `https://example.org/reports/${period.label}/${rng.int(1000, 9999)}` : '',
    };
  });
  const finalTarget = targets[periods[periods.length - 1]!.id]!;
  return {
    ...LIVE,
    id: makeId<IndicatorId>('indicator', hex),
    resultId,
    sortKey,
    definition: `${cap(rng.pick(['number of', 'share of', 'stage reached by', 'proportion of']))} ${rng.pick(ACTORS)} in ${rng.pick(REGIONS)} that ${rng.pick(OUTCOME_VERBS)} measures on ${rng.pick(TOPICS)}, ${rng.pick(QUALIFIERS)}.`,
    unitOfMeasure: measureType === 'percentage' ? '%' : measureType === 'qualitative' ? 'stage (0-4)' : rng.pick(['countries', 'institutions', 'people trained', 'agreements']),
    measureType,
    qualitativeStages: stages,
    direction,
    cumulative: rng.chance(0.4),
    baseline: { value: baseline, date: '2009-12-31', source: rng.chance(0.6) ? 'Programme implementation report 2008-09' : '' },
    benchmark: rng.chance(0.2) ? { value: rng.amount(0, max, 1), comparator: 'Regional average' } : { value: null, comparator: '' },
    targets,
    targetsNotApplicable: {},
    finalTarget,
    meansOfVerification: {
      source: rng.pick(['Programme implementation report', 'Labour force survey', 'Ratification records', 'Project progress reports', 'Tracer survey']),
      method: rng.pick(['Desk review', 'Survey', 'Administrative records', 'Key informant interviews']),
      frequency: rng.pick(['Annual', 'Biennial', 'Quarterly']),
      collectedBy: rng.pick(['Lead unit', 'Regional office', 'Project team', 'Statistics department']),
    },
    disaggregation: rng.chance(0.5) ? ['Sex', 'Region'] : rng.chance(0.5) ? ['Sex'] : [],
    actuals,
    illustrative: true,
  };
}

/** Entity counts of a plan, by collection (for tests and the bench's report). */
export function countsOf(data: PlanData): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(data)) if (Array.isArray(v)) out[k] = v.length;
  for (const level of ['goal', 'outcome', 'output', 'activity'] as const) out[level] = data.results.filter((r) => r.level === level).length;
  return out;
}
