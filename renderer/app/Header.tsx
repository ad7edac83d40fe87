/** The top bar: where you are, undo and redo, plan files (open, save), export, whether your work is saved, and the app's settings. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppSettingsDialog } from '../features/appsettings/AppSettingsDialog';
import { tMessage } from '../i18n';
import { useApp } from '../store';
import { APP_SETTINGS_EVENT, EXPORT_EVENT, SAVE_PLAN_FILE_EVENT } from '../platform/events';
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
  const [settingsOpen, setSettingsOpen] = useState(false);
  // Edit > Settings… and Ctrl+, (useAppCommands) open the dialog through a window event.
  useEffect(() => {
    const open = () => setSettingsOpen(true);
    window.addEventListener(APP_SETTINGS_EVENT, open);
    return () => window.removeEventListener(APP_SETTINGS_EVENT, open);
  }, []);

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
        <button type="button" onClick={() => setSettingsOpen(true)} title={t('languages.settings.openHint')} aria-haspopup="dialog" aria-keyshortcuts="Control+,">
          {t('languages.settings.open')}
        </button>
      </div>
      {settingsOpen && <AppSettingsDialog onClose={() => setSettingsOpen(false)} />}
    </header>
  );
}
