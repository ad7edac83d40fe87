// @vitest-environment happy-dom
/**
 * The app's Settings dialog (renderer/features/appsettings) in the header (renderer/app/Header.tsx):
 * opened by the header's button and by the Settings command's event; choosing a language
 * switches the whole interface at once (the dialog too, <html lang>) and stores it; the office
 * name is saved from there too.
 */
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Header } from '../../../renderer/app/Header';
import { LanguageContext, languageControl } from '../../../renderer/features/appsettings/language';
import { initI18n } from '../../../renderer/i18n';
import { APP_SETTINGS_EVENT } from '../../../renderer/platform/events';
import { catalogues, message, type UiLanguage } from '../../../shared/i18n';
import { renderInApp, settle } from '../screen-harness';
import { bootedApp, newEnv } from '../store/harness';

afterEach(cleanup);

const tr = (language: UiLanguage, key: string) => message(catalogues[language]!, key);

async function setup() {
  const app = await bootedApp(newEnv());
  const i18n = await initI18n('en');
  const tellShell = vi.fn();
  const control = languageControl({ change: (l) => i18n.changeLanguage(l), store: (l) => app.settings.set('language', l), tellShell, onStoreFailed: vi.fn() });
  renderInApp(
    app,
    i18n,
    <LanguageContext.Provider value={control}>
      <Header />
    </LanguageContext.Provider>,
  );
  return { app, i18n, tellShell };
}

describe('Settings dialog', () => {
  it('opens from the header, names each language in itself, and switches the whole interface at once', async () => {
    const { app, i18n, tellShell } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    const dialog = await screen.findByRole('dialog', { name: 'Settings' });
    expect(dialog).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'English' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('radio', { name: 'Français' })).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'Español' }));
    await settle(10);
    expect(i18n.language).toBe('es');
    expect(document.documentElement.lang).toBe('es');
    expect(tellShell).toHaveBeenCalledWith('es');
    expect(await app.settings.find('language')).toBe('es');
    // The dialog and the header are in Spanish now; the chooser still names each language in itself.
    expect(screen.getByRole('dialog', { name: tr('es', 'languages.settings.title') })).toBeTruthy();
    expect(screen.getByRole('button', { name: tr('es', 'languages.settings.open') })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Español' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('radio', { name: 'English' })).toBeTruthy();
  });

  it('opens on the Settings command (Edit > Settings…, Ctrl+,) and saves the office name', async () => {
    const { app } = await setup();
    act(() => void window.dispatchEvent(new CustomEvent(APP_SETTINGS_EVENT)));
    await screen.findByRole('dialog', { name: 'Settings' });
    const name = screen.getByRole('textbox', { name: tr('en', 'settings.officeName') });
    expect((name as HTMLInputElement).value).toBe('Test office');
    fireEvent.change(name, { target: { value: '  Dakar office ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await settle(10);
    expect(app.s().officeName).toBe('Dakar office');
    expect(await app.settings.get('officeName')).toBe('Dakar office');
    fireEvent.click(screen.getByRole('button', { name: tr('en', 'common.close') }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
