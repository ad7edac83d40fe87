/**
 * What the indicator measures and how: definition, unit, measure type (with the ordered
 * stages of a qualitative indicator), direction, cumulative and illustrative flags;
 * then its baseline, benchmark and means of verification.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DIRECTIONS, MEASURE_TYPES, type Indicator, type IndicatorId } from '../../../shared/model';
import type { Patch } from '../../../shared/plan-doc';
import { useApp } from '../../store';
import { CommitField } from '../../ui/CommitField';
import { CommitTextArea } from '../detail/CommitTextArea';
import { CellInput, onGridKeyDown, StageSelect } from './cells';
import { shown, type IndicatorEdits } from './edit';

interface Props {
  readonly indicator: Indicator;
  readonly edits: IndicatorEdits;
}

export function MeasureSection({ indicator: ind, edits, focusDefinition }: Props & { readonly focusDefinition: boolean }) {
  const { t } = useTranslation();
  const id = ind.id;
  return (
    <section className="ind-section" aria-labelledby={`${id}-def-title`}>
      <h3 id={`${id}-def-title`}>{t('indicators.definition.title')}</h3>
      <CommitTextArea label={t('indicators.definition.definition')} hint={t('indicators.definition.definitionHint')} value={ind.definition} rows={3} autoFocus={focusDefinition} onCommit={(definition) => edits.update({ definition })} />
      <div className="ind-form-grid">
        <CommitField label={t('indicators.definition.unitOfMeasure')} value={ind.unitOfMeasure} onCommit={(unitOfMeasure) => edits.update({ unitOfMeasure })} />
        <div className="field">
          <label htmlFor={`${id}-type`}>{t('indicators.definition.measureType')}</label>
          <select id={`${id}-type`} value={ind.measureType} onChange={(e) => void edits.update({ measureType: e.target.value as Indicator['measureType'] })}>
            {MEASURE_TYPES.map((m) => (
              <option key={m} value={m}>
                {t(`indicators.definition.measure.${m}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-dir`}>{t('indicators.definition.direction')}</label>
          <select id={`${id}-dir`} value={ind.direction} onChange={(e) => void edits.update({ direction: e.target.value as Indicator['direction'] })}>
            {DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {t(`indicators.definition.directions.${d}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="ind-checks">
        <label className="checkbox">
          <input type="checkbox" checked={ind.cumulative} onChange={(e) => void edits.update({ cumulative: e.target.checked })} />
          {t('indicators.definition.cumulative')}
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={ind.illustrative} onChange={(e) => void edits.update({ illustrative: e.target.checked })} />
          {t('indicators.definition.illustrative')}
        </label>
      </div>
      {ind.measureType === 'qualitative' && <StagesEditor indicator={ind} />}
    </section>
  );
}

function StagesEditor({ indicator: ind }: { readonly indicator: Indicator }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const [name, setName] = useState('');
  const id = ind.id as IndicatorId;
  const stages = ind.qualitativeStages;
  return (
    <div className="ind-stages" role="group" aria-labelledby={`${id}-stages-title`}>
      <h4 id={`${id}-stages-title`}>{t('indicators.stages.title')}</h4>
      <p className="hint">{t('indicators.stages.intro')}</p>
      {stages.length === 0 ? (
        <p className="muted">{t('indicators.stages.empty')}</p>
      ) : (
        <ol className="ind-stage-list" start={0} onKeyDown={onGridKeyDown}>
          {stages.map((stage, i) => (
            // Keyed by name (and which same-named one), so a moved stage keeps the focus of its button.
            <li key={`${stage}#${stages.slice(0, i).filter((s) => s === stage).length}`}>
              <span className="ind-stage-n" aria-hidden="true">
                {i}
              </span>
              <CellInput className="cell ind-stage-name" label={t('indicators.stages.stageN', { n: i })} value={stage} row={i} col={0} onCommit={(text) => dispatch('renameStage', { id, index: i, stage: text })} />
              <button type="button" className="ind-stage-move" disabled={i === 0} aria-label={t('indicators.stages.upLabel', { n: i })} title={t('indicators.stages.up')} onClick={() => void dispatch('moveStage', { id, from: i, to: i - 1 })}>
                ↑
              </button>
              <button type="button" className="ind-stage-move" disabled={i === stages.length - 1} aria-label={t('indicators.stages.downLabel', { n: i })} title={t('indicators.stages.down')} onClick={() => void dispatch('moveStage', { id, from: i, to: i + 1 })}>
                ↓
              </button>
              <button type="button" className="link-button danger-text" aria-label={t('indicators.stages.removeLabel', { n: i })} onClick={() => void dispatch('removeStage', { id, index: i })}>
                {t('indicators.stages.remove')}
              </button>
            </li>
          ))}
        </ol>
      )}
      <form
        className="ind-add-row"
        onSubmit={(e) => {
          e.preventDefault();
          void dispatch('addStage', { id, stage: name }).then((ok) => ok && setName(''));
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-newstage`}>{t('indicators.stages.newStage')}</label>
          <input id={`${id}-newstage`} value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <button type="submit">{t('indicators.stages.add')}</button>
      </form>
    </div>
  );
}

/** A figure of the indicator outside the tables: a number, or a stage for a qualitative one. */
function FigureField({ indicator: ind, edits, label, value, patchOf }: Props & { readonly label: string; readonly value: number | null; readonly patchOf: (v: number | null) => Patch<Indicator> }) {
  const { t } = useTranslation();
  const fieldId = useId();
  if (ind.measureType !== 'qualitative') {
    return <CommitField label={label} value={shown(value)} inputMode="decimal" onCommit={(text) => edits.number(text, patchOf)} />;
  }
  return (
    <div className="field">
      <label htmlFor={fieldId}>{label}</label>
      <StageSelect id={fieldId} className="ind-stage-field" label={label} value={value} stages={ind.qualitativeStages} emptyLabel={t('indicators.stages.none')} onCommit={(v) => edits.update(patchOf(v))} />
    </div>
  );
}

export function BaselineSection({ indicator: ind, edits }: Props) {
  const { t } = useTranslation();
  const id = ind.id;
  return (
    <section className="ind-section" aria-labelledby={`${id}-base-title`}>
      <h3 id={`${id}-base-title`}>{t('indicators.baseline.title')}</h3>
      <div className="ind-form-grid">
        <FigureField indicator={ind} edits={edits} label={t('indicators.baseline.value')} value={ind.baseline.value} patchOf={(value) => ({ baseline: { value } })} />
        <CommitField label={t('indicators.baseline.date')} type="date" value={ind.baseline.date ?? ''} onCommit={(date) => edits.update({ baseline: { date: date || null } })} />
        <CommitField label={t('indicators.baseline.source')} value={ind.baseline.source} onCommit={(source) => edits.update({ baseline: { source } })} />
      </div>
      <div className="ind-form-grid">
        <FigureField indicator={ind} edits={edits} label={t('indicators.baseline.benchmarkValue')} value={ind.benchmark.value} patchOf={(value) => ({ benchmark: { value } })} />
        <CommitField label={t('indicators.baseline.comparator')} placeholder={t('indicators.baseline.comparatorHint')} value={ind.benchmark.comparator} onCommit={(comparator) => edits.update({ benchmark: { comparator } })} />
      </div>
    </section>
  );
}

export function VerificationSection({ indicator: ind, edits }: Props) {
  const { t } = useTranslation();
  const mov = ind.meansOfVerification;
  return (
    <section className="ind-section" aria-labelledby={`${ind.id}-mov-title`}>
      <h3 id={`${ind.id}-mov-title`}>{t('indicators.verification.title')}</h3>
      <div className="ind-form-grid ind-form-grid-2">
        <CommitField label={t('indicators.verification.source')} value={mov.source} onCommit={(source) => edits.update({ meansOfVerification: { source } })} />
        <CommitField label={t('indicators.verification.method')} value={mov.method} onCommit={(method) => edits.update({ meansOfVerification: { method } })} />
        <CommitField label={t('indicators.verification.frequency')} value={mov.frequency} onCommit={(frequency) => edits.update({ meansOfVerification: { frequency } })} />
        <CommitField label={t('indicators.verification.collectedBy')} value={mov.collectedBy} onCommit={(collectedBy) => edits.update({ meansOfVerification: { collectedBy } })} />
      </div>
    </section>
  );
}
