/** Messages of the resources screen. */
export const resources = {} as const;
