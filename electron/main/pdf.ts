/**
 * The PDF of a print view (shared/export/html.ts): Chromium's own typesetting through
 * `webContents.printToPDF` in a hidden window made only for it, then the save dialog.
 *
 * The window runs the document with as little power as possible: sandboxed, isolated, no
 * Node, no preload (so no bridge to main), JavaScript off, web security on; the document's
 * own CSP forbids scripts and every load. The HTML is written to a private temporary
 * folder and loaded as a file rather than as a data: URL, because Chromium refuses URLs
 * over 2 MB and a large plan's report is bigger; the folder is removed afterwards. The
 * window is destroyed whatever happens: done, failed or timed out.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import type { ExportPdfRequest, SaveFileResult } from '../../shared/ipc';
import { saveWithDialog, type ShowSaveDialog } from './file-save';

/** How long loading and printing may take before the attempt is abandoned. */
export const PDF_TIMEOUT_MS = 120_000;

/** The part of a BrowserWindow the PDF needs, so tests can pass a fake. */
export interface PdfWindow {
  readonly webContents: {
    loadFile(filePath: string): Promise<void>;
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
  };
  isDestroyed(): boolean;
  destroy(): void;
}

export interface PdfDeps {
  readonly createWindow: (options: BrowserWindowConstructorOptions) => PdfWindow;
  /** Where the private temporary folder is made (the system's temp folder). */
  readonly tempRoot: string;
  readonly timeoutMs?: number;
}

/** The hidden window's options: nothing the document could use to reach beyond itself. */
export function pdfWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 1024,
    height: 768,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      plugins: false,
      webgl: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      images: true,
    },
  };
}

/** Page size and margins come from the document's CSS (@page, named pages for landscape parts). */
export const PDF_PRINT_OPTIONS: PrintToPDFOptions = {
  preferCSSPageSize: true,
  printBackground: true,
  displayHeaderFooter: false,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
};

/** A PDF that could not be made; the message reaches the renderer's rejected promise. */
export class PdfError extends Error {
  override name = 'PdfError';
}

/** Renders the print view to PDF bytes. */
export async function renderPdf(html: string, deps: PdfDeps): Promise<Uint8Array> {
  const folder = await mkdtemp(path.join(deps.tempRoot, 'rbm-print-'));
  let window: PdfWindow | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const file = path.join(folder, 'print.html');
    await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
    const pdfWindow = deps.createWindow(pdfWindowOptions());
    window = pdfWindow;
    const timeoutMs = deps.timeoutMs ?? PDF_TIMEOUT_MS;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new PdfError(`The PDF was not ready after ${Math.round(timeoutMs / 1000)} s.`)), timeoutMs);
    });
    const print = (async () => {
      await pdfWindow.webContents.loadFile(file);
      return pdfWindow.webContents.printToPDF(PDF_PRINT_OPTIONS);
    })();
    // The losing promise must not surface as an unhandled rejection once the window is gone.
    print.catch(() => undefined);
    return await Promise.race([print, timeout]);
  } finally {
    clearTimeout(timer);
    if (window !== null && !window.isDestroyed()) window.destroy();
    await rm(folder, { recursive: true, force: true });
  }
}

/** The 'export:pdf' service: render, then ask where to save and write atomically (as 'file:save'). */
export async function exportPdf(
  request: ExportPdfRequest,
  render: (html: string) => Promise<Uint8Array>,
  showSaveDialog: ShowSaveDialog,
  documentsFolder: string,
  filterName: string,
): Promise<SaveFileResult> {
  const bytes = await render(request.html);
  return saveWithDialog({ kind: 'pdf', suggestedName: request.suggestedName, bytes }, showSaveDialog, documentsFolder, filterName);
}
