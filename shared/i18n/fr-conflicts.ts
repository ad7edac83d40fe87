import type { Catalogue } from './en';

/** French messages of the Conflicts screen: fields two offices changed at once, and their resolution. */
export const conflicts: Catalogue['conflicts'] = {
  title: 'Conflits',
  navCount: 'Conflits ({{count}})',
  intro:
    'Deux bureaux ont modifié ces champs dans leur propre copie avant que l’un ait vu la modification de l’autre. Chaque valeur est conservée jusqu’à ce que vous en choisissiez une ; en attendant, le plan affiche celle marquée « affichée actuellement ». Votre choix part avec le prochain fichier de plan que vous envoyez, afin que tous les bureaux aboutissent à la même valeur.',
  summary_one: '{{count}} champ contient plus d’une valeur.',
  summary_other: '{{count}} champs contiennent plus d’une valeur.',
  loading: 'Recherche des conflits…',
  loadFailed: 'Les conflits n’ont pas pu être lus : {{reason}}',
  empty: 'Aucun conflit : chaque champ a une seule valeur.',
  emptyExplain:
    'Un conflit apparaît quand deux bureaux modifient le même champ (une cible, un énoncé, une date) dans leur copie du plan et que les copies sont ensuite fusionnées à l’ouverture d’un fichier de plan. Les deux valeurs sont conservées et listées ici pour que vous choisissiez. Le texte rédigé est fusionné mot à mot et n’entre jamais en conflit.',
  entity: 'Emplacement',
  goTo: 'Afficher dans le plan',
  goToLabel: 'Afficher {{entity}} dans le plan',
  valuesOf: 'Valeurs de {{field}}',
  unnamedOffice: 'bureau sans nom',
  unknownTime: 'heure non enregistrée',
  byUndo: 'rétablie par une annulation',
  shownNow: 'affichée actuellement',
  emptyValue: '(vide)',
  keep: 'Garder cette valeur',
  keepLabel: 'Garder {{value}} de {{office}} pour {{field}} de {{entity}}',
  writeOther: 'Saisir une autre valeur…',
  writeOtherLabel: 'Saisir une autre valeur pour {{field}} de {{entity}}',
  newValue: 'Nouvelle valeur pour {{field}}',
  newValueHint: 'Remplace toutes les valeurs conservées pour ce champ.',
  saveValue: 'Enregistrer la valeur',
  cancel: 'Annuler',
  noNewValue: 'Ce type de champ prend l’une des valeurs conservées : choisissez-en une ci-dessus.',
  notices: {
    resolved: 'Conflit réglé : {{field}} de {{entity}} vaut désormais {{value}}. Les autres bureaux le recevront avec votre prochain fichier de plan.',
  },
  errors: {
    entityGone: 'Cet élément ne figure plus dans le plan ; son conflit ne peut donc pas être réglé.',
    textField: 'Le texte rédigé est fusionné mot à mot et n’a pas de conflit à régler.',
    noConflict: 'Ce champ ({{field}}) n’a plus qu’une valeur : il n’y a rien à régler.',
    invalidValue: 'Cette valeur n’est pas valide pour ce champ ({{field}}).',
    numberRequired: 'Saisissez un nombre, par exemple 12 ou 4.5.',
    textRequired: 'Saisissez une valeur.',
    textTooLong: 'Trop long : {{max}} caractères au maximum.',
  },
  history: {
    resolve: 'règlement d’un conflit',
  },
};
