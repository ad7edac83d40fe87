/**
 * The results chain as an ARIA tree: arrows move, Enter edits the statement in place,
 * Ctrl+Enter adds a result below and Ctrl+Shift+Enter one under, Alt+arrows move the
 * result, Delete removes it (with Undo). Rows can also be dragged onto or between others.
 */
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Component, Result, ResultId, ResultLevel } from '../../../shared/model';
import type { PlanView, TreeNode } from '../../../shared/plan-doc';
import { useApp } from '../../store';
import { useLevelName } from '../../ui/levels';
import { usePendingDraft } from '../../ui/usePendingDraft';
import { canHaveChildren, useResultActions, type DropZone } from './useResultActions';

/** The nodes shown, given which are collapsed: descendants of a collapsed node are hidden. */
export function visibleNodes(view: PlanView, collapsed: ReadonlySet<string>): TreeNode[] {
  const out: TreeNode[] = [];
  let hideBelow = Infinity;
  for (const node of view.tree) {
    if (node.depth > hideBelow) continue;
    hideBelow = collapsed.has(node.id) && node.childIds.length > 0 ? node.depth : Infinity;
    out.push(node);
  }
  return out;
}

function zoneOf(event: DragEvent<HTMLElement>, allowInside: boolean): DropZone {
  const rect = event.currentTarget.getBoundingClientRect();
  const y = (event.clientY - rect.top) / rect.height;
  if (!allowInside) return y < 0.5 ? 'before' : 'after';
  return y < 0.3 ? 'before' : y > 0.7 ? 'after' : 'inside';
}

interface TreeProps {
  readonly editingId: ResultId | null;
  readonly setEditingId: (id: ResultId | null) => void;
}

export function ResultsTree({ editingId, setEditingId }: TreeProps) {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const selectedId = useApp((s) => s.selectedResultId);
  const select = useApp((s) => s.selectResult);
  const actions = useResultActions();
  const levelName = useLevelName();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const [drag, setDrag] = useState<{ id: ResultId; over: ResultId | null; zone: DropZone } | null>(null);
  const rows = useMemo(() => visibleNodes(view, collapsed), [view, collapsed]);
  const rowRefs = useRef(new Map<string, HTMLDivElement>());
  const treeRef = useRef<HTMLDivElement>(null);
  const current = selectedId && view.results[selectedId] ? selectedId : (rows[0]?.id ?? null);
  const currentIndex = rows.findIndex((r) => r.id === current);

  // Keep keyboard focus on the selected row while the tree has focus.
  useEffect(() => {
    if (editingId || !current) return;
    const el = rowRefs.current.get(current);
    if (el && treeRef.current?.contains(document.activeElement) && document.activeElement !== el) el.focus();
  }, [current, editingId, rows]);

  const focusRow = (id: ResultId | null) => {
    if (!id) return;
    select(id);
    requestAnimationFrame(() => rowRefs.current.get(id)?.focus());
  };

  const setOpen = (id: string, open: boolean) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (open) next.delete(id);
      else next.add(id);
      return next;
    });

  const startAdd = async (promise: Promise<ResultId | null>) => {
    const id = await promise;
    if (id) setEditingId(id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editingId || !current) return;
    const node = rows[currentIndex];
    if (!node) return;
    const mod = e.ctrlKey || e.metaKey;
    let handled = true;
    if (e.key === 'Enter' && mod && e.shiftKey) {
      if (canHaveChildren(view, node.id)) {
        setOpen(node.id, true);
        void startAdd(actions.addChild(node.id));
      }
    } else if ((e.key === 'Enter' && mod) || e.key === 'Insert') void startAdd(actions.addBelow(node.id));
    else if (e.key === 'Enter' || e.key === 'F2') setEditingId(node.id);
    else if (e.altKey && e.key === 'ArrowUp') void actions.reorder(node.id, 'up');
    else if (e.altKey && e.key === 'ArrowDown') void actions.reorder(node.id, 'down');
    else if (e.altKey && e.key === 'ArrowRight') void actions.indent(node.id);
    else if (e.altKey && e.key === 'ArrowLeft') void actions.outdent(node.id);
    else if (e.key === 'ArrowDown') focusRow(rows[currentIndex + 1]?.id ?? null);
    else if (e.key === 'ArrowUp') focusRow(rows[currentIndex - 1]?.id ?? null);
    else if (e.key === 'Home') focusRow(rows[0]?.id ?? null);
    else if (e.key === 'End') focusRow(rows[rows.length - 1]?.id ?? null);
    else if (e.key === 'ArrowRight') {
      if (node.childIds.length > 0 && collapsed.has(node.id)) setOpen(node.id, true);
      else focusRow(node.childIds[0] ?? null);
    } else if (e.key === 'ArrowLeft') {
      if (node.childIds.length > 0 && !collapsed.has(node.id)) setOpen(node.id, false);
      else focusRow(node.parentId);
    } else if (e.key === 'Delete') {
      const next = rows.slice(currentIndex + 1).find((r) => r.depth <= node.depth)?.id ?? rows[currentIndex - 1]?.id ?? null;
      void actions.remove(node.id, next).then((ok) => ok && focusRow(next));
    } else handled = false;
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  // Rows get stable callbacks through this ref (refreshed after each render), so a row
  // re-renders only when what it shows changes: moving the selection repaints two rows.
  const handlers = useRef<RowHandlers | null>(null);
  useLayoutEffect(() => {
    handlers.current = {
      select,
      edit: setEditingId,
      toggle: (id, open) => setOpen(id, open),
      registerRow: (id, el) => {
        if (el) rowRefs.current.set(id, el);
        else rowRefs.current.delete(id);
      },
      dragStart: (id) => setDrag({ id, over: null, zone: 'after' }),
      dragOver: (id, zone) => {
        if (drag && drag.id !== id && (drag.over !== id || drag.zone !== zone)) setDrag({ ...drag, over: id, zone });
      },
      dragLeave: (id) => {
        if (drag?.over === id) setDrag({ ...drag, over: null });
      },
      drop: (id, zone) => {
        if (drag && drag.id !== id) void actions.drop(drag.id, id, zone);
        setDrag(null);
      },
      dragEnd: () => setDrag(null),
      finishEdit: (id, statement, then) => {
        // Focus moves back to the row at once, so keys pressed next reach the tree.
        rowRefs.current.get(id)?.focus();
        setEditingId(null);
        const before = view.results[id]?.statement;
        const save = statement !== null && statement !== before ? actions.rename(id, statement) : Promise.resolve(true);
        if (then === 'addBelow') void save.then(() => startAdd(actions.addBelow(id)));
      },
    };
  });
  const stable = useMemo<RowHandlers>(
    () => ({
      select: (id) => handlers.current?.select(id),
      edit: (id) => handlers.current?.edit(id),
      toggle: (id, open) => handlers.current?.toggle(id, open),
      registerRow: (id, el) => handlers.current?.registerRow(id, el),
      dragStart: (id) => handlers.current?.dragStart(id),
      dragOver: (id, zone) => handlers.current?.dragOver(id, zone),
      dragLeave: (id) => handlers.current?.dragLeave(id),
      drop: (id, zone) => handlers.current?.drop(id, zone),
      dragEnd: () => handlers.current?.dragEnd(),
      finishEdit: (id, statement, then) => handlers.current?.finishEdit(id, statement, then),
    }),
    [],
  );

  return (
    <div ref={treeRef} role="tree" aria-label={t('results.treeLabel', { title: view.plan.title })} className="results-tree" onKeyDown={onKeyDown}>
      {rows.map((node) => {
        const result = view.results[node.id]!;
        const siblings = node.parentId === null ? view.rootIds : (view.tree[view.treeIndex[node.parentId]!]?.childIds ?? []);
        const rootUnplaced = node.unplaced && node.depth === 0;
        return (
          <TreeRow
            key={node.id}
            node={node}
            result={result}
            component={result.componentId ? view.components[result.componentId] : undefined}
            setSize={rootUnplaced ? undefined : siblings.length}
            posInSet={rootUnplaced ? undefined : siblings.indexOf(node.id) + 1}
            isOpen={!collapsed.has(node.id)}
            isCurrent={node.id === current}
            isEditing={editingId === node.id}
            canDrag={editingId === null}
            canHoldChildren={canHaveChildren(view, node.id)}
            dropZone={drag && drag.over === node.id ? drag.zone : null}
            levelName={levelName}
            t={t}
            on={stable}
          />
        );
      })}
    </div>
  );
}

interface RowHandlers {
  select(id: ResultId): void;
  edit(id: ResultId): void;
  toggle(id: ResultId, open: boolean): void;
  registerRow(id: ResultId, el: HTMLDivElement | null): void;
  dragStart(id: ResultId): void;
  dragOver(id: ResultId, zone: DropZone): void;
  dragLeave(id: ResultId): void;
  drop(id: ResultId, zone: DropZone): void;
  dragEnd(): void;
  finishEdit(id: ResultId, statement: string | null, then?: 'addBelow'): void;
}

interface TreeRowProps {
  readonly node: TreeNode;
  readonly result: Result;
  readonly component: Component | undefined;
  readonly setSize: number | undefined;
  readonly posInSet: number | undefined;
  readonly isOpen: boolean;
  readonly isCurrent: boolean;
  readonly isEditing: boolean;
  readonly canDrag: boolean;
  readonly canHoldChildren: boolean;
  readonly dropZone: DropZone | null;
  readonly levelName: (level: ResultLevel) => string;
  readonly t: TFunction;
  readonly on: RowHandlers;
}

const TreeRow = memo(function TreeRow({ node, result, component, setSize, posInSet, isOpen, isCurrent, isEditing, canDrag, canHoldChildren, dropZone, levelName, t, on }: TreeRowProps) {
  const hasChildren = node.childIds.length > 0;
  return (
    <div
      ref={(el) => on.registerRow(node.id, el)}
      role="treeitem"
      aria-level={node.depth + 1}
      aria-setsize={setSize}
      aria-posinset={posInSet}
      aria-expanded={hasChildren ? isOpen : undefined}
      aria-selected={isCurrent}
      tabIndex={isCurrent ? 0 : -1}
      data-result-id={node.id}
      data-level={result.level}
      className={`tree-row level-${result.level}${isCurrent ? ' selected' : ''}${node.unplaced ? ' unplaced' : ''}${dropZone ? ` drop-${dropZone}` : ''}`}
      style={{ paddingInlineStart: `${0.5 + node.depth * 1.5}rem` }}
      onClick={() => on.select(node.id)}
      onDoubleClick={() => on.edit(node.id)}
      draggable={canDrag}
      onDragStart={(e) => {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', node.number);
        on.dragStart(node.id);
      }}
      onDragOver={(e) => {
        e.preventDefault();
        on.dragOver(node.id, zoneOf(e, canHoldChildren));
      }}
      onDragLeave={() => on.dragLeave(node.id)}
      onDrop={(e) => {
        e.preventDefault();
        on.drop(node.id, zoneOf(e, canHoldChildren));
      }}
      onDragEnd={() => on.dragEnd()}
    >
      <span
        className={`tree-toggle${hasChildren ? '' : ' leaf'}`}
        aria-hidden="true"
        onClick={(e) => {
          e.stopPropagation();
          if (hasChildren) on.toggle(node.id, !isOpen);
        }}
      >
        {hasChildren ? (isOpen ? '▾' : '▸') : ''}
      </span>
      <span className="tree-number">{node.number}</span>
      <span className={`level-badge level-${result.level}`}>{levelName(result.level)}</span>
      {isEditing ? (
        <StatementEditor label={t('results.statementLabel', { level: levelName(result.level), number: node.number })} initial={result.statement} onDone={(statement, then) => on.finishEdit(node.id, statement, then)} />
      ) : (
        <span className={`tree-statement${result.statement ? '' : ' placeholder'}`}>{result.statement || t('results.noStatement')}</span>
      )}
      {component && (
        <span className="tree-component" title={t('results.component', { name: component.name })}>
          {component.code || component.name}
        </span>
      )}
      {node.unplaced && node.depth === 0 && <span className="tree-unplaced">{t('results.unplaced')}</span>}
    </div>
  );
});

function StatementEditor({ label, initial, onDone }: { label: string; initial: string; onDone: (value: string | null, then?: 'addBelow') => void }) {
  const [draft, setDraft] = useState(initial);
  usePendingDraft(draft.trim() !== initial.trim());
  const done = useRef(false);
  const finish = (value: string | null, then?: 'addBelow') => {
    if (done.current) return;
    done.current = true;
    onDone(value, then);
  };
  return (
    <input
      className="tree-editor"
      aria-label={label}
      value={draft}
      autoFocus
      maxLength={2000}
      onChange={(e) => setDraft(e.target.value)}
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') {
          e.preventDefault();
          finish(draft.trim(), e.ctrlKey || e.metaKey ? 'addBelow' : undefined);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          finish(null);
        }
      }}
      onBlur={() => finish(draft.trim())}
    />
  );
}
