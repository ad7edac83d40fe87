/**
 * The Excel export and the reading of a tracking sheet, for the screens and the File
 * menu. exceljs is large, so the shared/export modules are loaded on first use
 * (dynamic import): the app's first load does not carry them.
 */
import { systemClock } from '../../../shared/dates';
import { safeFileName } from '../../../shared/export/text';
import type { TrackingImport } from '../../../shared/export/xlsx-import';
import type { PlanView } from '../../../shared/plan-doc';
import type { SaveFileResult } from '../../../shared/ipc';
import type { Platform } from '../../platform/types';
import { formatNumber } from '../../ui/format';
import { offThread } from '../export/make';

/** The name the tracking sheet is saved under, made safe from the plan title. */
export function trackingFileName(view: PlanView): string {
  return safeFileName(`${view.plan.title} - indicator tracking`, 'xlsx');
}

/** Makes the workbook (logframe and tracking sheet) and saves it where the platform saves files. */
export async function exportTrackingSheet(view: PlanView, platform: Platform, options: { language: string; asOf: string }): Promise<SaveFileResult> {
  const { renderXlsx } = await import('../../../shared/export/xlsx');
  const bytes = await renderXlsx(view, { language: options.language, asOf: options.asOf, generatedOn: systemClock.now().toISOString() });
  return platform.saveFile('xlsx', trackingFileName(view), bytes);
}

/** A tracking sheet read from a file: its name and what importing it would change. */
export interface TrackingFileRead {
  readonly fileName: string;
  readonly result: TrackingImport;
}

/**
 * Reads a tracking sheet the user chose and previews it against the plan. A file too
 * large is refused before it is read into memory; nothing here throws.
 */
export async function importTrackingFile(file: File, view: PlanView): Promise<TrackingFileRead> {
  const { readTrackingSheet, MAX_IMPORT_BYTES } = await import('../../../shared/export/xlsx-import');
  const fileName = file.name;
  if (file.size > MAX_IMPORT_BYTES) {
    // In the interface language's number format ("12,5" in French and Spanish).
    const mb = (n: number) => formatNumber(n / 1024 / 1024, { maximumFractionDigits: n < MAX_IMPORT_BYTES ? 0 : 1, minimumFractionDigits: n < MAX_IMPORT_BYTES ? 0 : 1 });
    return { fileName, result: { ok: false, error: { key: 'excel.import.errors.tooLarge', params: { size: mb(file.size), max: mb(MAX_IMPORT_BYTES) } } } };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { fileName, result: { ok: false, error: { key: 'excel.ui.readFailed' } } };
  }
  // Read in the worker: a large plan's sheet takes seconds, which would freeze the window.
  try {
    return { fileName, result: await offThread({ task: 'readTracking', bytes, view }, () => readTrackingSheet(bytes, view)) };
  } catch (e) {
    return { fileName, result: { ok: false, error: { key: 'exportDialog.failed', params: { reason: e instanceof Error ? e.message : String(e) } } } };
  }
}
