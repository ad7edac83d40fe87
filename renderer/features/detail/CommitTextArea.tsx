/**
 * A multi-line field that edits a stored value, like ui/CommitField: the edit is
 * committed when focus leaves or on Ctrl+Enter (Enter itself starts a new line, as
 * people expect in a text box), Escape restores the stored value, and a refused edit
 * shows the stored value again. While not being edited it shows the stored value,
 * which undo or a merge may change.
 */
import { useId, type TextareaHTMLAttributes } from 'react';
import { useCommitDraft } from '../../ui/useCommitDraft';

interface CommitTextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> {
  readonly label: string;
  readonly value: string;
  /** Resolves false when the edit was refused (the store shows why). */
  readonly onCommit: (value: string) => Promise<boolean> | void;
  /** A short line under the label, read with the field. */
  readonly hint?: string | undefined;
}

export function CommitTextArea({ label, value, onCommit, hint, rows = 2, ...rest }: CommitTextAreaProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const draft = useCommitDraft(value, onCommit);

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
      <textarea
        id={id}
        rows={rows}
        value={draft.shown}
        aria-describedby={hint ? hintId : undefined}
        aria-keyshortcuts="Control+Enter"
        onChange={(e) => draft.change(e.target.value)}
        onBlur={draft.commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            draft.commit();
          } else if (e.key === 'Escape' && draft.editing) {
            // Only a pending edit is cancelled here; otherwise Escape is left to the page.
            e.stopPropagation();
            draft.cancel();
          }
        }}
        {...rest}
      />
    </div>
  );
}
