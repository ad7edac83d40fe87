/**
 * The logframe matrix: the planner's main workspace. Filters and search above, the grid
 * in the middle (columns as the plan's template sets them, hideable), and the detail of
 * the selected result beside it. Complex cells (indicators, risks, ...) open an editor
 * for that cell; text cells are edited in place.
 */
import { useCallback, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { makeId, RESULT_LEVELS, type ResultId, type ResultLevel } from '../../../shared/model';
import { randomHex } from '../../platform/random';
import { templateOf } from '../../../shared/templates';
import { useApp } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { useLevelName } from '../../ui/levels';
import { IndicatorsEditor } from './IndicatorsEditor';
import { PartnersEditor, ResourcesEditor, RisksEditor } from './LinksEditors';
import { MatrixGrid, type GridColumn, type PopoverColumn } from './MatrixGrid';
import { hasFilters, matrixRows, NO_COMPONENT, NO_FILTERS, type MatrixFilters } from './rows';
import './matrix.css';

export function MatrixScreen({ detail }: { detail?: (resultId: ResultId) => ReactNode }) {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const prefs = useApp((s) => s.matrixPrefs);
  const setPrefs = useApp((s) => s.setMatrixPrefs);
  const selectedResultId = useApp((s) => s.selectedResultId);
  const detailOpen = useApp((s) => s.detailOpen);
  const setDetailOpen = useApp((s) => s.setDetailOpen);
  const levelName = useLevelName();
  const [popover, setPopover] = useState<{ resultId: ResultId; column: PopoverColumn } | null>(null);
  const [firstGoal, setFirstGoal] = useState<ResultId | null>(null);
  const template = templateOf(view.plan.templateId);
  const filters = prefs.filters;

  const rows = useMemo(() => matrixRows(view, filters, prefs.groupByComponent), [view, filters, prefs.groupByComponent]);
  const columns = useMemo<GridColumn[]>(
    () => [
      { id: 'number', label: t('matrix.columnNumber') },
      { id: 'level', label: t('matrix.columnLevel') },
      ...template.columns.filter((c) => !prefs.hiddenColumns.includes(c.id)).map((c) => ({ id: c.id, label: t(c.label) })),
    ],
    [template, prefs.hiddenColumns, t],
  );
  const setFilter = (patch: Partial<MatrixFilters>) => setPrefs({ filters: { ...filters, ...patch } });
  const clearFilters = useCallback(() => setPrefs({ filters: NO_FILTERS }), [setPrefs]);
  const componentLabel = useCallback(
    (id: string | null) => {
      const c = id ? view.components[id] : undefined;
      return c ? `${t('matrix.component')} ${c.code} ${c.name}`.replace(/\s+/g, ' ') : t('matrix.noComponent');
    },
    [view.components, t],
  );
  const resultCount = rows.filter((r) => r.kind === 'result').length;
  const popoverResult = popover ? view.results[popover.resultId] : undefined;
  const popoverNumber = popover ? view.tree[view.treeIndex[popover.resultId] ?? -1]?.number : '';
  // The detail panel follows the selection at a lower priority: moving through the grid
  // paints the new active cell first, and the panel catches up when the keys pause.
  const detailId = useDeferredValue(selectedResultId);
  const showDetail = detail && detailOpen && detailId && view.results[detailId];

  return (
    <section className="matrix-screen" aria-labelledby="matrix-title">
      <div className="screen-heading">
        <h1 id="matrix-title">{t('matrix.title')}</h1>
        <div className="screen-actions">
          {detail && (
            <button type="button" aria-pressed={detailOpen} onClick={() => setDetailOpen(!detailOpen)}>
              {t('matrix.showDetail')}
            </button>
          )}
        </div>
      </div>
      <div className="matrix-filters" role="search" aria-label={t('matrix.filters')}>
        <div className="field">
          <label htmlFor="matrix-search">{t('matrix.search')}</label>
          <input id="matrix-search" type="search" value={filters.search} onChange={(e) => setFilter({ search: e.target.value })} />
        </div>
        {view.componentOrder.length > 0 && (
          <div className="field">
            <label htmlFor="matrix-component">{t('matrix.filterComponent')}</label>
            <select id="matrix-component" value={filters.componentId} onChange={(e) => setFilter({ componentId: e.target.value })}>
              <option value="">{t('matrix.all')}</option>
              <option value={NO_COMPONENT}>{t('matrix.noComponent')}</option>
              {view.componentOrder.map((id) => (
                <option key={id} value={id}>
                  {`${view.components[id]!.code} ${view.components[id]!.name}`.trim()}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="matrix-level">{t('matrix.filterLevel')}</label>
          <select id="matrix-level" value={filters.level} onChange={(e) => setFilter({ level: e.target.value as ResultLevel | '' })}>
            <option value="">{t('matrix.all')}</option>
            {RESULT_LEVELS.map((l) => (
              <option key={l} value={l}>
                {levelName(l)}
              </option>
            ))}
          </select>
        </div>
        {Object.keys(view.units).length > 0 && (
          <div className="field">
            <label htmlFor="matrix-unit">{t('matrix.filterUnit')}</label>
            <select id="matrix-unit" value={filters.unitId} onChange={(e) => setFilter({ unitId: e.target.value })}>
              <option value="">{t('matrix.all')}</option>
              {Object.values(view.units)
                .sort((a, b) => (a.code || a.name).localeCompare(b.code || b.name))
                .map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.code ? `${u.code} – ${u.name}` : u.name}
                  </option>
                ))}
            </select>
          </div>
        )}
        {view.objectiveOrder.length > 0 && (
          <div className="field">
            <label htmlFor="matrix-objective">{t('matrix.filterObjective')}</label>
            <select id="matrix-objective" value={filters.objectiveId} onChange={(e) => setFilter({ objectiveId: e.target.value })}>
              <option value="">{t('matrix.all')}</option>
              {view.objectiveOrder.map((id) => (
                <option key={id} value={id}>
                  {`${view.objectives[id]!.code} ${view.objectives[id]!.title}`.trim()}
                </option>
              ))}
            </select>
          </div>
        )}
        {hasFilters(filters) && (
          <button type="button" onClick={clearFilters}>
            {t('matrix.clearFilters')}
          </button>
        )}
        <details className="matrix-columns">
          <summary>{t('matrix.columns')}</summary>
          <fieldset>
            <legend className="visually-hidden">{t('matrix.columns')}</legend>
            {template.columns.map((c) => (
              <label key={c.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={!prefs.hiddenColumns.includes(c.id)}
                  disabled={c.id === 'statement'}
                  onChange={(e) => setPrefs({ hiddenColumns: e.target.checked ? prefs.hiddenColumns.filter((h) => h !== c.id) : [...prefs.hiddenColumns, c.id] })}
                />
                {t(c.label)}
              </label>
            ))}
            {view.componentOrder.length > 0 && (
              <label className="checkbox">
                <input type="checkbox" checked={prefs.groupByComponent} onChange={(e) => setPrefs({ groupByComponent: e.target.checked })} />
                {t('matrix.groupByComponent')}
              </label>
            )}
          </fieldset>
        </details>
      </div>
      <p className="hint" role="status">
        {hasFilters(filters) ? t('matrix.showingFiltered', { shown: resultCount, total: view.tree.length }) : t('matrix.showingAll', { total: view.tree.length })} {t('matrix.keyboardHelp')}
      </p>
      <div className={`matrix-layout${showDetail ? ' with-detail' : ''}`}>
        {view.tree.length === 0 ? (
          <EmptyMatrix onAdded={setFirstGoal} />
        ) : (
          <MatrixGrid
            rows={rows}
            columns={columns}
            label={t('matrix.gridLabel', { title: view.plan.title })}
            levelName={levelName}
            componentLabel={componentLabel}
            onOpenPopover={(resultId, column) => setPopover({ resultId, column })}
            onTargetHidden={clearFilters}
            editOnMount={firstGoal}
          />
        )}
        {showDetail && <div className="matrix-detail">{detail(detailId)}</div>}
      </div>
      {popover && popoverResult && (
        <Dialog title={t(`matrix.editTitle.${editorOf(popover.column)}`, { level: levelName(popoverResult.level), number: popoverNumber })} onClose={() => setPopover(null)}>
          <p className="muted">{popoverResult.statement}</p>
          {editorOf(popover.column) === 'indicators' && <IndicatorsEditor resultId={popover.resultId} />}
          {popover.column === 'risks' && <RisksEditor resultId={popover.resultId} />}
          {popover.column === 'partners' && <PartnersEditor resultId={popover.resultId} />}
          {popover.column === 'resources' && <ResourcesEditor resultId={popover.resultId} />}
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={() => setPopover(null)}>
              {t('common.close')}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}

function editorOf(column: PopoverColumn): 'indicators' | 'risks' | 'partners' | 'resources' {
  return column === 'risks' || column === 'partners' || column === 'resources' ? column : 'indicators';
}

function EmptyMatrix({ onAdded }: { onAdded: (id: ResultId) => void }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const selectResult = useApp((s) => s.selectResult);
  return (
    <div className="empty">
      <p>{t('matrix.empty')}</p>
      <button
        type="button"
        className="primary"
        onClick={() => {
          const id = makeId<ResultId>('result', randomHex);
          void dispatch('addResult', { id, parentId: null }).then((ok) => {
            if (!ok) return;
            selectResult(id);
            onAdded(id);
          });
        }}
      >
        {t('results.addGoal')}
      </button>
    </div>
  );
}
