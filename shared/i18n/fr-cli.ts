import type { Catalogue } from './en';

/** French messages of the command line (rbm). */
export const cli: Catalogue['cli'] = {
  usage: `rbm\u00a0: RBM Planner en ligne de commande

Utilisation\u00a0:
  rbm export <plan.rbmplan> --format <format> --out <fichier> [options]
  rbm new-sample --out <fichier.rbmplan> [--office <nom>]
  rbm info <fichier.rbmplan> [--json]
  rbm validate <fichier.rbmplan>...
  rbm merge <principal.rbmplan> <fichier.rbmplan>... --out <fichier.rbmplan>
  rbm help [<commande>]
  rbm --help

Commandes\u00a0:
  export       Écrit un fichier de plan sous forme de document Word, de feuille de
               suivi Excel, de XML de résultats IATI 2.03, de vue d’impression (HTML)
               ou de PDF
  new-sample   Écrit le plan d’exemple dans un fichier de plan, pour essayer les
               autres commandes
  info         Affiche le contenu d’un fichier de plan\u00a0: plan, bureau, type, têtes,
               nombre d’éléments
  validate     Vérifie des fichiers de plan comme le fait l’application avant de les
               ouvrir
  merge        Fusionne les fichiers de plan des bureaux dans le plan principal, en
               indiquant ce que chacun a changé et les conflits
  help         Indique comment utiliser une commande

Codes de sortie\u00a0: 0 terminé, 1 échec (un fichier n’a pas pu être lu ou écrit),
2 ligne de commande incorrecte.

Lancez «\u00a0rbm help export\u00a0» pour voir les options d’exportation.`,
  help: {
    export: `Utilisation\u00a0: rbm export <plan.rbmplan> --format <format> --out <fichier> [options]

Écrit un fichier de plan (.rbmplan) sous forme de document.

  --format <format>     docx   Word\u00a0: document de stratégie et cadre logique
                        pdf    le même document en PDF (nécessite Chromium\u00a0; voir plus bas)
                        html   la vue d’impression en un seul fichier HTML (à imprimer
                               depuis un navigateur)
                        xlsx   Excel\u00a0: le cadre logique et la feuille de suivi des
                               indicateurs
                        iati   XML de résultats IATI 2.03 (le plan doit avoir ses
                               identifiants IATI)
  --out <fichier>       où l’écrire\u00a0; un fichier existant est remplacé en une seule
                        étape, jamais laissé à moitié écrit
  --as-of <yyyy-mm-dd>  la date à laquelle l’avancement et les situations sont présentés
                        (par défaut\u00a0: la date de situation du plan, sinon aujourd’hui)
  --language <code>     langue du document\u00a0: ses textes là où le plan est traduit
                        dans cette langue, et ses libellés (par défaut\u00a0: la langue
                        principale du plan\u00a0; libellés en {{languages}})

Uniquement pour docx, pdf et html\u00a0:
  --layout <modèle>     colonnes de la matrice du cadre logique\u00a0: plan (le modèle du
                        plan, par défaut), eu (cadre logique de l’UE), dfid (cadre
                        logique du DFID/FCDO), un (matrice des résultats de l’ONU)
  --paper <taille>      A4 (par défaut) ou Letter
  --parts <liste>       les parties à inclure, séparées par des virgules, dans
                        n’importe quel ordre (par défaut\u00a0: toutes)\u00a0:
                        {{parts}}

PDF\u00a0: la vue d’impression est convertie en PDF par Chromium, lancé sans interface.
Chromium est cherché dans RBM_CHROMIUM (chemin du navigateur), puis dans le PATH sous
les noms chromium, chromium-browser, google-chrome ou google-chrome-stable.

Exemple\u00a0:
  rbm export plan.rbmplan --format docx --layout eu --paper Letter --out plan.docx`,
    'new-sample': `Utilisation\u00a0: rbm new-sample --out <fichier.rbmplan> [--office <nom>]

Écrit le plan d’exemple (stratégie à l’échelle du Bureau sur les migrations de
main-d’œuvre, 2010-15, tirée de l’évaluation par l’OIT de sa stratégie en faveur des
travailleurs migrants) dans un fichier de plan, avec de nouveaux identifiants, pour
que vous puissiez y essayer les autres commandes.

  --out <fichier>       où l’écrire (.rbmplan)\u00a0; un fichier existant est remplacé en
                        une seule étape
  --office <nom>        le bureau dont le fichier indique provenir (par défaut\u00a0:
                        Ligne de commande)

Exemple\u00a0:
  rbm new-sample --out sample.rbmplan
  rbm export sample.rbmplan --format pdf --out sample.pdf`,
    info: `Utilisation\u00a0: rbm info <fichier.rbmplan> [--json]

Affiche le contenu d’un fichier de plan, tel qu’il y est écrit\u00a0: le titre et
l’identifiant du plan, le type de fichier (le plan entier, ou seulement les
modifications depuis un état antérieur, avec les têtes de base que doit avoir la copie
qui le reçoit), le bureau et l’acteur dont il provient, sa date de création, son format
et sa version, ses têtes, le nombre de résultats, d’indicateurs, de risques et autres,
sa taille, et si sa somme de contrôle et son plan sont intègres (le fichier est vérifié
comme l’application le vérifie avant de l’ouvrir).

  --json                l’afficher sous la forme d’un seul objet JSON, pour les scripts

Codes de sortie\u00a0: 0 le fichier est intègre, 1 il est endommagé ou illisible (ce qui
peut encore en être lu est affiché, avec le problème).

Exemple\u00a0:
  rbm info nairobi.rbmplan`,
    validate: `Utilisation\u00a0: rbm validate <fichier.rbmplan>...

Vérifie chaque fichier de plan comme le fait l’application avant de l’ouvrir\u00a0: taille,
JSON, format et version, chaque champ, la somme de contrôle et le plan lui-même. Affiche
«\u00a0VALIDE\u00a0: <fichier> (<plan>, <type>)\u00a0» pour chaque fichier intègre et le problème pour
chacun des autres.

Codes de sortie\u00a0: 0 tous les fichiers sont intègres, 1 au moins un ne l’est pas.

Exemple\u00a0:
  rbm validate inbox/*.rbmplan`,
    help: `Utilisation\u00a0: rbm help [<commande>]

Indique comment utiliser rbm, ou l’une de ses commandes (export, new-sample, info,
validate, merge).`,
  },
  merge: {
    help: `Utilisation\u00a0: rbm merge <principal.rbmplan> <fichier.rbmplan>... --out <fichier.rbmplan> [--office <nom>]

Fusionne les fichiers de plan des bureaux dans le plan principal, dans l’ordre donné, et
écrit le plan fusionné sous forme de fichier de plan complet. Pour chaque fichier, affiche
ce qu’il a changé (ajouts\u00a0; modifications, avec l’avant et l’après\u00a0; suppressions\u00a0; texte
rédigé avec les mots [-supprimés-] et {+insérés+})\u00a0; à la fin, les conflits (champs
modifiés par deux bureaux, chaque valeur avec son bureau et son heure\u00a0; le plan les garde
toutes jusqu’à ce que quelqu’un en choisisse une) et les résultats restés non placés.
Un fichier d’un autre plan est refusé. Un fichier de modifications est appliqué au plan
tel que fusionné jusque-là, qui doit contenir les modifications sur lesquelles il repose.

  --out <fichier>       où écrire le plan fusionné\u00a0; remplacé en une seule étape, jamais
                        à moitié écrit
  --office <nom>        le bureau dont le fichier fusionné indique provenir (par
                        défaut\u00a0: Ligne de commande)

Exemple\u00a0:
  rbm merge master.rbmplan nairobi.rbmplan dakar.rbmplan --out merged.rbmplan`,
    master: 'Plan principal : « {{title}} » ({{path}})',
    file: 'Fichier {{path}} ({{office}}, créé le {{date}}) : {{summary}}',
    fileNothingNew: 'Fichier {{path}} ({{office}}, créé le {{date}}) : rien de nouveau',
    count: {
      added: '{{count}} ajout(s)',
      changed: '{{count}} modification(s)',
      deleted: '{{count}} suppression(s)',
      conflicts_one: '{{count}} conflit',
      conflicts_other: '{{count}} conflits',
    },
    added: 'Ajout : {{entity}}',
    deleted: 'Suppression : {{entity}}',
    changed: '{{entity}}, {{field}} : {{before}} → {{after}}',
    textChanged: '{{entity}}, {{field}} : {{text}}',
    none: '(vide)',
    unknownOffice: 'un bureau sans nom',
    unknownTime: 'heure inconnue',
    noConflicts: 'Aucun conflit.',
    conflicts_one: '{{count}} conflit (les deux valeurs sont conservées ; choisissez-en une dans l’application) :',
    conflicts_other: '{{count}} conflits (toutes les valeurs sont conservées ; choisissez-en une dans l’application) :',
    conflict: '{{entity}}, {{field}} : {{values}}',
    conflictValue: '{{value}} ({{office}}, {{time}})',
    conflictValueShown: '{{value}} ({{office}}, {{time}} ; affichée)',
    unplaced_one: '{{count}} résultat n’est plus placé après la fusion (marqué « Non placé », à replacer) :',
    unplaced_other: '{{count}} résultats ne sont plus placés après la fusion (marqués « Non placé », à replacer) :',
    unplacedReason: {
      cycle: '{{entity}} « {{statement}} » : deux bureaux ont placé des résultats l’un sous l’autre',
      missingParent: '{{entity}} « {{statement}} » : le résultat dont il relevait est supprimé',
    },
    done: 'Plan fusionné « {{title}} » écrit dans {{path}} ({{size}}).',
    entity: {
      plan: 'Plan',
      results: 'Résultat {{name}}',
      indicators: 'Indicateur {{name}}',
      periods: 'Période {{name}}',
      components: 'Composante {{name}}',
      milestones: 'Jalon {{name}}',
      risks: 'Risque {{name}}',
      mitigations: 'Mesure d’atténuation {{name}}',
      units: 'Unité {{name}}',
      responsibilities: 'Responsabilité {{name}}',
      partners: 'Partenaire {{name}}',
      objectives: 'Objectif {{name}}',
      resources: 'Ressource {{name}}',
      sections: 'Section rédigée {{name}}',
    },
    field: {
      targets: 'cible',
      actuals: 'valeur réelle',
      targetsNotApplicable: 'cible sans objet',
      categoryTargets: 'cible par catégorie',
      parentId: 'emplacement (sous)',
      sortKey: 'ordre',
      finalTarget: 'cible finale',
      resultIds: 'résultats liés',
      ownerUnitId: 'responsable',
    },
    errors: {
      missingMaster: 'Indiquez le fichier du plan principal et les fichiers à y fusionner.',
      missingFiles: 'Indiquez au moins un fichier de plan à fusionner dans le plan principal.',
      otherPlan: 'Impossible de fusionner {{path}} : c’est le plan « {{title}} » ({{planId}}), pas « {{master}} » ({{masterId}}). Ouvrez-le plutôt dans l’application comme un plan distinct.',
      unreadable: 'Impossible de fusionner {{path}} : ses données de plan sont illisibles.',
    },
  },
  info: {
    heading: 'Fichier de plan {{path}}',
    labels: {
      title: 'Plan',
      planId: 'ID du plan',
      kind: 'Type',
      from: 'Provenance',
      createdAt: 'Créé le',
      format: 'Format',
      heads: 'Têtes',
      baseHeads: 'Têtes de base',
      counts: 'Contenu',
      size: 'Taille',
      checksum: 'Intégrité',
      status: 'État',
    },
    kinds: {
      full: 'plan complet',
      changes: 'modifications seulement',
    },
    from: '{{office}} (acteur {{actor}})',
    noOffice: 'aucun bureau indiqué',
    format: '{{format}} (version {{version}})',
    headCount_one: '{{count}} tête',
    headCount_other: '{{count}} têtes',
    size: '{{size}} (données du plan : {{payload}})',
    checksum: {
      ok: 'SHA-256 conforme aux données du plan ({{sha256}})',
      mismatch: 'SHA-256 NON conforme aux données du plan ({{sha256}} attendu)',
      unreadable: 'les données du plan ne sont pas du base64 valide (SHA-256 attendu : {{sha256}})',
    },
    valid: {
      full: 'VALIDE : un plan entier, prêt à être ouvert ou fusionné',
      changes: 'VALIDE : des modifications applicables à une copie du plan qui a les têtes de base',
    },
    invalid: 'NON VALIDE : {{message}}',
  },
  validate: {
    ok: 'VALIDE : {{path}} ({{title}}, {{kind}})',
    invalid: 'NON VALIDE : {{path}} : {{message}}',
    unreadable: 'NON VALIDE : {{message}}',
    summary_one: 'Fichiers valides : {{valid}} sur {{count}}.',
    summary_other: 'Fichiers valides : {{valid}} sur {{count}}.',
  },
  defaultOffice: 'Ligne de commande',
  size: {
    bytes_one: '{{count}} octet',
    bytes_other: '{{count}} octets',
    kb: '{{size}} Ko',
    mb: '{{size}} Mo',
  },
  done: {
    written: 'Fichier {{path}} écrit ({{size}}).',
    exported: '« {{title}} » exporté en {{format}} dans {{path}} ({{size}}), avancement au {{asOf}}.',
    sample: 'Plan d’exemple « {{title}} » écrit dans {{path}} ({{size}}). Essayez : rbm export {{path}} --format docx --out plan.docx',
  },
  formats: {
    docx: 'Word',
    xlsx: 'Excel',
    iati: 'XML IATI',
    html: 'HTML d’impression',
    pdf: 'PDF',
  },
  errors: {
    prefix: 'rbm : {{message}}',
    seeHelp: 'Lancez « rbm help {{command}} » pour savoir comment l’utiliser.',
    seeUsage: 'Lancez « rbm --help » pour voir les commandes.',
    noCommand: 'Aucune commande indiquée.',
    unknownCommand: 'Commande inconnue « {{command}} ». Les commandes sont export, new-sample, info, validate, merge et help.',
    unknownOption: 'Option inconnue « {{option}} » pour {{command}}.',
    missingValue: 'L’option {{option}} attend une valeur.',
    repeatedOption: 'L’option {{option}} est indiquée deux fois.',
    notAFlag: 'L’option {{option}} ne prend pas de valeur.',
    missingOption: 'L’option {{option}} est obligatoire.',
    missingInput: 'Indiquez le fichier de plan à exporter (un fichier .rbmplan).',
    missingFile: 'Indiquez le fichier de plan (un fichier .rbmplan).',
    missingFiles: 'Indiquez au moins un fichier de plan (un fichier .rbmplan) à vérifier.',
    extraArgument: 'Argument inattendu « {{argument}} ».',
    badFormat: 'Format inconnu « {{value}} » : utilisez docx, xlsx, iati, html ou pdf.',
    badLayout: 'Modèle de colonnes inconnu « {{value}} » : utilisez plan, eu, dfid ou un.',
    badPaper: 'Format de papier inconnu « {{value}} » : utilisez A4 ou Letter.',
    badPart: 'Partie inconnue « {{value}} » : les parties sont {{parts}}.',
    noParts: 'Indiquez au moins une partie avec --parts.',
    badDate: '« {{value}} » n’est pas une date : écrivez-la sous la forme yyyy-mm-dd, p. ex. 2012-01-31.',
    optionNotForFormat: 'L’option {{option}} ne s’applique qu’à docx, pdf et html, pas à {{format}}.',
    fileNotFound: 'Impossible de lire {{path}} : ce fichier n’existe pas.',
    notAFile: 'Impossible de lire {{path}} : c’est un dossier, pas un fichier.',
    cannotRead: 'Impossible de lire {{path}} : {{reason}}.',
    readPlan: 'Impossible de lire le fichier de plan {{path}} : {{message}}',
    outDirMissing: 'Impossible d’écrire {{path}} : le dossier {{dir}} n’existe pas.',
    outIsFolder: 'Impossible d’écrire {{path}} : c’est un dossier.',
    outIsInput: 'La sortie {{path}} est le fichier de plan en cours d’exportation ; choisissez un autre --out.',
    cannotWrite: 'Impossible d’écrire {{path}} : {{reason}}.',
    exportFailed: 'L’exportation {{format}} a échoué : {{reason}}',
    iati: 'Exportation IATI impossible : {{message}}',
    noChromium: 'Aucun Chromium n’a été trouvé pour créer le PDF{{tried}}. Exportez avec --format html et imprimez en PDF depuis un navigateur, installez Chromium (p. ex. « apt install chromium ») ou donnez à RBM_CHROMIUM le chemin d’un Chromium ou d’un Google Chrome.',
    rbmChromiumMissing: ' (RBM_CHROMIUM vaut {{path}}, qui n’est pas un fichier exécutable)',
    chromiumFailed: 'Chromium n’a pas pu créer le PDF (code de sortie {{code}}). {{detail}}',
    chromiumTimeout: 'Chromium n’a pas terminé le PDF en {{seconds}} secondes.',
    unexpected: 'Une erreur s’est produite : {{reason}}',
  },
};
