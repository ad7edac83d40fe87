/**
 * The French message catalogue: exactly the English catalogue's keys (checked by the
 * type and by tests/shared/i18n), in French.
 */
import type { Catalogue } from './en';
import { backups } from './fr-backups';
import { changes } from './fr-changes';
import { cli } from './fr-cli';
import { conflicts } from './fr-conflicts';
import { core } from './fr-core';
import { dashboard } from './fr-dashboard';
import { detail } from './fr-detail';
import { excel } from './fr-excel';
import { exportLanguage } from './fr-export-language';
import { exportDoc, exportDialog } from './fr-export';
import { historyScreen } from './fr-history';
import { iati } from './fr-iati';
import { indicators } from './fr-indicators';
import { languages } from './fr-languages';
import { matrix } from './fr-matrix';
import { narrative } from './fr-narrative';
import { partners } from './fr-partners';
import { planFile } from './fr-plan-file';
import { planFiles } from './fr-plan-files';
import { planLanguages } from './fr-plan-languages';
import { print } from './fr-print';
import { quality } from './fr-quality';
import { raci } from './fr-raci';
import { recovery } from './fr-recovery';
import { resources } from './fr-resources';
import { risks } from './fr-risks';
import { planSettings } from './fr-settings';
import { structure } from './fr-structure';
import { templates } from './fr-templates';
import { timeline } from './fr-timeline';
import { translation } from './fr-translation';

export const fr: Catalogue = {
  backups,
  changes,
  cli,
  conflicts,
  dashboard,
  detail,
  excel,
  exportLanguage,
  exportDoc,
  exportDialog,
  historyScreen,
  iati,
  indicators,
  languages,
  matrix,
  narrative,
  partners,
  planFile,
  planFiles,
  planLanguages,
  print,
  quality,
  raci,
  recovery,
  resources,
  risks,
  planSettings,
  structure,
  templates,
  timeline,
  translation,
  ...core,
};
