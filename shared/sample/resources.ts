/**
 * Resources by result, biennium and funding source. The evaluation gives no amounts
 * (expenditure by sector is "nearly impossible to obtain", para. 6), so every figure
 * here is illustrative and says so in its note; the split between regular budget and
 * extra-budgetary funds mirrors para. 15 (extra-budgetary funds grew, regular budget
 * did not follow). Regular budget lines of a biennium whose programme and budget was
 * adopted by the sample's status date (January 2012) are secured; later ones planned, so the
 * funding gap shows in every biennium. Every strategic objective is served by at least one
 * result as its principal objective (the social partners' output for SO4).
 */
import {
  makeId,
  type RandomHex,
  type ReportingPeriodId,
  type ResourceAllocation,
  type ResourceAllocationId,
  type ResultId,
} from '../model';
import { LIVE } from './build-context';
import type { PeriodLabel } from './periods';
import { ILLUSTRATIVE_NOTE } from './seed-source';
import type { ResultKey } from './structure';

interface AllocationSpec {
  readonly result: ResultKey;
  readonly period: PeriodLabel;
  readonly source: ResourceAllocation['source'];
  readonly amount: number;
  readonly status: ResourceAllocation['status'];
  /** Why the line exists, after the illustrative marker. */
  readonly why?: string;
}

export const ALLOCATION_SPECS: readonly AllocationSpec[] = [
  { result: 'strategyPaper', period: '2010-11', source: 'regular_budget', amount: 80_000, status: 'secured' },
  { result: 'regularBudget', period: '2012-13', source: 'regular_budget', amount: 1_200_000, status: 'planned', why: 'the proposal Recommendation 1 calls for' },
  { result: 'collaborationStrategy', period: '2010-11', source: 'regular_budget', amount: 50_000, status: 'planned' },
  { result: 'pbMethod', period: '2010-11', source: 'regular_budget', amount: 40_000, status: 'planned' },
  { result: 'ratificationSupport', period: '2010-11', source: 'regular_budget', amount: 300_000, status: 'secured' },
  { result: 'ratificationSupport', period: '2012-13', source: 'regular_budget', amount: 300_000, status: 'secured', why: 'the 2012-13 programme and budget is adopted' },
  { result: 'ratificationSupport', period: '2014-15', source: 'regular_budget', amount: 300_000, status: 'planned' },
  { result: 'legislativeProfiles', period: '2010-11', source: 'regular_budget', amount: 120_000, status: 'planned' },
  { result: 'policyAdvice', period: '2010-11', source: 'extra_budgetary', amount: 900_000, status: 'secured' },
  { result: 'remittances', period: '2012-13', source: 'extra_budgetary', amount: 750_000, status: 'planned' },
  { result: 'socialPartners', period: '2010-11', source: 'regular_budget', amount: 120_000, status: 'secured' },
  { result: 'socialPartners', period: '2012-13', source: 'regular_budget', amount: 120_000, status: 'secured', why: 'the 2012-13 programme and budget is adopted' },
  { result: 'socialPartners', period: '2012-13', source: 'extra_budgetary', amount: 180_000, status: 'planned', why: 'courses with the Turin centre' },
  { result: 'socialPartners', period: '2014-15', source: 'regular_budget', amount: 120_000, status: 'planned' },
  { result: 'youthFund', period: '2010-11', source: 'extra_budgetary', amount: 1_500_000, status: 'secured', why: 'Spain–UNDP Fund' },
  { result: 'turinCourse', period: '2010-11', source: 'extra_budgetary', amount: 250_000, status: 'secured' },
  { result: 'turinCourse', period: '2010-11', source: 'regular_budget', amount: 60_000, status: 'planned' },
  { result: 'turinCourse', period: '2014-15', source: 'regular_budget', amount: 60_000, status: 'planned' },
  { result: 'technicalCooperation', period: '2010-11', source: 'extra_budgetary', amount: 4_000_000, status: 'secured' },
  { result: 'technicalCooperation', period: '2012-13', source: 'extra_budgetary', amount: 2_500_000, status: 'secured', why: 'projects signed with donors by the status date' },
  { result: 'technicalCooperation', period: '2012-13', source: 'extra_budgetary', amount: 1_500_000, status: 'planned' },
  { result: 'technicalCooperation', period: '2014-15', source: 'extra_budgetary', amount: 4_500_000, status: 'planned' },
  { result: 'migrationDatabase', period: '2010-11', source: 'regular_budget', amount: 150_000, status: 'planned' },
  { result: 'statisticsModule', period: '2012-13', source: 'extra_budgetary', amount: 400_000, status: 'planned' },
  { result: 'statisticsModule', period: '2014-15', source: 'extra_budgetary', amount: 400_000, status: 'planned' },
];

interface ResourceRefs {
  readonly results: Record<ResultKey, ResultId>;
  readonly periods: Record<PeriodLabel, ReportingPeriodId>;
}

export function buildResources(refs: ResourceRefs, currency: string, randomHex: RandomHex): ResourceAllocation[] {
  return ALLOCATION_SPECS.map((spec) => ({
    ...LIVE,
    id: makeId<ResourceAllocationId>('resource', randomHex),
    resultId: refs.results[spec.result],
    periodId: refs.periods[spec.period],
    source: spec.source,
    amount: spec.amount,
    currency,
    status: spec.status,
    note: spec.why ? `${ILLUSTRATIVE_NOTE}; ${spec.why}` : ILLUSTRATIVE_NOTE,
  }));
}
