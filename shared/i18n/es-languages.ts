import type { Catalogue } from './en';

/** The interface language: the app's Settings dialog and its command. */
export const languages: Catalogue['languages'] = {
  settings: {
    open: 'Configuración',
    openHint: 'Idioma de la interfaz y nombre de esta oficina (Ctrl+,)',
    command: 'Configuración…',
    title: 'Configuración',
    language: 'Idioma de la interfaz',
    languageHint: 'Los menús, las pantallas, los mensajes, las fechas y los números se muestran en este idioma, desde ahora y en el próximo inicio. El texto de sus planes se mantiene tal como se redactó.',
    saveOffice: 'Guardar el nombre',
    notStored: 'Se cambió el idioma de la interfaz, pero no se pudo recordar para el próximo inicio.',
  },
};
