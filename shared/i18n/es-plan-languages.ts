import type { Catalogue } from './en';

/** A plan's languages: its main and further languages, the language the plan is shown in, and what the quality check says about translations. */
export const planLanguages: Catalogue['planLanguages'] = {
};
