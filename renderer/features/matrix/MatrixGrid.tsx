/**
 * The logframe matrix as an ARIA grid. Only the rows in view are rendered (fixed row
 * heights, offsets by prefix sums), so a plan of 2,000 results scrolls and responds like
 * a small one. Focus stays on the grid; the active cell is announced through
 * aria-activedescendant. Keys: arrows, Tab/Shift+Tab, Home/End, Page Up/Down move;
 * Enter or F2 (or typing, in a text cell) edits; Escape cancels; Ctrl+Enter adds a
 * result below, Ctrl+Shift+Enter one under.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type UIEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { childLevel, makeId, type ResultId, type ResultLevel } from '../../../shared/model';
import type { PlanView } from '../../../shared/plan-doc';
import type { MatrixColumn } from '../../../shared/templates';
import { randomHex } from '../../platform/random';
import { useApp } from '../../store';
import { usePendingDraft } from '../../ui/usePendingDraft';
import { CellContent } from './cells';
import type { MatrixRow } from './rows';

export const ROW_HEIGHT = 92;
export const GROUP_HEIGHT = 36;
const OVERSCAN_PX = 400;

export type GridColumn = { readonly id: 'number' | 'level' | MatrixColumn; readonly label: string };
export type PopoverColumn = Exclude<MatrixColumn, 'statement' | 'assumptions'>;
const TEXT_COLUMNS = new Set<string>(['statement', 'assumptions']);

function isPopoverColumn(id: GridColumn['id']): id is PopoverColumn {
  return id !== 'number' && id !== 'level' && !TEXT_COLUMNS.has(id);
}

type Then = 'next' | 'prev' | 'down' | 'addBelow' | 'addChild';

export interface GridProps {
  readonly rows: readonly MatrixRow[];
  readonly columns: readonly GridColumn[];
  readonly label: string;
  readonly levelName: (level: ResultLevel) => string;
  readonly componentLabel: (componentId: string | null) => string;
  readonly onOpenPopover: (resultId: ResultId, column: PopoverColumn) => void;
  /** Called when a navigation target is hidden by the filters. */
  readonly onTargetHidden: () => void;
  /** A result just added outside the grid (the empty state's first goal): edit its statement. */
  readonly editOnMount?: ResultId | null;
}

interface Editing {
  readonly row: number;
  readonly col: number;
  readonly initial: string;
}

export function MatrixGrid({ rows, columns, label, levelName, componentLabel, onOpenPopover, onTargetHidden, editOnMount }: GridProps) {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const dispatch = useApp((s) => s.dispatch);
  const selectResult = useApp((s) => s.selectResult);
  const selectedResultId = useApp((s) => s.selectedResultId);
  const focusRequest = useApp((s) => s.focusRequest);
  const clearFocusRequest = useApp((s) => s.clearFocusRequest);
  const gridRef = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, height: 800 });
  const [active, setActive] = useState({ row: -1, col: 2 });
  const [editing, setEditing] = useState<Editing | null>(null);

  const tops = useMemo(() => {
    const out = new Float64Array(rows.length + 1);
    rows.forEach((r, i) => (out[i + 1] = out[i]! + (r.kind === 'group' ? GROUP_HEIGHT : ROW_HEIGHT)));
    return out;
  }, [rows]);
  const total = tops[rows.length]!;
  const indexOfResult = useMemo(() => {
    const map = new Map<string, number>();
    rows.forEach((r, i) => r.kind === 'result' && map.set(r.id, i));
    return map;
  }, [rows]);

  // The active row follows the selected result (from the tree, the detail panel, a link).
  const selectedIndex = selectedResultId ? (indexOfResult.get(selectedResultId) ?? -1) : -1;
  const activeRow = active.row >= 0 && rows[active.row]?.kind === 'result' && (selectedIndex < 0 || selectedIndex === active.row) ? active.row : selectedIndex >= 0 ? selectedIndex : rows.findIndex((r) => r.kind === 'result');
  const activeCol = Math.min(Math.max(active.col, 0), columns.length - 1);
  const activeResult = rows[activeRow]?.kind === 'result' ? (rows[activeRow] as Extract<MatrixRow, { kind: 'result' }>) : null;

  const scrollIntoView = useCallback(
    (row: number) => {
      const el = gridRef.current;
      if (!el || row < 0) return;
      const header = (el.querySelector('.matrix-header') as HTMLElement | null)?.offsetHeight ?? 0;
      const top = tops[row]!;
      const bottom = tops[row + 1]!;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (bottom + header > el.scrollTop + el.clientHeight) el.scrollTop = bottom + header - el.clientHeight;
    },
    [tops],
  );

  const moveTo = useCallback(
    (row: number, col: number) => {
      const r = rows[row];
      if (!r || r.kind !== 'result') return;
      setActive({ row, col });
      selectResult(r.id);
      scrollIntoView(row);
    },
    [rows, selectResult, scrollIntoView],
  );

  /** The next result row from `row` in `step` direction (skipping group rows). */
  const step = (row: number, dir: 1 | -1, count = 1): number => {
    let at = row;
    let found = row;
    for (let moved = 0; moved < count; ) {
      at += dir;
      if (at < 0 || at >= rows.length) break;
      if (rows[at]!.kind === 'result') {
        found = at;
        moved++;
      }
    }
    return found;
  };

  // Rows added from the keyboard (or the empty state's first goal) are edited once they
  // appear; a focus request (a quality finding, a link) selects its row and cell. Both are
  // state adjusted during render (React's pattern for reacting to changed inputs); the DOM
  // side (scrolling, focus) follows in an effect.
  const [pending, setPending] = useState<ResultId | null>(null);
  const [seenEditOnMount, setSeenEditOnMount] = useState<ResultId | null>(null);
  const [handledRequest, setHandledRequest] = useState<typeof focusRequest>(null);
  const [revealSeq, setRevealSeq] = useState(0);
  if (editOnMount && editOnMount !== seenEditOnMount) {
    setSeenEditOnMount(editOnMount);
    setPending(editOnMount);
  }
  if (pending && indexOfResult.has(pending)) {
    const index = indexOfResult.get(pending)!;
    const statementCol = columns.findIndex((c) => c.id === 'statement');
    setPending(null);
    setActive({ row: index, col: statementCol });
    if (statementCol >= 0) setEditing({ row: index, col: statementCol, initial: '' });
    setRevealSeq((n) => n + 1);
  }
  const requestTarget = focusRequest?.target;
  const requestForGrid = focusRequest !== null && focusRequest !== handledRequest && requestTarget !== undefined && requestTarget.kind !== 'plan' && requestTarget.kind !== 'section' && selectedResultId !== null;
  const requestIndex = requestForGrid ? indexOfResult.get(selectedResultId) : undefined;
  if (requestForGrid && requestIndex !== undefined) {
    setHandledRequest(focusRequest);
    const wanted = requestTarget.kind === 'indicator' ? 'indicators' : requestTarget.kind === 'risk' ? 'risks' : 'statement';
    const col = columns.findIndex((c) => c.id === wanted || (wanted === 'indicators' && c.id === 'baseline'));
    setActive({ row: requestIndex, col: Math.max(0, col) });
    setRevealSeq((n) => n + 1);
  }
  // A target hidden by the filters: clear them; the request is then handled on the next render.
  const targetHidden = requestForGrid && requestIndex === undefined;
  useEffect(() => {
    if (targetHidden) onTargetHidden();
  }, [targetHidden, onTargetHidden]);
  useEffect(() => {
    if (!handledRequest) return;
    gridRef.current?.focus();
    clearFocusRequest();
  }, [handledRequest, clearFocusRequest]);
  useEffect(() => {
    if (revealSeq > 0) scrollIntoView(activeRow);
  }, [revealSeq]); // eslint-disable-line react-hooks/exhaustive-deps -- scrolls once per reveal

  const add = async (child: boolean) => {
    if (!activeResult) return;
    const node = activeResult.node;
    if (child && !childLevel(view.results[node.id]!.level)) {
      await dispatch('addResult', { id: makeId<ResultId>('result', randomHex), parentId: node.id }); // shows why it is refused
      return;
    }
    const id = makeId<ResultId>('result', randomHex);
    setPending(id);
    const ok = await dispatch('addResult', child ? { id, parentId: node.id } : { id, parentId: node.parentId, afterId: node.id });
    if (ok) selectResult(id);
    else setPending(null);
  };

  const startEdit = (initial?: string) => {
    if (!activeResult) return;
    const column = columns[activeCol]!.id;
    if (TEXT_COLUMNS.has(column)) {
      const current = column === 'statement' ? view.results[activeResult.id]!.statement : view.results[activeResult.id]!.assumptions;
      setEditing({ row: activeRow, col: activeCol, initial: initial ?? current });
    } else if (isPopoverColumn(column)) {
      onOpenPopover(activeResult.id, column);
    }
  };

  const commitEdit = async (value: string | null, then?: Then) => {
    const edit = editing;
    setEditing(null);
    gridRef.current?.focus();
    if (!edit) return;
    const row = rows[edit.row];
    const column = columns[edit.col]!.id;
    if (value !== null && row?.kind === 'result') {
      const field = column === 'statement' ? 'statement' : 'assumptions';
      if (value !== view.results[row.id]![field]) await dispatch('updateResult', { id: row.id, fields: { [field]: value } });
    }
    if (then === 'next') moveCell(1);
    else if (then === 'prev') moveCell(-1);
    else if (then === 'down') moveTo(step(edit.row, 1), edit.col);
    else if (then === 'addBelow' || then === 'addChild') await add(then === 'addChild');
  };

  const moveCell = (dir: 1 | -1) => {
    const col = activeCol + dir;
    if (col >= 0 && col < columns.length) moveTo(activeRow, col);
    else {
      const row = step(activeRow, dir);
      if (row !== activeRow) moveTo(row, dir === 1 ? 0 : columns.length - 1);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editing || e.target !== gridRef.current) return;
    const mod = e.ctrlKey || e.metaKey;
    const page = Math.max(1, Math.floor(scroll.height / ROW_HEIGHT) - 1);
    let handled = true;
    if (e.key === 'Enter' && mod) void add(e.shiftKey);
    else if (e.key === 'Enter' || e.key === 'F2') startEdit();
    else if (e.key === 'ArrowDown') moveTo(step(activeRow, 1), activeCol);
    else if (e.key === 'ArrowUp') moveTo(step(activeRow, -1), activeCol);
    else if (e.key === 'ArrowRight') moveTo(activeRow, Math.min(activeCol + 1, columns.length - 1));
    else if (e.key === 'ArrowLeft') moveTo(activeRow, Math.max(activeCol - 1, 0));
    else if (e.key === 'PageDown') moveTo(step(activeRow, 1, page), activeCol);
    else if (e.key === 'PageUp') moveTo(step(activeRow, -1, page), activeCol);
    else if (e.key === 'Home') moveTo(mod ? step(-1, 1) : activeRow, mod ? activeCol : 0);
    else if (e.key === 'End') moveTo(mod ? step(rows.length, -1) : activeRow, mod ? activeCol : columns.length - 1);
    else if (e.key === 'Tab') {
      const atEdge = e.shiftKey ? activeCol === 0 && step(activeRow, -1) === activeRow : activeCol === columns.length - 1 && step(activeRow, 1) === activeRow;
      if (atEdge) handled = false; // let Tab leave the grid
      else moveCell(e.shiftKey ? -1 : 1);
    } else if (e.key.length === 1 && !mod && !e.altKey && TEXT_COLUMNS.has(columns[activeCol]!.id)) startEdit(e.key);
    else handled = false;
    if (handled) e.preventDefault();
  };

  const onScroll = (e: UIEvent<HTMLDivElement>) => {
    const el = e.currentTarget;
    setScroll({ top: el.scrollTop, height: el.clientHeight });
  };
  // The viewport's height follows the window; observed, so the rendered window of rows fits.
  useEffect(() => {
    const el = gridRef.current;
    if (!el) return undefined;
    const observer = new ResizeObserver(() => setScroll({ top: el.scrollTop, height: el.clientHeight }));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // The window of rows to render.
  const from = Math.max(0, scroll.top - OVERSCAN_PX);
  const to = scroll.top + scroll.height + OVERSCAN_PX;
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tops[mid + 1]! <= from) lo = mid + 1;
    else hi = mid;
  }
  const visible: number[] = [];
  for (let i = lo; i < rows.length && tops[i]! < to; i++) visible.push(i);

  const { template, minWidth } = useMemo(() => columnTemplate(columns), [columns]);
  const activeId = activeResult ? `cell-${activeResult.key}-${columns[activeCol]!.id}` : undefined;

  return (
    <div
      ref={gridRef}
      role="grid"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
      aria-activedescendant={editing ? undefined : activeId}
      tabIndex={0}
      className="matrix-scroll"
      onKeyDown={onKeyDown}
      onScroll={onScroll}
    >
      <div role="row" aria-rowindex={1} className="matrix-header" style={{ gridTemplateColumns: template, minWidth }}>
        {columns.map((c, i) => (
          <div key={c.id} role="columnheader" aria-colindex={i + 1} className={`matrix-th col-${c.id}`}>
            {c.label}
          </div>
        ))}
      </div>
      <div role="rowgroup" className="matrix-body" style={{ height: total, minWidth }}>
        {visible.map((i) => {
          const row = rows[i]!;
          if (row.kind === 'group') {
            return (
              <div key={row.key} role="row" aria-rowindex={i + 2} className="matrix-group" style={{ top: tops[i]!, height: GROUP_HEIGHT }}>
                <div role="gridcell" aria-colspan={columns.length} aria-colindex={1}>
                  {componentLabel(row.componentId)}
                </div>
              </div>
            );
          }
          const isActive = i === activeRow;
          return (
            <ResultRow
              key={row.key}
              row={row}
              index={i}
              top={tops[i]!}
              template={template}
              columns={columns}
              view={view}
              t={t}
              levelName={levelName}
              activeCol={isActive ? activeCol : -1}
              editing={editing && editing.row === i ? editing : null}
              onCellClick={(col) => {
                moveTo(i, col);
                gridRef.current?.focus();
              }}
              onCellDoubleClick={(col) => {
                moveTo(i, col);
                const column = columns[col]!.id;
                if (TEXT_COLUMNS.has(column)) setEditing({ row: i, col, initial: column === 'statement' ? view.results[row.id]!.statement : view.results[row.id]!.assumptions });
                else if (isPopoverColumn(column)) onOpenPopover(row.id, column);
              }}
              onCommit={commitEdit}
            />
          );
        })}
      </div>
    </div>
  );
}

/** Minimum width (rem) and share of the free space of each column; number and level are fixed. */
const COLUMN_SIZES: Record<GridColumn['id'], readonly [number, number]> = {
  number: [5.2, 0],
  level: [6.4, 0],
  statement: [17, 2],
  indicators: [19, 2.4],
  baseline: [8, 0.9],
  targets: [12, 1.4],
  finalTarget: [6.5, 0.7],
  verification: [11, 1.2],
  assumptions: [11, 1.2],
  risks: [11, 1.2],
  partners: [11, 1.2],
  resources: [9, 1],
};

/** One grid template for the header and every row, so columns line up; and its minimum width. */
export function columnTemplate(columns: readonly GridColumn[]): { template: string; minWidth: string } {
  const template = columns
    .map((c) => {
      const [min, share] = COLUMN_SIZES[c.id];
      return share === 0 ? `${min}rem` : `minmax(${min}rem, ${share}fr)`;
    })
    .join(' ');
  const minWidth = columns.reduce((sum, c) => sum + COLUMN_SIZES[c.id][0], 0);
  return { template, minWidth: `${minWidth}rem` };
}

interface RowProps {
  readonly row: Extract<MatrixRow, { kind: 'result' }>;
  readonly index: number;
  readonly top: number;
  readonly template: string;
  readonly columns: readonly GridColumn[];
  readonly view: PlanView;
  readonly t: TFunction;
  readonly levelName: (level: ResultLevel) => string;
  readonly activeCol: number;
  readonly editing: Editing | null;
  readonly onCellClick: (col: number) => void;
  readonly onCellDoubleClick: (col: number) => void;
  readonly onCommit: (value: string | null, then?: Then) => void;
}

const ResultRow = memo(
  function ResultRow({ row, index, top, template, columns, view, t, levelName, activeCol, editing, onCellClick, onCellDoubleClick, onCommit }: RowProps) {
    const result = view.results[row.id]!;
    return (
      <div role="row" aria-rowindex={index + 2} className={`matrix-row level-${result.level}${activeCol >= 0 ? ' active-row' : ''}${row.node.unplaced ? ' unplaced' : ''}`} style={{ top, height: ROW_HEIGHT, gridTemplateColumns: template }} data-result-id={row.id}>
        {columns.map((c, col) => (
          <div
            key={c.id}
            id={`cell-${row.key}-${c.id}`}
            role="gridcell"
            aria-colindex={col + 1}
            aria-selected={col === activeCol}
            className={`matrix-cell col-${c.id}${col === activeCol ? ' active' : ''}${editing?.col === col ? ' editing' : ''}`}
            onClick={() => onCellClick(col)}
            onDoubleClick={() => onCellDoubleClick(col)}
          >
            {c.id === 'number' ? (
              <span className="cell-number" style={{ paddingInlineStart: `${Math.min(row.node.depth, 3) * 0.25}rem` }}>
                {row.node.number}
              </span>
            ) : c.id === 'level' ? (
              <span className={`level-badge level-${result.level}`}>{levelName(result.level)}</span>
            ) : editing?.col === col ? (
              <TextEditor label={`${c.label} ${row.node.number}`} initial={editing.initial} onCommit={onCommit} />
            ) : (
              <CellContent column={c.id} view={view} id={row.id} t={t} />
            )}
          </div>
        ))}
      </div>
    );
  },
  (a, b) =>
    a.row === b.row && a.top === b.top && a.template === b.template && a.columns === b.columns && a.activeCol === b.activeCol && a.editing === b.editing && a.t === b.t && a.levelName === b.levelName && sameResultData(a.view, b.view, a.row.id),
);

/** Whether what a row shows is unchanged between two views (so the row need not re-render). */
function sameResultData(a: PlanView, b: PlanView, id: string): boolean {
  if (a === b) return true;
  return (
    a.results[id] === b.results[id] &&
    a.indicatorsByResult[id] === b.indicatorsByResult[id] &&
    (a.indicatorsByResult[id] ?? []).every((i) => a.indicators[i] === b.indicators[i]) &&
    a.risks === b.risks &&
    a.partners === b.partners &&
    a.resources === b.resources &&
    a.periods === b.periods
  );
}

function TextEditor({ label, initial, onCommit }: { label: string; initial: string; onCommit: (value: string | null, then?: Then) => void }) {
  const [draft, setDraft] = useState(initial);
  usePendingDraft(draft !== initial);
  const done = useRef(false);
  const finish = (value: string | null, then?: Then) => {
    if (done.current) return;
    done.current = true;
    onCommit(value === null ? null : value.trim(), then);
  };
  return (
    <textarea
      className="cell-editor"
      aria-label={label}
      value={draft}
      autoFocus
      onFocus={(e) => e.currentTarget.setSelectionRange(e.currentTarget.value.length, e.currentTarget.value.length)}
      onChange={(e) => setDraft(e.target.value)}
      onClick={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          finish(draft, e.shiftKey ? 'addChild' : 'addBelow');
        } else if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          finish(draft);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          finish(null);
        } else if (e.key === 'Tab') {
          e.preventDefault();
          finish(draft, e.shiftKey ? 'prev' : 'next');
        }
      }}
      onBlur={() => finish(draft)}
    />
  );
}
