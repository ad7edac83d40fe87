import type { Catalogue } from './en';

/** French names of the templates, their levels and their matrix columns. */
export const templates: Catalogue['templates'] = {
  choose: 'Modèle',
  names: {
    blank: 'Vierge',
    organisation: 'Chaîne des résultats de l’organisation',
    eu: 'Cadre logique UE',
    dfid: 'Cadre logique DFID / FCDO',
    un: 'Matrice des résultats des Nations Unies',
  },
  descriptions: {
    blank: 'Objectif global, effet, produit, activité ; sans sections de document de stratégie.',
    organisation: 'Objectif global, effet, produit, activité, avec les sections par défaut du document de stratégie.',
    eu: 'Objectif global, objectif spécifique, résultats attendus, activités ; logique d’intervention, indicateurs objectivement vérifiables, sources de vérification, hypothèses.',
    dfid: 'Impact, effet, produits, activités ; indicateur, valeur de référence, jalons, cible, source.',
    un: 'Résultats assortis d’indicateurs (valeur de référence et cible), moyens de vérification, risques et hypothèses, rôle des partenaires, ressources indicatives.',
  },
  levels: {
    goal: 'Objectif global',
    outcome: 'Effet',
    output: 'Produit',
    activity: 'Activité',
  },
  columns: {
    statement: 'Logique d’intervention',
    indicators: 'Indicateurs (valeur de référence, cibles)',
    baseline: 'Valeur de référence',
    targets: 'Cibles par période',
    finalTarget: 'Cible finale',
    verification: 'Moyens de vérification',
    assumptions: 'Hypothèses',
    risks: 'Risques',
    partners: 'Partenaires',
    resources: 'Ressources',
  },
  eu: {
    levels: { goal: 'Objectif global', outcome: 'Objectif spécifique', output: 'Résultat attendu', activity: 'Activité' },
    columns: { statement: 'Logique d’intervention', indicators: 'Indicateurs objectivement vérifiables', verification: 'Sources de vérification' },
  },
  dfid: {
    levels: { goal: 'Impact', outcome: 'Effet', output: 'Produit', activity: 'Activité' },
    columns: { indicators: 'Indicateur', targets: 'Jalons', verification: 'Source de vérification' },
  },
  un: {
    levels: { goal: 'Impact', outcome: 'Effet', output: 'Produit', activity: 'Activité' },
    columns: { statement: 'Résultats', indicators: 'Indicateurs, valeur de référence et cible', risks: 'Risques et hypothèses', partners: 'Rôle des partenaires', resources: 'Ressources indicatives' },
  },
};
