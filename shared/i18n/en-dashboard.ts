/** Messages of the dashboard screen. */
export const dashboard = {} as const;
