/**
 * What the app needs from where it runs: the Electron shell (window.rbm from the
 * preload, implementing shared/ipc.ts) or a plain browser tab (`npm run web`).
 */
import type { AppCommandId } from '../../shared/app-commands';
import type { OpenFileResult, OpenKind, OpenedFile, SaveFileResult, SaveKind } from '../../shared/ipc';

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
}
