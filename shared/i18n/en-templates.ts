/** English messages of the templates feature (merged into the catalogue by en.ts). */
export const templates = {
} as const;
