/** Messages of the raci screen. */
export const raci = {} as const;
