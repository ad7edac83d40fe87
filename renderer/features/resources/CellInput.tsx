/**
 * An input in a table cell that edits a stored value through a parser: it shows the value
 * formatted while idle and plain while edited, commits on Enter or leaving the cell, and
 * keeps what was typed with a message beside it when it is not valid (nothing is saved
 * then); Escape goes back to the stored value.
 */
import { useId, useState, type InputHTMLAttributes } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { MessageRef } from '../../../shared/plan-doc/commands/types';
import { tMessage } from '../../i18n';
import type { Parsed } from './input';

interface CellInputProps<T> extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'onBlur' | 'onFocus' | 'onKeyDown'> {
  readonly label: string;
  /** What the cell shows while it is not being edited. */
  readonly display: string;
  /** What the input holds when editing starts. */
  readonly editText: string;
  readonly parse: (text: string) => Parsed<T>;
  readonly onCommit: (value: T) => Promise<boolean> | void;
  /** The edit text of a committed value, shown while the input keeps the focus after Enter. */
  readonly toEditText?: (value: T) => string;
}

export function CellInput<T>({ label, display, editText, parse, onCommit, toEditText = String, className, ...rest }: CellInputProps<T>) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<MessageRef | null>(null);
  /** Commits the draft; `stay` keeps the input in editing mode (Enter), else it shows the value formatted. */
  const commit = (stay: boolean) => {
    if (draft === null) return;
    if (draft.trim() === editText) {
      setDraft(stay ? editText : null);
      setError(null);
      return;
    }
    const parsed = parse(draft);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setDraft(stay ? toEditText(parsed.value) : null);
    setError(null);
    void onCommit(parsed.value);
  };
  /** Back to the stored value (still editing: the input keeps the focus). */
  const cancel = () => {
    setDraft(editText);
    setError(null);
  };
  return (
    <>
      <input
        {...rest}
        className={className}
        aria-label={label}
        value={draft ?? display}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onFocus={(e) => {
          if (draft === null) {
            // Synchronously, so that whatever is typed next replaces the plain value.
            const input = e.currentTarget;
            flushSync(() => setDraft(editText));
            input.select();
          }
        }}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => commit(false)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit(true);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            cancel();
          }
        }}
      />
      {error && (
        <span id={`${id}-error`} className="field-error res-cell-error" role="alert">
          {tMessage(t, error)}
        </span>
      )}
    </>
  );
}
