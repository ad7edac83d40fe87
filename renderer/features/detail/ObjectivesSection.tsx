/**
 * The strategic objectives the result serves, with the significance of its contribution
 * (Recommendation 3: goals under each objective, so resources on a cross-cutting issue
 * can be tracked). One select per objective; "not tagged" removes the tag.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type Result, type Significance, type StrategicObjective, type StrategicObjectiveId } from '../../../shared/model';
import { useApp } from '../../store';
import { DetailSection } from './DetailSection';

/** Weakest first, as the choice reads: not tagged, significant, principal. */
const CHOICES: readonly Significance[] = ['significant', 'principal'];

export function ObjectivesSection({ result }: { readonly result: Result }) {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const dispatch = useApp((s) => s.dispatch);
  const objectives = view.objectiveOrder.flatMap((id) => view.objectives[id] ?? []);

  const setTag = (objectiveId: StrategicObjectiveId, significance: Significance | undefined) => {
    const objectiveTags: Partial<Record<StrategicObjectiveId, Significance | undefined>> = { [objectiveId]: significance };
    void dispatch('updateResult', { id: result.id, fields: { objectiveTags } });
  };

  return (
    <DetailSection title={t('detail.objectives.title')} intro={t('detail.objectives.intro')}>
      {objectives.length === 0 ? (
        <p className="detail-empty">{t('detail.objectives.empty')}</p>
      ) : (
        <ul className="detail-rows detail-rows-stacked">
          {objectives.map((o) => (
            <ObjectiveRow key={o.id} objective={o} value={result.objectiveTags[o.id]} onChange={(s) => setTag(o.id, s)} />
          ))}
        </ul>
      )}
    </DetailSection>
  );
}

interface ObjectiveRowProps {
  readonly objective: StrategicObjective;
  readonly value: Significance | undefined;
  readonly onChange: (significance: Significance | undefined) => void;
}

function ObjectiveRow({ objective, value, onChange }: ObjectiveRowProps) {
  const { t } = useTranslation();
  const id = useId();
  const name = objective.code ? `${objective.code} ${objective.title}` : objective.title;
  return (
    <li className={`detail-row${value ? ' tagged' : ''}`}>
      <label htmlFor={id} className="detail-row-name">
        {name}
      </label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? undefined : (e.target.value as Significance))}>
        <option value="">{t('detail.objectives.notTagged')}</option>
        {CHOICES.map((s) => (
          <option key={s} value={s}>
            {t(`detail.objectives.${s}`)}
          </option>
        ))}
      </select>
    </li>
  );
}
