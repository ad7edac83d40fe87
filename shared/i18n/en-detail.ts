/** English messages of the detail feature (merged into the catalogue by en.ts). */
export const detail = {
} as const;
