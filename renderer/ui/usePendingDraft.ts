/**
 * Marks text typed into an editor but not yet committed as unsaved work: the save status
 * says "Unsaved changes" while it waits, and the browser asks before the page is left.
 * Every editor that keeps a local draft calls this with whether the draft differs from
 * what is stored.
 */
import { useEffect, useId } from 'react';
import { useApp } from '../store';

export function usePendingDraft(dirty: boolean): void {
  const setPending = useApp((s) => s.setDraft);
  const key = useId();
  useEffect(() => {
    setPending(key, dirty);
  }, [setPending, key, dirty]);
  useEffect(() => () => setPending(key, false), [setPending, key]);
}
