/** Level names as the plan's template calls them ("Overall objective" in an EU logframe). */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultLevel } from '../../shared/model';
import { templateOf } from '../../shared/templates';
import { useApp } from '../store';

export function useLevelName(): (level: ResultLevel) => string {
  const { t } = useTranslation();
  const templateId = useApp((s) => s.view?.plan.templateId ?? 'organisation');
  return useCallback((level: ResultLevel) => t(templateOf(templateId).levels[level]), [t, templateId]);
}
