/**
 * The Spanish message catalogue: exactly the English catalogue's keys (checked by the
 * type and by tests/shared/i18n), in Spanish.
 */
import type { Catalogue } from './en';
import { backups } from './es-backups';
import { changes } from './es-changes';
import { cli } from './es-cli';
import { conflicts } from './es-conflicts';
import { core } from './es-core';
import { dashboard } from './es-dashboard';
import { detail } from './es-detail';
import { excel } from './es-excel';
import { exportLanguage } from './es-export-language';
import { exportDoc, exportDialog } from './es-export';
import { historyScreen } from './es-history';
import { iati } from './es-iati';
import { indicators } from './es-indicators';
import { languages } from './es-languages';
import { matrix } from './es-matrix';
import { narrative } from './es-narrative';
import { partners } from './es-partners';
import { planFile } from './es-plan-file';
import { planFiles } from './es-plan-files';
import { planLanguages } from './es-plan-languages';
import { print } from './es-print';
import { quality } from './es-quality';
import { raci } from './es-raci';
import { recovery } from './es-recovery';
import { resources } from './es-resources';
import { risks } from './es-risks';
import { planSettings } from './es-settings';
import { structure } from './es-structure';
import { templates } from './es-templates';
import { timeline } from './es-timeline';
import { translation } from './es-translation';

export const es: Catalogue = {
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
