/**
 * The print preview: the print view (shared/export/html.ts) in a full-window modal dialog,
 * with the way to a PDF the platform has. In Electron, "Save as PDF…" has main print it in a
 * hidden sandboxed window and save it (platform.savePdf); in a browser, "Print…" opens the
 * browser's print dialog for the previewed document, whose "Save as PDF" makes the file.
 *
 * The document sits in an iframe sandboxed without allow-scripts: it cannot run anything
 * (it holds no script, and its own CSP forbids them). allow-same-origin lets this component
 * call print() on it and hear Escape and contents-link clicks inside it; allow-modals lets
 * print() open the print dialog. Its stylesheet is allowed by hash in the app's CSP.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { printPaper } from '../../../shared/export/html';
import { useApp } from '../../store';
import './print-preview.css';

export interface PrintPreviewProps {
  /** The print view: renderPrintHtml(report). */
  readonly html: string;
  /** The PDF's proposed file name, e.g. safeFileName(plan title, 'pdf'). */
  readonly fileName: string;
  readonly onClose: () => void;
}

type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly fileName: string }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly reason: string };

/** Electron prefixes errors thrown in main with this; the user needs only the cause. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Error invoking remote method '[^']+': (\w*Error: )?/, '');
}

export function PrintPreview({ html, fileName, onClose }: PrintPreviewProps) {
  const { t } = useTranslation();
  const savePdf = useApp((s) => s.platform.savePdf);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const frameRef = useRef<HTMLIFrameElement>(null);
  const closeRef = useRef(onClose);
  const titleId = useId();
  const hintId = useId();
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  // Where focus was before the preview opened (read before autoFocus moves it), to go back to.
  const [previous] = useState(() => document.activeElement as HTMLElement | null);
  // "Print…" chosen before the document finished loading prints it once it has.
  const loadedRef = useRef(false);
  const printWhenLoaded = useRef(false);

  useEffect(() => {
    closeRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    // A new document reloads the frame; it is printable again once that load is done.
    loadedRef.current = false;
  }, [html]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return undefined;
    if (!dialog.open) dialog.showModal();
    return () => {
      dialog.close();
      previous?.focus?.();
    };
  }, [previous]);

  /** Once the document is in: Escape inside it closes too, and contents links scroll within it. */
  const onFrameLoad = () => {
    const doc = frameRef.current?.contentDocument;
    if (!doc) return;
    doc.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        closeRef.current();
      }
    });
    doc.addEventListener('click', (event) => {
      const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
      if (!link) return;
      // The document's base URL is the app's: a fragment link would load the app in the frame.
      event.preventDefault();
      doc.getElementById(decodeURIComponent(link.getAttribute('href')!.slice(1)))?.scrollIntoView({ block: 'start' });
    });
    loadedRef.current = true;
    if (printWhenLoaded.current) {
      printWhenLoaded.current = false;
      frameRef.current?.contentWindow?.print();
    }
  };

  const print = () => {
    if (loadedRef.current) frameRef.current?.contentWindow?.print();
    else printWhenLoaded.current = true;
  };

  const saveAsPdf = async (run: NonNullable<typeof savePdf>) => {
    setSave({ kind: 'saving' });
    try {
      const result = await run(html, fileName);
      setSave(result.saved ? { kind: 'saved', fileName: result.fileName } : { kind: 'cancelled' });
    } catch (error) {
      setSave({ kind: 'failed', reason: reasonOf(error) });
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="print-preview"
      aria-labelledby={titleId}
      aria-describedby={savePdf ? undefined : hintId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="print-preview-bar">
        <div className="print-preview-heading">
          <h2 id={titleId}>{t('print.title')}</h2>
          <span className="print-preview-file">{fileName}</span>
          <span className="print-preview-paper">{t('print.paper', { paper: t(`print.paperSizes.${printPaper(html)}`) })}</span>
        </div>
        <div className="print-preview-status">
          {save.kind === 'saving' && <p role="status">{t('print.saving')}</p>}
          {save.kind === 'saved' && <p role="status">{t('print.saved', { fileName: save.fileName })}</p>}
          {save.kind === 'cancelled' && <p role="status">{t('print.cancelled')}</p>}
          {save.kind === 'failed' && <p role="alert" className="print-preview-error">{t('print.failed', { reason: save.reason })}</p>}
          {!savePdf && <p id={hintId} className="print-preview-hint">{t('print.printHint')}</p>}
        </div>
        <div className="print-preview-actions">
          {savePdf ? (
            <button type="button" className="primary" autoFocus disabled={save.kind === 'saving'} onClick={() => void saveAsPdf(savePdf)}>
              {t('print.savePdf')}
            </button>
          ) : (
            <button type="button" className="primary" autoFocus onClick={print}>
              {t('print.print')}
            </button>
          )}
          <button type="button" onClick={onClose}>
            {t('print.close')}
          </button>
        </div>
      </div>
      <iframe
        ref={frameRef}
        className="print-preview-frame"
        title={t('print.frame', { fileName })}
        sandbox="allow-same-origin allow-modals"
        srcDoc={html}
        onLoad={onFrameLoad}
      />
    </dialog>
  );
}
