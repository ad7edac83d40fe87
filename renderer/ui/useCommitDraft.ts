/**
 * The draft behind a field that edits a stored value (CommitField, CommitTextArea): what
 * is typed stays local until committed; while not being edited the field shows the stored
 * value, which undo or a merge may change; cancelling shows the stored value again.
 */
import { useState } from 'react';
import { usePendingDraft } from './usePendingDraft';

export interface CommitDraft {
  /** What the field shows. */
  readonly shown: string;
  /** Whether an edit is pending. */
  readonly editing: boolean;
  change(text: string): void;
  /** Commits the pending edit, if it differs from the stored value. */
  commit(): void;
  cancel(): void;
}

export function useCommitDraft(value: string, onCommit: (value: string) => Promise<boolean> | void): CommitDraft {
  const [draft, setDraft] = useState<string | null>(null);
  usePendingDraft(draft !== null && draft !== value);
  return {
    shown: draft ?? value,
    editing: draft !== null,
    change: setDraft,
    commit() {
      const next = draft;
      setDraft(null);
      if (next !== null && next !== value) void onCommit(next);
    },
    cancel() {
      setDraft(null);
    },
  };
}
