import type { Catalogue } from './en';

/** Spanish messages of the command line (rbm). */
export const cli: Catalogue['cli'] = {
  usage: `rbm: RBM Planner en la línea de comandos

Uso:
  rbm export <plan.rbmplan> --format <formato> --out <archivo> [opciones]
  rbm new-sample --out <archivo.rbmplan> [--office <nombre>]
  rbm info <archivo.rbmplan> [--json]
  rbm validate <archivo.rbmplan>...
  rbm merge <principal.rbmplan> <archivo.rbmplan>... --out <archivo.rbmplan>
  rbm help [<comando>]
  rbm --help

Comandos:
  export       Escribe un archivo de plan como documento de Word, hoja de
               seguimiento de Excel, XML de resultados IATI 2.03, vista de
               impresión (HTML) o PDF
  new-sample   Escribe el plan de ejemplo como archivo de plan, para probar los
               demás comandos
  info         Muestra lo que contiene un archivo de plan: plan, oficina, tipo,
               cabezas, recuentos
  validate     Verifica archivos de plan como lo hace la aplicación antes de
               abrirlos
  merge        Combina los archivos de plan de las oficinas con el plan principal,
               indicando lo que cambió cada uno y los conflictos
  help         Muestra cómo usar un comando

Códigos de salida: 0 terminado, 1 el trabajo falló (no se pudo leer o escribir un
archivo), 2 la línea de comandos es incorrecta.

Ejecute «rbm help export» para ver las opciones de exportación.`,
  help: {
    export: `Uso: rbm export <plan.rbmplan> --format <formato> --out <archivo> [opciones]

Escribe un archivo de plan (.rbmplan) como documento.

  --format <formato>    docx   Word: documento de estrategia y marco lógico
                        pdf    el mismo documento en PDF (requiere Chromium; véase más
                               abajo)
                        html   la vista de impresión en un solo archivo HTML (para
                               imprimirla desde un navegador)
                        xlsx   Excel: el marco lógico y la hoja de seguimiento de
                               indicadores
                        iati   XML de resultados IATI 2.03 (el plan necesita sus
                               identificadores IATI)
  --out <archivo>       dónde escribirlo; un archivo existente se sustituye en un
                        solo paso, nunca queda escrito a medias
  --as-of <yyyy-mm-dd>  la fecha a la que se presentan el avance y los estados
                        (por defecto: la fecha de corte del plan o, si no, hoy)
  --language <código>   idioma del documento: sus textos donde el plan está traducido
                        a ese idioma, y sus etiquetas (por defecto: el idioma principal
                        del plan; etiquetas en {{languages}})

Solo para docx, pdf y html:
  --layout <diseño>     columnas de la matriz del marco lógico: plan (la plantilla del
                        plan, por defecto), eu (marco lógico de la UE), dfid (marco
                        lógico del DFID/FCDO), un (matriz de resultados de la ONU)
  --paper <tamaño>      A4 (por defecto) o Letter
  --parts <lista>       las partes que se incluirán, separadas por comas, en
                        cualquier orden (por defecto: todas):
                        {{parts}}

PDF: Chromium convierte la vista de impresión en PDF, sin interfaz gráfica. Se busca
en RBM_CHROMIUM (ruta del navegador) y, después, en el PATH con los nombres chromium,
chromium-browser, google-chrome o google-chrome-stable.

Ejemplo:
  rbm export plan.rbmplan --format docx --layout eu --paper Letter --out plan.docx`,
    'new-sample': `Uso: rbm new-sample --out <archivo.rbmplan> [--office <nombre>]

Escribe el plan de ejemplo (estrategia para toda la Oficina sobre migración laboral,
2010-15, elaborada a partir de la evaluación de la OIT de su estrategia para los
trabajadores migrantes) como archivo de plan, con identificadores nuevos, para que
pueda probar en él los demás comandos.

  --out <archivo>       dónde escribirlo (.rbmplan); un archivo existente se sustituye
                        en un solo paso
  --office <nombre>     la oficina de la que el archivo dice proceder (por defecto:
                        Línea de comandos)

Ejemplo:
  rbm new-sample --out sample.rbmplan
  rbm export sample.rbmplan --format pdf --out sample.pdf`,
    info: `Uso: rbm info <archivo.rbmplan> [--json]

Muestra lo que contiene un archivo de plan, tal como está escrito en él: el título y
el identificador del plan, el tipo de archivo (el plan completo, o solo los cambios
desde un estado anterior, con las cabezas base que debe tener la copia que lo recibe),
la oficina y el actor de los que procede, cuándo se creó, su formato y versión, sus
cabezas, el número de resultados, indicadores, riesgos y otros elementos, su tamaño,
y si su suma de verificación y su plan son íntegros (el archivo se verifica como lo
hace la aplicación antes de abrirlo).

  --json                mostrarlo como un único objeto JSON, para scripts

Códigos de salida: 0 el archivo es íntegro, 1 está dañado o no se puede leer (se
muestra lo que aún se puede leer de él, con el problema).

Ejemplo:
  rbm info nairobi.rbmplan`,
    validate: `Uso: rbm validate <archivo.rbmplan>...

Verifica cada archivo de plan como lo hace la aplicación antes de abrirlo: tamaño,
JSON, formato y versión, cada campo, la suma de verificación y el propio plan.
Muestra «VÁLIDO: <archivo> (<plan>, <tipo>)» para cada archivo íntegro y el problema
de cada uno de los demás.

Códigos de salida: 0 todos los archivos son íntegros, 1 al menos uno no lo es.

Ejemplo:
  rbm validate inbox/*.rbmplan`,
    help: `Uso: rbm help [<comando>]

Muestra cómo usar rbm o uno de sus comandos (export, new-sample, info, validate,
merge).`,
  },
  merge: {
    help: `Uso: rbm merge <principal.rbmplan> <archivo.rbmplan>... --out <archivo.rbmplan> [--office <nombre>]

Combina los archivos de plan de las oficinas con el plan principal, en el orden dado,
y escribe el plan combinado como archivo de plan completo. Para cada archivo muestra lo
que cambió (añadidos; modificados, con el valor anterior y el nuevo; eliminados; el
texto narrativo con las palabras [-eliminadas-] y {+insertadas+}); al final, los
conflictos (campos que cambiaron dos oficinas, cada valor con su oficina y su hora; el
plan los conserva todos hasta que alguien elija uno) y los resultados que hayan quedado
sin ubicar. Se rechaza un archivo de otro plan. Un archivo de cambios se aplica sobre
el plan tal como está combinado hasta ese momento, que debe contener los cambios en
los que se basa.

  --out <archivo>       dónde escribir el plan combinado; se sustituye en un solo paso,
                        nunca queda escrito a medias
  --office <nombre>     la oficina de la que el archivo combinado dice proceder (por
                        defecto: Línea de comandos)

Ejemplo:
  rbm merge master.rbmplan nairobi.rbmplan dakar.rbmplan --out merged.rbmplan`,
    master: 'Plan principal: «{{title}}» ({{path}})',
    file: 'De {{office}} ({{path}}, creado el {{date}}): {{summary}}',
    fileNothingNew: 'De {{office}} ({{path}}, creado el {{date}}): nada nuevo',
    count: {
      added: '{{count}} añadido(s)',
      changed: '{{count}} modificado(s)',
      deleted: '{{count}} eliminado(s)',
      conflicts_one: '{{count}} conflicto',
      conflicts_other: '{{count}} conflictos',
    },
    added: 'Se añadió {{entity}}',
    deleted: 'Se eliminó {{entity}}',
    changed: '{{entity}}, {{field}}: {{before}} → {{after}}',
    textChanged: '{{entity}}, {{field}}: {{text}}',
    none: '(vacío)',
    unknownOffice: 'una oficina sin nombre',
    unknownTime: 'hora desconocida',
    noConflicts: 'No hay conflictos.',
    conflicts_one: '{{count}} conflicto (se conservan ambos valores; elija uno en la aplicación):',
    conflicts_other: '{{count}} conflictos (se conservan todos los valores; elija uno en la aplicación):',
    conflict: '{{entity}}, {{field}}: {{values}}',
    conflictValue: '{{value}} ({{office}}, {{time}})',
    conflictValueShown: '{{value}} ({{office}}, {{time}}; el que se muestra)',
    unplaced_one: '{{count}} resultado queda sin ubicar tras la combinación (marcado «Sin ubicar», para volver a ubicarlo):',
    unplaced_other: '{{count}} resultados quedan sin ubicar tras la combinación (marcados «Sin ubicar», para volver a ubicarlos):',
    unplacedReason: {
      cycle: '{{entity}} «{{statement}}»: dos oficinas movieron resultados uno dentro del otro',
      missingParent: '{{entity}} «{{statement}}»: se eliminó el resultado del que dependía',
    },
    done: 'Se escribió el plan combinado «{{title}}» en {{path}} ({{size}}).',
    entity: {
      plan: 'Plan',
      results: 'Resultado {{name}}',
      indicators: 'Indicador {{name}}',
      periods: 'Período {{name}}',
      components: 'Componente {{name}}',
      milestones: 'Hito {{name}}',
      risks: 'Riesgo {{name}}',
      mitigations: 'Medida de mitigación {{name}}',
      units: 'Unidad {{name}}',
      responsibilities: 'Responsabilidad {{name}}',
      partners: 'Socio {{name}}',
      objectives: 'Objetivo {{name}}',
      resources: 'Recurso {{name}}',
      sections: 'Sección {{name}}',
    },
    field: {
      targets: 'meta',
      actuals: 'valor real',
      targetsNotApplicable: 'meta no aplicable',
      categoryTargets: 'meta por categoría',
      parentId: 'ubicación (bajo)',
      sortKey: 'orden',
      finalTarget: 'meta final',
      resultIds: 'resultados vinculados',
      ownerUnitId: 'responsable',
    },
    errors: {
      missingMaster: 'Indique el archivo del plan principal y los archivos que se combinarán con él.',
      missingFiles: 'Indique al menos un archivo de plan para combinar con el plan principal.',
      otherPlan: 'No se puede combinar {{path}}: es el plan «{{title}}» ({{planId}}), no «{{master}}» ({{masterId}}). Ábralo en la aplicación como un plan aparte.',
      unreadable: 'No se puede combinar {{path}}: no se pueden leer sus datos de plan.',
    },
  },
  info: {
    heading: 'Archivo de plan {{path}}',
    labels: {
      title: 'Plan',
      planId: 'ID del plan',
      kind: 'Tipo',
      from: 'Origen',
      createdAt: 'Creado',
      format: 'Formato',
      heads: 'Cabezas',
      baseHeads: 'Cabezas base',
      counts: 'Contenido',
      size: 'Tamaño',
      checksum: 'Integridad',
      status: 'Estado',
    },
    kinds: {
      full: 'plan completo',
      changes: 'solo cambios',
    },
    from: '{{office}} (actor {{actor}})',
    noOffice: 'sin oficina indicada',
    format: '{{format}}, versión {{version}}',
    headCount_one: '{{count}} cabeza',
    headCount_other: '{{count}} cabezas',
    size: '{{size}} (datos del plan: {{payload}})',
    checksum: {
      ok: 'el SHA-256 coincide con los datos del plan ({{sha256}})',
      mismatch: 'el SHA-256 NO coincide con los datos del plan (se esperaba {{sha256}})',
      unreadable: 'los datos del plan no son base64 válido (SHA-256 esperado: {{sha256}})',
    },
    valid: {
      full: 'VÁLIDO: un plan completo, listo para abrirlo o combinarlo',
      changes: 'VÁLIDO: cambios aplicables a una copia del plan que tenga las cabezas base',
    },
    invalid: 'NO VÁLIDO: {{message}}',
  },
  validate: {
    ok: 'VÁLIDO: {{path}} ({{title}}, {{kind}})',
    invalid: 'NO VÁLIDO: {{path}}: {{message}}',
    unreadable: 'NO VÁLIDO: {{message}}',
    summary_one: 'Archivos válidos: {{valid}} de {{count}}.',
    summary_other: 'Archivos válidos: {{valid}} de {{count}}.',
  },
  defaultOffice: 'Línea de comandos',
  size: {
    bytes_one: '{{count}} byte',
    bytes_other: '{{count}} bytes',
    kb: '{{size}} KB',
    mb: '{{size}} MB',
  },
  done: {
    written: 'Se escribió {{path}} ({{size}}).',
    exported: 'Se exportó «{{title}}» en formato {{format}} a {{path}} ({{size}}), con avance al {{asOf}}.',
    sample: 'Se escribió el plan de ejemplo «{{title}}» en {{path}} ({{size}}). Pruebe: rbm export {{path}} --format docx --out plan.docx',
  },
  formats: {
    docx: 'Word',
    xlsx: 'Excel',
    iati: 'XML de IATI',
    html: 'HTML para imprimir',
    pdf: 'PDF',
  },
  errors: {
    prefix: 'rbm: {{message}}',
    seeHelp: 'Ejecute «rbm help {{command}}» para ver cómo usarlo.',
    seeUsage: 'Ejecute «rbm --help» para ver los comandos.',
    noCommand: 'No se indicó ningún comando.',
    unknownCommand: 'Comando desconocido «{{command}}». Los comandos son export, new-sample, info, validate, merge y help.',
    unknownOption: 'Opción desconocida «{{option}}» para {{command}}.',
    missingValue: 'La opción {{option}} necesita un valor.',
    repeatedOption: 'La opción {{option}} aparece dos veces.',
    notAFlag: 'La opción {{option}} no admite ningún valor.',
    missingOption: 'La opción {{option}} es obligatoria.',
    missingInput: 'Indique el archivo de plan que se exportará (un archivo .rbmplan).',
    missingFile: 'Indique el archivo de plan (un archivo .rbmplan).',
    missingFiles: 'Indique al menos un archivo de plan (un archivo .rbmplan) para verificar.',
    extraArgument: 'Argumento inesperado «{{argument}}».',
    badFormat: 'Formato desconocido «{{value}}»: use docx, xlsx, iati, html o pdf.',
    badLayout: 'Diseño desconocido «{{value}}»: use plan, eu, dfid o un.',
    badPaper: 'Tamaño de papel desconocido «{{value}}»: use A4 o Letter.',
    badPart: 'Parte desconocida «{{value}}»: las partes son {{parts}}.',
    noParts: 'Indique al menos una parte con --parts.',
    badDate: '«{{value}}» no es una fecha: escríbala como yyyy-mm-dd, p. ej., 2012-01-31.',
    optionNotForFormat: 'La opción {{option}} solo se aplica a docx, pdf y html, no a {{format}}.',
    fileNotFound: 'No se puede leer {{path}}: el archivo no existe.',
    notAFile: 'No se puede leer {{path}}: es una carpeta, no un archivo.',
    cannotRead: 'No se puede leer {{path}}: {{reason}}.',
    readPlan: 'No se puede leer el archivo de plan {{path}}: {{message}}',
    outDirMissing: 'No se puede escribir {{path}}: la carpeta {{dir}} no existe.',
    outIsFolder: 'No se puede escribir {{path}}: es una carpeta.',
    outIsInput: 'La salida {{path}} es el archivo de plan que se está exportando; elija otro --out.',
    cannotWrite: 'No se puede escribir {{path}}: {{reason}}.',
    exportFailed: 'La exportación a {{format}} falló: {{reason}}',
    iati: 'No se puede exportar a IATI: {{message}}',
    noChromium: 'No se encontró Chromium para generar el PDF{{tried}}. Exporte con --format html e imprima a PDF desde un navegador, instale Chromium (p. ej., «apt install chromium») o asigne a RBM_CHROMIUM la ruta de Chromium o de Google Chrome.',
    rbmChromiumMissing: ' (RBM_CHROMIUM apunta a {{path}}, que no es un archivo ejecutable)',
    chromiumFailed: 'Chromium no pudo generar el PDF (código de salida {{code}}). {{detail}}',
    chromiumTimeout: 'Chromium no terminó el PDF en {{seconds}} segundos.',
    unexpected: 'Algo salió mal: {{reason}}',
  },
};
