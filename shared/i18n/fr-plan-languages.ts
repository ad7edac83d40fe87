import type { Catalogue } from './en';

/** Les langues d'un plan (messages en français) : langue principale et autres langues, langue d'affichage, constats du contrôle de qualité sur les traductions. */
export const planLanguages: Catalogue['planLanguages'] = {
  history: {
    translate: 'traduire en $t(planLanguages.language.{{language}})',
    confirm: 'confirmer la traduction en $t(planLanguages.language.{{language}})',
    setLanguages: 'langues du plan',
    confirmed: 'a confirmé que la {{field}} de {{entity}} reste juste',
    addedLanguage: 'a ajouté le $t(planLanguages.language.{{language}}) aux autres langues du plan',
    removedLanguage: 'a retiré le $t(planLanguages.language.{{language}}) des autres langues du plan (ses traductions sont conservées)',
  },
  errors: {
    notFurtherLanguage: 'Le plan n’est pas traduit en « {{language}} » : ajoutez d’abord cette langue dans les paramètres du plan.',
    notTranslatable: 'Ce texte ne peut pas être traduit.',
    tooLong: 'La traduction est trop longue : {{max}} caractères au plus.',
    noTranslation: 'Il n’y a pas encore de traduction à confirmer.',
    unknownLanguage: '« {{language}} » n’est pas une langue dans laquelle un plan peut être rédigé.',
    mainIsFurther: 'Le plan est déjà traduit en « {{language}} » : retirez cette langue des autres langues avant d’en faire la langue principale.',
  },
  language: {
    ar: 'arabe', bn: 'bengali', de: 'allemand', en: 'anglais', es: 'espagnol', fa: 'persan', fr: 'français', hi: 'hindi', id: 'indonésien', it: 'italien', ja: 'japonais', ko: 'coréen', nl: 'néerlandais', pl: 'polonais', pt: 'portugais', ru: 'russe', sw: 'swahili', th: 'thaï', tr: 'turc', uk: 'ukrainien', ur: 'ourdou', vi: 'vietnamien', zh: 'chinois',
  },
  section: {
    title: 'Langues',
    intro: 'La langue principale est celle dans laquelle les textes du plan sont rédigés. Les autres langues sont celles dans lesquelles ses textes sont traduits, dans la vue Traduction.',
    main: 'Langue principale',
    mainHint: 'La changer indique seulement dans quelle langue les textes sont rédigés : aucun texte n’est traduit ni modifié.',
    further: 'Autres langues',
    none: 'Aucune autre langue : le plan est rédigé dans une seule langue.',
    add: 'Ajouter une langue',
    addLabel: 'Langue à ajouter',
    choose: 'Choisissez une langue…',
    addButton: 'Ajouter',
    remove: 'Retirer',
    removeLabel: 'Retirer : {{name}}',
    removeTitle: 'Retirer {{name}} ?',
    removeBody: 'La langue {{name}} ne sera plus proposée à la traduction et le plan ne pourra plus être affiché dans cette langue. Ses traductions restent dans le plan : elles reviennent si la langue est ajoutée à nouveau.',
    removeConfirm: 'Retirer {{name}}',
    added: 'Langue ajoutée : {{name}}. Traduisez les textes du plan dans la vue Traduction.',
    removed: 'Langue retirée : {{name}}. Ses traductions sont conservées.',
    mainChanged: 'Les textes du plan sont désormais indiqués comme rédigés en {{name}}.',
  },
  shown: {
    label: 'Affiché en',
    notice_one: 'Affiché en {{shown}} : {{count}} texte pas encore traduit est affiché en {{main}}.',
    notice_other: 'Affiché en {{shown}} : {{count}} textes pas encore traduits sont affichés en {{main}}.',
    noticeAll: 'Affiché en {{shown}} : tous les textes sont traduits.',
    editing: 'Les modifications de textes existants sont enregistrées comme traduction en {{shown}} ; les textes en {{main}} restent inchangés. Les nouveaux éléments sont rédigés en {{main}}.',
    openTranslation: 'Ouvrir la vue Traduction',
  },
  rule: {
    translationMissing: 'Textes traduits dans chaque autre langue',
    translationStale: 'Traductions à jour par rapport au texte principal',
  },
  element: {
    plan: 'Les informations du plan',
    result: '$t(quality.element.result)',
    indicator: '$t(quality.element.indicator)',
    risk: '$t(quality.element.risk)',
    milestone: '$t(quality.element.milestone)',
    named: '$t(planLanguages.kind.{{collection}}) « {{name}} »',
  },
  kind: {
    periods: 'Période', components: 'Composante', results: 'Résultat', indicators: 'Indicateur', milestones: 'Jalon', risks: 'Risque', mitigations: 'Mesure d’atténuation', units: 'Unité', responsibilities: 'Responsabilité', partners: 'Partenaire', objectives: 'Objectif stratégique', resources: 'Ressource', sections: 'Section narrative',
  },
  finding: {
    missing_one: '$t(planLanguages.element.{{element}}) : {{count}} texte pas encore traduit en $t(planLanguages.language.{{language}}).',
    missing_other: '$t(planLanguages.element.{{element}}) : {{count}} textes pas encore traduits en $t(planLanguages.language.{{language}}).',
    stale_one: '$t(planLanguages.element.{{element}}) : {{count}} traduction en $t(planLanguages.language.{{language}}) n’est plus à jour (le texte principal a changé depuis).',
    stale_other: '$t(planLanguages.element.{{element}}) : {{count}} traductions en $t(planLanguages.language.{{language}}) ne sont plus à jour (le texte principal a changé depuis).',
  },
  field: {
    translation: 'traduction en $t(planLanguages.language.{{language}}) de « $t({{fieldKey}}) »',
    source: 'version du texte principal suivie par la traduction en $t(planLanguages.language.{{language}}) de « $t({{fieldKey}}) »',
    mainLanguage: 'langue principale',
    furtherLanguage: 'autre langue : $t(planLanguages.language.{{language}})',
  },
};
