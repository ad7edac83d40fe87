/**
 * The sample plan: the ILO's Office-wide strategy on labour migration, 2010-15, built
 * from the independent evaluation of its strategy for the protection of migrant
 * workers, 2001-07 (the seed document). It is the strategy the evaluation found
 * missing, drafted as the Office undertook to draft it (paras 24-28).
 *
 * Ids come from the random source passed in, so each new sample has fresh ids and a
 * build is reproducible for a given random source and clock.
 */
import { nowIso, type Clock } from '../dates';
import {
  makeId,
  type ComponentId,
  type PlanData,
  type PlanId,
  type RandomHex,
  type ReportingPeriodId,
  type ResultId,
  type StrategicObjectiveId,
  type UnitId,
} from '../model';
import { idsByKey } from './build-context';
import { COMPONENT_CODES, type ComponentCode } from './components';
import { buildIndicators } from './measures';
import { buildMilestones } from './milestones';
import { buildSections } from './narrative';
import { OBJECTIVE_CODES, UNIT_KEYS, buildObjectives, buildUnits, type ObjectiveCode, type UnitKey } from './organisation';
import { buildPartners } from './partners';
import { PERIOD_LABELS, PLAN_END, PLAN_START, STATUS_DATE, buildPeriods, type PeriodLabel } from './periods';
import { buildResources } from './resources';
import { buildResponsibilities } from './responsibilities';
import { buildRisks } from './risks';
import { withActivitySpans } from './schedule';
import { buildComponents, buildResults, resultKeys, type ResultKey } from './structure';

export { seedCitation, cite, SEED_SHORT_TITLE, SEED_TITLE, ILLUSTRATIVE_NOTE } from './seed-source';

export const SAMPLE_PLAN_TITLE = 'Office-wide strategy on labour migration, 2010-15';
export const SAMPLE_ORGANISATION = 'International Labour Office';
export const SAMPLE_VERSION_LABEL = 'Draft 0.1';
/**
 * How the sample is identified in an IATI export: the ILO publishes to IATI as
 * "International Labour Organization" with the DAC multilateral code XM-DAC-41302
 * (organisation type 40, multilateral); the activity id is the strategy's own.
 */
export const SAMPLE_IATI = {
  reportingOrgRef: 'XM-DAC-41302',
  reportingOrgType: '40',
  reportingOrgName: 'International Labour Organization',
  activityId: 'XM-DAC-41302-MIGRATION-STRATEGY-2010-2015',
} as const;
const CURRENCY = 'USD';
const VERSION_LABEL_MAX = 100;

export interface SamplePlanOptions {
  readonly randomHex: RandomHex;
  readonly clock: Clock;
  /** This office's name: shown in the version label, so a copy says where it was made. */
  readonly officeName: string;
}

function versionLabel(officeName: string): string {
  const office = officeName.trim();
  if (!office) return SAMPLE_VERSION_LABEL;
  const room = VERSION_LABEL_MAX - SAMPLE_VERSION_LABEL.length - 3;
  return `${SAMPLE_VERSION_LABEL} (${office.slice(0, room)})`;
}

export function buildSamplePlan(options: SamplePlanOptions): PlanData {
  const { randomHex } = options;
  // Ids are drawn in a fixed order: the same random source gives the same plan.
  const planId = makeId<PlanId>('plan', randomHex);
  const periods = idsByKey<PeriodLabel, ReportingPeriodId>(PERIOD_LABELS, 'period', randomHex);
  const objectives = idsByKey<ObjectiveCode, StrategicObjectiveId>(OBJECTIVE_CODES, 'objective', randomHex);
  const units = idsByKey<UnitKey, UnitId>(UNIT_KEYS, 'unit', randomHex);
  const components = idsByKey<ComponentCode, ComponentId>(COMPONENT_CODES, 'component', randomHex);
  const results = idsByKey<ResultKey, ResultId>(resultKeys(), 'result', randomHex);

  const { risks, mitigations } = buildRisks({ results, units }, randomHex);
  return {
    plan: {
      id: planId,
      title: SAMPLE_PLAN_TITLE,
      organisation: SAMPLE_ORGANISATION,
      ownerUnitId: units.MIGRANT,
      periodStart: PLAN_START,
      periodEnd: PLAN_END,
      status: 'draft',
      versionLabel: versionLabel(options.officeName),
      templateId: 'organisation',
      currency: CURRENCY,
      createdAt: nowIso(options.clock),
      statusDate: STATUS_DATE,
      iati: { ...SAMPLE_IATI },
    },
    periods: buildPeriods(periods),
    components: buildComponents(components),
    results: withActivitySpans(buildResults({ results, components, objectives }), results),
    indicators: buildIndicators({ results, periods }, randomHex),
    milestones: buildMilestones(results, randomHex),
    risks,
    mitigations,
    units: buildUnits(units),
    responsibilities: buildResponsibilities({ results, units }, randomHex),
    partners: buildPartners(results, randomHex),
    objectives: buildObjectives(objectives),
    resources: buildResources({ results, periods }, CURRENCY, randomHex),
    sections: buildSections(randomHex),
  };
}
