/** Names of languages for choosers: in the interface language, sorted as that language sorts. */
import { capitalised, languageName } from '../../shared/i18n/language-names';

export { capitalised, languageName };

/** Choices for a language select: each code with its name in `inLanguage`, sorted by name. */
export function languageOptions(codes: readonly string[], inLanguage: string): { readonly code: string; readonly name: string }[] {
  const collator = new Intl.Collator(inLanguage);
  return codes.map((code) => ({ code, name: capitalised(languageName(code, inLanguage), inLanguage) })).sort((a, b) => collator.compare(a.name, b.name));
}
