/**
 * Owns plan files in the app, on every screen: opening (the system handing the app a
 * file, drag and drop onto the window), the dialogs of a file being opened (what a merge
 * changes, adding a new plan, why a file could not be opened) and the Save plan file
 * dialog (File > Save plan file…, Ctrl+S, the header's button).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SAVE_PLAN_FILE_EVENT } from '../../platform/events';
import { readDroppedFile } from '../../platform';
import { useApp, type KnownOffice, type SavePlanFileOptions } from '../../store';
import { AddPlanDialog } from './AddPlanDialog';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import { OpenErrorDialog } from './OpenErrorDialog';
import { SavePlanFileDialog } from './SavePlanFileDialog';
import { useFileDrop } from './useFileDrop';
import './planfiles.css';

export function PlanFilesHost() {
  const { t } = useTranslation();
  const platform = useApp((s) => s.platform);
  const incoming = useApp((s) => s.incoming);
  const incomingError = useApp((s) => s.incomingError);
  const busy = useApp((s) => s.planFileBusy);
  const receivePlanFile = useApp((s) => s.receivePlanFile);
  const applyIncoming = useApp((s) => s.applyIncoming);
  const cancelIncoming = useApp((s) => s.cancelIncoming);
  const dismissIncomingError = useApp((s) => s.dismissIncomingError);
  const savePlanFile = useApp((s) => s.savePlanFile);
  const knownOffices = useApp((s) => s.knownOffices);
  const notify = useApp((s) => s.notify);
  const planOpen = useApp((s) => s.openPlanId !== null && s.openStatus === 'ready');
  const [saving, setSaving] = useState<{ offices: readonly KnownOffice[] } | null>(null);

  // Files the system hands the app (a double-clicked .rbmplan, a second launch with a file).
  useEffect(() => platform.onFileOpened((file) => void receivePlanFile(file)), [platform, receivePlanFile]);

  const onDrop = useCallback(
    (file: File, count: number) => {
      if (count > 1) notify({ tone: 'info', message: { key: 'planFiles.drop.onlyFirst', params: { name: file.name } } });
      void readDroppedFile(file).then((opened) => receivePlanFile(opened));
    },
    [notify, receivePlanFile],
  );
  const dragging = useFileDrop(onDrop);

  // Read by the event listener (registered once) without re-subscribing it.
  const canSave = useRef(planOpen);
  useEffect(() => {
    canSave.current = planOpen;
  }, [planOpen]);
  useEffect(() => {
    const onSave = () => {
      if (!canSave.current) return;
      setSaving((open) => open ?? { offices: [] });
      void knownOffices().then(
        (offices) => setSaving((open) => (open ? { offices } : open)),
        () => undefined,
      );
    };
    window.addEventListener(SAVE_PLAN_FILE_EVENT, onSave);
    return () => window.removeEventListener(SAVE_PLAN_FILE_EVENT, onSave);
  }, [knownOffices]);

  const save = async (options: SavePlanFileOptions) => {
    if (await savePlanFile(options)) setSaving(null);
  };

  return (
    <>
      {incoming?.mode === 'merge' && incoming.preview && (
        <ImportPreviewDialog incoming={incoming} busy={busy === 'applying'} onApply={() => void applyIncoming()} onCancel={cancelIncoming} />
      )}
      {incoming && incoming.mode !== 'merge' && <AddPlanDialog incoming={incoming} busy={busy === 'applying'} onAdd={() => void applyIncoming()} onCancel={cancelIncoming} />}
      {incomingError && <OpenErrorDialog fileName={incomingError.fileName} message={incomingError.message} onClose={dismissIncomingError} />}
      {saving && planOpen && <SavePlanFileDialog offices={saving.offices} busy={busy === 'saving'} onSave={(o) => void save(o)} onClose={() => setSaving(null)} />}
      {busy === 'reading' && (
        <div className="pf-reading" role="status">
          {t('planFiles.reading')}
        </div>
      )}
      {dragging && (
        <div className="pf-drop-overlay" aria-hidden="true">
          <div className="pf-drop-box">
            <p className="pf-drop-title">{t('planFiles.drop.overlay')}</p>
            <p>{t('planFiles.drop.overlayHint')}</p>
          </div>
        </div>
      )}
    </>
  );
}
