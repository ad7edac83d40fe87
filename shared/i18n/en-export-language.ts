/** Documents in each of a plan's languages: the language choice of exports and what it says. */
export const exportLanguage = {
  doc: {
    language: 'Language',
    untranslatedLabel: 'Not yet translated',
    untranslated_one: '{{count}} text appears in {{language}}',
    untranslated_other: '{{count}} texts appear in {{language}}',
  },
  dialog: {
    label: 'Language of the document',
    main: '{{name}} (main language)',
    labelsOnly: '{{name}} (labels only)',
    mainHint: "The plan's texts as written, in {{name}}.",
    allTranslated: 'Every text is translated into {{name}}.',
    untranslated_one: '{{count}} text is not yet translated into {{name}}: it will appear in {{main}}.',
    untranslated_other: '{{count}} texts are not yet translated into {{name}}: they will appear in {{main}}.',
    noCatalogue: 'The app has no labels in {{name}}: headings, labels and dates will be in English around the texts in {{name}}.',
    labelsOnlyHint: 'The plan is not written in {{name}}: the labels will be in {{name}}, the texts in {{main}}.',
    iati: 'The IATI file holds every language of the plan: each text in {{main}}, and its translations marked with their language.',
  },
  cli: {
    help: `Languages of the document:
  --language <code>     the document's language: one of the plan's languages (its texts in that
                        language where translated, in the main language where not; labels from
                        that language's catalogue, English where there is none), or a language
                        with a catalogue ({{catalogues}}: its labels around the main-language
                        texts). Default: the plan's main language. An IATI file holds every
                        language of the plan whatever --language says.`,
    badCode: '"{{value}}" is not a language code: give two lower-case letters, such as fr (labels exist in {{catalogues}}).',
    notPlanLanguage: 'Cannot make a document in "{{value}}": the app has no labels in it ({{catalogues}} have) and the plan is not written in it (its languages: {{languages}}).',
    untranslated_one: '{{count}} text is not yet translated into {{language}}: it appears in {{main}}.',
    untranslated_other: '{{count}} texts are not yet translated into {{language}}: they appear in {{main}}.',
  },
} as const;
