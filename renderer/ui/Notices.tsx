/** Notices: short messages with an optional action (Undo), announced to screen readers. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { tMessage } from '../i18n';
import { useApp } from '../store';
import type { Notice } from '../store';

const INFO_TIMEOUT_MS = 10_000;

function NoticeItem({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const dismiss = useApp((s) => s.dismissNotice);
  useEffect(() => {
    if (notice.tone === 'error') return undefined;
    const timer = setTimeout(() => dismiss(notice.id), INFO_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);
  return (
    <li className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : undefined}>
      <span>{tMessage(t, notice.message)}</span>
      {notice.action && (
        <button
          type="button"
          onClick={() => {
            notice.action!.run();
            dismiss(notice.id);
          }}
        >
          {tMessage(t, notice.action.label)}
        </button>
      )}
      <button type="button" className="icon-button" aria-label={t('common.dismiss')} onClick={() => dismiss(notice.id)}>
        ×
      </button>
    </li>
  );
}

export function Notices() {
  const notices = useApp((s) => s.notices);
  return (
    <div className="notices" aria-live="polite">
      <ul>
        {notices.map((n) => (
          <NoticeItem key={n.id} notice={n} />
        ))}
      </ul>
    </div>
  );
}
