/** This office's identity: its name (shown in history) and its Automerge actor id. */
import { messageOf } from './errors';
import type { SliceContext } from './context';
import type { OfficeSlice } from './types';

export function officeSlice({ set, get, deps }: SliceContext): OfficeSlice {
  return {
    officeName: '',
    actorId: '',
    async setOfficeName(name) {
      try {
        await deps.settings.set('officeName', name.trim());
        set({ officeName: name.trim() });
        return true;
      } catch (e) {
        get().notify({ tone: 'error', message: messageOf(e) });
        return false;
      }
    },
  };
}
