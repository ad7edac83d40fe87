/** The top bar: where you are, undo and redo, plan files (open, save), export, and whether your work is saved. */
import { useTranslation } from 'react-i18next';
import { tMessage } from '../i18n';
import { useApp } from '../store';
import { EXPORT_EVENT, SAVE_PLAN_FILE_EVENT } from '../platform/events';
import { SaveStatus } from '../ui/SaveStatus';
import './header.css';

export function Header() {
  const { t } = useTranslation();
  const screen = useApp((s) => s.route.screen);
  const title = useApp((s) => s.view?.plan.title);
  const goToLibrary = useApp((s) => s.goToLibrary);
  const canUndo = useApp((s) => s.canUndo);
  const canRedo = useApp((s) => s.canRedo);
  const undoLabel = useApp((s) => s.undoLabel);
  const redoLabel = useApp((s) => s.redoLabel);
  const undo = useApp((s) => s.undo);
  const redo = useApp((s) => s.redo);
  const openPlanFileDialog = useApp((s) => s.openPlanFileDialog);
  const planFileBusy = useApp((s) => s.planFileBusy);

  const undoText = undoLabel ? t('common.undoWhat', { what: tMessage(t, undoLabel) }) : t('common.nothingToUndo');
  const redoText = redoLabel ? t('common.redoWhat', { what: tMessage(t, redoLabel) }) : t('common.nothingToRedo');

  return (
    <header className="app-header">
      <nav aria-label={t('nav.main')} className="app-header-nav">
        <span className="app-name">{t('app.name')}</span>
        <button type="button" className="link-button" aria-current={screen === 'library' ? 'page' : undefined} onClick={() => void goToLibrary()}>
          {t('nav.library')}
        </button>
        {screen === 'plan' && title !== undefined && (
          <span className="app-header-plan" title={title}>
            {title}
          </span>
        )}
      </nav>
      <div className="app-header-tools">
        {screen === 'plan' && (
          <>
            <button type="button" onClick={() => void undo()} disabled={!canUndo} title={undoText} aria-label={undoText} aria-keyshortcuts="Control+Z">
              {t('common.undo')}
            </button>
            <button type="button" onClick={() => void redo()} disabled={!canRedo} title={redoText} aria-label={redoText} aria-keyshortcuts="Control+Shift+Z">
              {t('common.redo')}
            </button>
          </>
        )}
        <button type="button" onClick={() => void openPlanFileDialog()} disabled={planFileBusy !== null} title={t('planFiles.openHint')} aria-keyshortcuts="Control+O">
          {t('planFiles.open')}
        </button>
        {screen === 'plan' && (
          <>
            <button type="button" onClick={() => window.dispatchEvent(new CustomEvent(SAVE_PLAN_FILE_EVENT))} disabled={planFileBusy !== null} title={t('planFiles.saveHint')} aria-keyshortcuts="Control+S">
              {t('planFiles.save')}
            </button>
            <button type="button" onClick={() => window.dispatchEvent(new CustomEvent(EXPORT_EVENT))} title={t('exportDialog.openHint')} aria-keyshortcuts="Control+Shift+E">
              {t('exportDialog.open')}
            </button>
            <SaveStatus />
          </>
        )}
      </div>
    </header>
  );
}
