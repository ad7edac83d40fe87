/**
 * Nothing typed is lost when the page is hidden, reloaded or closed: drafts are committed
 * and saved as soon as the page is hidden, and in a browser tab, leaving with work not
 * yet stored asks first. (In Electron the window's close waits for the same flush.)
 */
import { useEffect } from 'react';
import { FLUSH_DRAFTS_EVENT } from '../platform/events';
import { useApp } from '../store';

export function usePageLifecycle(): void {
  const flushSave = useApp((s) => s.flushSave);
  const unsaved = useApp((s) => s.saveState !== 'saved' || s.drafts.length > 0);

  useEffect(() => {
    const flushAll = () => {
      window.dispatchEvent(new Event(FLUSH_DRAFTS_EVENT));
      void flushSave();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushAll();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flushAll);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flushAll);
    };
  }, [flushSave]);

  useEffect(() => {
    if (!unsaved) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      window.dispatchEvent(new Event(FLUSH_DRAFTS_EVENT));
      void flushSave();
      // Electron has no leave prompt: a cancelled unload would silently keep the window open.
      if (window.rbm) return;
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsaved, flushSave]);
}
