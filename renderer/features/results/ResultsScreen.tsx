/** The results chain screen: a toolbar with every action, and the tree. */
import { useDeferredValue, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { childLevel, type ResultId } from '../../../shared/model';
import { useApp } from '../../store';
import { useLevelName } from '../../ui/levels';
import { ResultsTree } from './ResultsTree';
import { canHaveChildren, useResultActions } from './useResultActions';

export function ResultsScreen({ detail }: { detail?: (resultId: ResultId) => ReactNode }) {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const selectedId = useApp((s) => s.selectedResultId);
  const actions = useResultActions();
  const levelName = useLevelName();
  const [editingId, setEditingId] = useState<ResultId | null>(null);
  const detailOpen = useApp((s) => s.detailOpen);
  const setDetailOpen = useApp((s) => s.setDetailOpen);
  const selected = selectedId && view.results[selectedId] ? selectedId : (view.tree[0]?.id ?? null);
  // The detail panel catches up with the selection at a lower priority than the tree.
  const detailId = useDeferredValue(selected);
  const node = selected ? view.tree[view.treeIndex[selected]!] : undefined;
  const result = selected ? view.results[selected] : undefined;
  const siblings = node ? (node.parentId === null ? view.rootIds : (view.tree[view.treeIndex[node.parentId]!]?.childIds ?? [])) : [];
  const position = node ? siblings.indexOf(node.id) : -1;
  const childLevelName = result ? childLevel(result.level) : null;

  const startAdd = async (promise: Promise<ResultId | null>) => {
    const id = await promise;
    if (id) setEditingId(id);
  };
  const next = () => {
    if (!node) return null;
    const index = view.treeIndex[node.id]!;
    return view.tree.slice(index + 1).find((n) => n.depth <= node.depth)?.id ?? view.tree[index - 1]?.id ?? null;
  };

  return (
    <section className="results" aria-labelledby="results-title">
      <div className="screen-heading">
        <h1 id="results-title">{t('results.title')}</h1>
        {detail && (
          <div className="screen-actions">
            <button type="button" aria-pressed={detailOpen} onClick={() => setDetailOpen(!detailOpen)}>
              {t('matrix.showDetail')}
            </button>
          </div>
        )}
      </div>
      <div role="toolbar" aria-label={t('results.toolbar')} className="toolbar" aria-controls="results-tree">
        <button type="button" onClick={() => void startAdd(actions.addGoal())}>
          {t('results.addGoal')}
        </button>
        <button type="button" disabled={!node} aria-keyshortcuts="Control+Enter" onClick={() => node && void startAdd(actions.addBelow(node.id))}>
          {result ? t('results.addSibling', { level: levelName(result.level).toLowerCase() }) : t('results.addSiblingShort')}
        </button>
        <button type="button" disabled={!node || !canHaveChildren(view, node.id)} aria-keyshortcuts="Control+Shift+Enter" onClick={() => node && void startAdd(actions.addChild(node.id))}>
          {childLevelName ? t('results.addChild', { level: levelName(childLevelName).toLowerCase() }) : t('results.addChildShort')}
        </button>
        <span className="toolbar-separator" aria-hidden="true" />
        <button type="button" disabled={!node} aria-keyshortcuts="Enter" onClick={() => node && setEditingId(node.id)}>
          {t('results.edit')}
        </button>
        <button type="button" disabled={!node || position <= 0} aria-keyshortcuts="Alt+ArrowUp" onClick={() => node && void actions.reorder(node.id, 'up')}>
          {t('results.moveUp')}
        </button>
        <button type="button" disabled={!node || position < 0 || position >= siblings.length - 1} aria-keyshortcuts="Alt+ArrowDown" onClick={() => node && void actions.reorder(node.id, 'down')}>
          {t('results.moveDown')}
        </button>
        <button type="button" disabled={!node || position <= 0} aria-keyshortcuts="Alt+ArrowRight" onClick={() => node && void actions.indent(node.id)}>
          {t('results.indent')}
        </button>
        <button type="button" disabled={!node || node.parentId === null} aria-keyshortcuts="Alt+ArrowLeft" onClick={() => node && void actions.outdent(node.id)}>
          {t('results.outdent')}
        </button>
        <span className="toolbar-separator" aria-hidden="true" />
        <button type="button" className="danger-text" disabled={!node} aria-keyshortcuts="Delete" onClick={() => node && void actions.remove(node.id, next())}>
          {t('results.delete')}
        </button>
      </div>
      <p className="hint" id="results-help">
        {t('results.keyboardHelp')}
      </p>
      {view.tree.length === 0 ? (
        <div className="empty">
          <p>{t('results.empty')}</p>
          <button type="button" className="primary" onClick={() => void startAdd(actions.addGoal())}>
            {t('results.addGoal')}
          </button>
        </div>
      ) : (
        <div className="results-layout">
          <div id="results-tree" className="results-tree-wrap">
            <ResultsTree editingId={editingId} setEditingId={setEditingId} />
          </div>
          {detail && detailOpen && detailId && view.results[detailId] && <div className="results-detail">{detail(detailId)}</div>}
        </div>
      )}
    </section>
  );
}
