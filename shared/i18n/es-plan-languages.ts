import type { Catalogue } from './en';

/** Los idiomas de un plan (mensajes en español): idioma principal y otros idiomas, idioma en que se muestra, hallazgos del control de calidad sobre las traducciones. */
export const planLanguages: Catalogue['planLanguages'] = {
  history: {
    translate: 'traducir al $t(planLanguages.language.{{language}})',
    confirm: 'confirmar la traducción al $t(planLanguages.language.{{language}})',
    setLanguages: 'idiomas del plan',
    confirmed: 'confirmó que la {{field}} de {{entity}} sigue siendo correcta',
    addedLanguage: 'añadió el $t(planLanguages.language.{{language}}) a los otros idiomas del plan',
    removedLanguage: 'quitó el $t(planLanguages.language.{{language}}) de los otros idiomas del plan (sus traducciones se conservan)',
  },
  errors: {
    notFurtherLanguage: 'El plan no está traducido a «{{language}}»: añada primero ese idioma en la configuración del plan.',
    notTranslatable: 'Ese texto no se puede traducir.',
    tooLong: 'La traducción es demasiado larga: como máximo {{max}} caracteres.',
    noTranslation: 'Todavía no hay ninguna traducción que confirmar.',
    unknownLanguage: '«{{language}}» no es un idioma en el que se pueda redactar un plan.',
    mainIsFurther: 'El plan ya está traducido a «{{language}}»: quite ese idioma de los otros idiomas antes de convertirlo en el idioma principal.',
  },
  language: {
    ar: 'árabe', bn: 'bengalí', de: 'alemán', en: 'inglés', es: 'español', fa: 'persa', fr: 'francés', hi: 'hindi', id: 'indonesio', it: 'italiano', ja: 'japonés', ko: 'coreano', nl: 'neerlandés', pl: 'polaco', pt: 'portugués', ru: 'ruso', sw: 'suajili', th: 'tailandés', tr: 'turco', uk: 'ucraniano', ur: 'urdu', vi: 'vietnamita', zh: 'chino',
  },
  section: {
    title: 'Idiomas',
    intro: 'El idioma principal es aquel en el que están redactados los textos del plan. Los otros idiomas son aquellos a los que se traducen sus textos, en la vista Traducción.',
    main: 'Idioma principal',
    mainHint: 'Cambiarlo solo indica en qué idioma están redactados los textos: ningún texto se traduce ni se modifica.',
    further: 'Otros idiomas',
    none: 'Ningún otro idioma: el plan está redactado en un solo idioma.',
    add: 'Añadir un idioma',
    addLabel: 'Idioma que añadir',
    choose: 'Elija un idioma…',
    addButton: 'Añadir',
    remove: 'Quitar',
    removeLabel: 'Quitar: {{name}}',
    removeTitle: '¿Quitar {{name}}?',
    removeBody: 'El idioma {{name}} dejará de ofrecerse para traducir y el plan ya no podrá mostrarse en él. Sus traducciones se conservan en el plan: vuelven si el idioma se añade de nuevo.',
    removeConfirm: 'Quitar {{name}}',
    added: 'Idioma añadido: {{name}}. Traduzca los textos del plan en la vista Traducción.',
    removed: 'Idioma quitado: {{name}}. Sus traducciones se conservan.',
    mainChanged: 'Los textos del plan constan ahora como redactados en {{name}}.',
  },
  shown: {
    label: 'Mostrado en',
    notice_one: 'Mostrado en {{shown}}: {{count}} texto aún sin traducir se muestra en {{main}}.',
    notice_other: 'Mostrado en {{shown}}: {{count}} textos aún sin traducir se muestran en {{main}}.',
    noticeAll: 'Mostrado en {{shown}}: todos los textos están traducidos.',
    editing: 'Las modificaciones de textos existentes se guardan como traducción al {{shown}}; los textos en {{main}} no cambian. Los elementos nuevos se redactan en {{main}}.',
    openTranslation: 'Abrir la vista Traducción',
  },
  rule: {
    translationMissing: 'Textos traducidos a cada uno de los otros idiomas',
    translationStale: 'Traducciones al día con el texto principal',
  },
  element: {
    plan: 'Los datos del plan',
    result: '$t(quality.element.result)',
    indicator: '$t(quality.element.indicator)',
    risk: '$t(quality.element.risk)',
    milestone: '$t(quality.element.milestone)',
    named: '$t(planLanguages.kind.{{collection}}) «{{name}}»',
  },
  kind: {
    periods: 'Período', components: 'Componente', results: 'Resultado', indicators: 'Indicador', milestones: 'Hito', risks: 'Riesgo', mitigations: 'Medida de mitigación', units: 'Unidad', responsibilities: 'Responsabilidad', partners: 'Socio', objectives: 'Objetivo estratégico', resources: 'Recurso', sections: 'Sección narrativa',
  },
  finding: {
    missing_one: '$t(planLanguages.element.{{element}}): {{count}} texto aún sin traducir al $t(planLanguages.language.{{language}}).',
    missing_other: '$t(planLanguages.element.{{element}}): {{count}} textos aún sin traducir al $t(planLanguages.language.{{language}}).',
    stale_one: '$t(planLanguages.element.{{element}}): {{count}} traducción al $t(planLanguages.language.{{language}}) está desactualizada (el texto principal cambió desde entonces).',
    stale_other: '$t(planLanguages.element.{{element}}): {{count}} traducciones al $t(planLanguages.language.{{language}}) están desactualizadas (el texto principal cambió desde entonces).',
  },
  field: {
    translation: 'traducción al $t(planLanguages.language.{{language}}) de «$t({{fieldKey}})»',
    source: 'versión del texto principal que sigue la traducción al $t(planLanguages.language.{{language}}) de «$t({{fieldKey}})»',
    mainLanguage: 'idioma principal',
    furtherLanguage: 'otro idioma: $t(planLanguages.language.{{language}})',
  },
};
