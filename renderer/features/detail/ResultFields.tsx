/**
 * The result's own fields: statement, description and assumptions (committed on blur
 * or Ctrl+Enter), its level and number (set by its place in the chain, so read-only
 * here), its component, and its own start and end dates (the timeline's activity span;
 * empty ends are derived there from its results and milestones).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComponentId, Result } from '../../../shared/model';
import type { ResultFields as Fields } from '../../../shared/plan-doc';
import { useApp } from '../../store';
import { SpanFields } from '../timeline/SpanFields';
import { CommitTextArea } from './CommitTextArea';
import { DetailSection } from './DetailSection';

interface ResultFieldsProps {
  readonly result: Result;
  readonly number: string;
  readonly levelName: string;
}

export function ResultFields({ result, number, levelName }: ResultFieldsProps) {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const dispatch = useApp((s) => s.dispatch);
  const componentId = useId();
  const update = (fields: Fields) => dispatch('updateResult', { id: result.id, fields });
  const components = view.componentOrder.flatMap((id) => view.components[id] ?? []);
  // A component removed elsewhere stays named here rather than silently showing "None".
  const orphan = result.componentId !== null && !view.components[result.componentId];

  return (
    <DetailSection title={t('detail.result.title')}>
      <dl className="detail-facts">
        <div>
          <dt>{t('detail.result.level')}</dt>
          <dd>{levelName}</dd>
        </div>
        <div>
          <dt>{t('detail.result.number')}</dt>
          <dd>{number}</dd>
        </div>
      </dl>
      <CommitTextArea label={t('detail.result.statement')} value={result.statement} rows={3} onCommit={(statement) => update({ statement })} />
      <CommitTextArea label={t('detail.result.description')} value={result.description} rows={3} onCommit={(description) => update({ description })} />
      <CommitTextArea
        label={t('detail.result.assumptions')}
        hint={t('detail.result.assumptionsHint')}
        value={result.assumptions}
        rows={2}
        onCommit={(assumptions) => update({ assumptions })}
      />
      <div className="field">
        <label htmlFor={componentId}>{t('detail.result.component')}</label>
        <select
          id={componentId}
          value={result.componentId ?? ''}
          onChange={(e) => void update({ componentId: e.target.value === '' ? null : (e.target.value as ComponentId) })}
        >
          <option value="">{t('detail.result.noComponent')}</option>
          {orphan && (
            <option value={result.componentId!} disabled>
              {t('detail.result.removedComponent')}
            </option>
          )}
          {components.map((c) => (
            <option key={c.id} value={c.id}>
              {c.code ? `${c.code} ${c.name}` : c.name}
            </option>
          ))}
        </select>
      </div>
      <SpanFields result={result} />
    </DetailSection>
  );
}
