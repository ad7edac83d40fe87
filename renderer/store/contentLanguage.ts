/**
 * The language the open plan is shown in (issue 8). The engine's view holds every text in
 * the plan's main language; the screens are given `shownView` of it.
 */
import type { PlanView } from '../../shared/plan-doc';
import type { AppState } from './types';

/** The view the screens show for the engine's `view` (the same view while the plan is shown in its main language). */
export function shownView(view: PlanView | null, _state: AppState): PlanView | null {
  return view;
}
