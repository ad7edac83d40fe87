/**
 * The monitoring dashboard: where the plan stands as of its status date. Counts of
 * indicators by status (and by component, as a chart), the indicators off track and
 * at risk first (what a manager asks first), the chosen indicator's chart and figures,
 * and every result and component with its rolled-up status. Filters by unit and by
 * strategic objective narrow all of it. Computed from the view on every edit.
 */
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INDICATOR_STATUSES,
  NO_COMPONENT,
  NO_PROGRESS_FILTER,
  planProgress,
  resultsMatching,
  summarise,
  type PlanProgress,
  type ProgressFilter,
  type IndicatorStatus,
  type ProgressSummary,
  type StatusCounts,
} from '../../../shared/analysis/progress';
import { statusChartOption } from '../../../shared/charts/status-chart';
import type { PlanView } from '../../../shared/plan-doc';
import { useApp } from '../../store';
import { Chart } from '../../ui/Chart';
import { formatDate } from '../../ui/format';
import { AttentionList, attentionOf } from './AttentionList';
import { IndicatorProgressPanel } from './IndicatorProgressPanel';
import { ResultsTable } from './ResultsTable';
import { StatusIcon } from './StatusBadge';
import { shortName, useFigures } from './format';
import { useAsOf } from '../../ui/useAsOf';
import './dashboard.css';

export function DashboardScreen() {
  const view = useApp((s) => s.view);
  if (!view) return null;
  return <Dashboard view={view} />;
}

function Dashboard({ view }: { readonly view: PlanView }) {
  const { t } = useTranslation();
  const asOf = useAsOf(view.plan);
  const progress = useMemo(() => planProgress(view, asOf), [view, asOf]);
  const [filter, setFilter] = useState<ProgressFilter>(NO_PROGRESS_FILTER);
  const keep = useMemo(() => resultsMatching(view, filter), [view, filter]);
  const summary = useMemo(() => summarise(view, progress.indicators, keep), [view, progress, keep]);
  const attention = useMemo(() => attentionOf(summary.indicatorIds, progress), [summary, progress]);

  const [chosen, setChosen] = useState<string | null>(null);
  const selected = chosen !== null && (summary.indicatorIds as readonly string[]).includes(chosen) ? chosen : (attention[0] ?? summary.indicatorIds[0] ?? null);
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const show = (id: string) => {
    setChosen(id);
    panelHeading.current?.scrollIntoView({ block: 'start' });
    panelHeading.current?.focus({ preventScroll: true });
  };

  return (
    <section className="dashboard" aria-labelledby="dashboard-title">
      <div className="screen-heading">
        <h1 id="dashboard-title">{t('dashboard.title')}</h1>
        <div className="screen-actions">
          <button type="button" onClick={() => window.print()}>
            {t('dashboard.print')}
          </button>
        </div>
      </div>
      <p className="intro">{t('dashboard.intro')}</p>
      <AsOf view={view} progress={progress} />
      <Filters view={view} filter={filter} onChange={setFilter} count={summary.indicatorIds.length} />

      <Counts summary={summary} />
      <AttentionList view={view} progress={progress} ids={attention} selected={selected} onShow={show} />

      <section className="card dashboard-panel" aria-labelledby="dashboard-panel-title">
        <h2 id="dashboard-panel-title" ref={panelHeading} tabIndex={-1}>
          {t('dashboard.panel.title')}
        </h2>
        {selected === null ? (
          <p className="empty">{t('dashboard.panel.none')}</p>
        ) : (
          <>
            <IndicatorSelect view={view} ids={summary.indicatorIds} value={selected} onChange={setChosen} />
            <IndicatorProgressPanel indicatorId={selected} />
          </>
        )}
      </section>

      <StatusByComponent view={view} summary={summary} />
      <ResultsTable view={view} progress={progress} summary={summary} keep={keep} />
    </section>
  );
}

function AsOf({ view, progress }: { readonly view: PlanView; readonly progress: PlanProgress }) {
  const { t } = useTranslation();
  const figures = useFigures();
  const setTab = useApp((s) => s.setTab);
  const { onTrack, atRisk } = progress.settings;
  return (
    <div className="dashboard-asof">
      <p>
        <strong data-testid="dashboard-as-of">{t('dashboard.asOf', { date: formatDate(progress.asOf) })}</strong>{' '}
        <span className="muted">({view.plan.statusDate ? t('dashboard.asOfStatusDate') : t('dashboard.asOfToday')})</span>
      </p>
      <p className="muted" data-testid="dashboard-thresholds">
        {t('dashboard.thresholds', { onTrack: figures.percent(onTrack), atRisk: figures.percent(atRisk) })}{' '}
        {view.plan.monitoring ? t('dashboard.thresholdsPlan') : t('dashboard.thresholdsDefault')}{' '}
        <button type="button" className="link-button dashboard-settings-link" onClick={() => setTab('settings')}>
          {t('dashboard.changeSettings')}
        </button>
      </p>
    </div>
  );
}

interface FiltersProps {
  readonly view: PlanView;
  readonly filter: ProgressFilter;
  readonly onChange: (filter: ProgressFilter) => void;
  readonly count: number;
}

function Filters({ view, filter, onChange, count }: FiltersProps) {
  const { t } = useTranslation();
  const units = useMemo(() => Object.values(view.units).sort((a, b) => (a.code || a.name).localeCompare(b.code || b.name)), [view.units]);
  const filtered = filter.unitId !== '' || filter.objectiveId !== '';
  return (
    <div className="dashboard-filters" role="search" aria-label={t('dashboard.filters')}>
      {units.length > 0 && (
        <div className="field">
          <label htmlFor="dashboard-unit">{t('dashboard.filterUnit')}</label>
          <select id="dashboard-unit" value={filter.unitId} onChange={(e) => onChange({ ...filter, unitId: e.target.value })}>
            <option value="">{t('dashboard.all')}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.code ? `${u.code} – ${u.name}` : u.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {view.objectiveOrder.length > 0 && (
        <div className="field">
          <label htmlFor="dashboard-objective">{t('dashboard.filterObjective')}</label>
          <select id="dashboard-objective" value={filter.objectiveId} onChange={(e) => onChange({ ...filter, objectiveId: e.target.value })}>
            <option value="">{t('dashboard.all')}</option>
            {view.objectiveOrder.map((id) => (
              <option key={id} value={id}>
                {`${view.objectives[id]!.code} ${view.objectives[id]!.title}`.trim()}
              </option>
            ))}
          </select>
        </div>
      )}
      {filtered && (
        <button type="button" onClick={() => onChange(NO_PROGRESS_FILTER)}>
          {t('dashboard.clearFilters')}
        </button>
      )}
      <p className="hint dashboard-showing" role="status">
        {filtered ? t('dashboard.showing', { count }) : t('dashboard.showingAll', { count })}
      </p>
    </div>
  );
}

function Counts({ summary }: { readonly summary: ProgressSummary }) {
  const { t } = useTranslation();
  return (
    <section className="card dashboard-counts" aria-labelledby="dashboard-counts-title">
      <h2 id="dashboard-counts-title">{t('dashboard.counts.title')}</h2>
      <ul className="status-tiles">
        {INDICATOR_STATUSES.map((s) => (
          <li key={s} className={`status-tile status-${s}`} data-testid={`dashboard-count-${s}`}>
            <span className="status-tile-count">{summary.all.counts[s]}</span>
            <span className="status-tile-label">
              <StatusIcon status={s} />
              {t(`dashboard.status.${s}`)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One stacked bar per component: the mix of statuses of its indicators. */
function StatusByComponent({ view, summary }: { readonly view: PlanView; readonly summary: ProgressSummary }) {
  const { t } = useTranslation();
  const statusLabels = useMemo(() => Object.fromEntries(INDICATOR_STATUSES.map((s) => [s, t(`dashboard.status.${s}`)])) as Record<IndicatorStatus, string>, [t]);
  const rows = useMemo(() => {
    const out = [];
    for (const key of [NO_COMPONENT, ...view.componentOrder]) {
      const rolled = summary.components[key];
      if (!rolled) continue;
      const component = view.components[key];
      out.push({ label: component ? `${component.code} ${component.name}`.trim() : t('dashboard.counts.noComponent'), counts: rolled.counts });
    }
    return out;
  }, [view, summary, t]);
  const option = useMemo(() => {
    const mix = (counts: StatusCounts) =>
      INDICATOR_STATUSES.filter((s) => counts[s] > 0)
        .map((s) => t(`dashboard.mix.${s}`, { count: counts[s] }))
        .join(', ');
    const description = [`${t('dashboard.counts.chartLabel')}.`, ...rows.map((r) => t('dashboard.chart.describeGroup', { group: r.label, mix: mix(r.counts) }))].join(' ');
    return statusChartOption(rows, statusLabels, t('dashboard.counts.axis'), description);
  }, [rows, statusLabels, t]);
  return (
    <section className="card dashboard-by-component" aria-labelledby="dashboard-chart-title">
      <h2 id="dashboard-chart-title">{t('dashboard.counts.chartTitle')}</h2>
      {rows.length === 0 ? (
        <p className="empty">{t('dashboard.counts.none')}</p>
      ) : (
        <Chart option={option} label={t('dashboard.counts.chartLabel')} height={84 + rows.length * 28} className="status-chart" />
      )}
    </section>
  );
}

interface IndicatorSelectProps {
  readonly view: PlanView;
  readonly ids: readonly string[];
  readonly value: string;
  readonly onChange: (id: string) => void;
}

/** The indicators of the results shown, grouped by result in tree order. */
function IndicatorSelect({ view, ids, value, onChange }: IndicatorSelectProps) {
  const { t } = useTranslation();
  const groups = useMemo(() => {
    const byResult = new Map<string, string[]>();
    for (const id of ids) {
      const resultId = view.indicators[id]!.resultId;
      byResult.set(resultId, [...(byResult.get(resultId) ?? []), id]);
    }
    return [...byResult].map(([resultId, list]) => {
      const node = view.tree[view.treeIndex[resultId] ?? -1];
      return { resultId, label: `${node?.number ?? ''} ${shortName(view.results[resultId]?.statement ?? '', 70)}`.trim(), list };
    });
  }, [view, ids]);
  return (
    <div className="field dashboard-indicator-select">
      <label htmlFor="dashboard-indicator">{t('dashboard.panel.choose')}</label>
      <select id="dashboard-indicator" value={value} onChange={(e) => onChange(e.target.value)}>
        {groups.map((g) => (
          <optgroup key={g.resultId} label={g.label}>
            {g.list.map((id) => (
              <option key={id} value={id}>
                {shortName(view.indicators[id]!.definition, 90)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
