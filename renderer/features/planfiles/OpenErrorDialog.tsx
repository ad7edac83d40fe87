/** A plan file that could not be opened: which file, and why. Nothing was changed. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageRef } from '../../../shared/plan-doc/commands/types';
import { tMessage } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import './planfiles.css';

interface Props {
  readonly fileName: string;
  readonly message: MessageRef;
  readonly onClose: () => void;
}

export function OpenErrorDialog({ fileName, message, onClose }: Props) {
  const { t } = useTranslation();
  const messageId = useId();
  return (
    <Dialog title={t('planFiles.errors.cannotOpen', { name: fileName })} onClose={onClose} describedBy={messageId} role="alertdialog">
      <p id={messageId} className="pf-error-message">
        {tMessage(t, message)}
      </p>
      <p className="muted">{t('planFiles.errors.nothingChanged')}</p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          {t('planFiles.openError.ok')}
        </button>
      </div>
    </Dialog>
  );
}
