import type { Catalogue } from './en';

/** Documents in each of a plan's languages: the language choice of exports and what it says. */
export const exportLanguage: Catalogue['exportLanguage'] = {
};
