/**
 * Editing a result's indicators from the matrix: definition, unit, measure type,
 * direction, baseline, targets per reporting period (or not applicable), final target
 * and means of verification; adding and deleting indicators.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DIRECTIONS, MEASURE_TYPES, makeId, type Indicator, type IndicatorId, type ResultId } from '../../../shared/model';
import { blankIndicator, keyBetween, type Patch } from '../../../shared/plan-doc';
import { randomHex } from '../../platform/random';
import { useApp } from '../../store';
import { CommitField } from '../../ui/CommitField';
import { NumberField } from '../../ui/NumberField';

export function IndicatorsEditor({ resultId }: { resultId: ResultId }) {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const dispatch = useApp((s) => s.dispatch);
  const ids = view.indicatorsByResult[resultId] ?? [];
  const [added, setAdded] = useState<string | null>(null);

  const add = () => {
    const last = ids[ids.length - 1];
    const sortKey = keyBetween(last ? view.indicators[last]!.sortKey : null, null);
    const id = makeId<IndicatorId>('indicator', randomHex);
    // Known before the form mounts, so its definition field takes the focus as it appears.
    setAdded(id);
    void dispatch('addEntity', { collection: 'indicators', entity: blankIndicator(id, resultId, sortKey) });
  };

  return (
    <div className="indicator-editor">
      {ids.length === 0 && <p className="muted">{t('matrix.noIndicators')}</p>}
      {ids.map((id, index) => (
        <IndicatorForm key={id} indicator={view.indicators[id]!} index={index + 1} focusDefinition={id === added} update={(fields) => dispatch('updateEntity', { collection: 'indicators', id, fields: fields as Patch<never> })} remove={() => void dispatch('deleteEntity', { collection: 'indicators', id })} />
      ))}
      <button type="button" onClick={add}>
        {t('matrix.addIndicator')}
      </button>
    </div>
  );
}

interface FormProps {
  readonly indicator: Indicator;
  readonly index: number;
  /** A new indicator: its definition gets the focus. */
  readonly focusDefinition: boolean;
  readonly update: (fields: Patch<Indicator>) => Promise<boolean>;
  readonly remove: () => void;
}

function IndicatorForm({ indicator: ind, index, focusDefinition, update, remove }: FormProps) {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const mov = ind.meansOfVerification;
  return (
    <fieldset className="indicator-form">
      <legend>{t('matrix.indicatorN', { n: index })}</legend>
      <CommitField label={t('matrix.definition')} value={ind.definition} onCommit={(definition) => update({ definition })} autoFocus={focusDefinition} />
      <div className="form-row">
        <CommitField label={t('matrix.unitOfMeasure')} value={ind.unitOfMeasure} onCommit={(unitOfMeasure) => update({ unitOfMeasure })} />
        <div className="field">
          <label htmlFor={`${ind.id}-type`}>{t('matrix.measureType')}</label>
          <select id={`${ind.id}-type`} value={ind.measureType} onChange={(e) => void update({ measureType: e.target.value as Indicator['measureType'] })}>
            {MEASURE_TYPES.map((m) => (
              <option key={m} value={m}>
                {t(`matrix.measure.${m}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ind.id}-dir`}>{t('matrix.direction')}</label>
          <select id={`${ind.id}-dir`} value={ind.direction} onChange={(e) => void update({ direction: e.target.value as Indicator['direction'] })}>
            {DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {t(`matrix.directions.${d}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="form-row">
        <NumberField label={t('matrix.baselineValue')} value={ind.baseline.value} onCommit={(value) => update({ baseline: { value } })} />
        <CommitField label={t('matrix.baselineDate')} type="date" value={ind.baseline.date ?? ''} onCommit={(date) => update({ baseline: { date: date || null } })} />
        <CommitField label={t('matrix.baselineSource')} value={ind.baseline.source} onCommit={(source) => update({ baseline: { source } })} />
      </div>
      <div className="targets-grid" role="group" aria-label={t('matrix.targetsFor', { n: index })}>
        {view.periodOrder.map((pid) => {
          const period = view.periods[pid]!;
          const na = ind.targetsNotApplicable[pid] === true;
          return (
            <div key={pid} className="target-cell">
              <NumberField label={t('matrix.targetFor', { period: period.label })} value={ind.targets[pid]} disabled={na} onCommit={(value) => update({ targets: { [pid]: value ?? undefined } })} />
              <label className="checkbox">
                <input type="checkbox" checked={na} onChange={(e) => void update(e.target.checked ? { targetsNotApplicable: { [pid]: true }, targets: { [pid]: undefined } } : { targetsNotApplicable: { [pid]: undefined } })} />
                {t('matrix.notApplicableFor', { period: period.label })}
              </label>
            </div>
          );
        })}
        <NumberField label={t('matrix.finalTarget')} value={ind.finalTarget} onCommit={(finalTarget) => update({ finalTarget })} />
      </div>
      <div className="form-row">
        <CommitField label={t('matrix.movSource')} value={mov.source} onCommit={(source) => update({ meansOfVerification: { source } })} />
        <CommitField label={t('matrix.movMethod')} value={mov.method} onCommit={(method) => update({ meansOfVerification: { method } })} />
      </div>
      <div className="form-row">
        <CommitField label={t('matrix.movFrequency')} value={mov.frequency} onCommit={(frequency) => update({ meansOfVerification: { frequency } })} />
        <CommitField label={t('matrix.movCollectedBy')} value={mov.collectedBy} onCommit={(collectedBy) => update({ meansOfVerification: { collectedBy } })} />
      </div>
      <button type="button" className="danger-text" onClick={remove}>
        {t('matrix.deleteIndicator', { n: index })}
      </button>
    </fieldset>
  );
}
