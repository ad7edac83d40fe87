import type { Catalogue } from './en';

/** The interface language: the settings chooser and the names of languages. */
export const languages: Catalogue['languages'] = {
};
