/** Messages of the export dialog and the documents' labels (report-build.ts). */
export const exportDoc = {
} as const;
