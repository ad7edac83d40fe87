/**
 * Owns exporting for the open plan: opens the export dialog when asked (File menu,
 * shortcuts, the header's Export button), remembers the choices for the session, makes
 * the file, saves it through the platform, and shows the print preview for PDF.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nowIso, systemClock, toIsoDate } from '../../../shared/dates';
import { REPORT_PARTS } from '../../../shared/export/report';
import { catalogues } from '../../../shared/i18n';
import { tMessage } from '../../i18n';
import { EXPORT_EVENT } from '../../platform/events';
import { useApp } from '../../store';
import { useAsOf } from '../../ui/useAsOf';
import { PrintPreview } from '../print/PrintPreview';
import { ExportDialog } from './ExportDialog';
import { ExportError, isExportFormat, makeExportOffThread, type ExportChoices } from './make';

const DEFAULT_CHOICES: ExportChoices = { format: 'docx', parts: REPORT_PARTS, layout: 'plan', paper: 'A4', language: 'en' };

/** A failure in words: a typed export error names its message; anything else is reported as it is. */
export function exportErrorText(t: (key: string, params?: Record<string, unknown>) => string, error: unknown): string {
  if (error instanceof ExportError && error.failure.key) return tMessage(t, { key: error.failure.key, ...(error.failure.params ? { params: error.failure.params } : {}) });
  return t('exportDialog.failed', { reason: error instanceof Error ? error.message : String(error) });
}

export function ExportHost() {
  const { t, i18n } = useTranslation();
  // The plan as the engine holds it (main texts and their translations), whatever language
  // the screens show it in: the dialog's language decides the document's.
  const view = useApp((s) => s.mainView);
  const shownLanguage = useApp((s) => s.shownLanguage);
  const platform = useApp((s) => s.platform);
  const notify = useApp((s) => s.notify);
  const setTab = useApp((s) => s.setTab);
  const asOf = useAsOf(view?.plan);
  const [choices, setChoices] = useState<ExportChoices>(() => ({ ...DEFAULT_CHOICES, language: catalogues[i18n.language] ? i18n.language : DEFAULT_CHOICES.language }));
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ html: string; name: string } | null>(null);

  // Read by the event listener (registered once) without re-subscribing it.
  const isOpen = useRef(open);
  useEffect(() => {
    isOpen.current = open;
  }, [open]);

  useEffect(() => {
    const onExport = (event: Event) => {
      // Ignored while the dialog is open: it keeps what the user is choosing.
      if (isOpen.current) return;
      const format = (event as CustomEvent<unknown>).detail;
      if (isExportFormat(format)) setChoices((c) => ({ ...c, format }));
      setError(null);
      setOpen(true);
    };
    window.addEventListener(EXPORT_EVENT, onExport);
    return () => window.removeEventListener(EXPORT_EVENT, onExport);
  }, []);

  if (!view) return null;

  const run = async (chosen: ExportChoices) => {
    setChoices(chosen);
    setBusy(true);
    setError(null);
    try {
      const now = systemClock.now();
      const made = await makeExportOffThread({ view, choices: chosen, ctx: { asOf, today: toIsoDate(now), now: nowIso({ now: () => now }) } });
      if (made.kind === 'print') {
        setOpen(false);
        setPreview({ html: made.html, name: made.name });
        return;
      }
      const result = await platform.saveFile(made.saveKind, made.name, made.bytes);
      if (result.saved) {
        setOpen(false);
        notify({ tone: 'info', message: { key: 'exportDialog.saved', params: { name: result.fileName } } });
      }
    } catch (e) {
      setError(exportErrorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {open && (
        <ExportDialog
          view={view}
          choices={choices}
          asOf={asOf}
          shownLanguage={shownLanguage}
          busy={busy}
          error={error}
          onExport={(c) => void run(c)}
          onClose={() => setOpen(false)}
          onOpenSettings={() => {
            setOpen(false);
            setTab('settings');
          }}
        />
      )}
      {preview && <PrintPreview html={preview.html} fileName={preview.name} onClose={() => setPreview(null)} />}
    </>
  );
}
