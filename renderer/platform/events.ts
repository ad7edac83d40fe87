/** Window events between the platform layer and the app's command bindings. */
export const MENU_COMMAND_EVENT = 'rbm:menu-command';
/** Asks the library to open its New plan dialog (File > New plan). */
export const NEW_PLAN_EVENT = 'rbm:new-plan';
/** Asks every editor holding a local draft to commit it now (the page is being hidden or left). */
export const FLUSH_DRAFTS_EVENT = 'rbm:flush-drafts';
/** Opens the export dialog, with a format chosen when the detail is an ExportFormat (File menu, shortcuts). */
export const EXPORT_EVENT = 'rbm:export';
/** Opens the Save plan file dialog (File > Save plan file…, Ctrl+S). */
export const SAVE_PLAN_FILE_EVENT = 'rbm:save-plan-file';
/** Opens the app's Settings dialog: interface language, this office's name (Edit > Settings…, Ctrl+,, the header's button). */
export const APP_SETTINGS_EVENT = 'rbm:app-settings';
