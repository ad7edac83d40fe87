/**
 * First start: the app asks for this office's name before anything else, since every
 * change it makes is attributed to it. Continue (or Enter) names it and start-up goes on;
 * an empty or too long name is refused in place.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../store';
import { MAX_OFFICE_NAME } from '../../store/officeSlice';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import './planfiles.css';

export function OfficeNameDialog() {
  const { t } = useTranslation();
  const setOfficeName = useApp((s) => s.setOfficeName);
  const introId = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    const trimmed = name.trim();
    if (trimmed === '') {
      setError(t('planFiles.office.required'));
      return;
    }
    if (trimmed.length > MAX_OFFICE_NAME) {
      setError(t('planFiles.office.tooLong'));
      return;
    }
    setBusy(true);
    // On success start-up goes on and this dialog goes away; a storage error is a notice.
    const ok = await setOfficeName(trimmed);
    if (!ok) setBusy(false);
  };

  return (
    // Escape does not skip it: the app cannot work without the office's name.
    <Dialog title={t('planFiles.office.title')} onClose={() => undefined} describedBy={introId}>
      <form
        className="pf-office"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <p id={introId}>{t('planFiles.office.intro')}</p>
        <Field
          label={t('planFiles.office.label')}
          hint={t('planFiles.office.hint')}
          value={name}
          onChange={(v) => {
            setName(v);
            setError(undefined);
          }}
          error={error}
          autoComplete="organization"
          autoFocus
          required
        />
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={busy} aria-disabled={busy}>
            {t('planFiles.office.continue')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
