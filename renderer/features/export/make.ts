/**
 * Makes the file the export dialog asked for, from the plan view. Each exporter is
 * loaded when first used (docx, exceljs and the XML writer are large), so the app's
 * first load does not carry them.
 */
import { buildReport } from '../../../shared/export/report-build';
import { safeFileName } from '../../../shared/export/text';
import type { MatrixLayout, PaperSize, ReportPart } from '../../../shared/export/report';
import type { SaveKind } from '../../../shared/ipc';
import type { PlanView } from '../../../shared/plan-doc';

export const EXPORT_FORMATS = ['docx', 'pdf', 'xlsx', 'iati'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

export interface ExportChoices {
  readonly format: ExportFormat;
  readonly parts: readonly ReportPart[];
  readonly layout: MatrixLayout;
  readonly paper: PaperSize;
  /** The document's language: one of the plan's or a catalogue language (IATI writes every plan language). */
  readonly language: string;
}

/** What an export produced: a file to save, or the print view to preview. */
export type Made =
  | { readonly kind: 'file'; readonly saveKind: SaveKind; readonly name: string; readonly bytes: Uint8Array }
  | { readonly kind: 'print'; readonly name: string; readonly html: string };

export interface MakeContext {
  /** The date progress is reported as of (the plan's status date, else today). */
  readonly asOf: string;
  /** Today, printed on the cover. */
  readonly today: string;
  /** The generation instant (IATI's generated-datetime). */
  readonly now: string;
}

/**
 * `view` is the plan as the engine holds it (the store's `mainView`: main-language texts and
 * their translations); `choices.language` picks the document's texts and labels (language.ts).
 */
export async function makeExport(view: PlanView, choices: ExportChoices, ctx: MakeContext): Promise<Made> {
  const title = view.plan.title;
  const reportOptions = { parts: choices.parts, layout: choices.layout, paper: choices.paper, language: choices.language, asOf: ctx.asOf, generatedOn: ctx.today };
  switch (choices.format) {
    case 'docx': {
      const { renderDocx } = await import('../../../shared/export/docx');
      const bytes = await renderDocx(buildReport(view, reportOptions));
      return { kind: 'file', saveKind: 'docx', name: safeFileName(title, 'docx'), bytes };
    }
    case 'pdf': {
      const { renderPrintHtml } = await import('../../../shared/export/html');
      return { kind: 'print', name: safeFileName(title, 'pdf'), html: renderPrintHtml(buildReport(view, reportOptions)) };
    }
    case 'xlsx': {
      const { renderXlsx } = await import('../../../shared/export/xlsx');
      const bytes = await renderXlsx(view, { language: choices.language, asOf: ctx.asOf, generatedOn: ctx.today });
      return { kind: 'file', saveKind: 'xlsx', name: safeFileName(title, 'xlsx'), bytes };
    }
    case 'iati': {
      const { renderIati } = await import('../../../shared/export/iati');
      const xml = renderIati(view, { asOf: ctx.asOf, generatedAt: ctx.now });
      return { kind: 'file', saveKind: 'iati', name: safeFileName(`${title} IATI results`, 'xml'), bytes: new TextEncoder().encode(xml) };
    }
  }
}

/** What the export worker receives. */
export interface ExportRequest {
  readonly view: PlanView;
  readonly choices: ExportChoices;
  readonly ctx: MakeContext;
}

/** An error as it crosses from the worker: a typed export error keeps its message key and parameters. */
export interface ExportFailure {
  readonly key?: string;
  readonly params?: Record<string, string | number>;
  readonly message: string;
}

export function describeFailure(error: unknown): ExportFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (error && typeof error === 'object' && 'key' in error && typeof error.key === 'string') {
    const params = 'params' in error && error.params && typeof error.params === 'object' ? (error.params as Record<string, string | number>) : undefined;
    return { key: error.key, ...(params ? { params } : {}), message };
  }
  return { message };
}

/** Raised on the window's side for a failure the worker reported. */
export class ExportError extends Error {
  constructor(readonly failure: ExportFailure) {
    super(failure.message);
    this.name = 'ExportError';
  }
}

/** The jobs the worker does: make an export, or read a tracking sheet against the plan. */
export type WorkerTask =
  | ({ readonly task: 'export' } & ExportRequest)
  | { readonly task: 'readTracking'; readonly bytes: Uint8Array; readonly view: PlanView };

export type WorkerReply<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ExportFailure };

/**
 * Runs a job in the worker where the platform has workers (the app), or in this thread
 * otherwise (component tests), so a large plan's document or sheet never freezes the
 * window. A worker that cannot start or crashes is reported as an error; the plan is
 * never touched either way.
 */
export function offThread<T>(task: WorkerTask, inProcess: () => Promise<T>): Promise<T> {
  if (typeof Worker === 'undefined') {
    return inProcess().catch((e: unknown) => {
      throw new ExportError(describeFailure(e));
    });
  }
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerReply<T>>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.value);
      else reject(new ExportError(event.data.error));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new ExportError({ message: event.message || 'the worker stopped' }));
    };
    // The sheet's bytes move to the worker rather than being copied.
    worker.postMessage(task, task.task === 'readTracking' ? [task.bytes.buffer] : []);
  });
}

/** Makes the export off the window's thread (see offThread). */
export function makeExportOffThread(request: ExportRequest): Promise<Made> {
  return offThread({ task: 'export', ...request }, () => makeExport(request.view, request.choices, request.ctx));
}
