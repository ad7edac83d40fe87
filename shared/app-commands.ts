/**
 * User commands as data: one definition shared by the native menu (electron/main),
 * the renderer's keyboard shortcuts and its command buttons. The renderer binds each
 * id to an action; the Electron menu sends the id over IPC (`menu:command`).
 */
export const APP_COMMANDS = [
  { id: 'plan.new', menu: 'file', labelKey: 'commands.planNew', accelerator: 'CmdOrCtrl+N' },
  { id: 'plan.newSample', menu: 'file', labelKey: 'commands.planNewSample', accelerator: null },
  { id: 'plan.library', menu: 'file', labelKey: 'commands.planLibrary', accelerator: 'CmdOrCtrl+L' },
  { id: 'plan.openFile', menu: 'file', labelKey: 'commands.openPlanFile', accelerator: 'CmdOrCtrl+O', separatorBefore: true },
  { id: 'plan.saveFile', menu: 'file', labelKey: 'commands.savePlanFile', accelerator: 'CmdOrCtrl+S' },
  { id: 'export.word', menu: 'file', labelKey: 'commands.exportWord', accelerator: 'CmdOrCtrl+Shift+E', separatorBefore: true },
  { id: 'export.pdf', menu: 'file', labelKey: 'commands.exportPdf', accelerator: 'CmdOrCtrl+P' },
  { id: 'export.excel', menu: 'file', labelKey: 'commands.exportExcel', accelerator: null },
  { id: 'export.iati', menu: 'file', labelKey: 'commands.exportIati', accelerator: null },
  { id: 'edit.undo', menu: 'edit', labelKey: 'commands.undo', accelerator: 'CmdOrCtrl+Z' },
  { id: 'edit.redo', menu: 'edit', labelKey: 'commands.redo', accelerator: 'CmdOrCtrl+Shift+Z' },
  { id: 'app.settings', menu: 'edit', labelKey: 'languages.settings.command', accelerator: 'CmdOrCtrl+,', separatorBefore: true },
  { id: 'view.overview', menu: 'view', labelKey: 'commands.viewOverview', accelerator: 'CmdOrCtrl+1' },
  { id: 'view.matrix', menu: 'view', labelKey: 'commands.viewMatrix', accelerator: 'CmdOrCtrl+2' },
  { id: 'view.results', menu: 'view', labelKey: 'commands.viewResults', accelerator: 'CmdOrCtrl+3' },
  { id: 'view.narrative', menu: 'view', labelKey: 'commands.viewNarrative', accelerator: 'CmdOrCtrl+4' },
  { id: 'view.quality', menu: 'view', labelKey: 'commands.viewQuality', accelerator: 'CmdOrCtrl+5' },
  { id: 'view.dashboard', menu: 'view', labelKey: 'commands.viewDashboard', accelerator: 'CmdOrCtrl+6' },
  { id: 'view.indicators', menu: 'view', labelKey: 'commands.viewIndicators', accelerator: 'CmdOrCtrl+7' },
  { id: 'view.risks', menu: 'view', labelKey: 'commands.viewRisks', accelerator: 'CmdOrCtrl+8' },
  { id: 'view.timeline', menu: 'view', labelKey: 'commands.viewTimeline', accelerator: 'CmdOrCtrl+9' },
  { id: 'view.responsibilities', menu: 'view', labelKey: 'commands.viewResponsibilities', accelerator: null },
  { id: 'view.resources', menu: 'view', labelKey: 'commands.viewResources', accelerator: null },
  { id: 'view.partners', menu: 'view', labelKey: 'commands.viewPartners', accelerator: null },
  { id: 'view.structure', menu: 'view', labelKey: 'commands.viewStructure', accelerator: null },
  { id: 'view.settings', menu: 'view', labelKey: 'commands.viewSettings', accelerator: null },
  { id: 'view.conflicts', menu: 'view', labelKey: 'commands.viewConflicts', accelerator: null },
  { id: 'view.history', menu: 'view', labelKey: 'commands.viewHistory', accelerator: null },
  { id: 'view.backups', menu: 'view', labelKey: 'commands.viewBackups', accelerator: null },
  { id: 'view.translation', menu: 'view', labelKey: 'translation.command', accelerator: null },
  { id: 'help.about', menu: 'help', labelKey: 'commands.about', accelerator: null },
] as const;

export type AppCommand = (typeof APP_COMMANDS)[number];

/** Whether the menu sets a command apart from the ones above it. */
export function startsGroup(command: AppCommand): boolean {
  return 'separatorBefore' in command && command.separatorBefore;
}
export type AppCommandId = AppCommand['id'];
export type MenuName = AppCommand['menu'];

export const APP_COMMAND_IDS: readonly AppCommandId[] = APP_COMMANDS.map((c) => c.id);

export function isAppCommandId(value: unknown): value is AppCommandId {
  return typeof value === 'string' && (APP_COMMAND_IDS as readonly string[]).includes(value);
}
