/** Names of languages, for choosers, documents and messages (Intl.DisplayNames; no catalogue needed). */

/** A language's name in the language `inLanguage` ("French", "français"); the code when Intl does not know it. */
export function languageName(code: string, inLanguage: string): string {
  try {
    const name = new Intl.DisplayNames([inLanguage, 'en'], { type: 'language' }).of(code);
    return !name || name === code ? code : name;
  } catch {
    return code;
  }
}

/** The text with its first letter in capitals, as `language` writes it (French and Spanish write language names in lower case). */
export function capitalised(text: string, language: string): string {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}
