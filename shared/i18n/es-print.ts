import type { Catalogue } from './en';

/** Messages of the print preview and PDF. */
export const print: Catalogue['print'] = {
  title: 'Print preview',
  paper: 'Paper: {{paper}}',
  paperSizes: {
    A4: 'A4',
    Letter: 'US Letter',
  },
  frame: 'Document: {{fileName}}',
  print: 'Print…',
  printHint: 'To save a PDF, choose “Save as PDF” as the printer.',
  savePdf: 'Save as PDF…',
  saving: 'Making the PDF…',
  saved: 'Saved as {{fileName}}.',
  cancelled: 'Not saved.',
  failed: 'The PDF could not be made: {{reason}}',
  close: 'Close',
};
