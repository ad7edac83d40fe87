/** Messages of the Excel export and the tracking-sheet import. */
export const excel = {
} as const;
