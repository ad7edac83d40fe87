/**
 * An input that edits a stored value: the edit is committed on Enter or when focus
 * leaves, Escape restores the stored value, and a refused edit shows it again too.
 * While not being edited it always shows the stored value (which undo may change).
 */
import { useId, type InputHTMLAttributes } from 'react';
import { useCommitDraft } from './useCommitDraft';

interface CommitFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  readonly label: string;
  readonly value: string;
  /** Resolves false when the edit was refused (the store shows why). */
  readonly onCommit: (value: string) => Promise<boolean> | void;
}

export function CommitField({ label, value, onCommit, ...rest }: CommitFieldProps) {
  const id = useId();
  const draft = useCommitDraft(value, onCommit);

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={draft.shown}
        onChange={(e) => draft.change(e.target.value)}
        onBlur={draft.commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            draft.commit();
          } else if (e.key === 'Escape') {
            draft.cancel();
          }
        }}
        {...rest}
      />
    </div>
  );
}
