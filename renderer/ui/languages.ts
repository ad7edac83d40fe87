/** Names of languages for choosers: in the interface language, sorted as that language sorts. */

/** The name of the language `code` in the language `inLanguage` (the code itself where the browser has no name). */
export function languageName(code: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Choices for a language select: each code with its name in `inLanguage`, sorted by name. */
export function languageOptions(codes: readonly string[], inLanguage: string): { readonly code: string; readonly name: string }[] {
  const collator = new Intl.Collator(inLanguage);
  return codes.map((code) => ({ code, name: capitalise(languageName(code, inLanguage), inLanguage) })).sort((a, b) => collator.compare(a.name, b.name));
}

/** French and Spanish write language names in lower case; a chooser shows them as names. */
function capitalise(name: string, inLanguage: string): string {
  return name.charAt(0).toLocaleUpperCase(inLanguage) + name.slice(1);
}
