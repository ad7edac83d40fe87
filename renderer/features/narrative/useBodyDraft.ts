/**
 * The text area's local draft of a section body, and when it is committed.
 *
 * Why a draft: committing every keystroke would make each one an undo step and a
 * document change, and a store update arriving while the planner types would move the
 * caret. So typing goes to a local draft, committed (one `setSectionBody`, one undo
 * step) when the planner pauses or leaves the text area, or when the editor goes away.
 * With no draft pending the text area shows the stored body, so undo, redo and merged
 * edits from elsewhere appear at once; while a draft is pending the planner's typing wins.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { FLUSH_DRAFTS_EVENT } from '../../platform/events';
import { usePendingDraft } from '../../ui/usePendingDraft';

/** Pause after the last keystroke before the body is committed. */
export const COMMIT_DELAY_MS = 600;

export interface BodyDraft {
  /** What the text area shows. */
  readonly text: string;
  /** True while typed text is not yet committed. */
  readonly dirty: boolean;
  /** Takes new text from the text area and (re)starts the pause timer. */
  change(text: string): void;
  /** Commits now (on blur). */
  flush(): void;
}

/**
 * `save` resolves false when the edit was refused (the store shows why); the draft is
 * then kept, so nothing typed is lost, and committed again at the next pause.
 */
export function useBodyDraft(body: string, save: (body: string) => Promise<boolean>): BodyDraft {
  const [draft, setDraft] = useState<string | null>(null);
  // Timers and the unmount flush read the latest values here, not a stale closure.
  const latest = useRef({ body, save, draft: null as string | null });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useLayoutEffect(() => {
    latest.current.body = body;
    latest.current.save = save;
  });

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const state = latest.current;
    const value = state.draft;
    if (value === null) return;
    const settle = () => {
      // Only if nothing was typed meanwhile: newer text stays the draft.
      if (latest.current.draft !== value) return;
      latest.current.draft = null;
      setDraft(null);
    };
    if (value === state.body) {
      settle();
      return;
    }
    void state.save(value).then((ok) => ok && settle());
  }, []);

  const change = useCallback(
    (text: string) => {
      latest.current.draft = text;
      setDraft(text);
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, COMMIT_DELAY_MS);
    },
    [flush],
  );

  // Leaving the section (or the screen) commits what was typed; so does hiding or leaving the page.
  useEffect(() => () => flush(), [flush]);
  useEffect(() => {
    window.addEventListener(FLUSH_DRAFTS_EVENT, flush);
    return () => window.removeEventListener(FLUSH_DRAFTS_EVENT, flush);
  }, [flush]);

  // The save status shows "unsaved" while typed text waits in the draft.
  const dirty = draft !== null;
  usePendingDraft(dirty);

  return { text: draft ?? body, dirty, change, flush };
}
