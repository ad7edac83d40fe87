/** Messages of the units, strategic objectives and components screen. */
export const structure = {} as const;
