/**
 * Confirms restoring an earlier version: says what it changes compared with the plan now
 * (by collection: changed back, brought back, deleted) and that it is recorded as a new
 * change other offices receive; nothing is written until the user confirms.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COLLECTIONS } from '../../../shared/model';
import type { VersionDifference } from '../../../shared/plan-doc/commands/restore';
import type { HistoryEntry } from '../../../shared/plan-doc/history';
import { useApp } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { formatDateTime } from '../../ui/format';

interface Props {
  readonly entry: HistoryEntry;
  readonly onClose: () => void;
}

export function RestoreDialog({ entry, onClose }: Props) {
  const { t } = useTranslation();
  const compare = useApp((s) => s.compareVersion);
  const restore = useApp((s) => s.restoreVersion);
  const [difference, setDifference] = useState<VersionDifference | null>(null);
  const [busy, setBusy] = useState(false);
  const describedBy = useId();
  const time = formatDateTime(entry.time);

  useEffect(() => {
    let live = true;
    void compare(entry.heads).then((d) => {
      if (!live) return;
      if (d) setDifference(d);
      else onClose();
    });
    return () => {
      live = false;
    };
  }, [compare, entry.heads, onClose]);

  const same = difference !== null && difference.total === 0 && !difference.planChanged;
  const confirm = async () => {
    setBusy(true);
    const done = await restore(entry);
    setBusy(false);
    if (done) onClose();
  };

  return (
    <Dialog title={t('historyScreen.restore.title')} onClose={onClose} describedBy={describedBy}>
      <div id={describedBy} className="history-restore" aria-live="polite">
        {difference === null ? (
          <p role="status">{t('historyScreen.restore.reading')}</p>
        ) : same ? (
          <p>{t('historyScreen.restore.same')}</p>
        ) : (
          <>
            <p>{t('historyScreen.restore.intro', { time })}</p>
            <ul>
              {difference.planChanged && <li>{t('historyScreen.restore.planDetails')}</li>}
              {COLLECTIONS.map((c) => {
                const d = difference.collections[c];
                if (!d) return null;
                const parts = [
                  d.changed > 0 ? t('historyScreen.restore.changed', { count: d.changed }) : null,
                  d.broughtBack > 0 ? t('historyScreen.restore.broughtBack', { count: d.broughtBack }) : null,
                  d.removed > 0 ? t('historyScreen.restore.removed', { count: d.removed }) : null,
                ].filter((p): p is string => p !== null);
                return <li key={c}>{t('historyScreen.restore.line', { what: t(`historyScreen.collections.${c}`), parts: parts.join(', ') })}</li>;
              })}
            </ul>
            <p>{t('historyScreen.restore.recorded')}</p>
          </>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onClose} autoFocus>
          {same ? t('historyScreen.restore.close') : t('historyScreen.restore.cancel')}
        </button>
        {!same && (
          <button type="button" className="primary" onClick={() => void confirm()} disabled={difference === null || busy}>
            {t('historyScreen.restore.confirm')}
          </button>
        )}
      </div>
    </Dialog>
  );
}
