/** A plan's languages: its main and further languages, the language the plan is shown in, and what the quality check says about translations. */
export const planLanguages = {
  history: {
    translate: 'translate into {{language}}',
    confirm: 'confirm translation into {{language}}',
    setLanguages: 'plan languages',
  },
  errors: {
    notFurtherLanguage: 'The plan is not translated into "{{language}}": add it as a further language in Plan settings first.',
    notTranslatable: 'That text cannot be translated.',
    tooLong: 'The translation is too long: at most {{max}} characters.',
    noTranslation: 'There is no translation to confirm yet.',
    unknownLanguage: '"{{language}}" is not a language a plan can be written in.',
    mainIsFurther: 'The plan is already translated into "{{language}}": remove it from the further languages before making it the main language.',
  },
} as const;
