/** Messages of the IATI results export. */
export const iati = {
} as const;
