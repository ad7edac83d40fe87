/**
 * The one typed contract between the renderer and Electron's main process.
 * Main registers a handler per channel (validating its arguments with these schemas);
 * the preload exposes exactly these functions (its object `satisfies RbmBridge`);
 * the renderer reaches them only through renderer/platform.
 * Channels are `noun:verb`.
 */
import { z } from 'zod';
import type { AppCommandId } from './app-commands';
import { BACKUP_ID, BACKUP_PLAN_ID, BACKUP_REASONS, type BackupInfo } from './backups';
import type { UiLanguage } from './i18n';

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  electron: z.string(),
  /**
   * The system's preferred languages (BCP 47 tags, most preferred first: Electron's
   * app.getPreferredSystemLanguages(), else app.getLocale()), for the interface language
   * of a first start.
   */
  systemLanguages: z.array(z.string().max(100)).max(50).optional(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

/** Kinds of files the app saves, with their extension (the save dialog's filter). */
export const SAVE_KINDS = { docx: 'docx', pdf: 'pdf', xlsx: 'xlsx', iati: 'xml', html: 'html', rbmplan: 'rbmplan' } as const;
export type SaveKind = keyof typeof SAVE_KINDS;

/** Largest file the renderer may hand main to save (a large plan's documents are a few MB). */
export const MAX_SAVE_BYTES = 100 * 1024 * 1024;

export const SaveFileRequestSchema = z.object({
  kind: z.enum(Object.keys(SAVE_KINDS) as [SaveKind, ...SaveKind[]]),
  /** Proposed file name (made safe from the plan title by the renderer; checked again in main). */
  suggestedName: z.string().min(1).max(200),
  bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'expected bytes' }).refine((b) => b.byteLength <= MAX_SAVE_BYTES, { message: 'file too large' }),
});
export type SaveFileRequest = z.infer<typeof SaveFileRequestSchema>;

/** What became of a save: the file's name when saved, or cancelled by the user. */
export const SaveFileResultSchema = z.union([z.object({ saved: z.literal(true), fileName: z.string() }), z.object({ saved: z.literal(false) })]);
export type SaveFileResult = z.infer<typeof SaveFileResultSchema>;

/**
 * Largest print view main turns into a PDF, in UTF-16 code units (a large plan's report is a
 * few MB of HTML; beyond this the renderer is not sending a report).
 */
export const MAX_PDF_HTML_CHARS = 40 * 1024 * 1024;

export const ExportPdfRequestSchema = z.object({
  /** The print view (shared/export/html.ts renderPrintHtml): a standalone HTML document. */
  html: z.string().min(1).max(MAX_PDF_HTML_CHARS, { message: 'document too large' }),
  /** Proposed file name (made safe from the plan title; checked again in main). */
  suggestedName: z.string().min(1).max(200),
});
export type ExportPdfRequest = z.infer<typeof ExportPdfRequestSchema>;

/** Kinds of files the app opens, with their extension (the open dialog's filter). */
export const OPEN_KINDS = { rbmplan: 'rbmplan' } as const;
export type OpenKind = keyof typeof OPEN_KINDS;

/**
 * Largest file main reads for the renderer: a plan file over the plan-file reader's own
 * limit (50 MB) is refused there with a message naming its size, so main only guards
 * against reading something absurd into memory.
 */
export const MAX_OPEN_BYTES = 60 * 1024 * 1024;

export const OpenFileRequestSchema = z.object({
  kind: z.enum(Object.keys(OPEN_KINDS) as [OpenKind, ...OpenKind[]]),
});
export type OpenFileRequest = z.infer<typeof OpenFileRequestSchema>;

/**
 * A file main read for the renderer (chosen in the open dialog, or handed to the app by
 * the system: a double-click on a .rbmplan file, a second launch with a path), or why it
 * could not be read. `name` is the file's base name, never its full path.
 */
export const OpenedFileSchema = z.union([
  z.object({ ok: z.literal(true), name: z.string().max(300), bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'expected bytes' }) }),
  z.object({ ok: z.literal(false), name: z.string().max(300), reason: z.enum(['tooLarge', 'unreadable', 'notAFile']) }),
]);
export type OpenedFile = z.infer<typeof OpenedFileSchema>;

/** What became of an open: the file (or why it could not be read), or cancelled by the user. */
export type OpenFileResult = OpenedFile | { readonly ok: false; readonly cancelled: true };

/**
 * Backups (shared/backups.ts): files under the user-data folder, `backups/<planId>/<id>.rbmplan`.
 * The plan id and backup id name folders and files, so both are checked against a strict
 * alphabet here (no dots, no separators): no argument can reach outside the backups folder.
 */
export const BackupPlanIdSchema = z.string().regex(BACKUP_PLAN_ID, { message: 'invalid plan id' });
export const BackupIdSchema = z.string().regex(BACKUP_ID, { message: 'invalid backup id' });
const HeadSchema = z.string().regex(/^[0-9a-f]{64}$/);

export const BackupWriteRequestSchema = z.object({
  planId: BackupPlanIdSchema,
  reason: z.enum(BACKUP_REASONS),
  title: z.string().max(300),
  planChangedAt: z.string().min(20).max(40).nullable(),
  heads: z.array(HeadSchema).max(10_000),
  /** The plan file (shared/plan-file writePlanFile): the whole plan. */
  bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'expected bytes' }).refine((b) => b.byteLength > 0 && b.byteLength <= MAX_SAVE_BYTES, { message: 'file too large or empty' }),
});
export type BackupWriteRequest = z.infer<typeof BackupWriteRequestSchema>;

/** What is stored beside each backup file (`<id>.json`) so listing does not read whole plans. */
export const BackupInfoSchema = z.object({
  id: BackupIdSchema,
  planId: BackupPlanIdSchema,
  reason: z.enum(BACKUP_REASONS),
  createdAt: z.string().min(20).max(40),
  title: z.string().max(300),
  planChangedAt: z.string().min(20).max(40).nullable(),
  heads: z.array(HeadSchema).max(10_000),
  size: z.number().int().min(0),
});
export type { BackupInfo };

/** The interface languages (shared/i18n UI_LANGUAGES), listed here so the contract does not load the catalogues. */
export const IPC_UI_LANGUAGES = ['en', 'fr', 'es'] as const satisfies readonly UiLanguage[];

/** Renderer-to-main calls: channel -> [argument schemas, result]. */
export const IPC_CHANNELS = {
  'app:info': { args: z.tuple([]) },
  'window:setTitle': { args: z.tuple([z.string().max(300)]) },
  /** Asks where to save (native save dialog) and writes the file atomically. */
  'file:save': { args: z.tuple([SaveFileRequestSchema]) },
  /** Turns a print view into a PDF (hidden sandboxed window, printToPDF), then saves it like 'file:save'. */
  'export:pdf': { args: z.tuple([ExportPdfRequestSchema]) },
  /** Asks which file to open (native open dialog) and reads it (size-limited). */
  'file:open': { args: z.tuple([OpenFileRequestSchema]) },
  /** Writes a backup of a plan (atomically) and prunes that plan's backups by the retention rule. */
  'backup:write': { args: z.tuple([BackupWriteRequestSchema]) },
  /** Lists a plan's backups, newest first. */
  'backup:list': { args: z.tuple([BackupPlanIdSchema]) },
  /** Reads one backup's plan file. */
  'backup:read': { args: z.tuple([BackupPlanIdSchema, BackupIdSchema]) },
  /** The interface language the renderer uses: main's menu and dialogs follow it. */
  'app:setLanguage': { args: z.tuple([z.enum(IPC_UI_LANGUAGES)]) },
} as const;
export type IpcChannel = keyof typeof IPC_CHANNELS;

export interface IpcResults {
  'app:info': AppInfo;
  'window:setTitle': void;
  'file:save': SaveFileResult;
  'export:pdf': SaveFileResult;
  'file:open': OpenFileResult;
  'backup:write': BackupInfo;
  'backup:list': BackupInfo[];
  'backup:read': Uint8Array;
  'app:setLanguage': void;
}

export type IpcArgs<C extends IpcChannel> = z.infer<(typeof IPC_CHANNELS)[C]['args']>;

/** Main-to-renderer events: channel -> payload. */
export interface IpcEvents {
  'menu:command': AppCommandId;
  /**
   * A plan file the system handed to the app (double-click on a .rbmplan, a second launch
   * with a path, macOS open-file), read by main and sent to the focused window.
   */
  'file:opened': OpenedFile;
}
export type IpcEventChannel = keyof IpcEvents;

/**
 * What the preload exposes as `window.rbm`. Each method wraps one channel;
 * `on` subscribes to one main-to-renderer event and returns an unsubscribe function.
 */
export interface RbmBridge {
  appInfo(): Promise<AppInfo>;
  setWindowTitle(title: string): Promise<void>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  exportPdf(request: ExportPdfRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  writeBackup(request: BackupWriteRequest): Promise<BackupInfo>;
  listBackups(planId: string): Promise<BackupInfo[]>;
  readBackup(planId: string, backupId: string): Promise<Uint8Array>;
  setLanguage(language: UiLanguage): Promise<void>;
  on<E extends IpcEventChannel>(event: E, listener: (payload: IpcEvents[E]) => void): () => void;
}
