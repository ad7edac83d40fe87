import type { Catalogue } from './en';

/** Spanish messages of the Conflicts screen: fields two offices changed at once, and their resolution. */
export const conflicts: Catalogue['conflicts'] = {
  title: 'Conflictos',
  navCount: 'Conflictos ({{count}})',
  intro:
    'Dos oficinas cambiaron estos campos en sus propias copias antes de que ninguna viera el cambio de la otra. Se conservan todos los valores hasta que usted elija uno; mientras tanto, el plan muestra el marcado como «se muestra ahora». Su elección viaja en el próximo archivo de plan que envíe, de modo que todas las oficinas terminan con el mismo valor.',
  summary_one: '{{count}} campo tiene más de un valor.',
  summary_other: '{{count}} campos tienen más de un valor.',
  loading: 'Buscando conflictos…',
  loadFailed: 'No se pudieron leer los conflictos: {{reason}}',
  empty: 'No hay conflictos: cada campo tiene un solo valor.',
  emptyExplain:
    'Surge un conflicto cuando dos oficinas cambian el mismo campo (una meta, un enunciado, una fecha) en sus copias del plan y después las copias se combinan al abrir un archivo de plan. Se conservan ambos valores y se muestran aquí para que usted elija. El texto narrativo se combina palabra por palabra y nunca genera conflictos.',
  entity: 'Ubicación',
  goTo: 'Mostrar en el plan',
  goToLabel: 'Mostrar {{entity}} en el plan',
  valuesOf: 'Valores de {{field}}',
  unnamedOffice: 'oficina sin nombre',
  unknownTime: 'hora no registrada',
  byUndo: 'restablecido al deshacer',
  shownNow: 'se muestra ahora',
  emptyValue: '(vacío)',
  keep: 'Conservar este valor',
  keepLabel: 'Conservar {{value}} de {{office}} para {{field}} de {{entity}}',
  writeOther: 'Escribir otro valor…',
  writeOtherLabel: 'Escribir otro valor para {{field}} de {{entity}}',
  newValue: 'Nuevo valor para {{field}}',
  newValueHint: 'Sustituye todos los valores conservados para este campo.',
  saveValue: 'Guardar valor',
  cancel: 'Cancelar',
  noNewValue: 'Este tipo de campo admite uno de los valores conservados: elija uno arriba.',
  notices: {
    resolved: 'Conflicto resuelto: {{field}} de {{entity}} es ahora {{value}}. Las demás oficinas lo recibirán con su próximo archivo de plan.',
  },
  errors: {
    entityGone: 'Ese elemento ya no está en el plan, por lo que su conflicto no se puede resolver.',
    textField: 'El texto narrativo se combina palabra por palabra y no tiene conflictos que resolver.',
    noConflict: 'Ese campo ({{field}}) ya tiene un solo valor: no hay nada que resolver.',
    invalidValue: 'Ese valor no es válido para este campo ({{field}}).',
    numberRequired: 'Escriba un número, por ejemplo 12 o 4.5.',
    textRequired: 'Escriba un valor.',
    textTooLong: 'Es demasiado largo: {{max}} caracteres como máximo.',
  },
  history: {
    resolve: 'resolver conflicto',
  },
};
