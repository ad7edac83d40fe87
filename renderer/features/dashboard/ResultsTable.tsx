/**
 * Components and their results with the rolled-up status of each and the mix of
 * indicator statuses behind it, in the results chain's order. Results with no
 * indicator in them are counted in a note, not listed, to keep the table short.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NO_COMPONENT, type PlanProgress, type ProgressSummary, type RolledUpStatus } from '../../../shared/analysis/progress';
import type { ResultId } from '../../../shared/model';
import type { PlanView, TreeNode } from '../../../shared/plan-doc';
import { StatusBadge, StatusMix } from './StatusBadge';
import { useLevelName } from '../../ui/levels';

interface ResultsTableProps {
  readonly view: PlanView;
  readonly progress: PlanProgress;
  readonly summary: ProgressSummary;
  readonly keep: ReadonlySet<ResultId> | null;
}

export function ResultsTable({ view, progress, summary, keep }: ResultsTableProps) {
  const { t } = useTranslation();
  const levelName = useLevelName();
  const { groups, hidden, matching } = useMemo(() => {
    const byComponent = new Map<string, TreeNode[]>();
    let hiddenCount = 0;
    let matchingCount = 0;
    for (const node of view.tree) {
      if (keep && !keep.has(node.id)) continue;
      matchingCount++;
      if ((progress.results[node.id]?.total ?? 0) === 0) {
        hiddenCount++;
        continue;
      }
      const c = view.results[node.id]?.componentId;
      const key = c && view.components[c] ? c : NO_COMPONENT;
      byComponent.set(key, [...(byComponent.get(key) ?? []), node]);
    }
    const ordered = [NO_COMPONENT, ...view.componentOrder].filter((k) => byComponent.has(k)).map((k) => ({ key: k, nodes: byComponent.get(k)! }));
    return { groups: ordered, hidden: hiddenCount, matching: matchingCount };
  }, [view, progress, keep]);

  return (
    <section className="card dashboard-results" aria-labelledby="dashboard-results-title">
      <h2 id="dashboard-results-title">{t('dashboard.results.title')}</h2>
      <p className="hint">{t('dashboard.results.intro')}</p>
      {matching === 0 ? (
        <p className="empty">{t('dashboard.results.none')}</p>
      ) : (
        <table className="table results-status-table">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.results.result')}</th>
              <th scope="col">{t('dashboard.results.status')}</th>
              <th scope="col">{t('dashboard.results.indicators')}</th>
            </tr>
          </thead>
          {groups.map(({ key, nodes }) => {
            const component = view.components[key];
            const rolled = summary.components[key];
            return (
                <tbody key={key || 'none'} className="component-group">
                  <tr className="component-row" data-testid="component-row">
                    <th scope="rowgroup">
                      {component ? (
                        <>
                          <span className="component-code">{component.code}</span> {component.name}
                        </>
                      ) : (
                        t('dashboard.counts.noComponent')
                      )}
                    </th>
                    <td>{rolled && <StatusBadge status={rolled.status} />}</td>
                    <td>{rolled && <Counts rolled={rolled} />}</td>
                  </tr>
                  {nodes.map((node) => {
                    const result = view.results[node.id]!;
                    const rolledResult = progress.results[node.id]!;
                    return (
                      <tr key={node.id} data-testid="result-row" className={`result-row level-${result.level}`}>
                        <th scope="row" style={{ paddingLeft: `${0.75 + node.depth * 1.1}rem` }}>
                          <span className="result-number">{node.number}</span> <span className="result-level muted">{levelName(result.level)}</span>{' '}
                          <span className="result-statement">{result.statement || '–'}</span>
                        </th>
                        <td>
                          <StatusBadge status={rolledResult.status} />
                        </td>
                        <td>
                          <Counts rolled={rolledResult} />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
            );
          })}
        </table>
      )}
      {hidden > 0 && <p className="hint">{t('dashboard.results.hidden', { count: hidden })}</p>}
    </section>
  );
}

function Counts({ rolled }: { readonly rolled: RolledUpStatus }) {
  const { t } = useTranslation();
  return (
    <div className="result-counts">
      <span className="result-total">{t('dashboard.indicatorCount', { count: rolled.total })}</span>
      <StatusMix counts={rolled.counts} />
    </div>
  );
}
