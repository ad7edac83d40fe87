import type { Catalogue } from './en';

/** French messages about plan files (.rbmplan): why a file cannot be read or written. */
export const planFile: Catalogue['planFile'] = {
  errors: {
    empty: 'Le fichier est vide.',
    tooLarge: 'Le fichier est trop volumineux pour être un fichier de plan ({{size}} octets ; la limite est de {{max}} octets).',
    notText: 'Ce fichier n’est pas un fichier de plan : ce n’est pas du texte UTF-8.',
    notJson: 'Ce fichier n’est pas un fichier de plan, ou il est endommagé ou tronqué : ce n’est pas du JSON valide.',
    tooDeep: 'Ce fichier n’est pas un fichier de plan : ses données sont imbriquées sur plus de {{max}} niveaux.',
    forbiddenKey: 'Le fichier a été refusé : il contient la clé « {{key}} », qu’un fichier de plan ne contient jamais et qui pourrait servir à attaquer le programme.',
    notAPlanFile: 'Ce fichier n’est pas un fichier de plan RBM Planner (son format n’est pas « rbm-plan »).',
    newerVersion: 'Ce fichier a été créé par une version plus récente de RBM Planner (format de fichier de plan {{version}} ; cette version lit le format {{supported}}). Mettez RBM Planner à jour pour l’ouvrir.',
    invalidEnvelope: 'Le fichier de plan est endommagé : son champ « {{field}} » est absent ou non valide.',
    unsupportedKind: 'Le fichier de plan contient « {{kind}} », que cette version de RBM Planner ne peut pas ouvrir. Demandez à l’expéditeur un fichier de plan complet.',
    badPayload: 'Le fichier de plan est endommagé : ses données de plan ne sont pas du base64 valide.',
    checksumMismatch: 'Le fichier de plan est endommagé : ses données de plan ne correspondent pas à sa somme de contrôle (il a été modifié ou tronqué après son écriture).',
    unreadableDocument: 'Le fichier de plan est endommagé : ses données de plan sont illisibles.',
    newerDocument: 'Le plan de ce fichier a été enregistré par une version plus récente de RBM Planner (version de document de plan {{version}} ; cette version lit jusqu’à la version {{supported}}). Mettez RBM Planner à jour pour l’ouvrir.',
    headsMismatch: 'Le fichier de plan est endommagé : des modifications qu’il mentionne manquent dans ses données de plan.',
    planIdMismatch: 'Le fichier de plan est endommagé : il mentionne le plan {{file}}, mais contient le plan {{document}}.',
    viewOutOfDate: 'Le plan a changé pendant l’écriture du fichier. Enregistrez de nouveau le fichier.',
    changesOnly: 'Ce fichier ne contient que les modifications apportées à « {{title}} » depuis un fichier antérieur, pas un plan complet : il peut être appliqué à une copie de ce plan, mais pas ouvert seul.',
    badChanges: 'Le fichier de plan est endommagé : les modifications qu’il contient sont illisibles.',
    missingBase: 'Ce fichier fait suite à des modifications que vous n’avez pas reçues (il en manque {{count}} : {{missing}}) ; demandez à l’expéditeur un fichier complet.',
    otherPlan: 'Ce fichier contient des modifications d’un autre plan ({{file}}), pas de celui-ci ({{local}}).',
    noChanges: 'Il n’y a aucune modification depuis les versions indiquées (heads) : rien à mettre dans un fichier de modifications.',
    invalidPlan: 'Le fichier de plan est endommagé : le plan qu’il contient a une valeur non valide ({{field}}).',
    baseNotInPlan: 'Le plan n’a pas les modifications sur lesquelles le fichier s’appuierait ({{missing}}) ; écrivez plutôt un fichier complet.',
  },
};
