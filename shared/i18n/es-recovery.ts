import type { Catalogue } from './en';

/** Spanish messages of storage failures the user sees, and of recovering from them (issue 7): retry, reopen. */
export const recovery: Catalogue['recovery'] = {
  bannerLabel: 'Cambios sin guardar',
  title: 'Sus últimos cambios aún no se han guardado',
  kept: 'Se conservan en esta ventana: no la cierre ni vuelva a cargar la página hasta que se guarden.',
  quota: {
    body: 'El disco está lleno o el navegador denegó más espacio de almacenamiento a esta aplicación. Libere espacio en el disco (o vacíe el almacenamiento de otros sitios en el navegador) y vuelva a intentarlo.',
    action: 'Reintentar el guardado',
  },
  closed: {
    body: 'La base de datos de los planes se cerró y no se pudo volver a abrir (puede que otra ventana de la aplicación la esté actualizando o que el navegador la haya cerrado).',
    action: 'Volver a abrir y guardar',
  },
  unknown: {
    body: 'La base de datos del navegador notificó un error al guardar (puede ser un problema del disco). Vuelva a intentarlo; si sigue fallando, reinicie la aplicación cuando esta ventana haya guardado.',
    action: 'Reintentar el guardado',
  },
  retrying: 'Guardando…',
  saved: 'Sus cambios se han guardado.',
  reopen: 'Volver a abrir',
};
