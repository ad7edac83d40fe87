/** A blank plan's data: the plan's fields and its reporting periods (one per year). */
import { eachYearOfInterval, endOfYear, parseISO } from 'date-fns';
import { toIsoDate } from '../dates';
import { makeId, type NarrativeSection, type PlanData, type PlanId, type RandomHex, type ReportingPeriod } from '../model';

export interface BlankPlanOptions {
  readonly id: PlanId;
  readonly title: string;
  readonly organisation: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly createdAt: string;
  readonly randomHex: RandomHex;
  /** The template (level names, matrix columns); the organisation's by default. */
  readonly templateId?: string;
  /** Narrative sections the plan starts with (a template's defaults). */
  readonly sections?: readonly NarrativeSection[];
  /** The language the plan's texts are written in; absent: English (and the field is left out). */
  readonly language?: string;
}

/** Yearly reporting periods covering the plan period (the last one ends with the plan). */
export function yearlyPeriods(periodStart: string, periodEnd: string, randomHex: RandomHex): ReportingPeriod[] {
  const start = parseISO(periodStart);
  const end = parseISO(periodEnd);
  return eachYearOfInterval({ start, end }).map((yearStart, i) => {
    const from = i === 0 ? start : yearStart;
    const yearEnd = endOfYear(yearStart);
    const to = yearEnd > end ? end : yearEnd;
    return {
      id: makeId('period', randomHex),
      label: String(yearStart.getFullYear()),
      start: toIsoDate(from),
      end: toIsoDate(to),
      deletedAt: null,
      deletedBy: null,
    };
  });
}

export function blankPlanData(options: BlankPlanOptions): PlanData {
  return {
    plan: {
      id: options.id,
      title: options.title,
      organisation: options.organisation,
      ownerUnitId: null,
      periodStart: options.periodStart,
      periodEnd: options.periodEnd,
      status: 'draft',
      versionLabel: '',
      templateId: options.templateId ?? 'organisation',
      currency: 'USD',
      createdAt: options.createdAt,
      ...(options.language && options.language !== 'en' ? { language: options.language } : {}),
    },
    periods: yearlyPeriods(options.periodStart, options.periodEnd, options.randomHex),
    components: [],
    results: [],
    indicators: [],
    milestones: [],
    risks: [],
    mitigations: [],
    units: [],
    responsibilities: [],
    partners: [],
    objectives: [],
    resources: [],
    sections: [...(options.sections ?? [])],
  };
}
