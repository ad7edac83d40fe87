/**
 * The responsibility matrix (Recommendation 1: "who is responsible for what"): every
 * result against every unit, with the RACI role in each cell, edited in place; a check
 * per result that exactly one unit is accountable (as the quality check counts it),
 * with the number of results needing attention at the top; and a per-unit view of
 * what each unit is responsible for.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  buildRaciMatrix,
  filterRaciRows,
  hasRaciFilters,
  NO_COMPONENT,
  NO_RACI_FILTERS,
  type RaciFilters,
  type RaciMatrix,
} from '../../../shared/analysis/raci';
import { RACI_ROLES, RESULT_LEVELS, type ResultLevel, type UnitId } from '../../../shared/model';
import type { PlanView } from '../../../shared/plan-doc';
import { useApp } from '../../store';
import { useLevelName } from '../../ui/levels';
import { RaciGrid } from './RaciGrid';
import { UnitView } from './UnitView';
import './raci.css';

type View = 'matrix' | 'unit';
const VIEWS: readonly View[] = ['matrix', 'unit'];

/**
 * The matrix of the current view, built from the previous one so unchanged rows keep
 * their identity (and their memoised rows are not redrawn). Kept in state and renewed
 * during render when the view changes: React's pattern for deriving from a prop.
 */
function useRaciMatrix(view: PlanView): RaciMatrix {
  const [memo, setMemo] = useState(() => ({ view, matrix: buildRaciMatrix(view) }));
  if (memo.view === view) return memo.matrix;
  const matrix = buildRaciMatrix(view, memo.matrix);
  setMemo({ view, matrix });
  return matrix;
}

export function ResponsibilitiesScreen() {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const matrix = useRaciMatrix(view);
  const [tab, setTab] = useState<View>('matrix');
  const [filters, setFilters] = useState<RaciFilters>(NO_RACI_FILTERS);
  const [chosenUnit, setChosenUnit] = useState<UnitId | null>(null);
  const rows = useMemo(() => filterRaciRows(matrix.rows, filters), [matrix.rows, filters]);
  const idBase = useId();
  const tabId = (v: View) => `${idBase}-tab-${v}`;
  const panelId = (v: View) => `${idBase}-panel-${v}`;

  const owner = view.plan.ownerUnitId && view.units[view.plan.ownerUnitId] ? view.plan.ownerUnitId : null;
  const unitId = chosenUnit && view.units[chosenUnit] ? chosenUnit : (owner ?? matrix.units[0]?.id ?? null);
  const openUnit = (id: UnitId) => {
    setChosenUnit(id);
    setTab('unit');
    document.getElementById(tabId('unit'))?.focus();
  };

  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = VIEWS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? VIEWS[(at + 1) % VIEWS.length] : e.key === 'ArrowLeft' ? VIEWS[(at + VIEWS.length - 1) % VIEWS.length] : e.key === 'Home' ? VIEWS[0] : e.key === 'End' ? VIEWS[VIEWS.length - 1] : undefined;
    if (!next) return;
    e.preventDefault();
    setTab(next);
    document.getElementById(tabId(next))?.focus();
  };

  return (
    <section className="raci" aria-labelledby="raci-title">
      <div className="screen-heading">
        <h1 id="raci-title">{t('raci.title')}</h1>
        <div role="tablist" aria-label={t('raci.views')} className="raci-tabs" onKeyDown={onTabKey}>
          {VIEWS.map((v) => (
            <button
              key={v}
              id={tabId(v)}
              type="button"
              role="tab"
              aria-selected={tab === v}
              aria-controls={panelId(v)}
              tabIndex={tab === v ? 0 : -1}
              className="raci-tab"
              onClick={() => setTab(v)}
            >
              {t(v === 'matrix' ? 'raci.viewMatrix' : 'raci.viewUnit')}
            </button>
          ))}
        </div>
      </div>
      <p className="intro">{t('raci.intro')}</p>
      <Summary matrix={matrix} warningsOnly={filters.warningsOnly} onShowWarnings={() => {
        setFilters({ ...NO_RACI_FILTERS, warningsOnly: true });
        setTab('matrix');
      }} />

      {tab === 'matrix' ? (
        <div role="tabpanel" id={panelId('matrix')} aria-labelledby={tabId('matrix')}>
          {view.tree.length === 0 ? (
            <p className="empty">{t('raci.noResults')}</p>
          ) : matrix.units.length === 0 ? (
            <p className="empty">{t('raci.noUnits')}</p>
          ) : (
            <>
              <Filters view={view} matrix={matrix} filters={filters} onChange={setFilters} />
              <Legend />
              <p className="hint">
                {hasRaciFilters(filters) ? t('raci.showingFiltered', { shown: rows.length, total: matrix.rows.length }) : t('raci.showingAll', { total: matrix.rows.length })} {t('raci.keyboardHelp')}
              </p>
              {rows.length === 0 ? (
                <p className="empty">{t('raci.noMatch')}</p>
              ) : (
                <RaciGrid rows={rows} units={matrix.units} label={t('raci.gridLabel')} onOpenUnit={openUnit} />
              )}
            </>
          )}
        </div>
      ) : (
        <div role="tabpanel" id={panelId('unit')} aria-labelledby={tabId('unit')}>
          {unitId === null ? <p className="empty">{t('raci.noUnits')}</p> : <UnitView matrix={matrix} unitId={unitId} onChooseUnit={setChosenUnit} />}
        </div>
      )}
    </section>
  );
}

/** The count of results needing attention; a live region, so a change is announced. */
function Summary({ matrix, warningsOnly, onShowWarnings }: { readonly matrix: RaciMatrix; readonly warningsOnly: boolean; readonly onShowWarnings: () => void }) {
  const { t } = useTranslation();
  const { total, noAccountable, manyAccountable } = matrix.warnings;
  const parts = [
    noAccountable > 0 ? t('raci.summary.noAccountable', { count: noAccountable }) : null,
    manyAccountable > 0 ? t('raci.summary.manyAccountable', { count: manyAccountable }) : null,
  ].filter((p) => p !== null);
  return (
    <div className={`raci-summary${total > 0 ? ' has-warnings' : ''}`}>
      <p role="status" data-testid="raci-summary">
        {total === 0 ? (
          <>
            <span aria-hidden="true">✓ </span>
            {t('raci.summary.none')}
          </>
        ) : (
          <>
            <span aria-hidden="true">⚠ </span>
            <strong data-testid="raci-warning-count">{t('raci.summary.count', { count: total })}</strong>
            {parts.join(t('raci.summary.and'))}.
          </>
        )}
      </p>
      {total > 0 && !warningsOnly && (
        <button type="button" onClick={onShowWarnings}>
          {t('raci.summary.show')}
        </button>
      )}
    </div>
  );
}

function Legend() {
  const { t } = useTranslation();
  return (
    <div className="raci-legend">
      <h2 className="visually-hidden">{t('raci.legend')}</h2>
      <ul aria-label={t('raci.legend')}>
        {RACI_ROLES.map((role) => (
          <li key={role}>
            <span aria-hidden="true" className={`raci-role role-${role}`}>
              {role}
            </span>
            <span>
              <strong>{t(`raci.role.${role}`)}</strong> <span className="muted">{t(`raci.roleHint.${role}`)}</span>
            </span>
          </li>
        ))}
        <li>
          <span aria-hidden="true" className="raci-role role-A several">
            A/R
          </span>
          <span className="muted">{t('raci.legendSeveral')}</span>
        </li>
      </ul>
    </div>
  );
}

interface FiltersProps {
  readonly view: PlanView;
  readonly matrix: RaciMatrix;
  readonly filters: RaciFilters;
  readonly onChange: (filters: RaciFilters) => void;
}

function Filters({ view, matrix, filters, onChange }: FiltersProps) {
  const { t } = useTranslation();
  const levelName = useLevelName();
  const id = useId();
  const set = (patch: Partial<RaciFilters>) => onChange({ ...filters, ...patch });
  return (
    <div className="raci-filters" role="group" aria-label={t('raci.filters')}>
      <div className="field">
        <label htmlFor={`${id}-level`}>{t('raci.filterLevel')}</label>
        <select id={`${id}-level`} value={filters.level} onChange={(e) => set({ level: e.target.value as ResultLevel | '' })}>
          <option value="">{t('raci.all')}</option>
          {RESULT_LEVELS.map((l) => (
            <option key={l} value={l}>
              {levelName(l)}
            </option>
          ))}
        </select>
      </div>
      {view.componentOrder.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-component`}>{t('raci.filterComponent')}</label>
          <select id={`${id}-component`} value={filters.componentId} onChange={(e) => set({ componentId: e.target.value })}>
            <option value="">{t('raci.all')}</option>
            <option value={NO_COMPONENT}>{t('raci.noComponent')}</option>
            {view.componentOrder.map((cid) => (
              <option key={cid} value={cid}>
                {`${view.components[cid]!.code} ${view.components[cid]!.name}`.trim()}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-unit`}>{t('raci.filterUnit')}</label>
        <select id={`${id}-unit`} value={filters.unitId} onChange={(e) => set({ unitId: e.target.value })}>
          <option value="">{t('raci.all')}</option>
          {matrix.units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.code.trim() ? `${u.code} – ${u.name}` : u.name}
            </option>
          ))}
        </select>
      </div>
      <label className="checkbox raci-warnings-only">
        <input type="checkbox" checked={filters.warningsOnly} onChange={(e) => set({ warningsOnly: e.target.checked })} />
        {t('raci.warningsOnly')}
      </label>
      {hasRaciFilters(filters) && (
        <button type="button" onClick={() => onChange(NO_RACI_FILTERS)}>
          {t('raci.clearFilters')}
        </button>
      )}
    </div>
  );
}
