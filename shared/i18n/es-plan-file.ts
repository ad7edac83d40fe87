import type { Catalogue } from './en';

/** Spanish messages about plan files (.rbmplan): why a file cannot be read or written. */
export const planFile: Catalogue['planFile'] = {
  errors: {
    empty: 'El archivo está vacío.',
    tooLarge: 'El archivo es demasiado grande para ser un archivo de plan ({{size}} bytes; el límite es de {{max}} bytes).',
    notText: 'El archivo no es un archivo de plan: no es texto UTF-8.',
    notJson: 'El archivo no es un archivo de plan, o está dañado o incompleto: no es JSON válido.',
    tooDeep: 'El archivo no es un archivo de plan: sus datos están anidados en más de {{max}} niveles.',
    forbiddenKey: 'Se rechazó el archivo: contiene la clave “{{key}}”, que un archivo de plan nunca tiene y que podría usarse para atacar el programa.',
    notAPlanFile: 'El archivo no es un archivo de plan de RBM Planner (su formato no es “rbm-plan”).',
    newerVersion: 'El archivo se creó con una versión más reciente de RBM Planner (formato de archivo de plan {{version}}; esta versión lee el formato {{supported}}). Actualice RBM Planner para abrirlo.',
    invalidEnvelope: 'El archivo de plan está dañado: su campo “{{field}}” falta o no es válido.',
    unsupportedKind: 'El archivo de plan contiene “{{kind}}”, que esta versión de RBM Planner no puede abrir. Pida al remitente un archivo de plan completo.',
    badPayload: 'El archivo de plan está dañado: sus datos del plan no son base64 válido.',
    checksumMismatch: 'El archivo de plan está dañado: sus datos del plan no coinciden con su suma de comprobación (se modificó o se cortó después de escribirse).',
    unreadableDocument: 'El archivo de plan está dañado: no se pueden leer sus datos del plan.',
    newerDocument: 'El plan de este archivo se guardó con una versión más reciente de RBM Planner (versión de documento de plan {{version}}; esta versión lee hasta la {{supported}}). Actualice RBM Planner para abrirlo.',
    headsMismatch: 'El archivo de plan está dañado: en sus datos del plan faltan cambios que el propio archivo menciona.',
    planIdMismatch: 'El archivo de plan está dañado: menciona el plan {{file}}, pero contiene el plan {{document}}.',
    viewOutOfDate: 'El plan cambió mientras se escribía el archivo. Vuelva a guardar el archivo.',
    changesOnly: 'El archivo solo contiene los cambios de “{{title}}” desde un archivo anterior, no un plan completo: puede aplicarse a una copia de ese plan, pero no abrirse por sí solo.',
    badChanges: 'El archivo de plan está dañado: no se pueden leer los cambios que contiene.',
    missingBase: 'Este archivo continúa cambios que usted no ha recibido (cambios que faltan: {{count}}; {{missing}}); pida al remitente un archivo completo.',
    otherPlan: 'El archivo contiene cambios de otro plan ({{file}}), no de este ({{local}}).',
    noChanges: 'No hay cambios desde las versiones indicadas (heads): no hay nada que poner en un archivo de cambios.',
    invalidPlan: 'El archivo de plan está dañado: el plan que contiene tiene un valor no válido ({{field}}).',
    baseNotInPlan: 'El plan no tiene los cambios en los que se basaría el archivo ({{missing}}); escriba en su lugar un archivo completo.',
  },
};
