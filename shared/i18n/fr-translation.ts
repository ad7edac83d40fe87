import type { Catalogue } from './en';

/** La vue Traduction (messages en français) : les textes du plan côte à côte dans sa langue principale et une autre. */
export const translation: Catalogue['translation'] = {
  nav: 'Traduction',
  command: 'Traduction',
  title: 'Traduction',
};
