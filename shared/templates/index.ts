/**
 * Templates for new plans. A template sets the names of the results chain's levels and
 * the columns of the logframe matrix (and whether a new plan gets the strategy paper's
 * default sections); the data model stays one, so a plan can switch template at any time.
 * Names are i18n keys under `templates.`.
 */
import type { ResultLevel } from '../model';

export const TEMPLATE_IDS = ['blank', 'organisation', 'eu', 'dfid', 'un'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** Columns the logframe matrix can show, in the order a template lists them. */
export const MATRIX_COLUMNS = ['statement', 'indicators', 'baseline', 'targets', 'finalTarget', 'verification', 'assumptions', 'risks', 'partners', 'resources'] as const;
export type MatrixColumn = (typeof MATRIX_COLUMNS)[number];

export interface Template {
  readonly id: TemplateId;
  /** i18n keys of the level names. */
  readonly levels: Readonly<Record<ResultLevel, string>>;
  /** The matrix columns, in order, with the i18n key of each header. */
  readonly columns: readonly { readonly id: MatrixColumn; readonly label: string }[];
  /** Whether a new plan gets the strategy paper's default sections. */
  readonly defaultSections: boolean;
}

const ORGANISATION_LEVELS = {
  goal: 'templates.levels.goal',
  outcome: 'templates.levels.outcome',
  output: 'templates.levels.output',
  activity: 'templates.levels.activity',
} as const;

const col = (id: MatrixColumn, label = `templates.columns.${id}`) => ({ id, label });

export const TEMPLATES: Readonly<Record<TemplateId, Template>> = {
  blank: {
    id: 'blank',
    levels: ORGANISATION_LEVELS,
    columns: [col('statement'), col('indicators'), col('verification'), col('assumptions'), col('risks')],
    defaultSections: false,
  },
  organisation: {
    id: 'organisation',
    levels: ORGANISATION_LEVELS,
    columns: [col('statement'), col('indicators'), col('verification'), col('assumptions'), col('risks')],
    defaultSections: true,
  },
  eu: {
    id: 'eu',
    levels: {
      goal: 'templates.eu.levels.goal',
      outcome: 'templates.eu.levels.outcome',
      output: 'templates.eu.levels.output',
      activity: 'templates.eu.levels.activity',
    },
    columns: [
      col('statement', 'templates.eu.columns.statement'),
      col('indicators', 'templates.eu.columns.indicators'),
      col('verification', 'templates.eu.columns.verification'),
      col('assumptions'),
    ],
    defaultSections: true,
  },
  dfid: {
    id: 'dfid',
    levels: {
      goal: 'templates.dfid.levels.goal',
      outcome: 'templates.dfid.levels.outcome',
      output: 'templates.dfid.levels.output',
      activity: 'templates.dfid.levels.activity',
    },
    columns: [
      col('statement'),
      col('indicators', 'templates.dfid.columns.indicators'),
      col('baseline'),
      col('targets', 'templates.dfid.columns.targets'),
      col('finalTarget'),
      col('verification', 'templates.dfid.columns.verification'),
      col('assumptions'),
    ],
    defaultSections: true,
  },
  un: {
    id: 'un',
    levels: {
      goal: 'templates.un.levels.goal',
      outcome: 'templates.un.levels.outcome',
      output: 'templates.un.levels.output',
      activity: 'templates.un.levels.activity',
    },
    columns: [
      col('statement', 'templates.un.columns.statement'),
      col('indicators', 'templates.un.columns.indicators'),
      col('verification'),
      col('risks', 'templates.un.columns.risks'),
      col('partners', 'templates.un.columns.partners'),
      col('resources', 'templates.un.columns.resources'),
    ],
    defaultSections: true,
  },
};

export function isTemplateId(value: string): value is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(value);
}

/** The plan's template; an unknown id (a plan from a newer version) reads as the organisation's. */
export function templateOf(templateId: string): Template {
  return isTemplateId(templateId) ? TEMPLATES[templateId] : TEMPLATES.organisation;
}
