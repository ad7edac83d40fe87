/** The window's title: the open plan's title and the app's name, or the app's name alone. */
export const APP_NAME = 'RBM Planner';

export function windowTitle(planTitle: string): string {
  return planTitle.trim() ? `${planTitle.trim()} – ${APP_NAME}` : APP_NAME;
}
