/**
 * The editor of one indicator: every field of the model, in the order a planner fills
 * them (what is measured, where it starts, where it should go, what was reached, how it
 * is verified). Its heading takes the focus when the indicator is navigated to.
 *
 * The progress region at the top shows the monitoring dashboard's progress panel of this
 * indicator (renderer/features/dashboard/IndicatorProgressPanel.tsx), folded by default.
 */
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useAsOf } from '../../ui/useAsOf';
import type { IndicatorId } from '../../../shared/model';
import { useApp } from '../../store';
import { ConfirmDialog } from '../../ui/Dialog';
import { formatDate } from '../../ui/format';
import { useLevelName } from '../../ui/levels';
import { IndicatorProgressPanel } from '../dashboard/IndicatorProgressPanel';
import { CategorySection } from './CategorySection';
import { useIndicatorEdits } from './edit';
import { indicatorPlace } from './filter';
import { BaselineSection, MeasureSection, VerificationSection } from './MeasureSection';
import { PeriodTable } from './PeriodTable';

interface Props {
  readonly id: IndicatorId;
  readonly headingRef: Ref<HTMLHeadingElement>;
  /** A new indicator: its definition takes the focus. */
  readonly focusDefinition: boolean;
  /** Whether the progress panel is unfolded (kept by the screen from one indicator to the next). */
  readonly progressOpen: boolean;
  readonly onProgressOpen: (open: boolean) => void;
}

export function IndicatorEditor({ id, headingRef, focusDefinition, progressOpen, onProgressOpen }: Props) {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const dispatch = useApp((s) => s.dispatch);
  const notify = useApp((s) => s.notify);
  const undo = useApp((s) => s.undo);
  const levelName = useLevelName();
  const edits = useIndicatorEdits(id);
  const [confirming, setConfirming] = useState(false);
  const asOf = useAsOf(view.plan);
  const ind = view.indicators[id];
  const place = indicatorPlace(view, id);

  if (!ind || !place) {
    return (
      <section className="ind-editor" aria-label={t('indicators.editor.label')}>
        <p className="muted">{t('indicators.editor.gone')}</p>
      </section>
    );
  }
  const result = view.results[ind.resultId]!;
  const name = ind.definition.trim() || t('indicators.list.noDefinition');

  return (
    <section className="ind-editor" aria-labelledby="ind-editor-title">
      <div className="ind-editor-head">
        <h2 id="ind-editor-title" ref={headingRef} tabIndex={-1}>
          {t('indicators.editor.heading', { n: place.n, level: levelName(place.level), number: place.number })}
        </h2>
        <button type="button" className="danger-text" onClick={() => setConfirming(true)}>
          {t('indicators.editor.delete')}
        </button>
      </div>
      <p className="ind-measures">{t('indicators.editor.measures', { statement: result.statement || t('indicators.list.noStatement') })}</p>

      {/* The indicator's progress, as the monitoring dashboard shows it: folded by default so the form stays in reach. */}
      <details className="ind-progress" open={progressOpen} onToggle={(e) => onProgressOpen(e.currentTarget.open)}>
        <summary>{t('indicators.editor.progressSummary', { date: formatDate(asOf) })}</summary>
        {progressOpen && (
          <section aria-label={t('indicators.editor.progressRegion')}>
            <IndicatorProgressPanel indicatorId={id} />
          </section>
        )}
      </details>

      <MeasureSection indicator={ind} edits={edits} focusDefinition={focusDefinition} />
      <BaselineSection indicator={ind} edits={edits} />
      <section className="ind-section" aria-labelledby={`${id}-periods-title`}>
        <h3 id={`${id}-periods-title`}>{t('indicators.periods.title')}</h3>
        <p className="hint">{t('indicators.periods.hint')}</p>
        <PeriodTable indicator={ind} edits={edits} />
      </section>
      <CategorySection indicator={ind} edits={edits} />
      <VerificationSection indicator={ind} edits={edits} />

      {confirming && (
        <ConfirmDialog
          title={t('indicators.editor.deleteTitle')}
          message={t('indicators.editor.deleteMessage', { name: name.length > 120 ? `${name.slice(0, 117)}…` : name })}
          confirmLabel={t('common.delete')}
          cancelLabel={t('common.cancel')}
          danger
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void dispatch('deleteIndicator', { id }).then((ok) => {
              if (ok) notify({ tone: 'info', message: { key: 'indicators.editor.deleted' }, action: { label: { key: 'common.undo' }, run: () => void undo() } });
            });
          }}
        />
      )}
    </section>
  );
}
