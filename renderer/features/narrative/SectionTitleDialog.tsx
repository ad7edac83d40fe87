/** The small dialog that asks for a section's title, to add a section or rename one. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTION_TITLE_MAX } from '../../../shared/plan-doc';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';

interface TitleDialogProps {
  readonly mode: 'add' | 'rename';
  readonly initial: string;
  readonly onSubmit: (title: string) => void;
  readonly onClose: () => void;
}

export function SectionTitleDialog({ mode, initial, onSubmit, onClose }: TitleDialogProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const error = title.trim() === '' ? t('narrative.errors.titleRequired') : undefined;
  return (
    <Dialog title={t(mode === 'add' ? 'narrative.addTitle' : 'narrative.renameTitle')} onClose={onClose}>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted(true);
          if (!error) onSubmit(title.trim());
        }}
      >
        <Field label={t('narrative.sectionTitle')} value={title} onChange={setTitle} error={submitted ? error : undefined} maxLength={SECTION_TITLE_MAX} autoFocus required />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t(mode === 'add' ? 'narrative.add' : 'common.rename')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
