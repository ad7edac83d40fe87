/** Messages of the plan settings screen (reporting periods, status date, thresholds). */
export const planSettings = {} as const;
