/**
 * What the app needs from where it runs: the Electron shell (window.rbm from the
 * preload, implementing shared/ipc.ts) or a plain browser tab (`npm run web`).
 */
import type { AppCommandId } from '../../shared/app-commands';
import type { SaveFileResult, SaveKind } from '../../shared/ipc';

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
}
