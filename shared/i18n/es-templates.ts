import type { Catalogue } from './en';

/** Spanish names of the templates, their levels and their matrix columns. */
export const templates: Catalogue['templates'] = {
  choose: 'Plantilla',
  names: {
    blank: 'En blanco',
    organisation: 'Cadena de resultados de la organización',
    eu: 'Marco lógico de la UE',
    dfid: 'Marco lógico DFID / FCDO',
    un: 'Matriz de resultados de las Naciones Unidas',
  },
  descriptions: {
    blank: 'Objetivo general, efecto, producto, actividad; sin secciones del documento de estrategia.',
    organisation: 'Objetivo general, efecto, producto, actividad, con las secciones predeterminadas del documento de estrategia.',
    eu: 'Objetivo general, objetivo específico, resultados esperados, actividades; lógica de intervención, indicadores objetivamente verificables, fuentes de verificación, supuestos.',
    dfid: 'Impacto, efecto, productos, actividades; indicador, línea de base, hitos, meta, fuente.',
    un: 'Resultados con indicadores (línea de base y meta), medios de verificación, riesgos y supuestos, función de los socios, recursos indicativos.',
  },
  levels: {
    goal: 'Objetivo general',
    outcome: 'Efecto',
    output: 'Producto',
    activity: 'Actividad',
  },
  columns: {
    statement: 'Lógica de intervención',
    indicators: 'Indicadores (línea de base, metas)',
    baseline: 'Línea de base',
    targets: 'Metas por período',
    finalTarget: 'Meta final',
    verification: 'Medios de verificación',
    assumptions: 'Supuestos',
    risks: 'Riesgos',
    partners: 'Socios',
    resources: 'Recursos',
  },
  eu: {
    levels: { goal: 'Objetivo general', outcome: 'Objetivo específico', output: 'Resultado esperado', activity: 'Actividad' },
    columns: { statement: 'Lógica de intervención', indicators: 'Indicadores objetivamente verificables', verification: 'Fuentes de verificación' },
  },
  dfid: {
    levels: { goal: 'Impacto', outcome: 'Efecto', output: 'Producto', activity: 'Actividad' },
    columns: { indicators: 'Indicador', targets: 'Hitos', verification: 'Fuente' },
  },
  un: {
    levels: { goal: 'Impacto', outcome: 'Efecto', output: 'Producto', activity: 'Actividad' },
    columns: { statement: 'Resultados', indicators: 'Indicadores, línea de base y meta', risks: 'Riesgos y supuestos', partners: 'Función de los socios', resources: 'Recursos indicativos' },
  },
};
