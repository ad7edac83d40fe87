/**
 * The other roll-ups, one tab each: by accountable unit, by component, by reporting period
 * (with planned against secured funds per period) and by funding source. Tabs follow the
 * ARIA tabs pattern: arrow keys, Home and End move between them.
 */
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SOURCES, UNKNOWN_PERIOD, type CurrencyRollup } from '../../../shared/analysis/resources';
import { fundingGapOption, sourcesOption } from '../../../shared/charts/resources-chart';
import type { PlanView } from '../../../shared/plan-doc';
import { Chart } from '../../ui/Chart';
import { FiguresTable, type FigureRow } from './FiguresTable';
import type { RollupFormats } from './format';

const TABS = ['units', 'components', 'periods', 'sources'] as const;
type TabId = (typeof TABS)[number];

interface Props {
  readonly view: PlanView;
  readonly rollup: CurrencyRollup;
  readonly formats: RollupFormats;
}

export function BreakdownTabs({ view, rollup, formats }: Props) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<TabId>('units');
  const refs = useRef<Partial<Record<TabId, HTMLButtonElement | null>>>({});
  const onKeyDown = (e: KeyboardEvent) => {
    const at = TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? TABS[(at + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(at - 1 + TABS.length) % TABS.length] : e.key === 'Home' ? TABS[0] : e.key === 'End' ? TABS[TABS.length - 1] : undefined;
    if (!next) return;
    e.preventDefault();
    setTab(next);
    refs.current[next]?.focus();
  };
  return (
    <section className="resources-breakdowns" aria-labelledby="resources-breakdowns-title">
      <h2 id="resources-breakdowns-title" className="visually-hidden">
        {t('resources.tabs.label')}
      </h2>
      <div role="tablist" aria-label={t('resources.tabs.label')} className="res-tabs" onKeyDown={onKeyDown}>
        {TABS.map((id) => (
          <button
            key={id}
            ref={(el) => {
              refs.current[id] = el;
            }}
            type="button"
            role="tab"
            id={`resources-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`resources-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className="res-tab"
            onClick={() => setTab(id)}
          >
            {t(`resources.tabs.${id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`resources-panel-${tab}`} aria-labelledby={`resources-tab-${tab}`} className="res-tab-panel" tabIndex={0}>
        {tab === 'units' && <UnitsPanel view={view} rollup={rollup} formats={formats} />}
        {tab === 'components' && <ComponentsPanel view={view} rollup={rollup} formats={formats} />}
        {tab === 'periods' && <PeriodsPanel view={view} rollup={rollup} formats={formats} />}
        {tab === 'sources' && <SourcesPanel view={view} rollup={rollup} formats={formats} />}
      </div>
    </section>
  );
}

const totalRow = (rollup: CurrencyRollup, label: string): FigureRow => ({ key: 'total', label, bySource: rollup.total.bySource });

function UnitsPanel({ view, rollup, formats }: Props) {
  const { t } = useTranslation();
  if (rollup.units.length === 0) return <p className="empty">{t('resources.units.empty')}</p>;
  const rows: FigureRow[] = rollup.units.map((u) => {
    const unit = u.key === null ? null : view.units[u.key]!;
    return {
      key: u.key ?? 'none',
      className: unit ? undefined : 'res-row-secondary',
      label: (
        <>
          {unit ? (
            <>
              <span className="res-code">{unit.code}</span> {unit.name}
            </>
          ) : (
            t('resources.units.none')
          )}
          {!unit && <span className="res-row-hint">{t('resources.units.noneHint')}</span>}
          {u.sharedResults > 0 && <span className="res-row-hint">{t('resources.units.shared', { count: u.sharedResults })}</span>}
        </>
      ),
      bySource: u.bySource,
    };
  });
  return (
    <>
      <p className="hint">{t('resources.units.note')}</p>
      <FiguresTable caption={t('resources.units.caption', { currency: rollup.currency })} columnLabel={t('resources.units.column')} rows={rows} total={totalRow(rollup, t('resources.units.total'))} formats={formats} />
    </>
  );
}

function ComponentsPanel({ view, rollup, formats }: Props) {
  const { t } = useTranslation();
  const none = t('resources.components.none');
  const components = view.components;
  const option = useMemo(() => {
    const names = rollup.components.map((c) => (c.key === null ? none : components[c.key]!.code || components[c.key]!.name.slice(0, 16)));
    return sourcesOption(rollup.components, names, rollup.minorDigits, { regular: t('resources.source.regular_budget'), extra: t('resources.source.extra_budgetary'), axisName: rollup.currency }, formats.full, formats.short);
  }, [rollup, components, none, formats, t]);
  if (rollup.components.length === 0) return <p className="empty">{t('resources.components.empty')}</p>;
  const rows: FigureRow[] = rollup.components.map((c) => {
    const component = c.key === null ? null : view.components[c.key]!;
    return {
      key: c.key ?? 'none',
      className: component ? undefined : 'res-row-secondary',
      label: component ? (
        <>
          {component.code && <span className="res-code">{component.code}</span>} {component.name}
        </>
      ) : (
        t('resources.components.none')
      ),
      bySource: c.bySource,
    };
  });
  return (
    <>
      <FiguresTable caption={t('resources.components.caption', { currency: rollup.currency })} columnLabel={t('resources.components.column')} rows={rows} total={totalRow(rollup, t('resources.components.total'))} formats={formats} />
      <figure className="card res-chart-card">
        <figcaption>{t('resources.components.chartTitle')}</figcaption>
        <Chart option={option} label={t('resources.components.chartLabel')} height={300} />
      </figure>
    </>
  );
}

function periodName(view: PlanView, key: string, unknown: string): string {
  return key === UNKNOWN_PERIOD ? unknown : (view.periods[key]?.label ?? unknown);
}

function PeriodsPanel({ view, rollup, formats }: Props) {
  const { t } = useTranslation();
  const unknown = t('resources.periods.unknown');
  const option = useMemo(
    () =>
      fundingGapOption(
        rollup.periods,
        rollup.periods.map((p) => periodName(view, p.key, unknown)),
        rollup.minorDigits,
        { secured: t('resources.gap.secured'), gap: t('resources.gap.gap'), axisName: rollup.currency },
        formats.full,
        formats.short,
      ),
    [rollup, view, unknown, formats, t],
  );
  const rows: FigureRow[] = rollup.periods.map((p) => ({
    key: p.key,
    className: p.key === UNKNOWN_PERIOD ? 'res-row-secondary' : undefined,
    label: periodName(view, p.key, unknown),
    bySource: p.bySource,
  }));
  return (
    <>
      <FiguresTable caption={t('resources.periods.caption', { currency: rollup.currency })} columnLabel={t('resources.periods.column')} rows={rows} total={totalRow(rollup, t('resources.periods.total'))} formats={formats} />
      <figure className="card res-chart-card">
        <figcaption>{t('resources.periods.chartTitle')}</figcaption>
        <Chart option={option} label={t('resources.periods.chartLabel')} height={300} />
      </figure>
    </>
  );
}

function SourcesPanel({ view, rollup, formats }: Props) {
  const { t } = useTranslation();
  const unknown = t('resources.periods.unknown');
  const option = useMemo(
    () =>
      sourcesOption(
        rollup.periods,
        rollup.periods.map((p) => periodName(view, p.key, unknown)),
        rollup.minorDigits,
        { regular: t('resources.source.regular_budget'), extra: t('resources.source.extra_budgetary'), axisName: rollup.currency },
        formats.full,
        formats.short,
      ),
    [rollup, view, unknown, formats, t],
  );
  const total = rollup.total.bySource.total;
  const ratio = (part: number, whole: number) => (whole === 0 ? '–' : formats.percent(part / whole));
  return (
    <>
      <table className="table res-sources-table">
        <caption className="visually-hidden">{t('resources.sources.caption', { currency: rollup.currency })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('resources.sources.column')}</th>
            <th scope="col" className="res-num">
              {t('resources.figure.planned')}
            </th>
            <th scope="col" className="res-num">
              {t('resources.figure.secured')}
            </th>
            <th scope="col" className="res-num">
              {t('resources.figure.gap')}
            </th>
            <th scope="col" className="res-num">
              {t('resources.sources.securedShare')}
            </th>
            <th scope="col" className="res-num">
              {t('resources.sources.shareOfTotal')}
            </th>
          </tr>
        </thead>
        <tbody>
          {[...SOURCES, 'total' as const].map((source) => {
            const f = rollup.total.bySource[source];
            return (
              <tr key={source} className={source === 'total' ? 'res-total-row' : undefined}>
                <th scope="row">{t(`resources.source.${source}`)}</th>
                <td className="res-num">{formats.minor(f.planned)}</td>
                <td className="res-num">{formats.minor(f.secured)}</td>
                <td className={`res-num${f.gap > 0 ? ' res-gap-open' : ''}`}>{formats.minor(f.gap)}</td>
                <td className="res-num">{ratio(f.secured, f.planned)}</td>
                <td className="res-num">{ratio(f.planned, total.planned)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <figure className="card res-chart-card">
        <figcaption>{t('resources.periods.sourceChartTitle')}</figcaption>
        <Chart option={option} label={t('resources.periods.sourceChartLabel')} height={300} />
      </figure>
    </>
  );
}
