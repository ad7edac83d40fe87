/**
 * The risk register: which risks are highest and whose mitigations are late (as of the
 * plan's status date), the inherent and residual 5×5 heat maps, and the register
 * itself, sortable and filterable, where a heat-map cell lists its risks. A risk opens
 * in an editor; "Go to risk" elsewhere (navigateTo) selects, shows and focuses its row.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BAND_RANGES,
  DEFAULT_SORT,
  RISK_BANDS,
  NO_FILTER,
  filterRows,
  heatMap,
  matchesFilter,
  registerRows,
  sortRows,
  summariseRegister,
  type CellFilter,
  type RiskFilter,
  type RiskSort,
  type SortKey,
} from '../../../shared/analysis/risks';
import { useAsOf } from '../../ui/useAsOf';
import { useApp } from '../../store';
import { formatDate } from '../../ui/format';
import { HeatMapTable } from './HeatMap';
import { NewRiskDialog } from './NewRiskDialog';
import { HighestRisks, OverdueMitigations } from './RegisterOverview';
import { RiskEditor } from './RiskEditor';
import { RiskFilters } from './RiskFilters';
import { RiskTable, riskButtonId } from './RiskTable';
import './risks.css';

/** Columns whose first click sorts highest first (ratings, counts); text columns A to Z. */
const DESCENDING_FIRST: readonly SortKey[] = ['likelihood', 'impact', 'score', 'residualLikelihood', 'residualImpact', 'residualScore', 'mitigations', 'overdue'];

export function RisksScreen() {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const focusRequest = useApp((s) => s.focusRequest);
  const clearFocusRequest = useApp((s) => s.clearFocusRequest);
  const statusDate = useAsOf(view.plan);

  const rows = useMemo(() => registerRows(view, statusDate), [view, statusDate]);
  const summary = useMemo(() => summariseRegister(rows), [rows]);
  const maps = useMemo(() => {
    const risks = Object.values(view.risks);
    return { inherent: heatMap(risks, 'inherent'), residual: heatMap(risks, 'residual') };
  }, [view.risks]);

  const [sort, setSort] = useState<RiskSort>(DEFAULT_SORT);
  const [filter, setFilter] = useState<RiskFilter>(NO_FILTER);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  // Focus moves (a row after a focus request, the register after choosing a cell) happen
  // in effects once rendered; these say what to focus.
  const [reveal, setReveal] = useState<{ readonly riskId: string; readonly seq: number } | null>(null);
  const [registerFocus, setRegisterFocus] = useState(0);
  const registerHeading = useRef<HTMLHeadingElement>(null);

  // A request to show a risk (from a quality finding, a result's panel): select its row,
  // clearing filters that hide it. State adjusted during render; focus follows below.
  const [handledRequest, setHandledRequest] = useState<typeof focusRequest>(null);
  const requested = focusRequest?.target.kind === 'risk' ? focusRequest.target.id : null;
  if (focusRequest && focusRequest !== handledRequest && requested !== null) {
    setHandledRequest(focusRequest);
    const row = rows.find((r) => r.risk.id === requested);
    if (row) {
      setSelectedId(row.risk.id);
      if (!matchesFilter(row, filter)) setFilter(NO_FILTER);
      setReveal({ riskId: row.risk.id, seq: focusRequest.seq });
    }
  }
  useEffect(() => {
    if (handledRequest) clearFocusRequest();
  }, [handledRequest, clearFocusRequest]);
  useEffect(() => {
    if (!reveal) return;
    const button = document.getElementById(riskButtonId(reveal.riskId));
    button?.scrollIntoView({ block: 'center' });
    button?.focus({ preventScroll: true });
  }, [reveal]);
  useEffect(() => {
    if (registerFocus === 0) return;
    registerHeading.current?.scrollIntoView({ block: 'start' });
    registerHeading.current?.focus({ preventScroll: true });
  }, [registerFocus]);

  const shown = useMemo(() => sortRows(filterRows(rows, filter), sort), [rows, filter, sort]);
  const editing = editingId ? view.risks[editingId] : undefined;

  const open = (riskId: string) => {
    setSelectedId(riskId);
    setEditingId(riskId);
  };
  const onSort = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, direction: s.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: DESCENDING_FIRST.includes(key) ? 'descending' : 'ascending' }));
  const showCell = (cell: CellFilter) => {
    const same = filter.cell?.basis === cell.basis && filter.cell.likelihood === cell.likelihood && filter.cell.impact === cell.impact;
    setFilter({ ...filter, cell: same ? null : cell });
    if (!same) setRegisterFocus((n) => n + 1);
  };

  return (
    <section className="risks" aria-labelledby="risks-title">
      <div className="screen-heading">
        <h1 id="risks-title">{t('risks.title')}</h1>
        <div className="screen-actions">
          <button type="button" className="primary" onClick={() => setAdding(true)}>
            {t('risks.addRisk')}
          </button>
        </div>
      </div>
      <p className="intro">{t('risks.intro')}</p>
      <p className="risk-status-date" data-testid="risk-status-date">
        {t(view.plan.statusDate ? 'risks.asOf' : 'risks.asOfToday', { date: formatDate(statusDate) })}
      </p>

      {rows.length === 0 ? (
        <p className="empty">{t('risks.empty')}</p>
      ) : (
        <>
          <div className="risk-glance">
            <HighestRisks view={view} summary={summary} onOpen={open} />
            <OverdueMitigations view={view} summary={summary} onOpen={open} />
          </div>

          <section className="risk-heatmaps" aria-labelledby="risks-heatmap-title">
            <div className="risk-heatmaps-heading">
              <h2 id="risks-heatmap-title">{t('risks.heatMap.title')}</h2>
              <p className="hint">{t('risks.heatMap.hint')}</p>
            </div>
            <div className="risk-heatmap-pair">
              <HeatMapTable map={maps.inherent} title={t('risks.heatMap.inherent')} active={filter.cell} onSelect={showCell} />
              <HeatMapTable map={maps.residual} title={t('risks.heatMap.residual')} active={filter.cell} onSelect={showCell} />
              <BandLegend />
            </div>
          </section>

          <section className="risk-register" aria-labelledby="risks-register-title">
            <h2 id="risks-register-title" ref={registerHeading} tabIndex={-1}>
              {t('risks.register.title')}
            </h2>
            <RiskFilters view={view} filter={filter} onChange={setFilter} />
            {filter.cell && (
              <p className="risk-cell-filter">
                <span>{t('risks.register.cellFilter', { basis: t(`risks.register.basis.${filter.cell.basis}`), likelihood: filter.cell.likelihood, impact: filter.cell.impact })}</span>
                <button type="button" onClick={() => setFilter(NO_FILTER)}>
                  {t('risks.register.showAll')}
                </button>
              </p>
            )}
            <p className="risk-count" role="status">
              {shown.length === 0 ? t('risks.register.noneShown') : t('risks.register.showing', { shown: shown.length, total: rows.length })}
            </p>
            {shown.length > 0 && (
              <div className="risk-table-wrap">
                <RiskTable view={view} rows={shown} sort={sort} onSort={onSort} selectedId={selectedId} onOpen={open} />
              </div>
            )}
          </section>
        </>
      )}

      {editing && <RiskEditor risk={editing} statusDate={statusDate} onClose={() => setEditingId(null)} />}
      {adding && (
        <NewRiskDialog
          onClose={() => setAdding(false)}
          onCreated={(riskId) => {
            setAdding(false);
            setFilter(NO_FILTER);
            open(riskId);
          }}
        />
      )}
    </section>
  );
}

function BandLegend() {
  const { t } = useTranslation();
  return (
    <section className="card band-legend" aria-labelledby="risks-legend-title">
      <h3 id="risks-legend-title">{t('risks.heatMap.legend')}</h3>
      <ul>
        {[...RISK_BANDS].reverse().map((band) => (
          <li key={band}>
            <span className={`band-swatch risk-band-${band}`} aria-hidden="true" />
            <span className="band-name">{t(`risks.band.${band}`)}</span>
            <span className="band-range">{t('risks.bandRange', { min: BAND_RANGES[band][0], max: BAND_RANGES[band][1] })}</span>
          </li>
        ))}
      </ul>
      <p className="hint">{t('risks.bandsNote')}</p>
    </section>
  );
}
