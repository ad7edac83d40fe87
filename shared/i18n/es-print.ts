import type { Catalogue } from './en';

/** Spanish messages of the print preview and PDF. */
export const print: Catalogue['print'] = {
  title: 'Vista previa de impresión',
  paper: 'Papel: {{paper}}',
  paperSizes: {
    A4: 'A4',
    Letter: 'Carta (EE. UU.)',
  },
  frame: 'Documento: {{fileName}}',
  print: 'Imprimir…',
  printHint: 'Para guardar un PDF, elija «Guardar como PDF» como impresora.',
  savePdf: 'Guardar como PDF…',
  saving: 'Creando el PDF…',
  saved: 'Guardado como {{fileName}}.',
  cancelled: 'No guardado.',
  failed: 'No se pudo crear el PDF: {{reason}}',
  close: 'Cerrar',
};
