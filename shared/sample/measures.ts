/**
 * Indicators. Baselines are the evaluation's own figures, each citing
 * its paragraph. Targets are not in the evaluation: every indicator given targets is
 * flagged illustrative (derived below, so the flag cannot be forgotten). Where the
 * evaluation gives no figure the baseline is left empty and no target is invented:
 * the evaluation's finding is that the Office lacked baselines (para. 7), and the
 * plan shows that gap rather than hiding it.
 *
 * Actuals for the first reporting period (2010-11) are invented too, for the
 * indicators with targets only: each one's evidence note begins with the illustrative
 * note, and they give the monitoring dashboard a real mix as of the sample's status
 * date (on track, at risk, off track, and not measured where there is no baseline).
 * Disaggregation is by the ILO's five regions; the Convention No. 97 ratifications
 * carry regional targets and actuals that add up to the indicator's own.
 */
import {
  makeId,
  type Actual,
  type Indicator,
  type IndicatorId,
  type RandomHex,
  type ReportingPeriodId,
  type ResultId,
} from '../model';
import { spreadKeys } from '../plan-doc/sort-key';
import { LIVE } from './build-context';
import type { PeriodLabel } from './periods';
import { ILLUSTRATIVE_NOTE, SEED_ISSUED, SEED_PERIOD_END, seedCitation } from './seed-source';
import type { ResultKey } from './structure';

interface IndicatorSpec {
  readonly result: ResultKey;
  readonly definition: string;
  readonly unitOfMeasure: string;
  readonly measureType: Indicator['measureType'];
  readonly qualitativeStages?: readonly string[];
  readonly cumulative: boolean;
  readonly baseline: Indicator['baseline'];
  readonly targets?: Readonly<Partial<Record<PeriodLabel, number>>>;
  readonly finalTarget?: number;
  readonly meansOfVerification: Indicator['meansOfVerification'];
  readonly disaggregation?: readonly string[];
  /** Targets per disaggregation category and period (they add up to the period's target). */
  readonly categoryTargets?: Readonly<Partial<Record<PeriodLabel, Readonly<Record<string, number>>>>>;
  /** Illustrative actuals: only where the indicator has targets. */
  readonly actuals?: Readonly<Partial<Record<PeriodLabel, ActualSpec>>>;
}

interface ActualSpec {
  readonly value: number;
  readonly date: string;
  /** What the figure would rest on; the illustrative note is put before it. */
  readonly evidence: string;
  readonly byCategory?: Readonly<Record<string, number>>;
}

/** The ILO's five regions, as its regional offices cover them. */
export const ILO_REGIONS = ['Africa', 'Americas', 'Arab States', 'Asia and the Pacific', 'Europe and Central Asia'] as const;

/** When the first biennium's figures were compiled: before the sample's status date (31 January 2012). */
const FIRST_REPORT = '2012-01-20';

const DWCP_REVIEW = {
  source: 'Decent Work Country Programme documents',
  method: "Desk review of DWCP documents, using the evaluation's sampling rule",
  frequency: 'Biennial',
  collectedBy: 'MIGRANT with the regional offices',
};

const ratifications = (convention: string, countries: string, actuals: IndicatorSpec['actuals'], categoryTargets?: IndicatorSpec['categoryTargets']) =>
  ({
    result: 'standards',
    definition: `Ratifications of ${convention} registered since 1 January 2005 by member States that received ILO technical support; the count starts in 2005 so that it compares with the baseline. Baseline: five additional ratifications in 2005-07 (${countries}), reported to the Governing Body in GB.301/4.`,
    unitOfMeasure: 'ratifications since 2005',
    measureType: 'number',
    cumulative: true,
    baseline: { value: 5, date: SEED_PERIOD_END, source: seedCitation(14, 'GB.301/4, March 2008') },
    targets: { '2010-11': 8, '2012-13': 10, '2014-15': 12 },
    finalTarget: 12,
    meansOfVerification: {
      source: 'ILO ratification records (ILOLEX)',
      method: 'Count of registered ratifications, checked against the technical support provided',
      frequency: 'Annual',
      collectedBy: 'ED_NORM with MIGRANT',
    },
    disaggregation: ILO_REGIONS,
    categoryTargets,
    actuals,
  }) as const satisfies IndicatorSpec;

export const INDICATOR_SPECS: readonly IndicatorSpec[] = [
  {
    result: 'strategy',
    definition:
      'Stage reached by the Office-wide strategy paper on labour migration called for by Recommendation 1. Values are stage numbers: 0 no paper, 1 drafted, 2 consulted with sectors and regions, 3 adopted, 4 reviewed against results at mid-term. Baseline: neither an Office-wide strategy nor an implementation plan existed.',
    unitOfMeasure: 'stage (0-4)',
    measureType: 'qualitative',
    qualitativeStages: ['No strategy paper', 'Drafted', 'Consulted with sectors and regions', 'Adopted', 'Reviewed at mid-term'],
    cumulative: false,
    baseline: { value: 0, date: SEED_ISSUED, source: seedCitation([5, 7, 18]) },
    targets: { '2010-11': 3, '2012-13': 4, '2014-15': 4 },
    finalTarget: 4,
    meansOfVerification: { source: 'Strategy paper and record of its adoption', method: 'Document review', frequency: 'Biennial', collectedBy: 'MIGRANT' },
    actuals: {
      '2010-11': { value: 2, date: FIRST_REPORT, evidence: 'Draft paper consulted with the sectors and the five regional offices; not yet adopted.' },
    },
  },
  {
    result: 'crossCutting',
    definition:
      "Number of the ILO's four strategic objectives under which the programme and budget sets a labour migration outcome. Baseline: 1 of 4, since migration work is planned and reported under Strategic Objective No. 3 only (intermediate Outcome 3c, immediate Objective 3c.1 in 2008-09).",
    unitOfMeasure: 'strategic objectives (of 4)',
    measureType: 'number',
    // A level each programme and budget sets anew, not an amount added up over periods.
    cumulative: true,
    baseline: { value: 1, date: SEED_ISSUED, source: seedCitation([6, 20]) },
    targets: { '2010-11': 2, '2012-13': 4, '2014-15': 4 },
    finalTarget: 4,
    meansOfVerification: {
      source: 'Programme and budget; programme implementation report',
      method: 'Review of outcomes by strategic objective',
      frequency: 'Biennial',
      collectedBy: 'PROGRAM',
    },
    actuals: {
      '2010-11': { value: 1, date: FIRST_REPORT, evidence: 'Programme and budget 2012-13 reviewed: labour migration outcomes still under Strategic Objective No. 3 only.' },
    },
  },
  ratifications(
    'the Migration for Employment Convention (Revised), 1949 (No. 97)',
    'Albania, Armenia, Montenegro, Republic of Moldova, Tajikistan',
    {
      '2010-11': {
        value: 8,
        date: FIRST_REPORT,
        evidence: 'Ratifications registered in ILOLEX since 1 January 2005, counted on 31 December 2011.',
        byCategory: { Africa: 1, Americas: 0, 'Arab States': 0, 'Asia and the Pacific': 1, 'Europe and Central Asia': 6 },
      },
    },
    // The five baseline ratifications are all in Europe and Central Asia.
    {
      '2010-11': { Africa: 1, Americas: 1, 'Arab States': 0, 'Asia and the Pacific': 0, 'Europe and Central Asia': 6 },
      '2012-13': { Africa: 2, Americas: 1, 'Arab States': 0, 'Asia and the Pacific': 1, 'Europe and Central Asia': 6 },
      '2014-15': { Africa: 2, Americas: 2, 'Arab States': 1, 'Asia and the Pacific': 1, 'Europe and Central Asia': 6 },
    },
  ),
  ratifications('the Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143)', 'Albania, Armenia, Montenegro, Philippines, Tajikistan', {
    '2010-11': { value: 6, date: FIRST_REPORT, evidence: 'Ratifications registered in ILOLEX since 1 January 2005, counted on 31 December 2011.' },
  }),
  {
    result: 'legislativeProfiles',
    definition:
      'Countries for which the Office has drawn up a legislative profile based on the main principles of Conventions Nos 97 and 143, identifying the main obstacles to their ratification and implementation. Baseline: 55 countries.',
    unitOfMeasure: 'countries',
    measureType: 'number',
    cumulative: true,
    baseline: { value: 55, date: SEED_ISSUED, source: seedCitation(14) },
    targets: { '2010-11': 65, '2012-13': 75, '2014-15': 85 },
    finalTarget: 85,
    meansOfVerification: { source: 'MIGRANT collection of legislative profiles', method: 'Count of completed profiles', frequency: 'Biennial', collectedBy: 'MIGRANT' },
    disaggregation: ILO_REGIONS,
    actuals: {
      '2010-11': { value: 62, date: FIRST_REPORT, evidence: 'Profiles completed in the MIGRANT collection by the end of 2011.' },
    },
  },
  {
    result: 'dwcpStandards',
    definition:
      "Share of sampled DWCPs whose country programme strategy refers to ILO assistance towards ratification and/or implementation of Convention No. 97 and/or No. 143 (and Recommendations Nos 86 and 151). As in the evaluation, the sample excludes DWCPs where both Conventions were ratified more than five years before the DWCP started. A percentage, so that samples of different sizes compare. Baseline: 8 of 48 DWCPs sampled across the five regional offices, 16.7 per cent (explicit reference: Mongolia, Armenia, Tajikistan, the Bahamas; implicit: Nepal, Jordan, Oman, Kyrgyzstan).",
    unitOfMeasure: '% of DWCPs sampled',
    measureType: 'percentage',
    cumulative: false,
    baseline: { value: 16.7, date: SEED_ISSUED, source: seedCitation(12, '8 of 48 DWCPs sampled') },
    targets: { '2010-11': 30, '2012-13': 45, '2014-15': 60 },
    finalTarget: 60,
    meansOfVerification: DWCP_REVIEW,
    disaggregation: ILO_REGIONS,
    actuals: {
      '2010-11': { value: 29.2, date: FIRST_REPORT, evidence: 'Desk review of DWCP documents: 14 of 48 sampled DWCPs refer to ILO assistance on Convention No. 97 or No. 143.' },
    },
  },
  {
    result: 'mflmPolicies',
    definition:
      'Member States that have formulated or set up a labour migration policy or institution with ILO policy advice. The evaluation reports "a number of member States" without a count: the baseline is to be established before targets are set.',
    unitOfMeasure: 'member States',
    measureType: 'number',
    cumulative: true,
    baseline: { value: null, date: null, source: seedCitation(15, 'no count given') },
    meansOfVerification: {
      source: 'Policy advice and technical cooperation reports; government policy documents',
      method: 'Record of policies and institutions with an ILO contribution',
      frequency: 'Annual',
      collectedBy: 'MIGRANT with the regional offices',
    },
    disaggregation: ILO_REGIONS,
  },
  {
    result: 'development',
    definition:
      'Share of sampled DWCPs that include measures on labour migration and development (remittances, return and reintegration, transnational communities, brain drain). Not measured by the evaluation: the baseline is to be set by the first DWCP desk review.',
    unitOfMeasure: '% of DWCPs sampled',
    measureType: 'percentage',
    cumulative: false,
    baseline: { value: null, date: null, source: seedCitation([12, 21], 'not measured') },
    meansOfVerification: DWCP_REVIEW,
    disaggregation: ILO_REGIONS,
  },
  {
    result: 'turinCourse',
    definition:
      'Sessions of the capacity-building course on labour migration for constituents delivered with the International Training Centre of the ILO, Turin, counted since the course began. Baseline: three annual sessions designed and delivered by MIGRANT with the centre.',
    unitOfMeasure: 'course sessions since the course began',
    measureType: 'number',
    cumulative: true,
    baseline: { value: 3, date: SEED_ISSUED, source: seedCitation(15) },
    targets: { '2010-11': 6, '2012-13': 8, '2014-15': 10 },
    finalTarget: 10,
    meansOfVerification: { source: 'Turin centre course records', method: 'Count of sessions delivered', frequency: 'Annual', collectedBy: 'ITC-ILO' },
    actuals: {
      '2010-11': { value: 6, date: FIRST_REPORT, evidence: 'Turin centre records: one session in 2009, 2010 and 2011 each.' },
    },
  },
  {
    result: 'technicalCooperation',
    definition:
      'Extra-budgetary resources mobilized by MIGRANT in a year, as a multiple of the 2004 level (2004 = 1). The evaluation gives only the ratio ("more than twelvefold between 2004 and 2008"), so the baseline of 12 is a floor; the illustrative targets hold at least that level while regular budget resources are sought (para. 15).',
    unitOfMeasure: 'multiple of the 2004 level',
    measureType: 'number',
    cumulative: false,
    baseline: { value: 12, date: SEED_ISSUED, source: seedCitation(15, 'more than twelvefold, 2004-08') },
    targets: { '2010-11': 12, '2012-13': 12, '2014-15': 12 },
    finalTarget: 12,
    meansOfVerification: {
      source: 'ILO technical cooperation approval records',
      method: 'Extra-budgetary approvals for MIGRANT projects in the year, divided by the 2004 total',
      frequency: 'Annual',
      collectedBy: 'MIGRANT',
    },
    actuals: {
      '2010-11': { value: 10.5, date: FIRST_REPORT, evidence: 'Extra-budgetary approvals for MIGRANT projects, average of 2010 and 2011, divided by the 2004 total.' },
    },
  },
  {
    result: 'statisticsModule',
    definition:
      'Countries that have applied the ILO module for the collection of labour migration statistics. The evaluation reports "a number of countries" without a count: the baseline is to be established.',
    unitOfMeasure: 'countries',
    measureType: 'number',
    cumulative: true,
    baseline: { value: null, date: null, source: seedCitation(16, 'no count given') },
    meansOfVerification: { source: 'National survey reports', method: 'Count of countries applying the module', frequency: 'Biennial', collectedBy: 'MIGRANT' },
    disaggregation: ILO_REGIONS,
  },
];

interface MeasureRefs {
  readonly results: Record<ResultKey, ResultId>;
  readonly periods: Record<PeriodLabel, ReportingPeriodId>;
}

export function buildIndicators(refs: MeasureRefs, randomHex: RandomHex): Indicator[] {
  const countByResult = new Map<ResultKey, number>();
  for (const spec of INDICATOR_SPECS) countByResult.set(spec.result, (countByResult.get(spec.result) ?? 0) + 1);
  const seen = new Map<ResultKey, number>();
  return INDICATOR_SPECS.map((spec) => {
    const index = seen.get(spec.result) ?? 0;
    seen.set(spec.result, index + 1);
    const targets: Record<ReportingPeriodId, number> = {};
    for (const [label, value] of Object.entries(spec.targets ?? {}) as [PeriodLabel, number][]) targets[refs.periods[label]] = value;
    const finalTarget = spec.finalTarget ?? null;
    const categoryTargets: Record<ReportingPeriodId, Record<string, number>> = {};
    for (const [label, byCategory] of Object.entries(spec.categoryTargets ?? {}) as [PeriodLabel, Record<string, number>][]) categoryTargets[refs.periods[label]] = { ...byCategory };
    const actuals: Record<ReportingPeriodId, Actual> = {};
    for (const [label, actual] of Object.entries(spec.actuals ?? {}) as [PeriodLabel, ActualSpec][]) {
      actuals[refs.periods[label]] = {
        value: actual.value,
        date: actual.date,
        evidence: `${ILLUSTRATIVE_NOTE}. ${actual.evidence}`,
        link: '',
        ...(actual.byCategory ? { byCategory: { ...actual.byCategory } } : {}),
      };
    }
    return {
      ...LIVE,
      id: makeId<IndicatorId>('indicator', randomHex),
      resultId: refs.results[spec.result],
      sortKey: spreadKeys(countByResult.get(spec.result)!)[index]!,
      definition: spec.definition,
      unitOfMeasure: spec.unitOfMeasure,
      measureType: spec.measureType,
      qualitativeStages: [...(spec.qualitativeStages ?? [])],
      direction: 'increase',
      cumulative: spec.cumulative,
      baseline: { ...spec.baseline },
      benchmark: { value: null, comparator: '' },
      targets,
      targetsNotApplicable: {},
      finalTarget,
      meansOfVerification: { ...spec.meansOfVerification },
      disaggregation: [...(spec.disaggregation ?? [])],
      ...(spec.categoryTargets ? { categoryTargets } : {}),
      actuals,
      // Every target and actual in the sample is invented, so having any makes the indicator illustrative.
      illustrative: Object.keys(targets).length > 0 || finalTarget !== null || Object.keys(actuals).length > 0,
    };
  });
}
