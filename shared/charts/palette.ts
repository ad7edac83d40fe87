/**
 * Colours shared by the charts and the screens' CSS (renderer/styles.css has the same
 * values as custom properties). Chosen to stay distinct in greyscale print and for
 * the common colour-vision deficiencies; status is never shown by colour alone.
 */
export const PALETTE = {
  baseline: '#5a6475',
  target: '#1f5fa8',
  actual: '#1e7a44',
  onTrack: '#1e7a44',
  atRisk: '#b26b00',
  offTrack: '#b42318',
  notMeasured: '#8a93a3',
  regularBudget: '#1f5fa8',
  extraBudgetary: '#8a4b00',
  planned: '#9bb8de',
  secured: '#1f5fa8',
  gap: '#b42318',
} as const;
