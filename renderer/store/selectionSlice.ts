/** Which result the user is working on, shared by the screens that show results. */
import type { SliceContext } from './context';
import type { SelectionSlice } from './types';

export function selectionSlice({ set }: SliceContext): SelectionSlice {
  return {
    selectedResultId: null,
    selectResult(id) {
      set({ selectedResultId: id });
    },
  };
}
