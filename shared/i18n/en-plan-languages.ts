/** A plan's languages: its main and further languages, the language the plan is shown in, and what the quality check says about translations. */
export const planLanguages = {
  history: {
    translate: 'translate into $t(planLanguages.language.{{language}})',
    confirm: 'confirm translation into $t(planLanguages.language.{{language}})',
    setLanguages: 'plan languages',
    /** History sentences (renderer/features/history/sentences.ts). */
    confirmed: 'confirmed the {{field}} of {{entity}} as still right',
    addedLanguage: 'added $t(planLanguages.language.{{language}}) as a further language of the plan',
    removedLanguage: 'removed $t(planLanguages.language.{{language}}) from the plan’s further languages (its translations are kept)',
  },
  errors: {
    notFurtherLanguage: 'The plan is not translated into "{{language}}": add it as a further language in Plan settings first.',
    notTranslatable: 'That text cannot be translated.',
    tooLong: 'The translation is too long: at most {{max}} characters.',
    noTranslation: 'There is no translation to confirm yet.',
    unknownLanguage: '"{{language}}" is not a language a plan can be written in.',
    mainIsFurther: 'The plan is already translated into "{{language}}": remove it from the further languages before making it the main language.',
  },
  /** Names of the languages a plan can be written in (messages made outside the screens). */
  language: {
    ar: 'Arabic', bn: 'Bengali', de: 'German', en: 'English', es: 'Spanish', fa: 'Persian', fr: 'French', hi: 'Hindi', id: 'Indonesian', it: 'Italian', ja: 'Japanese', ko: 'Korean', nl: 'Dutch', pl: 'Polish', pt: 'Portuguese', ru: 'Russian', sw: 'Swahili', th: 'Thai', tr: 'Turkish', uk: 'Ukrainian', ur: 'Urdu', vi: 'Vietnamese', zh: 'Chinese',
  },
  section: {
    title: 'Languages',
    intro: 'The main language is the one the plan’s texts are written in. Further languages are the ones its texts are translated into, in the Translation view.',
    main: 'Main language',
    mainHint: 'Changing it only says which language the texts are written in: no text is translated or changed.',
    further: 'Further languages',
    none: 'No further languages: the plan is written in one language only.',
    add: 'Add a language',
    addLabel: 'Language to add',
    choose: 'Choose a language…',
    addButton: 'Add',
    remove: 'Remove',
    removeLabel: 'Remove {{name}}',
    removeTitle: 'Remove {{name}}?',
    removeBody: '{{name}} is no longer offered for translation and the plan can no longer be shown in it. Its translations are kept in the plan: they come back if {{name}} is added again.',
    removeConfirm: 'Remove {{name}}',
    added: '{{name}} added: translate the plan’s texts in the Translation view.',
    removed: '{{name}} removed. Its translations are kept.',
    mainChanged: 'The plan’s texts are now said to be written in {{name}}.',
  },
  shown: {
    label: 'Shown in',
    notice_one: 'Shown in {{shown}}: {{count}} text not yet translated is shown in {{main}}.',
    notice_other: 'Shown in {{shown}}: {{count}} texts not yet translated are shown in {{main}}.',
    noticeAll: 'Shown in {{shown}}: every text is translated.',
    editing: 'Edits of existing texts are saved as the {{shown}} translation; the {{main}} texts stay as they are. New elements are written in {{main}}.',
    openTranslation: 'Open the Translation view',
  },
  rule: {
    translationMissing: 'Texts translated into each further language',
    translationStale: 'Translations up to date with the main text',
  },
  element: {
    plan: 'The plan’s details',
    result: '$t(quality.element.result)',
    indicator: '$t(quality.element.indicator)',
    risk: '$t(quality.element.risk)',
    milestone: '$t(quality.element.milestone)',
    named: '$t(planLanguages.kind.{{collection}}) “{{name}}”',
  },
  kind: {
    periods: 'Period', components: 'Component', results: 'Result', indicators: 'Indicator', milestones: 'Milestone', risks: 'Risk', mitigations: 'Mitigation', units: 'Unit', responsibilities: 'Responsibility', partners: 'Partner', objectives: 'Strategic objective', resources: 'Resource', sections: 'Narrative section',
  },
  finding: {
    missing_one: '$t(planLanguages.element.{{element}}): {{count}} text not yet translated into $t(planLanguages.language.{{language}}).',
    missing_other: '$t(planLanguages.element.{{element}}): {{count}} texts not yet translated into $t(planLanguages.language.{{language}}).',
    stale_one: '$t(planLanguages.element.{{element}}): {{count}} $t(planLanguages.language.{{language}}) translation is out of date (the main text changed since).',
    stale_other: '$t(planLanguages.element.{{element}}): {{count}} $t(planLanguages.language.{{language}}) translations are out of date (the main text changed since).',
  },
  field: {
    translation: '$t(planLanguages.language.{{language}}) translation of the $t({{fieldKey}})',
    source: 'version of the main text the $t(planLanguages.language.{{language}}) translation of the $t({{fieldKey}}) follows',
    mainLanguage: 'main language',
    furtherLanguage: 'further language $t(planLanguages.language.{{language}})',
  },
} as const;
