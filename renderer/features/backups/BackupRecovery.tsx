/**
 * Shown where a plan could not be opened (its stored document no longer loads): the plan's
 * backups, newest first, each with "Restore from this backup", which replaces the damaged
 * document after a confirmation that says it cannot be undone.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/backups';
import { useApp } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { formatDateTime } from '../../ui/format';
import './backups.css';

export function BackupRecovery() {
  const { t } = useTranslation();
  const list = useApp((s) => s.backupList);
  const openPlanId = useApp((s) => s.openPlanId);
  const location = useApp((s) => s.backupLocation);
  const busy = useApp((s) => s.backupBusy);
  const load = useApp((s) => s.loadBackups);
  const [chosen, setChosen] = useState<BackupInfo | null>(null);

  const stale = list.planId !== openPlanId;
  useEffect(() => {
    if ((stale || list.status === 'idle') && list.status !== 'loading') void load();
  }, [stale, list.status, load]);

  if (location === null || !openPlanId || stale || list.status !== 'ready') return null;
  return (
    <section className="backups-recovery" aria-labelledby="backups-recovery-title">
      <h2 id="backups-recovery-title">{t('backups.recovery.title')}</h2>
      {list.items.length === 0 ? (
        <p>{t('backups.recovery.none')}</p>
      ) : (
        <>
          <p>{t('backups.recovery.intro')}</p>
          <ul>
            {list.items.map((b) => {
              const time = formatDateTime(b.createdAt);
              return (
                <li key={b.id}>
                  <span>
                    <time dateTime={b.createdAt}>{time}</time> · {t(`backups.reason.${b.reason}`)} · {b.title}
                  </span>
                  <button type="button" onClick={() => setChosen(b)} disabled={busy !== null} aria-label={t('backups.recovery.restoreAria', { time })}>
                    {t('backups.recovery.restore')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {chosen && <RecoverDialog backup={chosen} onClose={() => setChosen(null)} />}
    </section>
  );
}

function RecoverDialog({ backup, onClose }: { readonly backup: BackupInfo; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const recover = useApp((s) => s.recoverFromBackup);
  const busy = useApp((s) => s.backupBusy);
  const describedBy = useId();
  const changed = backup.planChangedAt ? t('backups.lastChanged', { time: formatDateTime(backup.planChangedAt) }) : t('backups.lastChangedUnknown');
  return (
    <Dialog title={t('backups.recovery.confirmTitle')} onClose={onClose} describedBy={describedBy}>
      <p id={describedBy} className="backups-restore">
        {t('backups.recovery.confirm', { time: formatDateTime(backup.createdAt), reason: t(`backups.reason.${backup.reason}`).toLowerCase(), changed })}
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose} autoFocus disabled={busy !== null}>
          {t('backups.restoreDialog.cancel')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy !== null}
          onClick={() => {
            void recover(backup.id).then((done) => {
              if (!done) onClose();
            });
          }}
        >
          {busy === 'restoring' ? t('backups.restoreDialog.working') : t('backups.recovery.confirmButton')}
        </button>
      </div>
    </Dialog>
  );
}
