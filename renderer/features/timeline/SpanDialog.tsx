/**
 * Sets a result's own start and end dates from the timeline. Either may be left empty:
 * that end is then derived from the result's results and milestones. An end before the
 * start, or a date that is not one, is refused with the reason and nothing is saved.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkSpanDraft, type SpanDraftField } from '../../../shared/analysis/schedule';
import type { Result } from '../../../shared/model';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';

interface SpanDialogProps {
  readonly result: Result;
  readonly number: string;
  /** The span as the timeline shows it now, in words. */
  readonly current: string;
  readonly onSubmit: (startDate: string, endDate: string) => Promise<boolean>;
  readonly onClose: () => void;
}

export function SpanDialog({ result, number, current, onSubmit, onClose }: SpanDialogProps) {
  const { t } = useTranslation();
  const [start, setStart] = useState(result.startDate ?? '');
  const [end, setEnd] = useState(result.endDate ?? '');
  const [submitted, setSubmitted] = useState(false);
  const problems = checkSpanDraft(start, end);
  const errorOf = (field: SpanDraftField) => {
    const problem = submitted ? problems.find((p) => p.field === field) : undefined;
    return problem ? t(`timeline.errors.${problem.key}`) : undefined;
  };
  return (
    <Dialog title={t('timeline.spanDialog.title', { number })} onClose={onClose}>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted(true);
          if (problems.length > 0) return;
          void onSubmit(start, end).then((ok) => ok && onClose());
        }}
      >
        <p className="hint">{t('timeline.spanDialog.current', { span: current })}</p>
        <div className="form-row">
          <Field label={t('timeline.span.startDate')} type="date" value={start} onChange={setStart} error={errorOf('startDate')} autoFocus />
          <Field label={t('timeline.span.endDate')} type="date" value={end} onChange={setEnd} error={errorOf('endDate')} min={start || undefined} />
        </div>
        <p className="hint">{t('timeline.span.hint')}</p>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('timeline.spanDialog.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
