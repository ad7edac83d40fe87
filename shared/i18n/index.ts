/** Message catalogues, by language. English is the reference catalogue. */
import { en, type Catalogue } from './en';

export const catalogues: Record<string, Catalogue> = { en };
export const DEFAULT_LANGUAGE = 'en';
export type { Catalogue };
export { en };

/** Looks a dotted key up in a catalogue (for code outside React, e.g. the native menu). */
export function message(catalogue: Catalogue, key: string): string {
  let node: unknown = catalogue;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object' || !(part in node)) return key;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : key;
}
