/** This office's identity: its name (shown in history) and its Automerge actor id. */
import { messageOf } from './errors';
import type { SliceContext } from './context';
import type { OfficeSlice } from './types';

/** Longest office name: it travels in every change and every plan file. */
export const MAX_OFFICE_NAME = 200;

export function officeSlice({ set, get, deps, rt }: SliceContext): OfficeSlice {
  return {
    officeName: '',
    actorId: '',
    officeNameNeeded: false,
    async setOfficeName(name) {
      const trimmed = name.trim();
      if (trimmed === '') {
        get().notify({ tone: 'error', message: { key: 'planFiles.office.required' } });
        return false;
      }
      if (trimmed.length > MAX_OFFICE_NAME) {
        get().notify({ tone: 'error', message: { key: 'planFiles.office.tooLong' } });
        return false;
      }
      try {
        await deps.settings.set('officeName', trimmed);
      } catch (e) {
        get().notify({ tone: 'error', message: messageOf(e) });
        return false;
      }
      set({ officeName: trimmed });
      // The open plan's next changes carry the new name too (not only after it is opened again).
      await rt.engine?.setOffice(trimmed);
      if (get().officeNameNeeded) {
        set({ officeNameNeeded: false, booted: false });
        await get().boot();
      }
      return true;
    },
  };
}
