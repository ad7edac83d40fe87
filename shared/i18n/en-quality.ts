/** English messages of the quality feature (merged into the catalogue by en.ts). */
export const quality = {
} as const;
