import type { Catalogue } from './en';

/** Documents in each of a plan's languages: the language choice of exports and what it says. */
export const exportLanguage: Catalogue['exportLanguage'] = {
  doc: {
    language: 'Langue',
    untranslatedLabel: 'Pas encore traduit',
    untranslated_one: '{{count}} texte figure en {{language}}',
    untranslated_other: '{{count}} textes figurent en {{language}}',
  },
  dialog: {
    label: 'Langue du document',
    main: '{{name}} (langue principale)',
    labelsOnly: '{{name}} (libellés seulement)',
    mainHint: 'Les textes du plan tels qu’ils sont rédigés, en {{name}}.',
    allTranslated: 'Tous les textes sont traduits en {{name}}.',
    untranslated_one: '{{count}} texte n’est pas encore traduit en {{name}} : il figurera en {{main}}.',
    untranslated_other: '{{count}} textes ne sont pas encore traduits en {{name}} : ils figureront en {{main}}.',
    noCatalogue: 'L’application n’a pas de libellés en {{name}} : titres, libellés et dates seront en anglais autour des textes en {{name}}.',
    labelsOnlyHint: 'Le plan n’est pas rédigé en {{name}} : les libellés seront en {{name}}, les textes en {{main}}.',
    iati: 'Le fichier IATI contient toutes les langues du plan : chaque texte en {{main}}, et ses traductions marquées de leur langue.',
  },
  cli: {
    help: `Langues du document :
  --language <code>     la langue du document : l’une des langues du plan (ses textes dans cette
                        langue là où ils sont traduits, dans la langue principale sinon ; libellés
                        du catalogue de cette langue, en anglais s’il n’y en a pas), ou une langue
                        dotée d’un catalogue ({{catalogues}} : ses libellés autour des textes dans
                        la langue principale). Par défaut : la langue principale du plan. Un
                        fichier IATI contient toutes les langues du plan, quel que soit --language.`,
    badCode: '« {{value}} » n’est pas un code de langue : indiquez deux lettres minuscules, par exemple fr (libellés disponibles en {{catalogues}}).',
    notPlanLanguage: 'Impossible de produire un document en « {{value}} » : l’application n’a pas de libellés dans cette langue (elle en a en {{catalogues}}) et le plan n’y est pas rédigé (ses langues : {{languages}}).',
    untranslated_one: '{{count}} texte n’est pas encore traduit en {{language}} : il figure en {{main}}.',
    untranslated_other: '{{count}} textes ne sont pas encore traduits en {{language}} : ils figurent en {{main}}.',
  },
};
