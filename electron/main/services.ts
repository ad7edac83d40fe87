/**
 * The services behind the IPC channels, bound to the window that called. Kept apart from the
 * handlers so that checking a call and doing the work stay separate concerns.
 */
import type { BrowserWindow } from 'electron';
import type { AppInfo, SaveKind } from '../../shared/ipc';
import type { UiLanguage } from '../../shared/i18n';
import { saveWithDialog, type ShowSaveDialog } from './file-save';
import { nodeFileSystem, openWithDialog, type OpenFileSystem, type ShowOpenDialog } from './open-files';
import { exportPdf } from './pdf';
import { windowTitle } from '../../shared/window-title';
import type { IpcServices } from './ipc-handlers';
import { BackupRequestError, type BackupService } from './backups';

/** What the services need from Electron beyond the window: dialogs and folders. */
export interface ServiceDeps {
  readonly showSaveDialog: ShowSaveDialog;
  readonly showOpenDialog: ShowOpenDialog;
  /** The folder a save or open dialog starts in (the user's documents). */
  readonly documentsFolder: string;
  /** Localised name of a file kind for the dialog's filter, e.g. "Word document". */
  readonly kindName: (kind: SaveKind) => string;
  /** Localised texts of the main process (electron/main/text.ts `text`). */
  readonly text: (key: string) => string;
  /** The file system an opened file is read from (Node's, unless a test stands in). */
  readonly fileSystem?: OpenFileSystem;
  /** Turns a print view into PDF bytes (pdf.ts renderPdf in a hidden sandboxed window). */
  readonly renderPdf: (html: string) => Promise<Uint8Array>;
  /** Plans' backups under the user-data folder (backups.ts createBackupService). */
  readonly backups?: BackupService;
  /** Follows the renderer's interface language (menu and dialogs; index.ts). */
  readonly setLanguage?: (language: UiLanguage) => void;
}

/** The backup service, or a clear refusal where none was given (a test of other channels). */
function backupsOf(deps: ServiceDeps): BackupService {
  if (!deps.backups) throw new BackupRequestError('Backups are not available in this window.');
  return deps.backups;
}

/** Builds the services for one calling window (null when the window is already gone). */
export function createServices(window: Pick<BrowserWindow, 'setTitle'> | null, appInfo: AppInfo, deps: ServiceDeps): IpcServices {
  return {
    'app:info': () => appInfo,
    'window:setTitle': (title) => {
      window?.setTitle(windowTitle(title));
    },
    'file:save': (request) => saveWithDialog(request, deps.showSaveDialog, deps.documentsFolder, deps.kindName(request.kind)),
    'export:pdf': (request) => exportPdf(request, deps.renderPdf, deps.showSaveDialog, deps.documentsFolder, deps.kindName('pdf')),
    'file:open': (request) =>
      openWithDialog(
        request,
        deps.showOpenDialog,
        deps.documentsFolder,
        { title: deps.text('electron.openDialogTitle'), filterName: deps.kindName(request.kind), allFiles: deps.text('electron.allFiles') },
        deps.fileSystem ?? nodeFileSystem,
      ),
    'backup:write': (request) => backupsOf(deps).write(request),
    'backup:list': (planId) => backupsOf(deps).list(planId),
    'backup:read': (planId, id) => backupsOf(deps).read(planId, id),
    'app:setLanguage': (language) => deps.setLanguage?.(language),
  };
}
