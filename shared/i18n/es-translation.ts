import type { Catalogue } from './en';

/** La vista Traducción (mensajes en español): los textos del plan lado a lado en su idioma principal y en otro. */
export const translation: Catalogue['translation'] = {
  nav: 'Traducción',
  command: 'Traducción',
  title: 'Traducción',
};
