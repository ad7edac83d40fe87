/** Messages of the command line (rbm). */
export const cli = {
} as const;
