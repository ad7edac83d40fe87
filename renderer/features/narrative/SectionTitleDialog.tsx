/** The dialog that asks for a section's title, to add a section or rename one. */
import { useTranslation } from 'react-i18next';
import { SECTION_TITLE_MAX } from '../../../shared/plan-doc';
import { TitleDialog } from '../../ui/TitleDialog';

interface SectionTitleDialogProps {
  readonly mode: 'add' | 'rename';
  readonly initial: string;
  readonly onSubmit: (title: string) => void;
  readonly onClose: () => void;
}

export function SectionTitleDialog({ mode, initial, onSubmit, onClose }: SectionTitleDialogProps) {
  const { t } = useTranslation();
  return (
    <TitleDialog
      heading={t(mode === 'add' ? 'narrative.addTitle' : 'narrative.renameTitle')}
      fieldLabel={t('narrative.sectionTitle')}
      submitLabel={t(mode === 'add' ? 'narrative.add' : 'common.rename')}
      requiredMessage={t('narrative.errors.titleRequired')}
      initial={initial}
      maxLength={SECTION_TITLE_MAX}
      onSubmit={onSubmit}
      onClose={onClose}
    />
  );
}
