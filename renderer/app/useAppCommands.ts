/**
 * Binds the user commands (shared/app-commands.ts) to store actions, for the native
 * menu (Electron) and for keyboard shortcuts (both builds). Undo and redo leave text
 * fields alone, so typing keeps the browser's own undo there.
 */
import { useEffect, useRef } from 'react';
import { APP_COMMANDS, isAppCommandId, type AppCommandId } from '../../shared/app-commands';
import { APP_SETTINGS_EVENT, EXPORT_EVENT, MENU_COMMAND_EVENT, NEW_PLAN_EVENT, SAVE_PLAN_FILE_EVENT } from '../platform/events';
import { useApp, type Tab } from '../store';

type ViewCommandId = Extract<AppCommandId, `view.${string}`>;
type ExportCommandId = Extract<AppCommandId, `export.${string}`>;

/** The format each Export command preselects in the export dialog. */
const EXPORT_FORMATS: Record<ExportCommandId, 'docx' | 'pdf' | 'xlsx' | 'iati'> = {
  'export.word': 'docx',
  'export.pdf': 'pdf',
  'export.excel': 'xlsx',
  'export.iati': 'iati',
};

/** The workspace tab each View command shows. */
const VIEW_TABS: Record<ViewCommandId, Tab> = {
  'view.overview': 'overview',
  'view.matrix': 'matrix',
  'view.results': 'results',
  'view.narrative': 'narrative',
  'view.quality': 'quality',
  'view.dashboard': 'dashboard',
  'view.indicators': 'indicators',
  'view.risks': 'risks',
  'view.timeline': 'timeline',
  'view.responsibilities': 'responsibilities',
  'view.resources': 'resources',
  'view.partners': 'partners',
  'view.structure': 'structure',
  'view.settings': 'settings',
  'view.conflicts': 'conflicts',
  'view.history': 'history',
  'view.backups': 'backups',
  'view.translation': 'translation',
};

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type));
}

/** Whether a keyboard event matches an Electron-style accelerator such as CmdOrCtrl+Shift+Z. */
export function matchesAccelerator(event: KeyboardEvent, accelerator: string): boolean {
  const parts = accelerator.split('+');
  const key = parts[parts.length - 1]!.toLowerCase();
  const wantsShift = parts.includes('Shift');
  const wantsAlt = parts.includes('Alt');
  const wantsMod = parts.includes('CmdOrCtrl');
  const mod = event.ctrlKey || event.metaKey;
  return event.key.toLowerCase() === key && mod === wantsMod && event.shiftKey === wantsShift && event.altKey === wantsAlt;
}

export function useAppCommands(): void {
  const undo = useApp((s) => s.undo);
  const redo = useApp((s) => s.redo);
  const goToLibrary = useApp((s) => s.goToLibrary);
  const createSamplePlan = useApp((s) => s.createSamplePlan);
  const setTab = useApp((s) => s.setTab);
  const notify = useApp((s) => s.notify);
  const openPlanFileDialog = useApp((s) => s.openPlanFileDialog);
  const ready = useApp((s) => s.route.screen === 'plan' && s.openStatus === 'ready');
  const officeNameNeeded = useApp((s) => s.officeNameNeeded);
  // Read by the listeners below without re-subscribing them on every route change.
  const planOpen = useRef(ready);
  const officeNeeded = useRef(officeNameNeeded);
  useEffect(() => {
    planOpen.current = ready;
    officeNeeded.current = officeNameNeeded;
  }, [ready, officeNameNeeded]);

  useEffect(() => {
    const planReady = () => planOpen.current;
    const run = (id: AppCommandId, fromMenu: boolean): boolean => {
      switch (id) {
        case 'edit.undo':
          void undo();
          return true;
        case 'edit.redo':
          void redo();
          return true;
        case 'plan.library':
          void goToLibrary();
          return true;
        case 'plan.new':
          void goToLibrary().then((ok) => ok && window.dispatchEvent(new CustomEvent(NEW_PLAN_EVENT)));
          return true;
        case 'plan.newSample':
          void createSamplePlan();
          return true;
        case 'view.overview':
        case 'view.matrix':
        case 'view.narrative':
        case 'view.quality':
        case 'view.results':
        case 'view.dashboard':
        case 'view.indicators':
        case 'view.risks':
        case 'view.timeline':
        case 'view.responsibilities':
        case 'view.resources':
        case 'view.partners':
        case 'view.structure':
        case 'view.settings':
        case 'view.conflicts':
        case 'view.history':
        case 'view.backups':
        case 'view.translation':
          setTab(VIEW_TABS[id]);
          return true;
        case 'plan.openFile':
          // Not before this office is named (first start): the file could not be shown yet.
          if (officeNeeded.current) return false;
          void openPlanFileDialog();
          return true;
        case 'plan.saveFile':
          // A plan file is of an open plan; elsewhere Ctrl+S keeps its browser meaning.
          if (!planReady()) return false;
          window.dispatchEvent(new CustomEvent(SAVE_PLAN_FILE_EVENT));
          return true;
        case 'export.word':
        case 'export.pdf':
        case 'export.excel':
        case 'export.iati':
          // Documents are of an open plan; elsewhere the shortcut keeps its browser meaning.
          if (!planReady()) return false;
          window.dispatchEvent(new CustomEvent(EXPORT_EVENT, { detail: EXPORT_FORMATS[id] }));
          return true;
        case 'app.settings':
          // Not before this office is named (first start): only that question is shown then.
          if (officeNeeded.current) return false;
          window.dispatchEvent(new CustomEvent(APP_SETTINGS_EVENT));
          return true;
        case 'help.about':
          if (fromMenu) notify({ tone: 'info', message: { key: 'app.about' } });
          return fromMenu;
      }
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      for (const command of APP_COMMANDS) {
        if (!command.accelerator || !matchesAccelerator(event, command.accelerator)) continue;
        if ((command.id === 'edit.undo' || command.id === 'edit.redo') && isTextField(event.target)) return;
        if (run(command.id, false)) event.preventDefault();
        return;
      }
      // Ctrl+Y is redo on Windows.
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'y' && !isTextField(event.target)) {
        event.preventDefault();
        void redo();
      }
    };
    window.addEventListener('keydown', onKey);
    const onMenu = (event: Event) => {
      const id = (event as CustomEvent<unknown>).detail;
      if (!isAppCommandId(id)) return;
      // The native menu's Undo while typing is the text field's own undo.
      if ((id === 'edit.undo' || id === 'edit.redo') && isTextField(document.activeElement)) {
        document.execCommand(id === 'edit.undo' ? 'undo' : 'redo');
        return;
      }
      run(id, true);
    };
    window.addEventListener(MENU_COMMAND_EVENT, onMenu);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener(MENU_COMMAND_EVENT, onMenu);
    };
  }, [undo, redo, goToLibrary, createSamplePlan, setTab, notify, openPlanFileDialog]);
}
