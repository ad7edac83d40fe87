import type { Catalogue } from './en';

/** Documents in each of a plan's languages: the language choice of exports and what it says. */
export const exportLanguage: Catalogue['exportLanguage'] = {
  doc: {
    language: 'Idioma',
    untranslatedLabel: 'Aún sin traducir',
    untranslated_one: '{{count}} texto figura en {{language}}',
    untranslated_other: '{{count}} textos figuran en {{language}}',
  },
  dialog: {
    label: 'Idioma del documento',
    main: '{{name}} (idioma principal)',
    labelsOnly: '{{name}} (solo etiquetas)',
    mainHint: 'Los textos del plan tal como están redactados, en {{name}}.',
    allTranslated: 'Todos los textos están traducidos al {{name}}.',
    untranslated_one: '{{count}} texto aún no está traducido al {{name}}: figurará en {{main}}.',
    untranslated_other: '{{count}} textos aún no están traducidos al {{name}}: figurarán en {{main}}.',
    noCatalogue: 'La aplicación no tiene etiquetas en {{name}}: los títulos, las etiquetas y las fechas estarán en inglés junto a los textos en {{name}}.',
    labelsOnlyHint: 'El plan no está redactado en {{name}}: las etiquetas estarán en {{name}} y los textos en {{main}}.',
    iati: 'El archivo IATI contiene todos los idiomas del plan: cada texto en {{main}} y sus traducciones marcadas con su idioma.',
  },
  cli: {
    help: `Idiomas del documento:
  --language <código>   el idioma del documento: uno de los idiomas del plan (sus textos en ese
                        idioma donde estén traducidos y en el idioma principal donde no; etiquetas
                        del catálogo de ese idioma, en inglés si no lo hay), o un idioma con
                        catálogo ({{catalogues}}: sus etiquetas junto a los textos en el idioma
                        principal). Por defecto: el idioma principal del plan. Un archivo IATI
                        contiene todos los idiomas del plan, diga lo que diga --language.`,
    badCode: '«{{value}}» no es un código de idioma: indique dos letras minúsculas, como fr (hay etiquetas en {{catalogues}}).',
    notPlanLanguage: 'No se puede generar un documento en «{{value}}»: la aplicación no tiene etiquetas en ese idioma (las tiene en {{catalogues}}) y el plan no está redactado en él (sus idiomas: {{languages}}).',
    untranslated_one: '{{count}} texto aún no está traducido al {{language}}: figura en {{main}}.',
    untranslated_other: '{{count}} textos aún no están traducidos al {{language}}: figuran en {{main}}.',
  },
};
