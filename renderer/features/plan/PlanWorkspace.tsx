/** An open plan: its sections on the left, the chosen one on the right. */
import { useTranslation } from 'react-i18next';
import { tMessage } from '../../i18n';
import { useApp } from '../../store';
import type { Tab } from '../../store';
import type { ResultId } from '../../../shared/model';
import { ResultDetail } from '../detail/ResultDetail';
import { MatrixScreen } from '../matrix/MatrixScreen';
import { NarrativeScreen } from '../narrative/NarrativeScreen';
import { OverviewScreen } from '../overview/OverviewScreen';
import { QualityScreen } from '../quality/QualityScreen';
import { ResultsScreen } from '../results/ResultsScreen';

const TABS: readonly { id: Tab; labelKey: string; shortcut: string }[] = [
  { id: 'overview', labelKey: 'nav.overview', shortcut: 'Control+1' },
  { id: 'matrix', labelKey: 'nav.matrix', shortcut: 'Control+2' },
  { id: 'results', labelKey: 'nav.results', shortcut: 'Control+3' },
  { id: 'narrative', labelKey: 'nav.narrative', shortcut: 'Control+4' },
  { id: 'quality', labelKey: 'nav.quality', shortcut: 'Control+5' },
];

const detail = (resultId: ResultId) => <ResultDetail resultId={resultId} />;

export function PlanWorkspace() {
  const { t } = useTranslation();
  const status = useApp((s) => s.openStatus);
  const error = useApp((s) => s.openError);
  const route = useApp((s) => s.route);
  const setTab = useApp((s) => s.setTab);
  const goToLibrary = useApp((s) => s.goToLibrary);
  const tab = route.screen === 'plan' ? route.tab : 'results';

  if (status === 'error' && error) {
    return (
      <div className="plan-error" role="alert">
        <p>{error.key === 'plan.openElsewhere' ? tMessage(t, error) : t('plan.openFailed', { reason: tMessage(t, error) })}</p>
        <button type="button" onClick={() => void goToLibrary()}>
          {t('plan.backToLibrary')}
        </button>
      </div>
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
        <ul>
          {TABS.map((item) => (
            <li key={item.id}>
              <button type="button" className="nav-item" aria-current={tab === item.id ? 'page' : undefined} onClick={() => setTab(item.id)} aria-keyshortcuts={item.shortcut}>
                {t(item.labelKey)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="workspace-content">
        {tab === 'overview' && <OverviewScreen />}
        {tab === 'matrix' && <MatrixScreen detail={detail} />}
        {tab === 'results' && <ResultsScreen detail={detail} />}
        {tab === 'narrative' && <NarrativeScreen />}
        {tab === 'quality' && <QualityScreen />}
      </div>
    </div>
  );
}
