/** The Translation view: the plan's texts side by side in its main language and one other. */
export const translation = {
} as const;
