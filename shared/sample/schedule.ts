/**
 * When the sample's activities run: the timeline's activity spans. The seed dates the
 * frame, not the activities: the SPF 2010-15 as the timely opportunity (para. 28), the
 * programme and budget for 2012-13 as the next biennium (paras 6, 26), the undertakings
 * of the Office's comments of October 2008 to act on the recommendations (paras 24-27),
 * and work that goes on year after year (the Turin course, para. 15; support to member
 * States, paras 13-15). The dates below follow from that and are illustrative. Outputs,
 * outcomes and the goal carry no dates of their own: the timeline derives their spans
 * from their activities and milestones.
 */
import type { Result, ResultId } from '../model';
import type { ResultKey } from './structure';

type Span = readonly [start: string, end: string];

const WHOLE_PERIOD: Span = ['2010-01-01', '2015-12-31'];

export const ACTIVITY_SPANS: Readonly<Partial<Record<ResultKey, Span>>> = {
  // Recommendation 1: the strategy paper first, then the responsibilities it sets out.
  draftPaper: ['2010-01-04', '2010-03-31'],
  consultPaper: ['2010-04-01', '2010-06-15'],
  defineMigrantRole: ['2010-04-01', '2010-07-31'],
  agreeMatrix: ['2010-07-01', '2011-03-31'],
  costProposal: ['2010-09-01', '2011-01-31'],
  // Recommendation 2.
  mapMandates: ['2010-03-01', '2010-07-31'],
  draftCollaboration: ['2010-08-01', '2011-06-30'],
  agreeWithIom: ['2011-01-01', '2012-12-31'],
  gmgParticipation: WHOLE_PERIOD,
  // Recommendation 3: in time for the 2012-13 programme and budget, then every biennium.
  reviewPbCoverage: ['2010-01-04', '2010-06-30'],
  designMethod: ['2010-05-01', '2010-12-17'],
  applyMethod: ['2011-01-01', '2012-03-15'],
  reportImmediateOutcome: ['2010-01-01', '2015-12-31'],
  setBaselines: ['2010-03-01', '2011-06-30'],
  impactEvidence: ['2015-01-01', '2015-12-31'],
  // Standards (paras 12-14).
  respondRequests: WHOLE_PERIOD,
  updateProfiles: ['2010-04-01', '2013-12-31'],
  dwcpGuidance: ['2010-04-01', '2010-12-31'],
  dwcpReview: ['2011-09-01', '2015-12-31'],
  // Multilateral Framework (paras 9-10, 15).
  adviseGovernments: WHOLE_PERIOD,
  countPolicies: ['2010-01-01', '2010-12-31'],
  reviewRegional: ['2011-01-01', '2011-12-31'],
  // Migration and development, Recommendation 4 (paras 11, 21-22, 27).
  assessCostBenefit: ['2010-07-01', '2012-06-30'],
  advisoryCommittee: ['2010-10-01', '2011-06-10'],
  remittancePolicies: ['2011-01-01', '2015-12-31'],
  reintegration: ['2012-01-01', '2015-06-30'],
  transnational: ['2012-01-01', '2014-12-31'],
  brainDrain: ['2012-07-01', '2014-12-31'],
  analyseRights: ['2011-01-01', '2013-06-30'],
  socialPartnerTraining: WHOLE_PERIOD,
  fundProgrammes: ['2010-01-01', '2012-12-31'],
  skillsRecognition: ['2010-07-01', '2013-12-31'],
  // Capacity building (para. 15).
  reviseCurriculum: ['2010-01-04', '2010-06-30'],
  deliverCourse: ['2010-07-01', '2015-12-31'],
  mobiliseResources: WHOLE_PERIOD,
  involveSectors: WHOLE_PERIOD,
  // Knowledge base (para. 16).
  supportModule: ['2010-04-01', '2015-12-31'],
  modernizeDatabase: ['2010-01-04', '2012-06-30'],
  remittanceStudies: ['2010-07-01', '2012-12-31'],
};

/** The sample's results with their activity spans (results not listed keep no dates). */
export function withActivitySpans(results: Result[], ids: Record<ResultKey, ResultId>): Result[] {
  const spanOf = new Map<string, Span>();
  for (const [key, span] of Object.entries(ACTIVITY_SPANS) as [ResultKey, Span][]) spanOf.set(ids[key], span);
  return results.map((r) => {
    const span = spanOf.get(r.id);
    return span ? { ...r, startDate: span[0], endDate: span[1] } : r;
  });
}
