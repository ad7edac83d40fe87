/**
 * The plan files this plan exchanged on this computer: those imported (file, office, when
 * written and imported, what each changed), with "Undo import" on the one that can be
 * undone (after a confirmation) and, for the others, why not; and those written here.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp, type AppState } from '../../store';
import { ConfirmDialog } from '../../ui/Dialog';
import { formatDateTime } from '../../ui/format';
import { sameHeads } from '../../../shared/heads';

type ImportRecord = AppState['imports'][number];


export function ExchangesSection() {
  return (
    <>
      <ImportsTable />
      <SentTable />
    </>
  );
}

function ImportsTable() {
  const { t } = useTranslation();
  const imports = useApp((s) => s.imports);
  const canUndo = useApp((s) => s.canUndoImport);
  const undoImport = useApp((s) => s.undoImport);
  const busy = useApp((s) => s.planFileBusy);
  // Read so the reasons and the button follow the plan and its saving.
  const planHeads = useApp((s) => s.planHeads);
  const saveState = useApp((s) => s.saveState);
  const [confirming, setConfirming] = useState<ImportRecord | null>(null);
  const latest = imports.find((r) => r.undoneAt === null);
  const office = (r: ImportRecord) => r.office || t('historyScreen.unnamedOfficeLower');

  const reason = (r: ImportRecord): string => {
    if (r.headsBefore.length === 0) return t('historyScreen.imports.addedPlanUndo');
    if (r.undoneAt) return t('historyScreen.imports.undone', { time: formatDateTime(r.undoneAt) });
    if (latest?.id !== r.id) return t('historyScreen.imports.laterImport');
    if (saveState !== 'saved' && sameHeads(planHeads, r.headsAfter)) return t('historyScreen.imports.saving');
    return t('historyScreen.imports.changedSince');
  };

  return (
    <section className="card history-imports" aria-labelledby="history-imports-title">
      <h2 id="history-imports-title">{t('historyScreen.imports.title')}</h2>
      <p className="hint">{t('historyScreen.imports.intro')}</p>
      {imports.length === 0 ? (
        <p className="muted">{t('historyScreen.imports.empty')}</p>
      ) : (
        <table className="table history-table">
          <caption className="visually-hidden">{t('historyScreen.imports.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('historyScreen.imports.file')}</th>
              <th scope="col">{t('historyScreen.imports.office')}</th>
              <th scope="col">{t('historyScreen.imports.written')}</th>
              <th scope="col">{t('historyScreen.imports.imported')}</th>
              <th scope="col">{t('historyScreen.imports.changes')}</th>
              <th scope="col">{t('historyScreen.imports.status')}</th>
            </tr>
          </thead>
          <tbody>
            {imports.map((r) => {
              const c = r.counts;
              const conflicts = c.conflicts ?? 0;
              return (
                <tr key={r.id} className={r.undoneAt ? 'history-undone' : undefined}>
                  <th scope="row" className="history-file">
                    {r.fileName}
                    <span className="muted"> ({t(r.fileKind === 'changes' ? 'historyScreen.imports.changesOnly' : 'historyScreen.imports.full')})</span>
                  </th>
                  <td>{r.office || t('historyScreen.unnamedOffice')}</td>
                  <td>{formatDateTime(r.fileCreatedAt)}</td>
                  <td>{formatDateTime(r.importedAt)}</td>
                  <td>
                    {r.headsBefore.length === 0
                      ? t('historyScreen.imports.addedPlan')
                      : t('historyScreen.imports.counts', { added: c.added ?? 0, changed: c.changed ?? 0, deleted: c.deleted ?? 0 })}
                    {conflicts > 0 && `, ${t('historyScreen.imports.conflicts', { count: conflicts })}`}
                  </td>
                  <td>
                    {canUndo(r.id) ? (
                      <button type="button" onClick={() => setConfirming(r)} disabled={busy !== null} aria-label={t('historyScreen.imports.undoFor', { name: r.fileName })}>
                        {t('historyScreen.imports.undo')}
                      </button>
                    ) : (
                      <span className="muted">{reason(r)}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('historyScreen.imports.confirmTitle')}
          message={t('historyScreen.imports.confirm', { name: confirming.fileName, office: office(confirming), time: formatDateTime(confirming.importedAt) })}
          confirmLabel={t('historyScreen.imports.confirmButton')}
          cancelLabel={t('historyScreen.imports.cancel')}
          danger
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            const id = confirming.id;
            setConfirming(null);
            void undoImport(id);
          }}
        />
      )}
    </section>
  );
}

function SentTable() {
  const { t } = useTranslation();
  const sent = useApp((s) => s.sentFiles);
  return (
    <section className="card history-sent" aria-labelledby="history-sent-title">
      <h2 id="history-sent-title">{t('historyScreen.sent.title')}</h2>
      {sent.length === 0 ? (
        <p className="muted">{t('historyScreen.sent.empty')}</p>
      ) : (
        <table className="table history-table">
          <caption className="visually-hidden">{t('historyScreen.sent.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('historyScreen.sent.office')}</th>
              <th scope="col">{t('historyScreen.sent.kind')}</th>
              <th scope="col">{t('historyScreen.sent.written')}</th>
            </tr>
          </thead>
          <tbody>
            {sent.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.office || t('historyScreen.sent.anyOffice')}</th>
                <td>{t(s.kind === 'changes' ? 'historyScreen.sent.changes' : 'historyScreen.sent.full')}</td>
                <td>{formatDateTime(s.sentAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
