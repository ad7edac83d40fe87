/** Storage failures the user sees, and recovering from them (issue 7): retry, reopen. */
export const recovery = {} as const;
