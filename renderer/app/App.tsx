/** The app's frame: header, the current screen, plan files, notices, and the commands' bindings; on first start, the office's name. */
import { useTranslation } from 'react-i18next';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { ExportHost } from '../features/export/ExportHost';
import { OfficeNameDialog } from '../features/planfiles/OfficeNameDialog';
import { PlanFilesHost } from '../features/planfiles/PlanFilesHost';
import { PlanWorkspace } from '../features/plan/PlanWorkspace';
import { StorageBanner } from '../features/recovery/StorageBanner';
import { useApp } from '../store';
import { Notices } from '../ui/Notices';
import { tMessage } from '../i18n';
import { Header } from './Header';
import { useAppCommands } from './useAppCommands';
import { usePageLifecycle } from './usePageLifecycle';

export function App() {
  const { t } = useTranslation();
  const booted = useApp((s) => s.booted);
  const bootError = useApp((s) => s.bootError);
  const officeNameNeeded = useApp((s) => s.officeNameNeeded);
  const screen = useApp((s) => s.route.screen);
  useAppCommands();
  usePageLifecycle();

  if (!booted) {
    return (
      <div className="boot" role="status">
        {t('boot.starting')}
      </div>
    );
  }
  if (bootError) {
    return (
      <div className="boot" role="alert">
        <p>{t('boot.failed', { reason: tMessage(t, bootError) })}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('boot.reload')}
        </button>
      </div>
    );
  }
  if (officeNameNeeded) {
    // First start: nothing but the question, since every change is attributed to the office.
    return (
      <div className="app app-first-start">
        <OfficeNameDialog />
        <Notices />
      </div>
    );
  }
  return (
    <div className="app">
      <Header />
      <StorageBanner />
      <main className="app-main" id="main">
        {screen === 'library' ? <LibraryScreen /> : <PlanWorkspace />}
      </main>
      {screen === 'plan' && <ExportHost />}
      <PlanFilesHost />
      <Notices />
    </div>
  );
}
