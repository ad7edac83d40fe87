/** Commands on periods (being built in this session). */
export const PERIODS_COMMANDS = {} as const;
