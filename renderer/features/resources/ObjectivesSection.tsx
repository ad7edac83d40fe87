/**
 * The seed's question answered first: what the plan spends on the cross-cutting issue under
 * each strategic objective, by source (planned, secured, gap), with the share used for
 * "significant" objectives, a chart by source (principal and significant told apart) and
 * one of planned against secured funds.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrencyRollup, ObjectiveRow } from '../../../shared/analysis/resources';
import { fundingGapOption, objectivesBySourceOption } from '../../../shared/charts/resources-chart';
import type { PlanView } from '../../../shared/plan-doc';
import { Chart } from '../../ui/Chart';
import { FiguresTable, type FigureRow } from './FiguresTable';
import type { RollupFormats } from './format';
import { ShareField } from './ShareField';

interface Props {
  readonly view: PlanView;
  readonly rollup: CurrencyRollup;
  readonly share: number;
  readonly formats: RollupFormats;
}

export function ObjectivesSection({ view, rollup, share, formats }: Props) {
  const { t } = useTranslation();
  const currency = rollup.currency;
  const objectiveName = (o: ObjectiveRow) => view.objectives[o.key]!;
  const showUnattributed = rollup.notAttributed.bySource.total.planned > 0;

  const rows: FigureRow[] = rollup.objectives.map((o) => ({
    key: o.key,
    testId: `objective-row-${objectiveName(o).code || o.key}`,
    label: <ObjectiveLabel row={o} code={objectiveName(o).code} title={objectiveName(o).title} share={share} formats={formats} />,
    bySource: o.bySource,
  }));
  rows.push({
    key: 'not-attributed',
    testId: 'objective-row-not-attributed',
    className: 'res-row-secondary',
    label: (
      <>
        {t('resources.objectives.notAttributed')}
        <span className="res-row-hint">{t('resources.objectives.notAttributedHint')}</span>
      </>
    ),
    bySource: rollup.notAttributed.bySource,
  });

  const objectives = view.objectives;
  const categories = useMemo(() => {
    const names = rollup.objectives.map((o) => objectives[o.key]!.code || objectives[o.key]!.title.slice(0, 24));
    return showUnattributed ? [...names, t('resources.objectives.notAttributedShort')] : names;
  }, [rollup, objectives, showUnattributed, t]);
  const byObjective = useMemo(
    () =>
      objectivesBySourceOption(
        rollup,
        categories,
        {
          regularPrincipal: t('resources.objectives.regularPrincipal'),
          regularSignificant: t('resources.objectives.regularSignificant'),
          extraPrincipal: t('resources.objectives.extraPrincipal'),
          extraSignificant: t('resources.objectives.extraSignificant'),
          axisName: currency,
        },
        formats.full,
        formats.short,
      ),
    [rollup, categories, currency, formats, t],
  );
  const gapRows = useMemo(() => (showUnattributed ? [...rollup.objectives, rollup.notAttributed] : rollup.objectives), [rollup, showUnattributed]);
  const gapOption = useMemo(
    () => fundingGapOption(gapRows, categories, rollup.minorDigits, { secured: t('resources.gap.secured'), gap: t('resources.gap.gap'), axisName: currency }, formats.full, formats.short),
    [gapRows, categories, rollup.minorDigits, currency, formats, t],
  );

  return (
    <section className="resources-objectives" aria-labelledby="resources-objectives-title">
      <h2 id="resources-objectives-title">{t('resources.objectives.title')}</h2>
      <p className="resources-question">
        {t('resources.objectives.question')} <span className="res-amounts-in">{t('resources.currency.amountsIn', { currency })}</span>
      </p>
      <ShareField share={share} />
      {rollup.objectives.length === 0 ? (
        <p className="empty">{t('resources.objectives.none')}</p>
      ) : (
        <>
          <FiguresTable
            caption={t('resources.objectives.caption', { currency })}
            columnLabel={t('resources.objectives.column')}
            rows={rows}
            total={{ key: 'total', testId: 'objective-row-total', label: t('resources.objectives.total'), bySource: rollup.total.bySource }}
            formats={formats}
          />
          <p className="hint">
            {t('resources.objectives.multiTagNote')} {t('resources.figuresNote')}
          </p>
          <div className="resources-charts">
            <figure className="card res-chart-card">
              <figcaption>{t('resources.objectives.chartTitle')}</figcaption>
              <Chart option={byObjective} label={t('resources.objectives.chartLabel')} height={320} />
            </figure>
            <figure className="card res-chart-card">
              <figcaption>{t('resources.objectives.gapChartTitle')}</figcaption>
              <Chart option={gapOption} label={t('resources.objectives.gapChartLabel')} height={320} />
            </figure>
          </div>
        </>
      )}
    </section>
  );
}

interface LabelProps {
  readonly row: ObjectiveRow;
  readonly code: string;
  readonly title: string;
  readonly share: number;
  readonly formats: RollupFormats;
}

/** The objective's code and title, and what its figure is made of. */
function ObjectiveLabel({ row, code, title, share, formats }: LabelProps) {
  const { t } = useTranslation();
  const breakdown =
    row.significantResults > 0
      ? t('resources.objectives.breakdown', {
          principal: formats.minor(row.principal.total.planned),
          significant: formats.minor(row.significant.total.planned),
          share: formats.percent(share),
          before: formats.minor(row.significantBeforeShare.total.planned),
        })
      : row.principalResults > 0
        ? t('resources.objectives.breakdownPrincipalOnly')
        : null;
  return (
    <>
      {code && <span className="res-code">{code}</span>} {title}
      {breakdown && <span className="res-row-hint">{breakdown}</span>}
    </>
  );
}
