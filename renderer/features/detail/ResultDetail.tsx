/**
 * The result detail panel: everything about one result in one place (issue 3, item 2),
 * beside the logframe matrix and the results chain. Every edit is a store dispatch, so
 * it is undoable and saved like any other; a refused edit shows as a notice.
 *
 * The sections below the heading are remounted when the result changes (`key`), so a
 * half-typed text never carries over from one result to the next.
 */
import { useTranslation } from 'react-i18next';
import type { ResultId } from '../../../shared/model';
import { useApp } from '../../store';
import { useLevelName } from '../../ui/levels';
import './detail.css';
import { IndicatorsList, MilestonesList, RisksList } from './LinkedItems';
import { ObjectivesSection } from './ObjectivesSection';
import { PartnersSection } from './PartnersSection';
import { ResponsibilitiesSection } from './ResponsibilitiesSection';
import { ResultFields } from './ResultFields';

export interface ResultDetailProps {
  readonly resultId: ResultId;
}

export function ResultDetail({ resultId }: ResultDetailProps) {
  const { t } = useTranslation();
  const view = useApp((s) => s.view);
  const setDetailOpen = useApp((s) => s.setDetailOpen);
  const levelNameOf = useLevelName();
  const result = view?.results[resultId];
  const node = view?.tree[view.treeIndex[resultId] ?? -1];

  const closeButton = (
    <button type="button" className="icon-button detail-close" aria-label={t('detail.close')} title={t('detail.close')} onClick={() => setDetailOpen(false)}>
      ×
    </button>
  );

  if (!view || !result || !node) {
    return (
      <aside className="result-detail" aria-label={t('detail.label')}>
        <div className="detail-header">
          <p className="detail-empty">{t('detail.gone')}</p>
          {closeButton}
        </div>
      </aside>
    );
  }

  // As the plan's template names it ("Overall objective" in an EU logframe).
  const levelName = levelNameOf(result.level);
  return (
    <aside className="result-detail" aria-label={t('detail.label')}>
      <div className="detail-header">
        <h2 className="detail-title">
          <span className={`level-badge level-${result.level}`}>{levelName}</span> <span className="detail-number">{node.number}</span>{' '}
          <span className={result.statement ? undefined : 'placeholder'}>{result.statement || t('detail.noStatement')}</span>
        </h2>
        {closeButton}
      </div>
      <p className="hint">{t('detail.commitHint')}</p>
      <div key={resultId} className="detail-body">
        <ResultFields result={result} number={node.number} levelName={levelName} />
        <ResponsibilitiesSection resultId={resultId} />
        <PartnersSection resultId={resultId} />
        <ObjectivesSection result={result} />
        <IndicatorsList resultId={resultId} />
        <RisksList resultId={resultId} />
        <MilestonesList resultId={resultId} />
      </div>
    </aside>
  );
}
