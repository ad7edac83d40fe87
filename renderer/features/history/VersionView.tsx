/**
 * An earlier version of the plan, read-only: its details and its results chain with each
 * result's indicators, baselines and targets, as it was after one history entry. Clearly
 * labelled with the time; "Restore this version…" and "Back to the history" on top.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { valueText } from '../../../shared/changes/describe';
import type { Translate } from '../../../shared/i18n';
import type { PlanView } from '../../../shared/plan-doc';
import type { HistoryEntry } from '../../../shared/plan-doc/history';
import { useApp, type EarlierVersion } from '../../store';
import { formatDate, formatDateTime } from '../../ui/format';
import { useLevelName } from '../../ui/levels';
import { describeEntry } from './sentences';

/** Results shown before "Show more" (a large plan has thousands). */
const PAGE = 150;

interface Props {
  readonly version: EarlierVersion;
  readonly onRestore: (entry: HistoryEntry) => void;
}

export function VersionView({ version, onRestore }: Props) {
  const { t, i18n } = useTranslation();
  const tr: Translate = (key, params) => t(key, params);
  const close = useApp((s) => s.closeEarlierVersion);
  const planHeads = useApp((s) => s.planHeads);
  const current = useApp((s) => s.view);
  const { entry, view } = version;
  const after = current ? describeEntry(entry, current, tr, current.plan.id, i18n.language).headline : '';
  const time = formatDateTime(entry.time);
  const isNow = entry.heads.length === planHeads.length && entry.heads.every((h) => planHeads.includes(h));

  return (
    <div className="history-version">
      <div className="screen-heading">
        <h1 id="history-title">{t('historyScreen.version.title', { time })}</h1>
        <div className="screen-actions">
          <button type="button" onClick={close}>
            {t('historyScreen.version.back')}
          </button>
          {!isNow && (
            <button type="button" className="primary" onClick={() => onRestore(entry)} disabled={!view}>
              {t('historyScreen.restoreVersion')}
            </button>
          )}
        </div>
      </div>
      <div className="history-readonly" role="note">
        <p>{t('historyScreen.version.readOnly')}</p>
        <p>{t('historyScreen.version.after', { what: after })}</p>
      </div>
      {view ? (
        <>
          <PlanDetails view={view} />
          <ResultsChain view={view} />
        </>
      ) : (
        <p className="muted" role="status">
          {t('historyScreen.version.loading')}
        </p>
      )}
    </div>
  );
}

function PlanDetails({ view }: { readonly view: PlanView }) {
  const { t } = useTranslation();
  const { plan } = view;
  const counts = [
    ['results', Object.keys(view.results).length],
    ['indicators', view.counts.indicators],
    ['risks', view.counts.risks],
    ['milestones', Object.keys(view.milestones).length],
  ] as const;
  return (
    <section className="card history-version-details" aria-labelledby="history-version-details">
      <h2 id="history-version-details">{t('historyScreen.version.details')}</h2>
      <dl className="history-dl">
        <dt>{t('historyScreen.version.planTitle')}</dt>
        <dd>{plan.title}</dd>
        <dt>{t('historyScreen.version.organisation')}</dt>
        <dd>{plan.organisation || '—'}</dd>
        <dt>{t('historyScreen.version.period')}</dt>
        <dd>
          {formatDate(plan.periodStart)} – {formatDate(plan.periodEnd)}
        </dd>
        <dt>{t('historyScreen.version.status')}</dt>
        <dd>{t(`status.${plan.status}`)}</dd>
        {plan.versionLabel && (
          <>
            <dt>{t('historyScreen.version.version')}</dt>
            <dd>{plan.versionLabel}</dd>
          </>
        )}
        <dt>{t('historyScreen.version.counts')}</dt>
        <dd>{counts.map(([c, n]) => t(`historyScreen.counts.${c}`, { count: n })).join(', ')}</dd>
      </dl>
    </section>
  );
}

function ResultsChain({ view }: { readonly view: PlanView }) {
  const { t } = useTranslation();
  const levelName = useLevelName();
  const [limit, setLimit] = useState(PAGE);
  const nodes = view.tree.slice(0, limit);
  const left = view.tree.length - nodes.length;
  return (
    <section className="history-version-chain" aria-labelledby="history-version-chain">
      <h2 id="history-version-chain">{t('historyScreen.version.resultsChain')}</h2>
      {view.tree.length === 0 ? (
        <p className="empty">{t('historyScreen.version.noResults')}</p>
      ) : (
        <table className="table history-version-table">
          <thead>
            <tr>
              <th scope="col">{t('historyScreen.version.colNumber')}</th>
              <th scope="col">{t('historyScreen.version.colResult')}</th>
              <th scope="col">{t('historyScreen.version.colIndicators')}</th>
            </tr>
          </thead>
          <tbody>
            {nodes.map((node) => {
              const result = view.results[node.id]!;
              return (
                <tr key={node.id} className={`level-${result.level}`}>
                  <th scope="row" className="history-number">
                    {node.unplaced ? `${t('historyScreen.version.unplaced')} ${node.number}` : node.number}
                  </th>
                  <td>
                    <div className="history-result" style={{ paddingLeft: `${Math.min(node.depth, 6) * 1}rem` }}>
                      <span className={`history-level level-tag-${result.level}`}>{levelName(result.level)}</span>
                      <span className="history-statement">{result.statement}</span>
                    </div>
                  </td>
                  <td>
                    <Indicators view={view} resultId={node.id} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {left > 0 && (
        <button type="button" className="history-show-more" onClick={() => setLimit((l) => l + PAGE)}>
          {t('historyScreen.version.showMore', { count: Math.min(left, PAGE) })}
        </button>
      )}
    </section>
  );
}

function Indicators({ view, resultId }: { readonly view: PlanView; readonly resultId: string }) {
  const { t, i18n } = useTranslation();
  const tr: Translate = (key, params) => t(key, params);
  const ids = view.indicatorsByResult[resultId] ?? [];
  if (ids.length === 0) return <span className="muted">{t('historyScreen.version.noIndicators')}</span>;
  const value = (id: string, path: readonly string[], v: unknown) => valueText(v, { target: 'indicators', id, path }, { t: tr, views: view, language: i18n.language });
  return (
    <ul className="history-indicators">
      {ids.map((id) => {
        const ind = view.indicators[id]!;
        const targets = view.periodOrder.filter((p) => ind.targets[p] !== undefined).map((p) => `${view.periods[p]?.label ?? p}: ${value(id, ['targets', p], ind.targets[p])}`);
        return (
          <li key={id}>
            <span className="history-indicator">{ind.definition}</span>
            <span className="muted">
              {t('historyScreen.version.baseline', { value: value(id, ['baseline', 'value'], ind.baseline.value) })}
              {' · '}
              {t('historyScreen.version.targets', { list: targets.length > 0 ? targets.join(', ') : t('historyScreen.version.none') })}
              {ind.finalTarget !== null && (
                <>
                  {' · '}
                  {t('historyScreen.version.finalTarget', { value: value(id, ['finalTarget'], ind.finalTarget) })}
                </>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
