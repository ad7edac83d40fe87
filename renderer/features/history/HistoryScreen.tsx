/**
 * The History screen: who changed what and when (newest first, a page at a time, by
 * office), each entry with "View the plan as it was" and "Restore this version…"; then
 * the plan files imported here (with Undo import on the latest) and those written here.
 * An earlier version opens in place of the list, read-only.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from '../../../shared/i18n';
import type { HistoryEntry } from '../../../shared/plan-doc/history';
import { tMessage } from '../../i18n';
import { useApp } from '../../store';
import { formatDateTime, formatTime } from '../../ui/format';
import { ExchangesSection } from './ExchangesSection';
import { RestoreDialog } from './RestoreDialog';
import { describeEntry, officeOf } from './sentences';
import { VersionView } from './VersionView';
import './history.css';
import { sameHeads } from '../../../shared/heads';


export function HistoryScreen() {
  const { t } = useTranslation();
  const version = useApp((s) => s.earlierVersion);
  const openPlanId = useApp((s) => s.openPlanId);
  const [restoring, setRestoring] = useState<HistoryEntry | null>(null);
  const closeRestore = useCallback(() => setRestoring(null), []);

  const showingVersion = version !== null && version.planId === openPlanId;
  return (
    <section className="history" aria-labelledby="history-title">
      {showingVersion ? (
        <VersionView version={version} onRestore={setRestoring} />
      ) : (
        <>
          <div className="screen-heading">
            <h1 id="history-title">{t('historyScreen.title')}</h1>
          </div>
          <p className="intro">{t('historyScreen.intro')}</p>
          <ChangeList onRestore={setRestoring} />
          <ExchangesSection />
        </>
      )}
      {restoring && <RestoreDialog entry={restoring} onClose={closeRestore} />}
    </section>
  );
}

function ChangeList({ onRestore }: { readonly onRestore: (entry: HistoryEntry) => void }) {
  const { t } = useTranslation();
  const tr: Translate = (key, params) => t(key, params);
  const log = useApp((s) => s.changeLog);
  const openPlanId = useApp((s) => s.openPlanId);
  const planHeads = useApp((s) => s.planHeads);
  const view = useApp((s) => s.view);
  const load = useApp((s) => s.loadChangeLog);
  const loadOlder = useApp((s) => s.loadOlderChanges);
  const openVersion = useApp((s) => s.openEarlierVersion);
  const [office, setOffice] = useState('');

  const stale = log.planId !== openPlanId || !sameHeads(log.heads, planHeads);
  useEffect(() => {
    // The plan changed (an edit, an undo, an import): read the newest changes again.
    if (stale && log.status !== 'loading') void load();
  }, [stale, log.status, load]);

  const offices = useMemo(() => [...new Set(log.entries.map((e) => officeOf(e, (key, params) => t(key, params))))].sort((a, b) => a.localeCompare(b)), [log.entries, t]);
  const shown = office ? log.entries.filter((e) => officeOf(e, tr) === office) : log.entries;

  if (!view) return null;
  const busy = log.status === 'loading';
  return (
    <section className="card history-changes" aria-labelledby="history-changes-title" aria-busy={busy}>
      <div className="history-changes-heading">
        <h2 id="history-changes-title">{t('historyScreen.changesTitle')}</h2>
        {offices.length > 1 && (
          <label className="history-filter">
            <span>{t('historyScreen.filterOffice')}</span>
            <select value={office} onChange={(e) => setOffice(e.target.value)}>
              <option value="">{t('historyScreen.allOffices')}</option>
              {offices.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {log.status === 'error' && log.error ? (
        <div role="alert" className="history-error">
          <p>{t('historyScreen.loadFailed', { reason: tMessage(t, log.error) })}</p>
          <button type="button" onClick={() => void load()}>
            {t('historyScreen.retry')}
          </button>
        </div>
      ) : log.entries.length === 0 ? (
        <p className="muted" role="status">
          {busy ? t('historyScreen.loading') : t('historyScreen.empty')}
        </p>
      ) : (
        <>
          {shown.length === 0 && <p className="muted">{t('historyScreen.noneForOffice')}</p>}
          <ol className="history-list">
            {shown.map((entry) => (
              <EntryItem key={entry.id} entry={entry} current={sameHeads(entry.heads, planHeads)} onView={() => void openVersion(entry)} onRestore={() => onRestore(entry)} />
            ))}
          </ol>
          <div className="history-more">
            <p className="muted" role="status">
              {busy ? t('historyScreen.loading') : `${t('historyScreen.shown', { count: log.entries.length })}. ${t('historyScreen.totalChanges', { count: log.totalChanges })}`}
            </p>
            {log.nextBefore && (
              <button type="button" onClick={() => void loadOlder()} disabled={busy}>
                {t('historyScreen.showOlder')}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}

interface EntryProps {
  readonly entry: HistoryEntry;
  /** The entry's heads are the plan now: nothing to restore. */
  readonly current: boolean;
  readonly onView: () => void;
  readonly onRestore: () => void;
}

function EntryItem({ entry, current, onView, onRestore }: EntryProps) {
  const { t, i18n } = useTranslation();
  const view = useApp((s) => s.view)!;
  const text = useMemo(() => describeEntry(entry, view, (key, params) => t(key, params), view.plan.id, i18n.language), [entry, view, t, i18n.language]);
  const time = formatDateTime(entry.time);
  const badge = entry.kind !== 'edit' ? entry.kind : entry.command === 'restoreVersion' ? 'restore' : null;
  return (
    <li className="history-entry">
      <div className="history-entry-meta">
        <time dateTime={entry.time}>{time}</time>
        <span className="history-office">{officeOf(entry, (key, params) => t(key, params))}</span>
        <span className={`badge history-origin ${entry.local ? 'history-local' : 'history-remote'}`}>{t(entry.local ? 'historyScreen.origin.local' : 'historyScreen.origin.remote')}</span>
        {badge && <span className="badge history-kind">{t(`historyScreen.kind.${badge}`)}</span>}
        {entry.changeCount > 1 && (
          <span className="muted">{t('historyScreen.grouped', { count: entry.changeCount, from: formatTime(entry.startTime), to: formatTime(entry.time) })}</span>
        )}
      </div>
      <p className="history-sentence">{text.headline}</p>
      {text.details.length > 0 && (
        <details className="history-details">
          <summary>{t('historyScreen.showAll', { count: text.details.length + entry.moreChanges })}</summary>
          <ul>
            {text.details.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
          {entry.moreChanges > 0 && <p className="muted">{t('historyScreen.notListed', { count: entry.moreChanges })}</p>}
        </details>
      )}
      <div className="row-actions">
        <button type="button" className="link-button" onClick={onView} aria-label={t('historyScreen.viewVersionAt', { time })}>
          {t('historyScreen.viewVersion')}
        </button>
        {!current && (
          <button type="button" className="link-button" onClick={onRestore} aria-label={t('historyScreen.restoreVersionAt', { time })}>
            {t('historyScreen.restoreVersion')}
          </button>
        )}
      </div>
    </li>
  );
}
