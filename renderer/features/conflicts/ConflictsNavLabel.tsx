/**
 * The Conflicts item of the plan's navigation: "Conflicts (3)" while the plan holds
 * conflicts. The count is the last read's: the plan is read when it opens and after each
 * import applied or undone (only a merge brings conflicts), and while the Conflicts
 * screen is shown after every change (ConflictsScreen).
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../store';
import { conflictCount } from '../../store/conflictsSlice';

export function ConflictsNavLabel() {
  const { t } = useTranslation();
  const count = useApp(conflictCount);
  const planId = useApp((s) => (s.openStatus === 'ready' ? s.openPlanId : null));
  const lastImport = useApp((s) => (s.imports[0] ? `${s.imports[0].id}:${s.imports[0].undoneAt ?? ''}` : ''));
  const loadConflicts = useApp((s) => s.loadConflicts);
  useEffect(() => {
    if (planId) void loadConflicts();
  }, [planId, lastImport, loadConflicts]);
  return <>{count ? t('conflicts.navCount', { count }) : t('nav.conflicts')}</>;
}
