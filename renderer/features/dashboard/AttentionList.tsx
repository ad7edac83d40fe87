/**
 * The indicators off track and at risk, worst first: what a manager asks first. Each
 * shows its status, how much of what was due it reached, and buttons to show its
 * progress here or open it in the Indicators screen.
 */
import { useTranslation } from 'react-i18next';
import type { PlanProgress } from '../../../shared/analysis/progress';
import type { PlanView } from '../../../shared/plan-doc';
import { useApp } from '../../store';
import { shortName, useFigures } from './format';
import { StatusBadge } from './StatusBadge';

const RANK = { off_track: 0, at_risk: 1 } as const;

/** Off-track indicators, then at-risk ones; within each, the lowest achievement first. */
export function attentionOf(ids: readonly string[], progress: PlanProgress): string[] {
  const flagged = ids.filter((id) => {
    const s = progress.indicators[id]?.toDate.status;
    return s === 'off_track' || s === 'at_risk';
  });
  const rank = (id: string) => {
    const toDate = progress.indicators[id]!.toDate;
    return [RANK[toDate.status as keyof typeof RANK], toDate.achievement ?? 0] as const;
  };
  return flagged
    .map((id, order) => ({ id, order, key: rank(id) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.order - b.order)
    .map((x) => x.id);
}

interface AttentionListProps {
  readonly view: PlanView;
  readonly progress: PlanProgress;
  readonly ids: readonly string[];
  readonly selected: string | null;
  readonly onShow: (id: string) => void;
}

export function AttentionList({ view, progress, ids, selected, onShow }: AttentionListProps) {
  const { t } = useTranslation();
  const figures = useFigures();
  const navigateTo = useApp((s) => s.navigateTo);
  return (
    <section className="card dashboard-attention" aria-labelledby="dashboard-attention-title">
      <h2 id="dashboard-attention-title">
        {t('dashboard.attention.title')} <span className="muted">({ids.length})</span>
      </h2>
      {ids.length === 0 ? (
        <p className="empty">{t('dashboard.attention.none')}</p>
      ) : (
        <>
          <p className="hint">{t('dashboard.attention.intro')}</p>
          <table className="table attention-table">
            <thead>
              <tr>
                <th scope="col">{t('dashboard.attention.status')}</th>
                <th scope="col">{t('dashboard.attention.indicator')}</th>
                <th scope="col">{t('dashboard.attention.result')}</th>
                <th scope="col" className="num">
                  {t('dashboard.attention.toDate')}
                </th>
                <th scope="col" className="dashboard-actions-col">
                  {t('dashboard.attention.actions')}
                </th>
              </tr>
            </thead>
            <tbody>
              {ids.map((id) => {
                const indicator = view.indicators[id]!;
                const toDate = progress.indicators[id]!.toDate;
                const node = view.tree[view.treeIndex[indicator.resultId] ?? -1];
                const name = shortName(indicator.definition);
                return (
                  <tr key={id} className={id === selected ? 'is-selected' : undefined} data-testid="attention-row">
                    <td>
                      <StatusBadge status={toDate.status} />
                    </td>
                    <th scope="row">
                      <span className="attention-name">{name}</span>
                      {toDate.overduePeriodIds.length > 0 && <span className="progress-overdue-tag">{t('dashboard.attention.overdue')}</span>}
                    </th>
                    <td className="attention-result">
                      <span className="result-number">{node?.number}</span> <span className="muted">{shortName(view.results[indicator.resultId]?.statement ?? '', 60)}</span>
                    </td>
                    <td className="num">{toDate.achievement === null ? '–' : figures.percent(toDate.achievement)}</td>
                    <td className="dashboard-actions-col">
                      <div className="attention-actions">
                        <button type="button" aria-label={t('dashboard.attention.showLabel', { name })} aria-pressed={id === selected} onClick={() => onShow(id)}>
                          {t('dashboard.attention.show')}
                        </button>
                        <button type="button" className="link-button" aria-label={t('dashboard.attention.openLabel', { name })} onClick={() => navigateTo({ kind: 'indicator', id })}>
                          {t('dashboard.attention.open')}
                        </button>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
