/**
 * What the app needs from where it runs: the Electron shell (window.rbm from the
 * preload, implementing shared/ipc.ts) or a plain browser tab (`npm run web`).
 */
import type { AppCommandId } from '../../shared/app-commands';
import type { BackupInfo } from '../../shared/backups';
import type { UiLanguage } from '../../shared/i18n';
import type { BackupWriteRequest, OpenFileResult, OpenKind, OpenedFile, SaveFileResult, SaveKind } from '../../shared/ipc';

/**
 * Where plans' backups are kept (shared/backups.ts): in Electron, files under the user-data
 * folder (IPC 'backup:*'); in a browser tab, the browser's database (renderer/db
 * BackupRepository), from which the user is asked now and then to download one.
 */
export interface BackupStorage {
  /** 'folder': outside the browser's storage (Electron); 'browser': inside it (web build). */
  readonly location: 'folder' | 'browser';
  /** Stores a backup and prunes the plan's older ones by the retention rule. */
  write(request: BackupWriteRequest): Promise<BackupInfo>;
  /** A plan's backups, newest first. */
  list(planId: string): Promise<BackupInfo[]>;
  /** One backup's plan file. */
  read(planId: string, backupId: string): Promise<Uint8Array>;
  /**
   * Web build: when a backup of each plan was last downloaded (the only copy outside the
   * browser), for the reminder to download one. Null where backups are files already.
   */
  readonly downloads: { record(planId: string): Promise<void>; last(planId: string): Promise<string | null> } | null;
}

export interface Platform {
  readonly kind: 'electron' | 'web';
  setWindowTitle(title: string): void;
  /** Subscribes to commands chosen in the native menu; returns an unsubscribe. */
  onMenuCommand(listener: (id: AppCommandId) => void): () => void;
  appVersion(): Promise<string>;
  /** Takes this window's hold on a plan; null when another window has it open. */
  lockPlan(planId: string): Promise<(() => void) | null>;
  /**
   * Saves a file the app made: in Electron where the user chooses (native save dialog,
   * written atomically); in a browser as a download under `suggestedName`.
   */
  saveFile(kind: SaveKind, suggestedName: string, bytes: Uint8Array): Promise<SaveFileResult>;
  /**
   * Makes a PDF of a print view (shared/export/html.ts) and saves it where the user chooses:
   * in Electron, main prints it in a hidden sandboxed window (IPC 'export:pdf'). Null where
   * the platform cannot make a PDF itself (a browser): the print preview then offers the
   * browser's print dialog, whose "Save as PDF" does the same.
   */
  readonly savePdf: ((html: string, suggestedName: string) => Promise<SaveFileResult>) | null;
  /**
   * Asks the user for a file to open and reads it: in Electron the native open dialog
   * (main reads the file, size-limited); in a browser a file picker. Resolves cancelled
   * when the user chose nothing.
   */
  openFile(kind: OpenKind): Promise<OpenFileResult>;
  /**
   * Subscribes to plan files the system hands the app (Electron: a double-click on a
   * .rbmplan file, a second launch with a path); returns an unsubscribe. A browser tab
   * has no file association: files reach it by the picker or drag and drop.
   */
  onFileOpened(listener: (file: OpenedFile) => void): () => void;
  /**
   * Where plans' backups are kept. Absent only in stores made for tests of other parts,
   * which then take no backups.
   */
  readonly backups?: BackupStorage;
  /**
   * The user's preferred languages, most preferred first (BCP 47 tags), for the interface
   * language of a first start: the browser's (navigator.languages), or in Electron the
   * system's as main reads them. Absent in stores made for tests of other parts.
   */
  systemLanguages?(): Promise<readonly string[]>;
  /** Tells the shell the interface language in use (Electron: the native menu and dialogs follow it). */
  setLanguage?(language: UiLanguage): void;
}
