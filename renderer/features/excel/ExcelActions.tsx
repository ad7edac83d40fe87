/**
 * The Excel buttons of the Indicators screen: export the tracking sheet, and import one
 * (a file chooser, then the preview dialog). Both load exceljs only when used.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../store';
import { useAsOf } from '../../ui/useAsOf';
import { exportTrackingSheet, importTrackingFile, type TrackingFileRead } from './excel-io';
import { ImportTrackingDialog } from './ImportTrackingDialog';
import type { TrackingPreview } from '../../../shared/export/xlsx-import';

export function ExcelActions() {
  const { t, i18n } = useTranslation();
  // The workbook is made from the plan as the engine holds it (its texts in the language
  // chosen below, translations included); the plan shown may be in another language.
  const view = useApp((s) => s.mainView)!;
  const shownLanguage = useApp((s) => s.shownLanguage);
  const platform = useApp((s) => s.platform);
  const notify = useApp((s) => s.notify);
  const asOf = useAsOf(view.plan);
  const input = useRef<HTMLInputElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  // Focus goes back to the import button when the preview closes (or a file is refused):
  // the file chooser and the disabled button while reading leave it nowhere otherwise.
  const [returnFocus, setReturnFocus] = useState(0);
  useEffect(() => {
    if (returnFocus > 0) importButton.current?.focus();
  }, [returnFocus]);
  const [busy, setBusy] = useState<'export' | 'import' | null>(null);
  const [read, setRead] = useState<(TrackingFileRead & { result: TrackingPreview }) | null>(null);

  const exportSheet = async () => {
    setBusy('export');
    try {
      const saved = await exportTrackingSheet(view, platform, { language: shownLanguage ?? i18n.language, asOf });
      if (saved.saved) notify({ tone: 'info', message: { key: 'excel.ui.exported', params: { file: saved.fileName } } });
    } catch (e) {
      notify({ tone: 'error', message: { key: 'excel.ui.exportFailed', params: { reason: e instanceof Error ? e.message : String(e) } } });
    } finally {
      setBusy(null);
    }
  };

  const importFile = async (file: File) => {
    setBusy('import');
    const got = await importTrackingFile(file, view);
    setBusy(null);
    if (got.result.ok) setRead({ fileName: got.fileName, result: got.result });
    else {
      notify({ tone: 'error', message: got.result.error });
      setReturnFocus((n) => n + 1);
    }
  };

  return (
    <>
      <button type="button" onClick={() => void exportSheet()} disabled={busy !== null} title={t('excel.ui.exportHint')}>
        {busy === 'export' ? t('excel.ui.exporting') : t('excel.ui.export')}
      </button>
      <button ref={importButton} type="button" onClick={() => input.current?.click()} disabled={busy !== null}>
        {busy === 'import' ? t('excel.ui.importing') : t('excel.ui.import')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t('excel.ui.fileLabel')}
        data-testid="excel-import-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared, so choosing the same file again (after fixing it in Excel) reads it again.
          e.target.value = '';
          if (file) void importFile(file);
        }}
      />
      {read && (
        <ImportTrackingDialog
          fileName={read.fileName}
          preview={read.result}
          onClose={() => {
            setRead(null);
            setReturnFocus((n) => n + 1);
          }}
        />
      )}
    </>
  );
}
