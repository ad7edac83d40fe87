/**
 * The Backups view: the open plan's backups newest first (when, why, the plan's title and
 * last change in it, size), "Back up now", "Download" (the .rbmplan through the platform's
 * save) and "Restore…" with a confirmation that says what happens. In the web build it also
 * says when a backup was last downloaded and asks for one when the plan was changed and none
 * was downloaded for a week.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOWNLOAD_REMINDER_DAYS, type BackupInfo } from '../../../shared/backups';
import { tMessage } from '../../i18n';
import { useApp } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { formatDateTime, formatNumber } from '../../ui/format';
import './backups.css';

type T = (key: string, params?: Record<string, unknown>) => string;

const ONE_DECIMAL = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;

/** A size people read: bytes, KB or MB with one decimal, in the interface language. */
export function formatSize(bytes: number, t: T): string {
  if (bytes < 1024) return t('backups.size.bytes', { value: bytes });
  if (bytes < 1024 * 1024) return t('backups.size.kb', { value: formatNumber(bytes / 1024, ONE_DECIMAL) });
  return t('backups.size.mb', { value: formatNumber(bytes / (1024 * 1024), ONE_DECIMAL) });
}

function changedText(info: BackupInfo, t: T): string {
  return info.planChangedAt ? t('backups.lastChanged', { time: formatDateTime(info.planChangedAt) }) : t('backups.lastChangedUnknown');
}

export function BackupsScreen() {
  const { t } = useTranslation();
  const list = useApp((s) => s.backupList);
  const openPlanId = useApp((s) => s.openPlanId);
  const location = useApp((s) => s.backupLocation);
  const busy = useApp((s) => s.backupBusy);
  const view = useApp((s) => s.view);
  const load = useApp((s) => s.loadBackups);
  const backUpNow = useApp((s) => s.backUpNow);
  const download = useApp((s) => s.downloadBackup);
  const reminderDue = useApp((s) => s.downloadReminderDue());
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const closeRestore = useCallback(() => setRestoring(null), []);

  const stale = list.planId !== openPlanId;
  useEffect(() => {
    if ((stale || list.status === 'idle') && list.status !== 'loading') void load();
  }, [stale, list.status, load]);

  if (!view || location === null) return null;
  const items = stale ? [] : list.items;
  const newest = items[0];

  return (
    <section className="backups" aria-labelledby="backups-title">
      <div className="screen-heading">
        <h1 id="backups-title">{t('backups.title')}</h1>
        <button type="button" className="primary" onClick={() => void backUpNow()} disabled={busy !== null || stale}>
          {busy === 'backingUp' ? t('backups.backingUp') : t('backups.backUpNow')}
        </button>
      </div>
      <p className="intro">{t(`backups.intro.${location}`)}</p>

      {location === 'browser' && !stale && list.status === 'ready' && (
        <div className={reminderDue ? 'backups-reminder' : 'backups-downloads'} role={reminderDue ? 'status' : undefined}>
          <p>
            {reminderDue
              ? t('backups.reminder.notice', { count: DOWNLOAD_REMINDER_DAYS })
              : list.lastDownloadAt
                ? t('backups.lastDownload', { time: formatDateTime(list.lastDownloadAt) })
                : t('backups.neverDownloaded')}
          </p>
          {reminderDue && newest && (
            <button type="button" onClick={() => void download(newest.id)} disabled={busy !== null}>
              {t('backups.reminder.downloadNewest')}
            </button>
          )}
        </div>
      )}

      <section className="card backups-list" aria-labelledby="backups-list-title" aria-busy={list.status === 'loading'}>
        <h2 id="backups-list-title">{t('backups.listTitle')}</h2>
        {list.status === 'error' && list.error ? (
          <div role="alert" className="backups-error">
            <p>{tMessage(t, list.error)}</p>
            <button type="button" onClick={() => void load()}>
              {t('backups.retry')}
            </button>
          </div>
        ) : items.length === 0 ? (
          <p className="muted" role="status">
            {list.status === 'ready' ? t('backups.none') : t('backups.loading')}
          </p>
        ) : (
          <div className="backups-table-scroll">
            <table className="backups-table">
              <caption className="visually-hidden">{t('backups.caption', { title: view.plan.title })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('backups.columns.when')}</th>
                  <th scope="col">{t('backups.columns.why')}</th>
                  <th scope="col">{t('backups.columns.plan')}</th>
                  <th scope="col" className="backups-size">
                    {t('backups.columns.size')}
                  </th>
                  <th scope="col">{t('backups.columns.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((b, i) => {
                  const time = formatDateTime(b.createdAt);
                  return (
                    <tr key={b.id}>
                      <th scope="row">
                        <time dateTime={b.createdAt}>{time}</time>
                        {i === 0 && <span className="badge backups-newest">{t('backups.newest')}</span>}
                      </th>
                      <td>
                        <span className={`badge backups-reason backups-reason-${b.reason}`}>{t(`backups.reason.${b.reason}`)}</span>
                      </td>
                      <td>
                        <div className="backups-plan">
                          <span className="backups-plan-title">{b.title}</span>
                          <span className="muted">{changedText(b, t)}</span>
                        </div>
                      </td>
                      <td className="backups-size">{formatSize(b.size, t)}</td>
                      <td>
                        <div className="backups-actions">
                          <button type="button" onClick={() => void download(b.id)} disabled={busy !== null} aria-label={t('backups.downloadAria', { time })}>
                            {t('backups.download')}
                          </button>
                          <button type="button" onClick={() => setRestoring(b)} disabled={busy !== null} aria-label={t('backups.restoreAria', { time })}>
                            {t('backups.restore')}
                          </button>
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {restoring && <RestoreBackupDialog backup={restoring} onClose={closeRestore} />}
    </section>
  );
}

function RestoreBackupDialog({ backup, onClose }: { readonly backup: BackupInfo; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const restore = useApp((s) => s.restoreBackup);
  const busy = useApp((s) => s.backupBusy);
  const describedBy = useId();
  const confirm = async () => {
    await restore(backup.id);
    onClose();
  };
  return (
    <Dialog title={t('backups.restoreDialog.title')} onClose={onClose} describedBy={describedBy}>
      <div id={describedBy} className="backups-restore">
        <p>
          {t('backups.restoreDialog.what', {
            time: formatDateTime(backup.createdAt),
            reason: t(`backups.reason.${backup.reason}`).toLowerCase(),
            title: backup.title,
            changed: changedText(backup, t),
          })}
        </p>
        <p>{t('backups.restoreDialog.first')}</p>
        <p>{t('backups.restoreDialog.recorded')}</p>
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onClose} autoFocus disabled={busy === 'restoring'}>
          {t('backups.restoreDialog.cancel')}
        </button>
        <button type="button" className="primary" onClick={() => void confirm()} disabled={busy !== null}>
          {busy === 'restoring' ? t('backups.restoreDialog.working') : t('backups.restoreDialog.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
