/** The Translation view: the plan's texts side by side in its main language and one other. */
export const translation = {
  nav: 'Translation',
  command: 'Translation',
  title: 'Translation',
} as const;
