/** Messages of the risks screen. */
export const risks = {} as const;
