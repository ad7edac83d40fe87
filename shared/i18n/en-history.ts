/** The History screen: who changed what and when, earlier versions, imports. */
export const historyScreen = {
  title: 'History',
} as const;
