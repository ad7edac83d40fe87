/**
 * Milestones: dated steps the evaluation and the Office's comments point to (paras 24-28),
 * with their status as of the sample's status date, 31 January 2012 (periods.ts). The
 * seed dates none of them: due dates follow the undertakings it records (a strategy
 * paper, responsibilities, a collaboration strategy, goals under every strategic
 * objective in the programme and budget, baselines) and the ILO's biennial cycle, and the
 * completion dates are illustrative. Some were done on time, some late, some are overdue,
 * as the evaluation's findings on implementation would lead one to expect (para. 17), and
 * two fall due in the next 90 days.
 */
import { makeId, type Milestone, type MilestoneId, type RandomHex, type ResultId } from '../model';
import { LIVE } from './build-context';
import type { ResultKey } from './structure';

export interface MilestoneSpec {
  readonly result: ResultKey;
  readonly title: string;
  readonly dueDate: string;
  readonly status: Milestone['status'];
  /** Set for done milestones, on or before the status date. */
  readonly completedDate?: string;
}

export const MILESTONE_SPECS: readonly MilestoneSpec[] = [
  // Recommendation 1 (paras 18, 24): the strategy paper and responsibilities.
  { result: 'strategyPaper', title: 'Draft strategy paper circulated to sectors and regional offices for comment', dueDate: '2010-03-31', status: 'done', completedDate: '2010-04-16' },
  { result: 'strategyPaper', title: 'Office-wide strategy paper on labour migration adopted', dueDate: '2010-06-30', status: 'done', completedDate: '2010-09-14' },
  { result: 'responsibilityMatrix', title: 'Responsibilities of sectors, regions and MIGRANT agreed', dueDate: '2010-09-30', status: 'in_progress' },
  { result: 'regularBudget', title: 'Costed proposal for regular budget resources and staff submitted for the 2012-13 programme and budget', dueDate: '2011-01-31', status: 'done', completedDate: '2011-02-25' },
  // Recommendation 2 (paras 19, 25): collaboration with other organisations.
  { result: 'collaborationStrategy', title: 'Strategy for collaboration with other international organisations agreed', dueDate: '2010-12-31', status: 'in_progress' },
  // Recommendation 3 (paras 20, 26): goals under every strategic objective, resources tracked.
  { result: 'pbMethod', title: 'MIGRANT and PROGRAM method introduced for the 2012-13 programme and budget proposals', dueDate: '2010-12-31', status: 'done', completedDate: '2010-12-17' },
  { result: 'pbMethod', title: 'Programme and budget for 2012-13 adopted with labour migration goals under each strategic objective', dueDate: '2011-06-30', status: 'done', completedDate: '2011-06-17' },
  { result: 'pbMethod', title: 'Labour migration work tagged by strategic objective in the outcome-based workplans for 2012-13', dueDate: '2012-03-15', status: 'in_progress' },
  { result: 'resourceTracking', title: 'Implementation report for 2010-11 gives resources for labour migration by sector and funding source', dueDate: '2012-03-31', status: 'planned' },
  { result: 'outcomeStrategy', title: "Baselines established for all of this plan's indicators", dueDate: '2010-12-31', status: 'planned' },
  { result: 'outcomeStrategy', title: 'Mid-term review of the plan against its indicators', dueDate: '2013-06-30', status: 'planned' },
  { result: 'pbMethod', title: 'Programme and budget proposals for 2014-15 identify labour migration goals under each strategic objective', dueDate: '2013-03-31', status: 'planned' },
  // Recommendation 4 (paras 21-22, 27) and the component areas (paras 12-16).
  { result: 'costBenefit', title: 'Decision on an Advisory Committee on Labour Migration and Development, after evaluating its implications', dueDate: '2011-06-30', status: 'done', completedDate: '2011-06-10' },
  { result: 'dwcpStandards', title: 'First repeat of the DWCP desk review completed', dueDate: '2011-12-31', status: 'done', completedDate: '2012-01-20' },
  { result: 'turinCourse', title: '2011 session of the capacity-building course delivered with the Turin centre', dueDate: '2011-11-30', status: 'done', completedDate: '2011-11-25' },
  { result: 'migrationDatabase', title: 'Modernized International Labour Migration database released', dueDate: '2011-12-31', status: 'in_progress' },
];

export function buildMilestones(results: Record<ResultKey, ResultId>, randomHex: RandomHex): Milestone[] {
  return MILESTONE_SPECS.map((spec) => ({
    ...LIVE,
    id: makeId<MilestoneId>('milestone', randomHex),
    resultId: results[spec.result],
    title: spec.title,
    dueDate: spec.dueDate,
    status: spec.status,
    completedDate: spec.completedDate ?? null,
  }));
}
