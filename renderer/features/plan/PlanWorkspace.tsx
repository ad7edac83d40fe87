/** An open plan: its screens listed on the left in groups, the chosen one on the right. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { tMessage } from '../../i18n';
import { useApp } from '../../store';
import type { Tab } from '../../store';
import type { ResultId } from '../../../shared/model';
import { ConflictsScreen } from '../conflicts/ConflictsScreen';
import { ConflictsNavLabel } from '../conflicts/ConflictsNavLabel';
import { DashboardScreen } from '../dashboard/DashboardScreen';
import { HistoryScreen } from '../history/HistoryScreen';
import { BackupsScreen } from '../backups/BackupsScreen';
import { TranslationScreen } from '../translation/TranslationScreen';
import { BackupRecovery } from '../backups/BackupRecovery';
import { ResultDetail } from '../detail/ResultDetail';
import { IndicatorsScreen } from '../indicators/IndicatorsScreen';
import { MatrixScreen } from '../matrix/MatrixScreen';
import { NarrativeScreen } from '../narrative/NarrativeScreen';
import { OverviewScreen } from '../overview/OverviewScreen';
import { PartnersScreen } from '../partners/PartnersScreen';
import { QualityScreen } from '../quality/QualityScreen';
import { ResponsibilitiesScreen } from '../raci/ResponsibilitiesScreen';
import { ResourcesScreen } from '../resources/ResourcesScreen';
import { ResultsScreen } from '../results/ResultsScreen';
import { RisksScreen } from '../risks/RisksScreen';
import { PlanSettingsScreen } from '../settings/PlanSettingsScreen';
import { StructureScreen } from '../structure/StructureScreen';
import { TimelineScreen } from '../timeline/TimelineScreen';
import { ShownLanguageBar } from './ShownLanguageBar';

interface NavItem {
  readonly id: Tab;
  readonly labelKey: string;
  readonly shortcut?: string;
}

const NAV_GROUPS: readonly { readonly labelKey: string; readonly items: readonly NavItem[] }[] = [
  {
    labelKey: 'nav.groupPlan',
    items: [
      { id: 'overview', labelKey: 'nav.overview', shortcut: 'Control+1' },
      { id: 'matrix', labelKey: 'nav.matrix', shortcut: 'Control+2' },
      { id: 'results', labelKey: 'nav.results', shortcut: 'Control+3' },
      { id: 'narrative', labelKey: 'nav.narrative', shortcut: 'Control+4' },
      { id: 'quality', labelKey: 'nav.quality', shortcut: 'Control+5' },
    ],
  },
  {
    labelKey: 'nav.groupMonitoring',
    items: [
      { id: 'dashboard', labelKey: 'nav.dashboard', shortcut: 'Control+6' },
      { id: 'indicators', labelKey: 'nav.indicators', shortcut: 'Control+7' },
      { id: 'risks', labelKey: 'nav.risks', shortcut: 'Control+8' },
      { id: 'timeline', labelKey: 'nav.timeline', shortcut: 'Control+9' },
    ],
  },
  {
    labelKey: 'nav.groupOrganisation',
    items: [
      { id: 'responsibilities', labelKey: 'nav.responsibilities' },
      { id: 'resources', labelKey: 'nav.resources' },
      { id: 'partners', labelKey: 'nav.partners' },
      { id: 'structure', labelKey: 'nav.structure' },
      { id: 'settings', labelKey: 'nav.planSettings' },
    ],
  },
  {
    labelKey: 'nav.groupExchange',
    items: [
      // Translating is the field offices' work on a plan shared in several languages; after the
      // screens with shortcuts, so Ctrl+1..9 stay in the order the navigation lists them.
      { id: 'translation', labelKey: 'translation.nav' },
      { id: 'conflicts', labelKey: 'nav.conflicts' },
      { id: 'history', labelKey: 'nav.history' },
      { id: 'backups', labelKey: 'nav.backups' },
    ],
  },
];

const detail = (resultId: ResultId) => <ResultDetail resultId={resultId} />;

function Screen({ tab }: { readonly tab: Tab }) {
  switch (tab) {
    case 'overview':
      return <OverviewScreen />;
    case 'matrix':
      return <MatrixScreen detail={detail} />;
    case 'results':
      return <ResultsScreen detail={detail} />;
    case 'narrative':
      return <NarrativeScreen />;
    case 'quality':
      return <QualityScreen />;
    case 'dashboard':
      return <DashboardScreen />;
    case 'indicators':
      return <IndicatorsScreen />;
    case 'risks':
      return <RisksScreen />;
    case 'timeline':
      return <TimelineScreen />;
    case 'responsibilities':
      return <ResponsibilitiesScreen />;
    case 'resources':
      return <ResourcesScreen />;
    case 'partners':
      return <PartnersScreen />;
    case 'structure':
      return <StructureScreen />;
    case 'settings':
      return <PlanSettingsScreen />;
    case 'conflicts':
      return <ConflictsScreen />;
    case 'history':
      return <HistoryScreen />;
    case 'backups':
      return <BackupsScreen />;
    case 'translation':
      return <TranslationScreen />;
  }
}

export function PlanWorkspace() {
  const { t } = useTranslation();
  const status = useApp((s) => s.openStatus);
  const error = useApp((s) => s.openError);
  const route = useApp((s) => s.route);
  const setTab = useApp((s) => s.setTab);
  const goToLibrary = useApp((s) => s.goToLibrary);
  const tab = route.screen === 'plan' ? route.tab : 'results';
  const contentRef = useRef<HTMLDivElement>(null);

  // Keyboard users never lose the focus: when a screen is shown (a plan opened, a shortcut
  // such as Ctrl+2, the first-start dialog gone) and the focus was left on nothing (the
  // element that had it went away with the screen before), it goes to the new screen's
  // heading. A screen that placed the focus itself (its effects run first) keeps it.
  useEffect(() => {
    if (status !== 'ready') return;
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    const content = contentRef.current;
    const target = content?.querySelector<HTMLElement>('h1') ?? content;
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }, [status, tab]);

  if (status === 'error' && error) {
    return (
      <>
        <div className="plan-error" role="alert">
          <p>{error.key === 'plan.openElsewhere' ? tMessage(t, error) : t('plan.openFailed', { reason: tMessage(t, error) })}</p>
          <button type="button" onClick={() => void goToLibrary()}>
            {t('plan.backToLibrary')}
          </button>
        </div>
        {error.key !== 'plan.openElsewhere' && <BackupRecovery />}
      </>
    );
  }
  if (status !== 'ready') {
    return (
      <p className="loading" role="status">
        {t('plan.loading')}
      </p>
    );
  }
  return (
    <div className="workspace">
      <nav className="workspace-nav" aria-label={t('nav.planSections')}>
        {NAV_GROUPS.map((group) => (
          <div key={group.labelKey} className="nav-group">
            <h2 className="nav-group-title" id={`nav-${group.labelKey}`}>
              {t(group.labelKey)}
            </h2>
            <ul aria-labelledby={`nav-${group.labelKey}`}>
              {group.items.map((item) => (
                <li key={item.id}>
                  <button type="button" className="nav-item" aria-current={tab === item.id ? 'page' : undefined} onClick={() => setTab(item.id)} aria-keyshortcuts={item.shortcut}>
                    {item.id === 'conflicts' ? <ConflictsNavLabel /> : t(item.labelKey)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      <div className="workspace-content" ref={contentRef} tabIndex={-1}>
        {/* The Translation view shows the main language beside another itself. */}
        {tab !== 'translation' && <ShownLanguageBar />}
        <Screen tab={tab} />
      </div>
    </div>
  );
}
