/**
 * Milestones: dated steps the evaluation and the Office's comments point to (paras 24-28).
 */
import { makeId, type Milestone, type MilestoneId, type RandomHex, type ResultId } from '../model';
import { LIVE } from './build-context';
import type { ResultKey } from './structure';

/** Dated steps the evaluation and the Office's comments point to (paras 24-28). */
export const MILESTONE_SPECS: readonly { result: ResultKey; title: string; dueDate: string }[] = [
  { result: 'strategyPaper', title: 'Draft strategy paper circulated to sectors and regional offices for comment', dueDate: '2010-03-31' },
  { result: 'strategyPaper', title: 'Office-wide strategy paper on labour migration adopted', dueDate: '2010-06-30' },
  { result: 'responsibilityMatrix', title: 'Responsibilities of sectors, regions and MIGRANT agreed', dueDate: '2010-09-30' },
  { result: 'collaborationStrategy', title: 'Strategy for collaboration with other international organisations agreed', dueDate: '2010-12-31' },
  { result: 'pbMethod', title: 'MIGRANT and PROGRAM method introduced for the 2012-13 programme and budget proposals', dueDate: '2010-12-31' },
  { result: 'outcomeStrategy', title: "Baselines established for all of this plan's indicators", dueDate: '2010-12-31' },
  { result: 'costBenefit', title: 'Decision on an Advisory Committee on Labour Migration and Development, after evaluating its implications', dueDate: '2011-06-30' },
  { result: 'dwcpStandards', title: 'First repeat of the DWCP desk review completed', dueDate: '2011-12-31' },
  { result: 'migrationDatabase', title: 'Modernized International Labour Migration database released', dueDate: '2011-12-31' },
  { result: 'outcomeStrategy', title: 'Mid-term review of the plan against its indicators', dueDate: '2013-06-30' },
];

export function buildMilestones(results: Record<ResultKey, ResultId>, randomHex: RandomHex): Milestone[] {
  return MILESTONE_SPECS.map((spec) => ({
    ...LIVE,
    id: makeId<MilestoneId>('milestone', randomHex),
    resultId: results[spec.result],
    title: spec.title,
    dueDate: spec.dueDate,
    status: 'planned',
    completedDate: null,
  }));
}
