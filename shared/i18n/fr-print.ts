import type { Catalogue } from './en';

/** French messages of the print preview and PDF. */
export const print: Catalogue['print'] = {
  title: 'Aperçu avant impression',
  paper: 'Papier : {{paper}}',
  paperSizes: {
    A4: 'A4',
    Letter: 'Lettre US',
  },
  frame: 'Document : {{fileName}}',
  print: 'Imprimer…',
  printHint: 'Pour enregistrer un PDF, choisissez « Enregistrer au format PDF » comme imprimante.',
  savePdf: 'Enregistrer en PDF…',
  saving: 'Création du PDF…',
  saved: 'Enregistré sous {{fileName}}.',
  cancelled: 'Non enregistré.',
  failed: 'Le PDF n’a pas pu être créé : {{reason}}',
  close: 'Fermer',
};
