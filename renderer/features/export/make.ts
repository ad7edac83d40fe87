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
      const xml = renderIati(view, { language: choices.language, asOf: ctx.asOf, generatedAt: ctx.now });
      return { kind: 'file', saveKind: 'iati', name: safeFileName(`${title} IATI results`, 'xml'), bytes: new TextEncoder().encode(xml) };
    }
  }
}
