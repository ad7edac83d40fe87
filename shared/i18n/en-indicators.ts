/** Messages of the indicators screen. */
export const indicators = {} as const;
