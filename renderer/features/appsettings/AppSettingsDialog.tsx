/**
 * The app's settings (not a plan's): the interface language, and this office's name (also
 * on a plan's Overview). A language takes effect at once, for the whole interface, and is
 * remembered for the next start. Each language is named in itself, so a reader who does not
 * read the current language still finds their own.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isUiLanguage, LANGUAGE_NAMES, UI_LANGUAGES } from '../../../shared/i18n';
import { useApp } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { useLanguageControl } from './language';
import './appsettings.css';

export function AppSettingsDialog({ onClose }: { readonly onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const control = useLanguageControl();
  const officeName = useApp((s) => s.officeName);
  const setOfficeName = useApp((s) => s.setOfficeName);
  const [office, setOffice] = useState(officeName);
  const [busy, setBusy] = useState(false);
  const languageHint = useId();
  const officeId = useId();
  const officeHint = useId();
  const current = isUiLanguage(i18n.language) ? i18n.language : 'en';

  const chooseLanguage = async (value: string) => {
    if (!isUiLanguage(value) || value === current || control === null) return;
    setBusy(true);
    await control.setLanguage(value);
    setBusy(false);
  };
  const saveOffice = async () => {
    if (office.trim() === officeName) return;
    if (await setOfficeName(office)) setOffice(office.trim());
  };

  return (
    <Dialog title={t('languages.settings.title')} onClose={onClose}>
      <fieldset className="appsettings-languages" aria-describedby={languageHint} disabled={control === null || busy}>
        <legend>{t('languages.settings.language')}</legend>
        {UI_LANGUAGES.map((language) => (
          <label key={language} className="appsettings-language" lang={language}>
            <input type="radio" name="ui-language" value={language} checked={current === language} onChange={(e) => void chooseLanguage(e.target.value)} />
            {LANGUAGE_NAMES[language]}
          </label>
        ))}
        <p id={languageHint} className="hint">
          {t('languages.settings.languageHint')}
        </p>
      </fieldset>
      <form
        className="form appsettings-office"
        onSubmit={(e) => {
          e.preventDefault();
          void saveOffice();
        }}
      >
        <div className="field">
          <label htmlFor={officeId}>{t('settings.officeName')}</label>
          <div className="appsettings-office-row">
            <input id={officeId} value={office} placeholder={t('overview.unnamedOffice')} aria-describedby={officeHint} onChange={(e) => setOffice(e.target.value)} />
            <button type="submit" disabled={office.trim() === officeName || office.trim() === ''}>
              {t('languages.settings.saveOffice')}
            </button>
          </div>
          <span id={officeHint} className="hint">
            {t('settings.officeHint')}
          </span>
        </div>
      </form>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
