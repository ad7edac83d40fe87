/** The app's frame: header, the current screen, notices, and the commands' bindings. */
import { useTranslation } from 'react-i18next';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { ExportHost } from '../features/export/ExportHost';
import { PlanWorkspace } from '../features/plan/PlanWorkspace';
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
  return (
    <div className="app">
      <Header />
      <main className="app-main" id="main">
        {screen === 'library' ? <LibraryScreen /> : <PlanWorkspace />}
      </main>
      {screen === 'plan' && <ExportHost />}
      <Notices />
    </div>
  );
}
