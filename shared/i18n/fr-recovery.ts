import type { Catalogue } from './en';

/** French messages of storage failures the user sees, and of recovering from them (issue 7): retry, reopen. */
export const recovery: Catalogue['recovery'] = {
  bannerLabel: 'Modifications non enregistrées',
  title: 'Vos dernières modifications ne sont pas encore enregistrées',
  kept: 'Elles sont conservées dans cette fenêtre : ne la fermez pas et ne rechargez pas la page avant qu’elles soient enregistrées.',
  quota: {
    body: 'Le disque est plein, ou le navigateur a refusé d’allouer plus d’espace à cette application. Libérez de l’espace disque (ou videz le stockage d’autres sites dans le navigateur), puis réessayez.',
    action: 'Réessayer l’enregistrement',
  },
  closed: {
    body: 'La base de données des plans a été fermée et n’a pas pu être rouverte (une autre fenêtre de l’application est peut-être en train de la mettre à jour, ou le navigateur l’a fermée).',
    action: 'Rouvrir et enregistrer',
  },
  unknown: {
    body: 'La base de données du navigateur a signalé une erreur pendant l’enregistrement (il peut s’agir d’un problème de disque). Réessayez ; si l’échec persiste, redémarrez l’application une fois que cette fenêtre aura enregistré.',
    action: 'Réessayer l’enregistrement',
  },
  retrying: 'Enregistrement…',
  saved: 'Vos modifications sont enregistrées.',
  reopen: 'Rouvrir',
};
