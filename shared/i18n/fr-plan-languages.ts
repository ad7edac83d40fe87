import type { Catalogue } from './en';

/** Les langues d'un plan (messages en français) : langue principale et autres langues, langue d'affichage, constats du contrôle de qualité sur les traductions. */
export const planLanguages: Catalogue['planLanguages'] = {
  history: {
    translate: 'traduire en {{language}}',
    confirm: 'confirmer la traduction en {{language}}',
    setLanguages: 'langues du plan',
  },
  errors: {
    notFurtherLanguage: 'Le plan n\'est pas traduit en « {{language}} » : ajoutez d\'abord cette langue dans les paramètres du plan.',
    notTranslatable: 'Ce texte ne peut pas être traduit.',
    tooLong: 'La traduction est trop longue : {{max}} caractères au plus.',
    noTranslation: 'Il n\'y a pas encore de traduction à confirmer.',
    unknownLanguage: '« {{language}} » n\'est pas une langue dans laquelle un plan peut être rédigé.',
    mainIsFurther: 'Le plan est déjà traduit en « {{language}} » : retirez cette langue des autres langues avant d\'en faire la langue principale.',
  },
};
