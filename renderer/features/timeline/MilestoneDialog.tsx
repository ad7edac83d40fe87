/**
 * Adds a milestone to a result, or edits one: title, due date, status and, for a done
 * milestone, the date it was completed (the status date by default when it is marked
 * done here; not after the status date). Checked on submit; nothing is saved while a
 * field is wrong, and the dialog says which and why.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkMilestoneDraft, periodPosition, type MilestoneDraft, type MilestoneDraftField } from '../../../shared/analysis/schedule';
import type { IsoDate } from '../../../shared/dates';
import { isIsoDate } from '../../../shared/dates';
import { MILESTONE_STATUSES, type Milestone } from '../../../shared/model';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { formatDate } from '../../ui/format';

interface MilestoneDialogProps {
  /** The milestone to edit; absent to add one. */
  readonly milestone?: Milestone;
  readonly heading: string;
  readonly statusDate: IsoDate;
  readonly period: { readonly start: IsoDate; readonly end: IsoDate };
  readonly onSubmit: (draft: MilestoneDraft) => Promise<boolean>;
  readonly onClose: () => void;
}

export function MilestoneDialog({ milestone, heading, statusDate, period, onSubmit, onClose }: MilestoneDialogProps) {
  const { t } = useTranslation();
  const statusId = useId();
  const [draft, setDraft] = useState<MilestoneDraft>(() => ({
    title: milestone?.title ?? '',
    dueDate: milestone?.dueDate ?? '',
    status: milestone?.status ?? 'planned',
    completedDate: milestone?.completedDate ?? '',
  }));
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const problems = checkMilestoneDraft(draft, statusDate);
  const errorOf = (field: MilestoneDraftField): string | undefined => {
    const problem = submitted ? problems.find((p) => p.field === field) : undefined;
    return problem ? t(`timeline.errors.${problem.key}`, { date: formatDate(statusDate) }) : undefined;
  };
  const change = (fields: Partial<MilestoneDraft>) => setDraft((d) => ({ ...d, ...fields }));
  const outside = isIsoDate(draft.dueDate) && periodPosition(draft.dueDate, period.start, period.end) !== 'within';

  return (
    <Dialog title={heading} onClose={onClose}>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted(true);
          if (problems.length > 0 || busy) return;
          setBusy(true);
          void onSubmit(draft).then((ok) => {
            setBusy(false);
            if (ok) onClose();
          });
        }}
      >
        <Field
          label={t('timeline.dialog.title')}
          value={draft.title}
          onChange={(title) => change({ title })}
          error={errorOf('title')}
          placeholder={t('timeline.dialog.titlePlaceholder')}
          maxLength={500}
          autoFocus
          required
        />
        <div className="form-row">
          <Field label={t('timeline.dialog.dueDate')} type="date" value={draft.dueDate} onChange={(dueDate) => change({ dueDate })} error={errorOf('dueDate')} required />
          <div className="field">
            <label htmlFor={statusId}>{t('timeline.dialog.status')}</label>
            <select
              id={statusId}
              value={draft.status}
              onChange={(e) => {
                const status = e.target.value as Milestone['status'];
                // Marked done here: completed on the status date unless a date is given.
                change(status === 'done' && !draft.completedDate ? { status, completedDate: statusDate } : { status });
              }}
            >
              {MILESTONE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`timeline.status.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {outside && (
          <p className="hint timeline-dialog-warning">{t('timeline.dialog.outsidePeriod', { start: formatDate(period.start), end: formatDate(period.end) })}</p>
        )}
        {draft.status === 'done' && (
          <div>
            <Field
              label={t('timeline.dialog.completedDate')}
              type="date"
              value={draft.completedDate}
              onChange={(completedDate) => change({ completedDate })}
              error={errorOf('completedDate')}
              max={statusDate}
              required
            />
            <p className="hint">{t('timeline.dialog.completedHint', { date: formatDate(statusDate) })}</p>
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {milestone ? t('timeline.dialog.save') : t('timeline.dialog.add')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
