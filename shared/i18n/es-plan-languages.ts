import type { Catalogue } from './en';

/** Los idiomas de un plan (mensajes en español): idioma principal y otros idiomas, idioma en que se muestra, observaciones del control de calidad sobre las traducciones. */
export const planLanguages: Catalogue['planLanguages'] = {
  history: {
    translate: 'traducir al {{language}}',
    confirm: 'confirmar la traducción al {{language}}',
    setLanguages: 'idiomas del plan',
  },
  errors: {
    notFurtherLanguage: 'El plan no está traducido al «{{language}}»: añada primero ese idioma en la configuración del plan.',
    notTranslatable: 'Ese texto no se puede traducir.',
    tooLong: 'La traducción es demasiado larga: {{max}} caracteres como máximo.',
    noTranslation: 'Todavía no hay ninguna traducción que confirmar.',
    unknownLanguage: '«{{language}}» no es un idioma en el que se pueda redactar un plan.',
    mainIsFurther: 'El plan ya está traducido al «{{language}}»: quítelo de los otros idiomas antes de hacerlo el idioma principal.',
  },
};
