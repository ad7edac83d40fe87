/**
 * The responsibility matrix as an ARIA grid: results as rows (number, level, statement,
 * then the accountability check), units as columns, a RACI role in each cell.
 *
 * Focus stays on the grid and the active cell is announced through
 * aria-activedescendant, so only the rows in view need to exist: rows have a fixed
 * height and are drawn in a window around the scroll position (a plan of 2,000 results
 * scrolls like one of 70). Rows are memoised and the matrix keeps unchanged rows'
 * identity, so an edit redraws the rows it touched, not every cell.
 *
 * Keys: arrows, Home/End (Ctrl for the first/last row), Page Up/Down move; R, A, C or I
 * sets the role; Delete or Backspace clears it; Enter, Space or a click opens the
 * chooser; Enter on a result opens it in the logframe.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type UIEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { unitLabel, type RaciRow, type RaciUnit } from '../../../shared/analysis/raci';
import { RACI_ROLES, type RaciRole, type ResultId, type ResultLevel, type UnitId } from '../../../shared/model';
import { useApp } from '../../store';
import { useLevelName } from '../../ui/levels';
import { RoleChooser, type ChooserPlace } from './RoleChooser';
import { displayRoles, warningText } from './text';

/** Row height in px: fixed, so the window of rows drawn is computed, not measured. */
export const ROW_HEIGHT = 52;
const OVERSCAN = 8;
/** The result and check columns come before the units'. */
const FIXED_COLS = 2;

interface Props {
  readonly rows: readonly RaciRow[];
  readonly units: readonly RaciUnit[];
  readonly label: string;
  /** Opens the per-unit view on a unit (its column header). */
  readonly onOpenUnit: (unitId: UnitId) => void;
}

interface Chooser {
  readonly rowId: ResultId;
  readonly unitId: UnitId;
  readonly place: ChooserPlace;
}

const cellId = (rowId: string, col: number) => `raci-${rowId}-${col}`;

export function RaciGrid({ rows, units, label, onOpenUnit }: Props) {
  const { t } = useTranslation();
  const levelName = useLevelName();
  const dispatch = useApp((s) => s.dispatch);
  const navigateTo = useApp((s) => s.navigateTo);
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState<{ readonly rowId: ResultId | null; readonly col: number }>({ rowId: null, col: FIXED_COLS });
  const [viewport, setViewport] = useState({ top: 0, height: 640 });
  const [chooser, setChooser] = useState<Chooser | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const colCount = FIXED_COLS + units.length;

  const indexOf = useMemo(() => new Map(rows.map((r, i) => [r.id, i])), [rows]);
  // The active row is kept by result, so filtering or an edit elsewhere leaves it in place.
  const activeRow = active.rowId !== null && indexOf.has(active.rowId) ? indexOf.get(active.rowId)! : rows.length > 0 ? 0 : -1;
  const activeCol = Math.min(active.col, colCount - 1);

  const scrollIntoView = useCallback((row: number, col: number) => {
    const el = scrollRef.current;
    const grid = gridRef.current;
    if (!el || !grid || row < 0) return;
    const header = grid.tHead?.offsetHeight ?? 0;
    const top = header + row * ROW_HEIGHT;
    if (top - header < el.scrollTop) el.scrollTop = top - header;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
    if (col < FIXED_COLS) return;
    const th = grid.querySelector<HTMLElement>(`thead [data-col="${col}"]`);
    const sticky = grid.querySelector<HTMLElement>(`thead [data-col="${FIXED_COLS}"]`)?.offsetLeft ?? 0;
    if (!th) return;
    if (th.offsetLeft - sticky < el.scrollLeft) el.scrollLeft = th.offsetLeft - sticky;
    else if (th.offsetLeft + th.offsetWidth > el.scrollLeft + el.clientWidth) el.scrollLeft = th.offsetLeft + th.offsetWidth - el.clientWidth;
  }, []);

  const moveTo = (row: number, col: number) => {
    const target = rows[Math.max(0, Math.min(row, rows.length - 1))];
    if (!target) return;
    const c = Math.max(0, Math.min(col, colCount - 1));
    setActive({ rowId: target.id, col: c });
    scrollIntoView(indexOf.get(target.id)!, c);
  };

  const setRole = async (row: RaciRow, unit: RaciUnit, role: RaciRole | null) => {
    const current = row.roles[unit.id] ?? [];
    if (role === null ? current.length === 0 : current.length === 1 && current[0] === role) return;
    const ok = await dispatch('setResponsibility', { resultId: row.id, unitId: unit.id, role });
    if (!ok) return;
    const where = { unit: unitLabel(unit), level: levelName(row.level), number: row.number };
    setAnnouncement(role === null ? t('raci.announce.cleared', where) : t('raci.announce.set', { ...where, role: t(`raci.role.${role}`) }));
  };

  const openChooser = (row: RaciRow, col: number) => {
    const unit = units[col - FIXED_COLS];
    const el = scrollRef.current;
    const cell = document.getElementById(cellId(row.id, col));
    if (!unit || !el || !cell) return;
    const box = el.getBoundingClientRect();
    const rect = cell.getBoundingClientRect();
    const header = gridRef.current?.tHead?.offsetHeight ?? 0;
    setChooser({
      rowId: row.id,
      unitId: unit.id,
      place: {
        cellTop: rect.top - box.top + el.scrollTop,
        cellBottom: rect.bottom - box.top + el.scrollTop,
        left: rect.left - box.left + el.scrollLeft,
        viewTop: el.scrollTop + header,
        viewBottom: el.scrollTop + el.clientHeight,
        viewRight: el.scrollLeft + el.clientWidth,
      },
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (e.target !== gridRef.current || activeRow < 0) return;
    const mod = e.ctrlKey || e.metaKey;
    const row = rows[activeRow]!;
    const unit = activeCol >= FIXED_COLS ? units[activeCol - FIXED_COLS] : undefined;
    const page = Math.max(1, Math.floor(viewport.height / ROW_HEIGHT) - 1);
    const letter = e.key.length === 1 && !mod && !e.altKey ? e.key.toUpperCase() : '';
    let handled = true;
    if (e.key === 'ArrowDown') moveTo(activeRow + 1, activeCol);
    else if (e.key === 'ArrowUp') moveTo(activeRow - 1, activeCol);
    else if (e.key === 'ArrowRight') moveTo(activeRow, activeCol + 1);
    else if (e.key === 'ArrowLeft') moveTo(activeRow, activeCol - 1);
    else if (e.key === 'PageDown') moveTo(activeRow + page, activeCol);
    else if (e.key === 'PageUp') moveTo(activeRow - page, activeCol);
    else if (e.key === 'Home') moveTo(mod ? 0 : activeRow, mod ? activeCol : 0);
    else if (e.key === 'End') moveTo(mod ? rows.length - 1 : activeRow, mod ? activeCol : colCount - 1);
    else if (unit && (RACI_ROLES as readonly string[]).includes(letter)) void setRole(row, unit, letter as RaciRole);
    else if (unit && (e.key === 'Delete' || e.key === 'Backspace')) void setRole(row, unit, null);
    else if (unit && (e.key === 'Enter' || e.key === ' ' || e.key === 'F2')) openChooser(row, activeCol);
    else if (activeCol === 0 && e.key === 'Enter') navigateTo({ kind: 'result', id: row.id });
    else handled = false;
    if (handled) e.preventDefault();
  };

  // Clicks are handled once for the whole grid: cells carry their place in data attributes.
  const onClick = (e: MouseEvent<HTMLTableSectionElement>) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-col]');
    const rowIndex = Number(cell?.closest<HTMLElement>('[data-row]')?.dataset.row ?? -1);
    const row = rows[rowIndex];
    if (!cell || !row) return;
    const col = Number(cell.dataset.col);
    setActive({ rowId: row.id, col });
    gridRef.current?.focus({ preventScroll: true });
    if ((e.target as HTMLElement).closest('.raci-open')) navigateTo({ kind: 'result', id: row.id });
    else if (col >= FIXED_COLS) openChooser(row, col);
  };

  const onScroll = (e: UIEvent<HTMLDivElement>) => {
    const el = e.currentTarget;
    setViewport({ top: el.scrollTop, height: el.clientHeight });
  };
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return undefined;
    const observer = new ResizeObserver(() => setViewport({ top: el.scrollTop, height: el.clientHeight }));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const first = Math.max(0, Math.floor(viewport.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((viewport.top + viewport.height) / ROW_HEIGHT) + OVERSCAN);
  const activeShown = activeRow >= first && activeRow < last;
  const chooserRow = chooser ? rows[indexOf.get(chooser.rowId) ?? -1] : undefined;
  const chooserUnit = chooser ? units.find((u) => u.id === chooser.unitId) : undefined;

  const closeChooser = (refocus: boolean) => {
    setChooser(null);
    if (refocus) gridRef.current?.focus({ preventScroll: true });
  };

  return (
    <div ref={scrollRef} className="raci-scroll" onScroll={onScroll}>
      <table
        ref={gridRef}
        role="grid"
        className="raci-grid"
        aria-label={label}
        aria-rowcount={rows.length + 1}
        aria-colcount={colCount}
        aria-activedescendant={activeShown && !chooser ? cellId(rows[activeRow]!.id, activeCol) : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        style={{ width: `calc(var(--raci-fixed) + ${units.length} * var(--raci-unit))` }}
      >
        <colgroup>
          <col className="raci-col-result" />
          <col className="raci-col-check" />
          {units.map((u) => (
            <col key={u.id} className="raci-col-unit" />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" aria-colindex={1} data-col={0} className="raci-th raci-sticky raci-result">
              {t('raci.columnResult')}
            </th>
            <th scope="col" aria-colindex={2} data-col={1} className="raci-th raci-sticky raci-check">
              {t('raci.columnCheck')}
            </th>
            {units.map((u, i) => (
              <th
                key={u.id}
                scope="col"
                aria-colindex={FIXED_COLS + i + 1}
                data-col={FIXED_COLS + i}
                className="raci-th raci-unit-th"
                aria-label={u.code.trim() ? t('raci.unitHeader', { name: u.name, code: u.code }) : u.name}
                title={u.name}
              >
                <button type="button" tabIndex={-1} className="raci-unit-button" onClick={() => onOpenUnit(u.id)}>
                  {breakable(unitLabel(u))}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody onClick={onClick}>
          {first > 0 && (
            <tr aria-hidden="true" className="raci-spacer" style={{ height: first * ROW_HEIGHT }}>
              <td colSpan={colCount} />
            </tr>
          )}
          {rows.slice(first, last).map((row, i) => (
            <RowView key={row.id} row={row} index={first + i} units={units} activeCol={first + i === activeRow ? activeCol : -1} levelName={levelName} t={t} />
          ))}
          {last < rows.length && (
            <tr aria-hidden="true" className="raci-spacer" style={{ height: (rows.length - last) * ROW_HEIGHT }}>
              <td colSpan={colCount} />
            </tr>
          )}
        </tbody>
      </table>
      {chooser && chooserRow && chooserUnit && (
        <RoleChooser
          place={chooser.place}
          label={t('raci.chooserLabel', { unit: unitLabel(chooserUnit), level: levelName(chooserRow.level), number: chooserRow.number })}
          current={chooserRow.roles[chooserUnit.id] ?? []}
          onChoose={(role) => {
            closeChooser(true);
            void setRole(chooserRow, chooserUnit, role);
          }}
          onClose={closeChooser}
        />
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}

interface RowProps {
  readonly row: RaciRow;
  readonly index: number;
  readonly units: readonly RaciUnit[];
  /** The active column when the row is active, else -1. */
  readonly activeCol: number;
  readonly levelName: (level: ResultLevel) => string;
  readonly t: TFunction;
}

/** One result's row. Redrawn only when its row data, its place or its active cell change. */
const RowView = memo(function RowView({ row, index, units, activeCol, levelName, t }: RowProps) {
  const warning = warningText(t, row, units);
  const cls = (col: number, base: string) => `${base}${col === activeCol ? ' active' : ''}`;
  return (
    <tr aria-rowindex={index + 2} data-row={index} className={`raci-row level-${row.level}${row.warning ? ' has-warning' : ''}`} style={{ height: ROW_HEIGHT }}>
      <th scope="row" role="rowheader" id={cellId(row.id, 0)} aria-colindex={1} data-col={0} aria-selected={activeCol === 0} className={cls(0, 'raci-sticky raci-result')}>
        <span className="raci-result-inner" style={{ paddingInlineStart: `${Math.min(row.depth, 3) * 0.35}rem` }}>
          <button type="button" tabIndex={-1} className="raci-open link-button" title={t('raci.openResult', { level: levelName(row.level), number: row.number })}>
            {row.number}
          </button>
          <span className="raci-statement">
            <span className={`level-badge level-${row.level}`}>{levelName(row.level)}</span> {row.statement || <span className="raci-placeholder">{t('results.noStatement')}</span>}
          </span>
        </span>
      </th>
      <td role="gridcell" id={cellId(row.id, 1)} aria-colindex={2} data-col={1} aria-selected={activeCol === 1} className={cls(1, `raci-sticky raci-check${row.warning ? ' warn' : ''}`)} title={warning.long}>
        {row.warning ? (
          <span className="raci-flag">
            <span aria-hidden="true">⚠ {warning.short}</span>
            <span className="visually-hidden">{warning.long}</span>
          </span>
        ) : row.answeredBy ? (
          <span className="raci-via">
            <span aria-hidden="true">{warning.short}</span>
            <span className="visually-hidden">{warning.long}</span>
          </span>
        ) : (
          <span className="visually-hidden">{warning.long}</span>
        )}
      </td>
      {units.map((u, i) => {
        const col = FIXED_COLS + i;
        const roles = displayRoles(row.roles[u.id]);
        return (
          <td key={u.id} role="gridcell" id={cellId(row.id, col)} aria-colindex={col + 1} data-col={col} aria-selected={activeCol === col} className={cls(col, 'raci-cell')}>
            {roles.length === 0 ? (
              <span className="visually-hidden">{t('raci.noRole')}</span>
            ) : (
              <>
                <span aria-hidden="true" className={`raci-role role-${roles[0]}${roles.length > 1 ? ' several' : ''}`}>
                  {roles.join('/')}
                </span>
                <span className="visually-hidden">{roles.length > 1 ? t('raci.several', { roles: roles.map((r) => t(`raci.role.${r}`)).join(', ') }) : t(`raci.role.${roles[0]}`)}</span>
              </>
            )}
          </td>
        );
      })}
    </tr>
  );
});

/** A unit code that may wrap after its separators ("ED_" / "DIALOGUE"), not inside a word. */
function breakable(code: string) {
  const parts = code.split(/(?<=[_\-/])/);
  return parts.map((part, i) => (
    <span key={i}>
      {part}
      {i < parts.length - 1 && <wbr />}
    </span>
  ));
}
