/** Messages of the partners screen. */
export const partners = {} as const;
