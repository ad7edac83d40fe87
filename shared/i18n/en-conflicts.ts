/** The Conflicts screen: fields two offices changed at once, and their resolution. */
export const conflicts = {
  title: 'Conflicts',
} as const;
