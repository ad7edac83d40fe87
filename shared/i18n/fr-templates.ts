import type { Catalogue } from './en';

/** English names of the templates, their levels and their matrix columns. */
export const templates: Catalogue['templates'] = {
  choose: 'Template',
  names: {
    blank: 'Blank',
    organisation: 'Organisation results chain',
    eu: 'EU logframe',
    dfid: 'DFID / FCDO logframe',
    un: 'UN results matrix',
  },
  descriptions: {
    blank: 'Goal, outcome, output, activity; no strategy paper sections.',
    organisation: 'Goal, outcome, output, activity, with the strategy paper’s default sections.',
    eu: 'Overall objective, specific objective, expected results, activities; intervention logic, objectively verifiable indicators, sources of verification, assumptions.',
    dfid: 'Impact, outcome, outputs, activities; indicator, baseline, milestones, target, source.',
    un: 'Results with indicators (baseline and target), means of verification, risks and assumptions, role of partners, indicative resources.',
  },
  levels: {
    goal: 'Goal',
    outcome: 'Outcome',
    output: 'Output',
    activity: 'Activity',
  },
  columns: {
    statement: 'Intervention logic',
    indicators: 'Indicators (baseline, targets)',
    baseline: 'Baseline',
    targets: 'Targets by period',
    finalTarget: 'Final target',
    verification: 'Means of verification',
    assumptions: 'Assumptions',
    risks: 'Risks',
    partners: 'Partners',
    resources: 'Resources',
  },
  eu: {
    levels: { goal: 'Overall objective', outcome: 'Specific objective', output: 'Expected result', activity: 'Activity' },
    columns: { statement: 'Intervention logic', indicators: 'Objectively verifiable indicators', verification: 'Sources of verification' },
  },
  dfid: {
    levels: { goal: 'Impact', outcome: 'Outcome', output: 'Output', activity: 'Activity' },
    columns: { indicators: 'Indicator', targets: 'Milestones', verification: 'Source' },
  },
  un: {
    levels: { goal: 'Impact', outcome: 'Outcome', output: 'Output', activity: 'Activity' },
    columns: { statement: 'Results', indicators: 'Indicators, baseline and target', risks: 'Risks and assumptions', partners: 'Role of partners', resources: 'Indicative resources' },
  },
};
