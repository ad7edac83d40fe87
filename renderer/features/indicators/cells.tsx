/**
 * The cells of the indicator editor's tables (targets and actuals per period, per
 * category): compact inputs named for screen readers, committed on Enter or when focus
 * leaves (like ui/CommitField), and moved between with the arrow keys like a sheet:
 * up and down always, left and right when the caret is at the edge of the text (or all of
 * it is selected, as on arriving in a cell); Enter
 * commits and moves down, Escape restores the stored value.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { usePendingDraft } from '../../ui/usePendingDraft';

interface CellPosition {
  readonly row: number;
  readonly col: number;
}

function position(el: HTMLElement): CellPosition | null {
  const row = Number(el.dataset.row);
  const col = Number(el.dataset.col);
  return Number.isInteger(row) && Number.isInteger(col) ? { row, col } : null;
}

function isTextInput(el: HTMLElement): el is HTMLInputElement {
  return el instanceof HTMLInputElement && (el.type === 'text' || el.type === 'url' || el.type === 'search');
}

/** Whether the caret allows leaving the cell sideways. */
function atEdge(el: HTMLElement, side: 'start' | 'end'): boolean {
  if (el instanceof HTMLInputElement && el.type === 'date') return false; // arrows move between the date's parts
  if (!isTextInput(el)) return true;
  const { selectionStart, selectionEnd, value } = el;
  if (selectionStart === null || selectionEnd === null) return true;
  // All of it selected, as on arrival from another cell: the arrows go on moving, as in a sheet.
  if (selectionStart === 0 && selectionEnd === value.length) return true;
  return side === 'start' ? selectionStart === 0 && selectionEnd === 0 : selectionStart === value.length && selectionEnd === value.length;
}

/**
 * Key handler for a table of cells (elements with data-row and data-col): moves the
 * focus to the nearest enabled cell in the direction of the arrow.
 */
export function onGridKeyDown(e: KeyboardEvent<HTMLElement>): void {
  const el = e.target as HTMLElement;
  const at = position(el);
  if (!at || e.ctrlKey || e.metaKey || e.altKey) return;
  let dir: { dr: number; dc: number };
  switch (e.key) {
    case 'ArrowUp':
      dir = { dr: -1, dc: 0 };
      break;
    case 'ArrowDown':
      dir = { dr: 1, dc: 0 };
      break;
    case 'Enter':
      if (!(el instanceof HTMLInputElement) || el.type === 'checkbox') return;
      dir = { dr: e.shiftKey ? -1 : 1, dc: 0 };
      break;
    case 'ArrowLeft':
      if (!atEdge(el, 'start')) return;
      dir = { dr: 0, dc: -1 };
      break;
    case 'ArrowRight':
      if (!atEdge(el, 'end')) return;
      dir = { dr: 0, dc: 1 };
      break;
    default:
      return;
  }
  const cells = [...e.currentTarget.querySelectorAll<HTMLElement>('[data-row][data-col]')].filter((c) => !(c as HTMLInputElement).disabled);
  let best: { el: HTMLElement; distance: number } | null = null;
  for (const cell of cells) {
    const p = position(cell);
    if (!p) continue;
    const distance = dir.dr !== 0 ? (p.col === at.col ? (p.row - at.row) * dir.dr : -1) : p.row === at.row ? (p.col - at.col) * dir.dc : -1;
    if (distance > 0 && (!best || distance < best.distance)) best = { el: cell, distance };
  }
  if (e.key !== 'Enter' || best) e.preventDefault();
  if (!best) return;
  best.el.focus();
  if (isTextInput(best.el)) best.el.select();
}

interface CellInputProps {
  readonly label: string;
  readonly value: string;
  readonly row: number;
  readonly col: number;
  /** Resolves false when the edit was refused (the store shows why). */
  readonly onCommit: (text: string) => Promise<boolean> | void;
  readonly type?: 'text' | 'date' | 'url';
  readonly numeric?: boolean;
  readonly disabled?: boolean;
  readonly placeholder?: string;
  readonly className?: string;
}

/** An input cell: a local draft until Enter or blur commits it (once, however both happen). */
export function CellInput({ label, value, row, col, onCommit, type = 'text', numeric, disabled, placeholder, className }: CellInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  usePendingDraft(draft !== null && draft !== value);
  // The draft as typed, read by commit: Enter then the blur of moving on must commit once.
  const pending = useRef<string | null>(null);
  const commit = () => {
    const next = pending.current;
    pending.current = null;
    setDraft(null);
    if (next !== null && next !== value) void onCommit(next);
  };
  return (
    <input
      className={className ?? (numeric ? 'cell cell-number' : 'cell')}
      type={type}
      aria-label={label}
      data-row={row}
      data-col={col}
      value={draft ?? value}
      inputMode={numeric ? 'decimal' : undefined}
      disabled={disabled}
      placeholder={placeholder}
      onChange={(e) => {
        pending.current = e.target.value;
        setDraft(e.target.value);
      }}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        } else if (e.key === 'Escape' && pending.current !== null) {
          e.stopPropagation();
          pending.current = null;
          setDraft(null);
        }
      }}
    />
  );
}

interface StageSelectProps {
  readonly label: string;
  readonly value: number | null | undefined;
  readonly stages: readonly string[];
  readonly row?: number;
  readonly col?: number;
  readonly emptyLabel: string;
  readonly disabled?: boolean;
  readonly onCommit: (stage: number | null) => Promise<boolean> | void;
  readonly id?: string;
  readonly className?: string;
}

/** A qualitative indicator's value: one of its stages (stored as the stage's index), or none. */
export function StageSelect({ label, value, stages, row, col, emptyLabel, disabled, onCommit, id, className }: StageSelectProps) {
  const known = value !== null && value !== undefined && Number.isInteger(value) && value >= 0 && value < stages.length;
  return (
    <select
      id={id}
      className={className ?? 'cell cell-stage'}
      aria-label={id ? undefined : label}
      data-row={row}
      data-col={col}
      disabled={disabled}
      value={value === null || value === undefined ? '' : String(value)}
      onChange={(e) => void onCommit(e.target.value === '' ? null : Number(e.target.value))}
    >
      <option value="">{emptyLabel}</option>
      {stages.map((s, i) => (
        <option key={i} value={String(i)}>
          {`${i}. ${s}`}
        </option>
      ))}
      {!known && value !== null && value !== undefined && <option value={String(value)}>{String(value)}</option>}
    </select>
  );
}
