/**
 * The small dialog that asks for one title (to rename a plan, to add or rename a strategy
 * paper section): a required field, checked on submit, trimmed before it is handed on.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';
import { Field } from './Field';

interface TitleDialogProps {
  /** The dialog's heading. */
  readonly heading: string;
  readonly fieldLabel: string;
  readonly submitLabel: string;
  /** Shown when the title is left blank. */
  readonly requiredMessage: string;
  readonly initial: string;
  readonly maxLength?: number;
  readonly onSubmit: (title: string) => void;
  readonly onClose: () => void;
}

export function TitleDialog({ heading, fieldLabel, submitLabel, requiredMessage, initial, maxLength, onSubmit, onClose }: TitleDialogProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const error = title.trim() === '' ? requiredMessage : undefined;
  return (
    <Dialog title={heading} onClose={onClose}>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted(true);
          if (!error) onSubmit(title.trim());
        }}
      >
        <Field label={fieldLabel} value={title} onChange={setTitle} error={submitted ? error : undefined} maxLength={maxLength} autoFocus required />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
