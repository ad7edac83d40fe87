/**
 * What the user is working on (a result, a narrative section), shared by the screens, and
 * navigation to any element of the plan (from a quality finding, a link in a panel).
 */
import type { ResultId } from '../../shared/model';
import type { SliceContext } from './context';
import type { PlanTarget, SelectionSlice, Tab } from './types';

let focusSeq = 0;

export function selectionSlice({ set, get }: SliceContext): SelectionSlice {
  /** The result an element belongs to, for elements shown on their result's row. */
  const resultOf = (target: PlanTarget): ResultId | null => {
    const view = get().view;
    if (!view) return null;
    switch (target.kind) {
      case 'result':
        return view.results[target.id] ? (target.id as ResultId) : null;
      case 'indicator':
        return view.indicators[target.id]?.resultId ?? null;
      case 'milestone':
        return view.milestones[target.id]?.resultId ?? null;
      case 'risk':
        return view.risks[target.id]?.resultIds.find((id) => view.results[id]) ?? null;
      default:
        return null;
    }
  };

  return {
    matrixPrefs: { filters: { componentId: '', level: '', unitId: '', objectiveId: '', search: '' }, hiddenColumns: [], groupByComponent: true },
    setMatrixPrefs(prefs) {
      set({ matrixPrefs: { ...get().matrixPrefs, ...prefs } });
    },
    selectedResultId: null,
    selectedSectionId: null,
    detailOpen: true,
    focusRequest: null,
    selectResult(id) {
      set({ selectedResultId: id });
    },
    selectSection(id) {
      set({ selectedSectionId: id });
    },
    setDetailOpen(open) {
      set({ detailOpen: open });
    },
    navigateTo(target) {
      const route = get().route;
      if (route.screen !== 'plan') return;
      let tab: Tab = route.tab;
      if (target.kind === 'plan') tab = 'overview';
      // One text in the Translation view: it answers the focus request (language and text).
      else if (target.kind === 'translation') tab = 'translation';
      else if (target.kind === 'section') {
        tab = 'narrative';
        set({ selectedSectionId: target.id });
      } else {
        const resultId = resultOf(target);
        if (resultId) set({ selectedResultId: resultId, detailOpen: true });
        // Indicators, risks and milestones open in their own screens; a result in the
        // logframe unless the results chain is showing.
        if (target.kind === 'indicator') tab = 'indicators';
        else if (target.kind === 'risk') tab = 'risks';
        else if (target.kind === 'milestone') tab = 'timeline';
        else if (tab !== 'results') tab = 'matrix';
      }
      set({ route: { ...route, tab }, focusRequest: { target, seq: ++focusSeq } });
    },
    clearFocusRequest() {
      set({ focusRequest: null });
    },
  };
}
