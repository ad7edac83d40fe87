/**
 * An input that edits a stored value: the edit is committed on Enter or when focus
 * leaves, Escape restores the stored value, and a refused edit shows it again too.
 * While not being edited it always shows the stored value (which undo may change).
 */
import { useId, useState, type InputHTMLAttributes } from 'react';

interface CommitFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  readonly label: string;
  readonly value: string;
  /** Resolves false when the edit was refused (the store shows why). */
  readonly onCommit: (value: string) => Promise<boolean> | void;
}

export function CommitField({ label, value, onCommit, ...rest }: CommitFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);

  const commit = () => {
    const next = draft;
    setDraft(null);
    if (next !== null && next !== value) void onCommit(next);
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={draft ?? value}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape') {
            setDraft(null);
          }
        }}
        {...rest}
      />
    </div>
  );
}
