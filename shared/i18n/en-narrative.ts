/** English messages of the narrative feature (merged into the catalogue by en.ts). */
export const narrative = {
} as const;
