import type { Catalogue } from './en';

/** The interface language: the app's Settings dialog and its command. */
export const languages: Catalogue['languages'] = {
  settings: {
    open: 'Paramètres',
    openHint: 'Langue de l’interface et nom de ce bureau (Ctrl+,)',
    command: 'Paramètres…',
    title: 'Paramètres',
    language: 'Langue de l’interface',
    languageHint: 'Les menus, les écrans, les messages, les dates et les nombres s’affichent dans cette langue, dès maintenant et au prochain démarrage. Le texte de vos plans reste tel qu’il a été rédigé.',
    saveOffice: 'Enregistrer le nom',
    notStored: 'La langue de l’interface a été changée, mais elle n’a pas pu être mémorisée pour le prochain démarrage.',
  },
};
