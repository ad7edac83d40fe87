/**
 * The plan at a glance, as a manager asks about it: which indicators are off track, how
 * high the risks are and whose mitigations are late, which milestones are overdue, which
 * results lack an accountable unit, and what is planned and secured. Each line opens
 * the screen that answers in full. Figures are as of the plan's status date.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { planProgress } from '../../../shared/analysis/progress';
import { buildRaciMatrix } from '../../../shared/analysis/raci';
import { currencyRollup, rollUpResources, toMajor } from '../../../shared/analysis/resources';
import { registerRows, summariseRegister } from '../../../shared/analysis/risks';
import { buildTimeline } from '../../../shared/analysis/schedule';
import type { PlanView } from '../../../shared/plan-doc';
import { useApp, type Tab } from '../../store';
import { formatDate } from '../../ui/format';
import { useAsOf } from '../../ui/useAsOf';
import { formatMoney } from '../resources/format';

interface Line {
  readonly id: string;
  readonly tab: Tab;
  readonly label: string;
  readonly text: string;
  readonly alert: boolean;
}

function glance(view: PlanView, asOf: string) {
  const progress = planProgress(view, asOf).plan;
  const register = summariseRegister(registerRows(view, asOf));
  const milestones = buildTimeline(view, asOf).counts;
  const raci = buildRaciMatrix(view).warnings;
  const money = currencyRollup(rollUpResources(view));
  return { progress, register, milestones, raci, money };
}

export function AtAGlance({ view }: { readonly view: PlanView }) {
  const { t, i18n } = useTranslation();
  const setTab = useApp((s) => s.setTab);
  const asOf = useAsOf(view.plan);
  const g = useMemo(() => glance(view, asOf), [view, asOf]);
  const money = (minor: number) => formatMoney(i18n.language, toMajor(minor, g.money.minorDigits), g.money.currency);
  const highest = g.register.highestBand;

  const lines: Line[] = [
    {
      id: 'indicators',
      tab: 'dashboard',
      label: t('overview.glance.indicators'),
      text: t('overview.glance.indicatorsText', { offTrack: g.progress.counts.off_track, atRisk: g.progress.counts.at_risk, onTrack: g.progress.counts.on_track, notMeasured: g.progress.counts.not_measured }),
      alert: g.progress.counts.off_track > 0,
    },
    {
      id: 'risks',
      tab: 'risks',
      label: t('overview.glance.risks'),
      text:
        highest === null
          ? t('overview.glance.noRisks')
          : t('overview.glance.risksText', { count: g.register.byBand[highest], band: t(`overview.glance.bands.${highest}`), overdue: g.register.overdue.length }),
      alert: g.register.overdue.length > 0,
    },
    {
      id: 'milestones',
      tab: 'timeline',
      label: t('overview.glance.milestones'),
      text: t('overview.glance.milestonesText', { overdue: g.milestones.overdue, next90: g.milestones.next90, done: g.milestones.done, total: g.milestones.total }),
      alert: g.milestones.overdue > 0,
    },
    {
      id: 'responsibilities',
      tab: 'responsibilities',
      label: t('overview.glance.responsibilities'),
      text: g.raci.total === 0 ? t('overview.glance.raciClear') : t('overview.glance.raciText', { count: g.raci.total, none: g.raci.noAccountable, many: g.raci.manyAccountable }),
      alert: g.raci.total > 0,
    },
    {
      id: 'resources',
      tab: 'resources',
      label: t('overview.glance.resources'),
      text:
        g.money.allocations === 0
          ? t('overview.glance.noResources')
          : t('overview.glance.resourcesText', { planned: money(g.money.total.bySource.total.planned), secured: money(g.money.total.bySource.total.secured), gap: money(g.money.total.bySource.total.gap) }),
      alert: false,
    },
  ];

  return (
    <section className="card glance" aria-labelledby="glance-title">
      <h2 id="glance-title">{t('overview.glance.title')}</h2>
      <p className="muted">{t(view.plan.statusDate ? 'overview.glance.asOfStatusDate' : 'overview.glance.asOfToday', { date: formatDate(asOf) })}</p>
      <ul className="glance-lines">
        {lines.map((line) => (
          <li key={line.id} className={line.alert ? 'glance-line glance-alert' : 'glance-line'} data-testid={`glance-${line.id}`}>
            <span className="glance-label">{line.label}</span>
            <span className="glance-text">{line.text}</span>
            <button type="button" className="link-button" onClick={() => setTab(line.tab)} aria-label={t('overview.glance.open', { name: line.label })}>
              {t('overview.glance.openShort')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
