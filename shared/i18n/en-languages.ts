/** The interface language: the settings chooser and the names of languages. */
export const languages = {
} as const;
