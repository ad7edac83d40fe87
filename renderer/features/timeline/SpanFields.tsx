/**
 * A result's own start and end dates, each committed on Enter or when focus leaves (like
 * every stored field). Empty means "not set": the timeline then derives that end from
 * the result's results and milestones. An end before the start is refused with a message.
 */
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/model';
import { CommitField } from '../../ui/CommitField';
import { useMilestoneActions } from './useMilestoneActions';
import './timeline.css';

interface SpanFieldsProps {
  readonly result: Result;
}

export function SpanFields({ result }: SpanFieldsProps) {
  const { t } = useTranslation();
  const { setDate } = useMilestoneActions();
  const start = result.startDate ?? '';
  const end = result.endDate ?? '';
  return (
    <div className="span-fields">
      <div className="span-fields-row">
        <CommitField
          label={t('timeline.span.startDate')}
          type="date"
          value={start}
          onCommit={(value) => setDate(result.id, 'startDate', value, end)}
        />
        <CommitField
          label={t('timeline.span.endDate')}
          type="date"
          value={end}
          min={start || undefined}
          onCommit={(value) => setDate(result.id, 'endDate', value, start)}
        />
      </div>
      <p className="field-hint">{t('timeline.span.hint')}</p>
    </div>
  );
}
