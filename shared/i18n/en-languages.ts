/** The interface language: the app's Settings dialog and its command. */
export const languages = {
  settings: {
    open: 'Settings',
    openHint: 'Interface language and this office’s name (Ctrl+,)',
    command: 'Settings…',
    title: 'Settings',
    language: 'Interface language',
    languageHint: 'Menus, screens, messages, dates and numbers are shown in this language, from now on and at the next start. The text of your plans stays as it was written.',
    saveOffice: 'Save name',
    notStored: 'The interface language was changed, but it could not be remembered for the next start.',
  },
} as const;
