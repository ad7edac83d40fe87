/**
 * File > Save plan file…: which office the file is for (offices this plan exchanged files
 * with are offered) and whether it holds the whole plan or only the changes since the
 * last exchange with that office (offered only when the app knows what that office has).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KnownOffice, SavePlanFileOptions } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import './planfiles.css';
import { BusyActions } from './BusyActions';

interface Props {
  /** Offices this plan exchanged files with, most recent first (empty until known). */
  readonly offices: readonly KnownOffice[];
  readonly busy: boolean;
  readonly onSave: (options: SavePlanFileOptions) => void;
  readonly onClose: () => void;
}

/** The known office named (case and spaces aside), if any. */
export function officeNamed(offices: readonly KnownOffice[], name: string): KnownOffice | undefined {
  const key = name.trim().toLowerCase();
  return key ? offices.find((o) => o.office.trim().toLowerCase() === key) : undefined;
}

export function SavePlanFileDialog({ offices, busy, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const introId = useId();
  const listId = useId();
  const changesHintId = useId();
  const [office, setOffice] = useState('');
  const [wanted, setWanted] = useState<SavePlanFileOptions['kind']>('full');
  const known = officeNamed(offices, office);
  const canChanges = known?.canSendChanges === true;
  const kind = wanted === 'changes' && canChanges ? 'changes' : 'full';

  const close = () => {
    if (!busy) onClose();
  };
  return (
    <Dialog title={t('planFiles.saveDialog.title')} onClose={close} describedBy={introId}>
      <form
        className="pf-save"
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) onSave({ office: office.trim(), kind });
        }}
      >
        <p id={introId} className="muted">
          {t('planFiles.saveDialog.intro')}
        </p>
        <Field label={t('planFiles.saveDialog.office')} hint={t('planFiles.saveDialog.officeHint')} value={office} onChange={setOffice} list={listId} autoComplete="off" maxLength={200} autoFocus />
        <datalist id={listId}>
          {offices.map((o) => (
            <option key={o.office} value={o.office} />
          ))}
        </datalist>
        <fieldset className="pf-kinds">
          <legend>{t('planFiles.saveDialog.kind')}</legend>
          <label className="pf-kind">
            <input type="radio" name="pf-kind" value="full" checked={kind === 'full'} onChange={() => setWanted('full')} />
            <span>
              <span className="pf-kind-name">{t('planFiles.saveDialog.full')}</span>
              <span className="pf-kind-hint">{t('planFiles.saveDialog.fullHint')}</span>
            </span>
          </label>
          <label className={canChanges ? 'pf-kind' : 'pf-kind pf-kind-disabled'}>
            <input type="radio" name="pf-kind" value="changes" checked={kind === 'changes'} disabled={!canChanges} onChange={() => setWanted('changes')} aria-describedby={changesHintId} />
            <span>
              <span className="pf-kind-name">{t('planFiles.saveDialog.changes')}</span>
              <span className="pf-kind-hint" id={changesHintId}>
                {canChanges && known ? t('planFiles.saveDialog.changesHint', { office: known.office, date: formatDateTime(known.lastExchange) }) : t('planFiles.saveDialog.changesUnavailable')}
              </span>
            </span>
          </label>
        </fieldset>
        <BusyActions busy={busy} busyLabel={t('planFiles.saveDialog.saving')} cancelLabel={t('planFiles.saveDialog.cancel')} submitLabel={t('planFiles.saveDialog.submit')} onCancel={close} />
      </form>
    </Dialog>
  );
}
