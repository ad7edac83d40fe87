/**
 * The indicators screen: every indicator of the plan grouped by result on the left, the
 * selected one's full editor on the right. Navigation to an indicator (from a quality
 * finding, the result detail, the dashboard) selects it, brings it into view and puts
 * the focus on the editor's heading.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { makeId, type IndicatorId, type ResultId } from '../../../shared/model';
import { blankIndicator, keyBetween, type PlanView } from '../../../shared/plan-doc';
import { randomHex } from '../../platform/random';
import { ExcelActions } from '../excel/ExcelActions';
import { useApp } from '../../store';
import { filtersActive, listIndicators, NO_FILTERS, type IndicatorFilters } from './filter';
import { IndicatorEditor } from './IndicatorEditor';
import { IndicatorList } from './IndicatorList';
import './indicators.css';

export function IndicatorsScreen() {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const dispatch = useApp((s) => s.dispatch);
  const focusRequest = useApp((s) => s.focusRequest);
  const clearFocusRequest = useApp((s) => s.clearFocusRequest);
  const selectedResultId = useApp((s) => s.selectedResultId);
  const [filters, setFilters] = useState<IndicatorFilters>(NO_FILTERS);
  // First shown: an indicator of the result selected elsewhere (the logframe, the tree), else the first one.
  const [selected, setSelected] = useState<string | null>(() => (selectedResultId ? (view.indicatorsByResult[selectedResultId]?.[0] ?? null) : null));
  const [added, setAdded] = useState<string | null>(null);
  const [handled, setHandled] = useState<typeof focusRequest>(null);
  const [revealSeq, setRevealSeq] = useState(0);
  const [progressOpen, setProgressOpen] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // A navigation request for an indicator selects it (state adjusted during render); the
  // DOM side (scrolling, focus) follows in an effect.
  const target = focusRequest?.target;
  if (focusRequest && focusRequest !== handled && target?.kind === 'indicator') {
    setHandled(focusRequest);
    if (view.indicators[target.id]) {
      setSelected(target.id);
      setAdded(null);
      // An indicator hidden by the filters is shown by clearing them.
      const listed = listIndicators(view, filters).groups.some((g) => g.items.some((i) => i.id === target.id));
      if (!listed && filtersActive(filters)) setFilters(NO_FILTERS);
      setRevealSeq((n) => n + 1);
    }
  }
  useEffect(() => {
    if (handled) clearFocusRequest();
  }, [handled, clearFocusRequest]);
  useEffect(() => {
    if (revealSeq === 0) return;
    const item = document.querySelector<HTMLElement>(`.ind-item[aria-current="true"]`);
    item?.scrollIntoView({ block: 'nearest' });
    headingRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
  }, [revealSeq]);

  // The indicator shown: the chosen one while it exists, else the first of the plan.
  const current = selected && view.indicators[selected] ? selected : firstIndicator(view);

  const add = (resultId: ResultId) => {
    const ids = view.indicatorsByResult[resultId] ?? [];
    const last = ids[ids.length - 1];
    const id = makeId<IndicatorId>('indicator', randomHex);
    const indicator = blankIndicator(id, resultId, keyBetween(last ? view.indicators[last]!.sortKey : null, null));
    void dispatch('addIndicator', { indicator }).then((ok) => {
      if (!ok) return;
      setSelected(id);
      setAdded(id);
    });
  };

  return (
    <section className="indicators-screen" aria-labelledby="indicators-title">
      <div className="screen-heading">
        <h1 id="indicators-title">{t('indicators.title')}</h1>
        <div className="screen-actions">
          <ExcelActions />
        </div>
      </div>
      <p className="intro">{t('indicators.intro')}</p>
      <div className="ind-layout">
        <IndicatorList
          filters={filters}
          onFilters={setFilters}
          selectedId={current}
          onSelect={(id) => {
            setSelected(id);
            setAdded(null);
          }}
          onAdd={add}
        />
        {current ? (
          <IndicatorEditor key={current} id={current as IndicatorId} headingRef={headingRef} focusDefinition={current === added} progressOpen={progressOpen} onProgressOpen={setProgressOpen} />
        ) : (
          <section className="ind-editor" aria-label={t('indicators.editor.label')}>
            <p className="muted">{t(view.counts.indicators === 0 ? 'indicators.list.empty' : 'indicators.editor.none')}</p>
          </section>
        )}
      </div>
    </section>
  );
}

function firstIndicator(view: PlanView): string | null {
  for (const node of view.tree) {
    const first = view.indicatorsByResult[node.id]?.[0];
    if (first) return first;
  }
  return null;
}
