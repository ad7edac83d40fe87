/** Commands on indicators (being built in this session). */
export const INDICATORS_COMMANDS = {} as const;
