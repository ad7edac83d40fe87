/** Messages of the timeline screen. */
export const timeline = {} as const;
