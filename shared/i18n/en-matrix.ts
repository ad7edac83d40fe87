/** English messages of the matrix feature (merged into the catalogue by en.ts). */
export const matrix = {
} as const;
