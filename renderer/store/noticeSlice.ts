/** Messages shown to the user for a while: confirmations with Undo, and errors. */
import type { SliceContext } from './context';
import type { NoticeSlice } from './types';

let nextNoticeId = 1;

export function noticeSlice({ set, get }: SliceContext): NoticeSlice {
  return {
    notices: [],
    notify(notice) {
      const id = nextNoticeId++;
      set({ notices: [...get().notices.slice(-4), { ...notice, id }] });
      return id;
    },
    dismissNotice(id) {
      set({ notices: get().notices.filter((n) => n.id !== id) });
    },
  };
}
