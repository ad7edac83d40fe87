/**
 * The English message catalogue: every UI string, menu label and message of the app.
 * Keys are grouped by screen. Other languages (fr, es) must have exactly these keys.
 * Interpolation uses i18next's {{name}} syntax.
 */
export const en = {
  app: {
    name: 'RBM Planner',
  },
  menu: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    help: 'Help',
  },
  commands: {
    planNew: 'New plan',
    planNewSample: 'New sample plan',
    planLibrary: 'Plan library',
    undo: 'Undo',
    redo: 'Redo',
    viewOverview: 'Plan overview',
    viewResults: 'Results chain',
    about: 'About RBM Planner',
  },
  electron: {
    startFailedTitle: 'RBM Planner cannot start',
    rendererMissing: 'The app\'s interface was not found in {{path}}. Build it with "npm run build" and start again.',
    rendererGoneTitle: 'RBM Planner stopped unexpectedly',
    rendererGone: 'The window stopped working ({{reason}}). Reload it to go on working.',
    reload: 'Reload',
    quit: 'Quit',
  },
} as const;

/** A catalogue with the same shape as the English one, for other languages. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Catalogue = Widen<typeof en>;
