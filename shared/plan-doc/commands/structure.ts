/** Commands on the plan's units, strategic objectives and components (being built in this session). */
export const STRUCTURE_COMMANDS = {} as const;
