/**
 * A plan-file dialog's Cancel and main button while the store works on it: both disabled
 * when busy, the main button naming what is happening, and the same said to screen readers.
 */
interface BusyActionsProps {
  readonly busy: boolean;
  readonly busyLabel: string;
  readonly cancelLabel: string;
  readonly submitLabel: string;
  readonly onCancel: () => void;
  /** The main button's action; without one it submits the dialog's form. */
  readonly onSubmit?: () => void;
}

export function BusyActions({ busy, busyLabel, cancelLabel, submitLabel, onCancel, onSubmit }: BusyActionsProps) {
  return (
    <>
      <div className="visually-hidden" role="status" aria-live="polite">
        {busy ? busyLabel : ''}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} disabled={busy}>
          {cancelLabel}
        </button>
        <button type={onSubmit ? 'button' : 'submit'} className="primary" onClick={onSubmit} disabled={busy} aria-disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </button>
      </div>
    </>
  );
}
