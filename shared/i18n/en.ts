/**
 * The English message catalogue: every UI string, menu label and message of the app.
 * Keys are grouped by screen. Other languages (fr, es) must have exactly these keys.
 * Interpolation uses i18next's {{name}} syntax.
 */
import { dashboard } from './en-dashboard';
import { cli } from './en-cli';
import { detail } from './en-detail';
import { excel } from './en-excel';
import { exportDialog, exportDoc } from './en-export';
import { iati } from './en-iati';
import { planFile } from './en-plan-file';
import { planFiles } from './en-plan-files';
import { changes } from './en-changes';
import { conflicts } from './en-conflicts';
import { historyScreen } from './en-history';
import { backups } from './en-backups';
import { recovery } from './en-recovery';
import { print } from './en-print';
import { indicators } from './en-indicators';
import { matrix } from './en-matrix';
import { narrative } from './en-narrative';
import { partners } from './en-partners';
import { quality } from './en-quality';
import { raci } from './en-raci';
import { resources } from './en-resources';
import { risks } from './en-risks';
import { planSettings } from './en-settings';
import { structure } from './en-structure';
import { templates } from './en-templates';
import { timeline } from './en-timeline';
import { core } from './en-core';
import { languages } from './en-languages';
import { translation } from './en-translation';
import { planLanguages } from './en-plan-languages';
import { exportLanguage } from './en-export-language';


export const en = {
  matrix,
  narrative,
  quality,
  detail,
  templates,
  dashboard,
  indicators,
  risks,
  timeline,
  raci,
  resources,
  partners,
  planSettings,
  structure,
  exportDoc,
  exportDialog,
  excel,
  print,
  iati,
  cli,
  planFile,
  planFiles,
  changes,
  conflicts,
  historyScreen,
  backups,
  recovery,
  languages,
  translation,
  planLanguages,
  exportLanguage,
  ...core,
} as const;

/** A catalogue with the same shape as the English one, for other languages. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Catalogue = Widen<typeof en>;
/** The app-wide part (en-core.ts), for the other languages' copies of it. */
export type CoreCatalogue = Widen<typeof core>;
