/**
 * A plan file whose plan is not on this computer: what it holds (title, office, date,
 * contents) and, when a different plan here has the same title, that this one is added
 * beside it. Add plan stores and opens it; Cancel changes nothing.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncomingPlanFile } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { formatDateTime } from '../../ui/format';
import './planfiles.css';
import { BusyActions } from './BusyActions';

/** The counts a plan file's envelope carries that are worth showing, in this order. */
const SHOWN_COUNTS = ['goals', 'outcomes', 'outputs', 'activities', 'indicators', 'risks', 'milestones', 'partners', 'resources', 'sections'] as const;

interface Props {
  readonly incoming: IncomingPlanFile;
  readonly busy: boolean;
  readonly onAdd: () => void;
  readonly onCancel: () => void;
}

export function AddPlanDialog({ incoming, busy, onAdd, onCancel }: Props) {
  const { t } = useTranslation();
  const introId = useId();
  const { file, sameTitle } = incoming;
  const contents = SHOWN_COUNTS.filter((k) => (file.counts[k] ?? 0) > 0).map((k) => t(`planFiles.add.counts.${k}`, { count: file.counts[k] }));
  const close = () => {
    if (!busy) onCancel();
  };
  return (
    <Dialog title={t('planFiles.add.title', { title: file.title })} onClose={close} describedBy={introId}>
      <div className="pf-add">
        <p id={introId}>{t('planFiles.add.intro')}</p>
        {incoming.mode === 'newSameTitle' && sameTitle && (
          <p className="pf-same-title" role="note">
            {t('planFiles.add.sameTitle', { title: sameTitle.title, date: formatDateTime(sameTitle.updatedAt) })}
          </p>
        )}
        <dl className="pf-facts">
          <dt>{t('planFiles.add.plan')}</dt>
          <dd>{file.title}</dd>
          <dt>{t('planFiles.add.office')}</dt>
          <dd>{file.office || t('planFiles.unknownOffice')}</dd>
          <dt>{t('planFiles.add.made')}</dt>
          <dd>{formatDateTime(file.createdAt)}</dd>
          <dt>{t('planFiles.add.kind')}</dt>
          <dd>{t(`planFiles.kinds.${file.kind}`)}</dd>
          {contents.length > 0 && (
            <>
              <dt>{t('planFiles.add.contents')}</dt>
              <dd>{contents.join(', ')}</dd>
            </>
          )}
        </dl>
      </div>
      <BusyActions busy={busy} busyLabel={t('planFiles.add.adding')} cancelLabel={t('planFiles.add.cancel')} submitLabel={t('planFiles.add.submit')} onCancel={close} onSubmit={onAdd} />
    </Dialog>
  );
}
