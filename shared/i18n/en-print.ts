/** Messages of the print preview and PDF. */
export const print = {
} as const;
