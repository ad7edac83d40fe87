/**
 * Strings of the main process (menu, dialogs) from the message catalogue, with i18next's
 * {{name}} placeholders filled in. The main process has no i18next: it needs only lookups.
 */
import { en, message, type Catalogue } from '../../shared/i18n';

/** The catalogue the main process speaks; English until the language setting reaches main. */
export const mainCatalogue: Catalogue = en;

/** The message for a dotted key, with `{{name}}` placeholders replaced by `values`. */
export function text(key: string, values: Readonly<Record<string, string>> = {}): string {
  return message(mainCatalogue, key).replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}
