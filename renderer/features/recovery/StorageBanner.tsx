/**
 * When the open plan's changes cannot be stored (a full disk, a database closed under the
 * app, an I/O error), a banner says so above the screen, says the work is kept in this
 * window, and offers the action that recovers: retry the save, or reopen the database
 * and save (the storage layer reopens it on the next write). It goes once the save works.
 */
import { useTranslation } from 'react-i18next';
import { useApp } from '../../store';
import './recovery.css';

/** The storage failures that block saving, by their message key. */
const KINDS = {
  'storage.errors.quota': 'quota',
  'storage.errors.closed': 'closed',
  'storage.errors.unknown': 'unknown',
} as const;

type BlockingKind = (typeof KINDS)[keyof typeof KINDS];

function blockingKind(key: string | undefined): BlockingKind | null {
  return key !== undefined && key in KINDS ? KINDS[key as keyof typeof KINDS] : null;
}

export function StorageBanner() {
  const { t } = useTranslation();
  const failing = useApp((s) => (s.saveState === 'error' ? blockingKind(s.saveError?.key) : null));
  const flushSave = useApp((s) => s.flushSave);
  if (!failing) return null;
  return (
    <section className="storage-banner" role="alert" aria-label={t('recovery.bannerLabel')} data-storage-error={failing}>
      <div className="storage-banner-text">
        <strong>{t('recovery.title')}</strong>
        <p>{t(`recovery.${failing}.body`)}</p>
        <p>{t('recovery.kept')}</p>
      </div>
      <button type="button" className="primary" onClick={() => void flushSave()}>
        {t(`recovery.${failing}.action`)}
      </button>
    </section>
  );
}
