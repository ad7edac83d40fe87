/**
 * Who is responsible for what (Recommendation 1, para. 18): the plan's RACI matrix.
 * Every outcome has exactly one accountable unit. MIGRANT leads most (para. 5), but
 * responsibilities are shared across the Office (para. 24): standards with the
 * Standards sector, migration and development with the Employment Sector, social
 * partners with the Social Dialogue Sector. Some activities have no unit of their own:
 * their output's accountable unit answers for them.
 *
 * The draft is honest about what is not settled. The evaluation found insufficient
 * internal coordination (para. 17), and the Office undertook to identify the
 * responsibilities of sectors and regions (para. 24), which output 1.1.2 of this plan
 * delivers. Until then two results show the gap, and the quality check and the
 * responsibility matrix flag them: nobody is accountable yet for the regional
 * strategies, which the regional offices apply with MIGRANT's technical backstopping
 * (para. 9); and both MIGRANT and the Employment Sector are marked accountable for
 * research, which each commissions (paras 11 and 16).
 *
 * Where a unit both answers for a result and does the work, it is listed as accountable
 * and as responsible (A/R), as written before one role per unit; the responsibility
 * matrix shows the pair, and choosing one role there replaces both (a lone A is read
 * as A/R by the quality check).
 */
import {
  makeId,
  type RaciRole,
  type RandomHex,
  type Responsibility,
  type ResponsibilityId,
  type ResultId,
  type UnitId,
} from '../model';
import { LIVE } from './build-context';
import { REGIONAL_OFFICES, type UnitKey } from './organisation';
import type { ResultKey } from './structure';

type Row = readonly [result: ResultKey, unit: UnitKey, role: RaciRole];

const regions = (result: ResultKey, role: RaciRole): Row[] => REGIONAL_OFFICES.map((unit) => [result, unit, role] as const);

export const RESPONSIBILITY_ROWS: readonly Row[] = [
  ['goal', 'MIGRANT', 'A'],
  ['goal', 'NORM', 'R'],
  ['goal', 'EMP', 'R'],
  ['goal', 'PROTECT', 'R'],
  ['goal', 'DIALOGUE', 'R'],

  // Recommendation 1: the strategy.
  ['strategy', 'MIGRANT', 'A'],
  ['strategy', 'MIGRANT', 'R'],
  ['strategy', 'PROGRAM', 'C'],
  ['strategy', 'NORM', 'C'],
  ['strategy', 'EMP', 'C'],
  ['strategy', 'DIALOGUE', 'C'],
  ...regions('strategy', 'C'),
  ['strategy', 'ITC', 'I'],
  ['strategyPaper', 'MIGRANT', 'A'],
  ['strategyPaper', 'MIGRANT', 'R'],
  ['draftPaper', 'MIGRANT', 'R'],
  ['consultPaper', 'MIGRANT', 'R'],
  ['responsibilityMatrix', 'MIGRANT', 'A'],
  ['responsibilityMatrix', 'PROGRAM', 'R'],
  ['defineMigrantRole', 'MIGRANT', 'R'],
  ['regularBudget', 'PROGRAM', 'A'],
  ['regularBudget', 'MIGRANT', 'R'],
  ['costProposal', 'MIGRANT', 'R'],

  // Recommendation 2: collaboration.
  ['collaboration', 'MIGRANT', 'A'],
  ['collaboration', 'MIGRANT', 'R'],
  ['collaboration', 'NORM', 'C'],
  ['collaboration', 'EMP', 'C'],
  ['collaborationStrategy', 'MIGRANT', 'A'],
  ['collaborationStrategy', 'MIGRANT', 'R'],
  ['mapMandates', 'MIGRANT', 'R'],
  ['exAnteOutcomes', 'MIGRANT', 'A'],
  ['exAnteOutcomes', 'MIGRANT', 'R'],
  ['gmgParticipation', 'MIGRANT', 'R'],

  // Recommendation 3: goals under every strategic objective.
  ['crossCutting', 'MIGRANT', 'A'],
  ['crossCutting', 'MIGRANT', 'R'],
  ['crossCutting', 'PROGRAM', 'R'],
  ['crossCutting', 'NORM', 'C'],
  ['crossCutting', 'EMP', 'C'],
  ['crossCutting', 'DIALOGUE', 'C'],
  ...regions('crossCutting', 'I'),
  ['pbMethod', 'MIGRANT', 'A'],
  ['pbMethod', 'PROGRAM', 'R'],
  ['reviewPbCoverage', 'MIGRANT', 'R'],
  ['designMethod', 'PROGRAM', 'R'],
  ['applyMethod', 'PROGRAM', 'R'],
  ['resourceTracking', 'PROGRAM', 'A'],
  ['resourceTracking', 'PROGRAM', 'R'],
  ['reportImmediateOutcome', 'PROGRAM', 'R'],
  ['outcomeStrategy', 'MIGRANT', 'A'],
  ['outcomeStrategy', 'MIGRANT', 'R'],
  ['setBaselines', 'MIGRANT', 'R'],

  // Standards.
  ['standards', 'NORM', 'A'],
  ['standards', 'NORM', 'R'],
  ['standards', 'MIGRANT', 'R'],
  ...regions('standards', 'R'),
  ['ratificationSupport', 'NORM', 'A'],
  ['ratificationSupport', 'MIGRANT', 'R'],
  ['respondRequests', 'MIGRANT', 'R'],
  ['legislativeProfiles', 'MIGRANT', 'A'],
  ['legislativeProfiles', 'MIGRANT', 'R'],
  ['legislativeProfiles', 'NORM', 'C'],
  ['updateProfiles', 'MIGRANT', 'R'],
  ['dwcpStandards', 'MIGRANT', 'A'],
  ...regions('dwcpStandards', 'R'),
  ['dwcpGuidance', 'MIGRANT', 'R'],
  ['dwcpReview', 'MIGRANT', 'R'],

  // Multilateral Framework and policies.
  ['mflmPolicies', 'MIGRANT', 'A'],
  ...regions('mflmPolicies', 'R'),
  ['mflmPolicies', 'NORM', 'C'],
  ['policyAdvice', 'MIGRANT', 'A'],
  ['policyAdvice', 'MIGRANT', 'R'],
  ['adviseGovernments', 'MIGRANT', 'R'],
  // Not settled: see the header (para. 24). The activity under it has no unit either.
  ['regionalStrategies', 'MIGRANT', 'C'],
  ...regions('regionalStrategies', 'R'),

  // Migration and development (Recommendation 4).
  ['development', 'EMP', 'A'],
  ['development', 'EMP', 'R'],
  ['development', 'MIGRANT', 'R'],
  ['development', 'DIALOGUE', 'C'],
  ...regions('development', 'I'),
  ['costBenefit', 'EMP', 'A'],
  ['costBenefit', 'MIGRANT', 'R'],
  ['advisoryCommittee', 'MIGRANT', 'R'],
  ['remittances', 'EMP', 'A'],
  ['remittances', 'EMP', 'R'],
  ['reintegration', 'EMP', 'R'],
  ['diaspora', 'MIGRANT', 'A'],
  ['diaspora', 'MIGRANT', 'R'],
  ['rightsDevelopment', 'MIGRANT', 'A'],
  ['rightsDevelopment', 'MIGRANT', 'R'],
  ['rightsDevelopment', 'NORM', 'C'],
  ['socialPartners', 'DIALOGUE', 'A'],
  ['socialPartners', 'DIALOGUE', 'R'],
  ['socialPartners', 'ITC', 'R'],
  ['socialPartnerTraining', 'DIALOGUE', 'R'],
  ['youthFund', 'EMP', 'A'],
  ['youthFund', 'EMP', 'R'],
  ['youthFund', 'MIGRANT', 'R'],
  ['fundProgrammes', 'EMP', 'R'],

  // Capacity building.
  ['capacity', 'MIGRANT', 'A'],
  ['capacity', 'MIGRANT', 'R'],
  ['capacity', 'ITC', 'R'],
  ['capacity', 'DIALOGUE', 'C'],
  ['turinCourse', 'MIGRANT', 'A'],
  ['turinCourse', 'ITC', 'R'],
  ['reviseCurriculum', 'MIGRANT', 'R'],
  ['deliverCourse', 'ITC', 'R'],
  ['technicalCooperation', 'MIGRANT', 'A'],
  ['technicalCooperation', 'MIGRANT', 'R'],
  ['technicalCooperation', 'EMP', 'R'],
  ['technicalCooperation', 'DIALOGUE', 'R'],
  ['mobiliseResources', 'MIGRANT', 'R'],

  // Knowledge base.
  ['knowledge', 'MIGRANT', 'A'],
  ['knowledge', 'MIGRANT', 'R'],
  ['knowledge', 'EMP', 'C'],
  ...regions('knowledge', 'I'),
  ['statisticsModule', 'MIGRANT', 'A'],
  ['statisticsModule', 'MIGRANT', 'R'],
  ['migrationDatabase', 'MIGRANT', 'A'],
  ['migrationDatabase', 'MIGRANT', 'R'],
  // Not settled: two accountable units, see the header (paras 11 and 16).
  ['research', 'MIGRANT', 'A'],
  ['research', 'MIGRANT', 'R'],
  ['research', 'EMP', 'A'],
];

interface ResponsibilityRefs {
  readonly results: Record<ResultKey, ResultId>;
  readonly units: Record<UnitKey, UnitId>;
}

export function buildResponsibilities(refs: ResponsibilityRefs, randomHex: RandomHex): Responsibility[] {
  return RESPONSIBILITY_ROWS.map(([result, unit, role]) => ({
    ...LIVE,
    id: makeId<ResponsibilityId>('responsibility', randomHex),
    unitId: refs.units[unit],
    resultId: refs.results[result],
    role,
  }));
}
