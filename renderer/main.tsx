/**
 * Start-up: open the database, ask for persistent storage, make the store and the
 * translations, and render. Runs the same inside Electron and in a browser tab.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { systemClock } from '../shared/dates';
import { buildSamplePlan } from '../shared/sample';
import { App } from './app/App';
import { LanguageContext, languageControl, startLanguage } from './features/appsettings/language';
import { BackupRepository, DEFAULT_DATABASE_NAME, openDatabase, PlanRepository, requestPersistentStorage, SettingsRepository } from './db';
import { initI18n } from './i18n';
import { detectPlatform } from './platform';
import { MENU_COMMAND_EVENT } from './platform/events';
import { randomHex } from './platform/random';
import { createAppStore, StoreContext } from './store';
import { backUpBeforeUpgrade, readBeforeUpgrade, watchForRollingBackups } from './store/backupsSlice';
import { workerEngines } from './worker/engines';
import './styles.css';

async function start() {
  const db = openDatabase();
  const platform = detectPlatform({ backups: new BackupRepository(db, systemClock, () => randomHex().slice(0, 8)) });
  // Native menu commands reach the app as window events, like its own shortcuts.
  platform.onMenuCommand((id) => window.dispatchEvent(new CustomEvent(MENU_COMMAND_EVENT, { detail: id })));
  // Before the database is upgraded to this version's schema, every plan's stored document is
  // backed up: in Electron to the backups folder first; in a browser the backups live in the
  // database being upgraded, so they are written once it opened (the upgrade is one
  // transaction: if it fails, the database stays as it was and nothing is lost).
  const stored = await readBeforeUpgrade(DEFAULT_DATABASE_NAME).catch(() => null);
  if (stored && platform.backups?.location === 'folder') await backUpBeforeUpgrade(stored, platform.backups, systemClock).catch(() => []);
  if (stored && platform.backups?.location === 'browser') {
    const storage = platform.backups;
    await db.open().then(() => backUpBeforeUpgrade(stored, storage, systemClock)).catch(() => []);
  }
  const settings = new SettingsRepository(db);
  const store = createAppStore({
    plans: new PlanRepository(db, systemClock),
    settings,
    clock: systemClock,
    randomHex,
    platform,
    buildSample: buildSamplePlan,
    // Open plans' documents in a Web Worker; their view cache written 5 s after the last save (and on load and close).
    engines: workerEngines(),
    viewCacheDelayMs: 5000,
  });
  // The language chosen in Settings; on a first start (none chosen) the system's.
  const language = await startLanguage({ stored: () => settings.find('language'), systemLanguages: () => platform.systemLanguages?.() ?? Promise.resolve([]) });
  const i18n = await initI18n(language);
  // Electron's menu starts in the system's language: from now on it follows the app's.
  platform.setLanguage?.(language);
  const languages = languageControl({
    change: (next) => i18n.changeLanguage(next),
    store: (next) => settings.set('language', next),
    tellShell: (next) => platform.setLanguage?.(next),
    onStoreFailed: () => store.getState().notify({ tone: 'error', message: { key: 'languages.settings.notStored' } }),
  });
  void requestPersistentStorage();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <StoreContext.Provider value={store}>
          <LanguageContext.Provider value={languages}>
            <App />
          </LanguageContext.Provider>
        </StoreContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  );
  watchForRollingBackups(store);
  void store.getState().boot();
}

void start();
