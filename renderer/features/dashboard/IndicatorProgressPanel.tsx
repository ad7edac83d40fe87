/**
 * One indicator's progress: its status and why, what it reached to date against what
 * was due, how far it is towards the final target, its chart (baseline, targets,
 * actuals) and its figures per period and per category as tables. Reusable: the
 * dashboard shows it for the chosen indicator, the Indicators screen can embed it.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { indicatorProgress, monitoringSettingsOf, type IndicatorProgress, type PeriodProgress, type ToDateProgress } from '../../../shared/analysis/progress';
import { indicatorChartOption } from '../../../shared/charts/indicator-chart';
import type { Indicator } from '../../../shared/model';
import type { PlanView } from '../../../shared/plan-doc';
import { useApp } from '../../store';
import { Chart } from '../../ui/Chart';
import { formatDate } from '../../ui/format';
import { shortName, useFigures, type Figures } from './format';
import { StatusBadge } from './StatusBadge';
import { useAsOf } from '../../ui/useAsOf';
import './dashboard.css';

export function IndicatorProgressPanel({ indicatorId }: { readonly indicatorId: string }) {
  const view = useApp((s) => s.view);
  const indicator = view?.indicators[indicatorId];
  if (!view || !indicator) return null;
  return <Panel view={view} indicator={indicator} />;
}

function Panel({ view, indicator }: { readonly view: PlanView; readonly indicator: Indicator }) {
  const { t } = useTranslation();
  const figures = useFigures();
  const asOf = useAsOf(view.plan);
  const settings = monitoringSettingsOf(view.plan);
  const progress = useMemo(() => indicatorProgress(indicator, view, asOf, settings), [indicator, view, asOf, settings]);
  const name = shortName(indicator.definition) || t('dashboard.attention.indicator');
  const option = useMemo(() => {
    const value = (v: number | null) => (v === null ? t('dashboard.chart.describeNone') : figures.value(indicator, v));
    const description = [
      `${t('dashboard.panel.chartLabel', { name })}.`,
      indicator.baseline.value === null ? '' : t('dashboard.chart.describeBaseline', { value: value(indicator.baseline.value) }),
      ...progress.periods.map((p) => t('dashboard.chart.describePeriod', { period: p.label, target: value(p.target), actual: value(p.actual) })),
      indicator.finalTarget === null ? '' : t('dashboard.chart.describeFinal', { value: value(indicator.finalTarget) }),
    ]
      .filter(Boolean)
      .join(' ');
    const labels = { baseline: t('dashboard.chart.baseline'), target: t('dashboard.chart.target'), actual: t('dashboard.chart.actual'), finalTarget: t('dashboard.chart.finalTarget') };
    return indicatorChartOption(indicator, progress, labels, figures.number, description);
  }, [indicator, progress, t, figures, name]);
  const node = view.tree[view.treeIndex[indicator.resultId] ?? -1];
  const result = view.results[indicator.resultId];
  const periodLabel = (id: string) => view.periods[id]?.label ?? id;
  const hasFigures = indicator.baseline.value !== null || indicator.finalTarget !== null || progress.periods.some((p) => p.target !== null || p.actual !== null);

  return (
    <div className="progress-panel" data-testid="indicator-progress">
      <p className="progress-definition">{indicator.definition}</p>
      {result && (
        <p className="progress-result muted">
          {t('dashboard.panel.result', { number: node?.number ?? '' })}: {result.statement}
        </p>
      )}
      <Summary indicator={indicator} toDate={progress.toDate} figures={figures} periodLabel={periodLabel} asOf={asOf} />
      {hasFigures ? (
        <Chart option={option} label={t('dashboard.panel.chartLabel', { name })} height={300} className="progress-chart" />
      ) : (
        <p className="progress-no-figures">{t('dashboard.panel.noFigures')}</p>
      )}
      <FiguresTable indicator={indicator} progress={progress} figures={figures} name={name} />
      {progress.categories.length > 0 && <CategoriesTable indicator={indicator} progress={progress} figures={figures} name={name} />}
    </div>
  );
}

interface SummaryProps {
  readonly indicator: Indicator;
  readonly toDate: ToDateProgress;
  readonly figures: Figures;
  readonly periodLabel: (id: string) => string;
  readonly asOf: string;
}

function Summary({ indicator, toDate, figures, periodLabel, asOf }: SummaryProps) {
  const { t } = useTranslation();
  const noTargets = toDate.reason === 'no_target_due' && Object.keys(indicator.targets).length === 0;
  const value = (v: number) => figures.value(indicator, v);
  const periods = toDate.periodIds.map(periodLabel).join(', ');
  const compared =
    toDate.value === null || toDate.target === null
      ? null
      : toDate.periodIds.length === 1
        ? t('dashboard.panel.levelToDate', { value: value(toDate.value), target: value(toDate.target), period: periods })
        : t('dashboard.panel.sumToDate', { value: figures.number(toDate.value), target: figures.number(toDate.target), periods });
  return (
    <>
      <dl className="progress-summary">
        <div>
          <dt>{t('dashboard.panel.status')}</dt>
          <dd>
            <StatusBadge status={toDate.status} />
            {toDate.reason && <span className="progress-reason">{noTargets ? t('dashboard.panel.noTargetSet') : t(`dashboard.reason.${toDate.reason}`)}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('dashboard.panel.toDate')}</dt>
          <dd>
            {compared ?? t('dashboard.panel.empty')}
            {toDate.achievement !== null && (
              <span className="progress-achieved" data-testid="progress-achieved">
                {t('dashboard.panel.achieved', { percent: figures.percent(toDate.achievement) })}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('dashboard.panel.finalTarget')}</dt>
          <dd>
            {indicator.finalTarget === null
              ? t('dashboard.panel.empty')
              : toDate.finalTargetShare === null
                ? value(indicator.finalTarget)
                : t('dashboard.panel.finalShare', { percent: figures.percent(toDate.finalTargetShare), target: value(indicator.finalTarget) })}
          </dd>
        </div>
      </dl>
      {toDate.overduePeriodIds.length > 0 && (
        <p className="progress-overdue">
          <span aria-hidden="true">⚠ </span>
          {t('dashboard.panel.overdue', { periods: toDate.overduePeriodIds.map(periodLabel).join(', '), date: formatDate(asOf) })}
        </p>
      )}
      {(indicator.illustrative || indicator.direction === 'decrease') && (
        <p className="hint">
          {[indicator.direction === 'decrease' ? t('dashboard.panel.decreasing') : '', indicator.illustrative ? t('dashboard.panel.illustrative') : ''].filter(Boolean).join(' ')}
        </p>
      )}
    </>
  );
}

function PeriodStatus({ period }: { readonly period: PeriodProgress }) {
  const { t } = useTranslation();
  if (period.status === null) return <span className="muted">{t('dashboard.panel.notApplicable')}</span>;
  return (
    <>
      <StatusBadge status={period.status} />
      {period.reason && <span className="progress-reason">{period.target === null ? t('dashboard.panel.noTargetSet') : t(`dashboard.reason.${period.reason}`)}</span>}
      {period.overdue && <span className="progress-overdue-tag">{t('dashboard.attention.overdue')}</span>}
    </>
  );
}

interface TableProps {
  readonly indicator: Indicator;
  readonly progress: IndicatorProgress;
  readonly figures: Figures;
  readonly name: string;
}

function FiguresTable({ indicator, progress, figures, name }: TableProps) {
  const { t } = useTranslation();
  const none = t('dashboard.panel.empty');
  const value = (v: number | null) => (v === null ? none : figures.value(indicator, v));
  const key = (id: string) => id as keyof Indicator['actuals'];
  return (
    <table className="table progress-figures">
      <caption>{t('dashboard.panel.figuresCaption', { name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dashboard.panel.period')}</th>
          <th scope="col" className="num">
            {t('dashboard.panel.target')}
          </th>
          <th scope="col" className="num">
            {t('dashboard.panel.actual')}
          </th>
          <th scope="col" className="num">
            {t('dashboard.panel.achievement')}
          </th>
          <th scope="col">{t('dashboard.panel.status')}</th>
          <th scope="col">{t('dashboard.panel.evidence')}</th>
        </tr>
      </thead>
      <tbody>
        <tr className="progress-baseline-row">
          <th scope="row">
            {t('dashboard.panel.baseline')}
            {indicator.baseline.date && <span className="muted"> {formatDate(indicator.baseline.date)}</span>}
          </th>
          <td className="num">{none}</td>
          <td className="num">{value(indicator.baseline.value)}</td>
          <td />
          <td />
          <td className="progress-evidence">{indicator.baseline.source}</td>
        </tr>
        {progress.periods.map((p) => {
          const actual = indicator.actuals[key(p.periodId)];
          return (
            <tr key={p.periodId}>
              <th scope="row">{p.label}</th>
              <td className="num">{p.notApplicable ? t('dashboard.panel.notApplicable') : value(p.target)}</td>
              <td className="num">
                {value(p.actual)}
                {p.actual !== null && actual?.date && <span className="muted progress-date">{t('dashboard.panel.reportedOn', { date: formatDate(actual.date) })}</span>}
              </td>
              <td className="num">{p.achievement === null ? none : figures.percent(p.achievement)}</td>
              <td>
                <PeriodStatus period={p} />
              </td>
              <td className="progress-evidence">{actual?.evidence ?? ''}</td>
            </tr>
          );
        })}
        <tr className="progress-final-row">
          <th scope="row">{t('dashboard.panel.finalTarget')}</th>
          <td className="num">{value(indicator.finalTarget)}</td>
          <td />
          <td className="num">{progress.toDate.finalTargetShare === null ? none : figures.percent(progress.toDate.finalTargetShare)}</td>
          <td />
          <td />
        </tr>
      </tbody>
    </table>
  );
}

function CategoriesTable({ indicator, progress, figures, name }: TableProps) {
  const { t } = useTranslation();
  const none = t('dashboard.panel.empty');
  const value = (v: number | null) => (v === null ? none : figures.value(indicator, v));
  return (
    <table className="table progress-categories">
      <caption>
        {t('dashboard.panel.categoriesCaption', { name })}
        <span className="muted"> {t('dashboard.panel.categoryNote')}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('dashboard.panel.category')}</th>
          <th scope="col" className="num">
            {t('dashboard.panel.target')}
          </th>
          <th scope="col" className="num">
            {t('dashboard.panel.actual')}
          </th>
          <th scope="col" className="num">
            {t('dashboard.panel.achievement')}
          </th>
          <th scope="col">{t('dashboard.panel.status')}</th>
        </tr>
      </thead>
      <tbody>
        {progress.categories.map((c) => (
          <tr key={c.category}>
            <th scope="row">{c.category}</th>
            <td className="num">{value(c.toDate.target)}</td>
            <td className="num">{value(c.toDate.value)}</td>
            <td className="num">{c.toDate.achievement === null ? none : figures.percent(c.toDate.achievement)}</td>
            <td>
              <StatusBadge status={c.toDate.status} />
              {c.toDate.reason && <span className="progress-reason">{t(`dashboard.reason.${c.toDate.reason}`)}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
