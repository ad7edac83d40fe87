/** Whether the open plan's work is stored, visible at all times; Retry after a failure. */
import { useTranslation } from 'react-i18next';
import { tMessage } from '../i18n';
import { useApp } from '../store';
import { formatTime } from './format';

/** Errors the storage banner explains in full (renderer/features/recovery/StorageBanner.tsx). */
const BANNER_KEYS = new Set(['storage.errors.quota', 'storage.errors.closed', 'storage.errors.unknown']);

export function SaveStatus() {
  const { t } = useTranslation();
  const stored = useApp((s) => s.saveState);
  const drafting = useApp((s) => s.drafts.length > 0);
  // Text still in an editor's draft is not saved yet, whatever the store has written.
  const state = drafting && stored === 'saved' ? 'unsaved' : stored;
  const lastSavedAt = useApp((s) => s.lastSavedAt);
  const error = useApp((s) => s.saveError);
  const flushSave = useApp((s) => s.flushSave);
  // Shown from the plan's view cache while its document loads: edits made meanwhile wait for it.
  const loading = useApp((s) => s.documentLoading);

  let text: string;
  // A storage failure the banner explains (StorageBanner) is only named here: the header has no room for it.
  if (state === 'error' && error && BANNER_KEYS.has(error.key)) text = t('save.failedSeeBanner');
  else if (state === 'error' && error) text = t('save.failed', { reason: tMessage(t, error) });
  else if (state === 'saving') text = t('save.saving');
  else if (state === 'unsaved') text = t('save.unsaved');
  else if (loading) text = t('save.loading');
  else text = lastSavedAt ? t('save.savedAt', { time: formatTime(lastSavedAt) }) : t('save.saved');

  return (
    <div className={`save-status save-${state}`} role="status" aria-label={t('save.statusLabel')} data-save-state={state}>
      <span className="save-dot" aria-hidden="true" />
      <span>{text}</span>
      {state === 'error' && (
        <button type="button" onClick={() => void flushSave()}>
          {/* A closed database is reopened by the next save: the button says what it does. */}
          {error?.key === 'storage.errors.closed' ? t('recovery.reopen') : t('common.retry')}
        </button>
      )}
    </div>
  );
}
