/**
 * The language the open plan is shown in (issue 8). The engine's view holds every text in
 * the plan's main language, with its translations in translation keys; the screens are
 * given `shownView` of it: each translatable text in the shown language where it has a
 * translation, in the main language where it has none.
 *
 * (localizeView, shared/plan-doc/view-localize.ts, keeps the identities of what it leaves
 * unchanged, so an edit localises only the entities it touched again).
 */
import { planLanguages } from '../../shared/model';
import type { PlanView } from '../../shared/plan-doc';
import { localizeView } from '../../shared/plan-doc/view-localize';
import type { AppState } from './types';

/**
 * The further language the open plan is shown in, or null when it is shown in its main
 * language (also when the language chosen is not one of the plan's further languages any
 * more: removed here or in another office's merged changes).
 */
export function shownLanguageOf(view: PlanView | null, chosen: string | null): string | null {
  if (!view || !chosen) return null;
  return planLanguages(view.plan).further.includes(chosen) ? chosen : null;
}

/** The view the screens show for the engine's `view` (the same view while the plan is shown in its main language). */
export function shownView(view: PlanView | null, state: Pick<AppState, 'shownLanguage'>): PlanView | null {
  const language = shownLanguageOf(view, state.shownLanguage);
  return view && language ? localizeView(view, language) : view;
}

export { localizeView };
