/** The Backups screen and the backups taken before risky changes (issue 7). */
export const backups = {} as const;
