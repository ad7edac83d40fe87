/**
 * The small chooser a matrix cell opens: the four roles and "no role", as a menu of
 * radio items. It takes the focus; arrows move, Enter or the role's letter chooses,
 * Escape (or Tab) closes and gives the focus back to the grid.
 */
import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RACI_ROLES, type RaciRole } from '../../../shared/model';

/** The cell the chooser opens from and the visible part of the scrolling area, in its coordinates. */
export interface ChooserPlace {
  readonly cellTop: number;
  readonly cellBottom: number;
  readonly left: number;
  readonly viewTop: number;
  readonly viewBottom: number;
  readonly viewRight: number;
}

interface Props {
  readonly place: ChooserPlace;
  readonly label: string;
  /** The roles the unit holds now (one as a rule). */
  readonly current: readonly RaciRole[];
  readonly onChoose: (role: RaciRole | null) => void;
  /** `refocus`: give the focus back to the grid (not when the user clicked elsewhere). */
  readonly onClose: (refocus: boolean) => void;
}

const CHOICES: readonly (RaciRole | null)[] = [...RACI_ROLES, null];

export function RoleChooser({ place, label, current, onChoose, onClose }: Props) {
  const { t } = useTranslation();
  const menuRef = useRef<HTMLDivElement>(null);
  const selected = current.length === 1 ? current[0]! : current.length === 0 ? null : undefined;
  const initial = Math.max(0, CHOICES.indexOf(selected === undefined ? current[0]! : selected));

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitemradio"]') ?? [])];

  // Opens below the cell, or above it where there is no room below; within the visible
  // area, so nothing scrolls. The focus goes to the current role without scrolling either.
  useLayoutEffect(() => {
    const menu = menuRef.current;
    if (!menu) return;
    const { offsetHeight: h, offsetWidth: w } = menu;
    const below = place.cellBottom + h <= place.viewBottom;
    menu.style.top = `${below ? place.cellBottom : Math.max(place.viewTop, place.cellTop - h)}px`;
    menu.style.left = `${Math.max(0, Math.min(place.left, place.viewRight - w - 4))}px`;
    menu.style.visibility = 'visible';
    items()[initial]?.focus({ preventScroll: true });
  }, [place, initial]);

  const focusItem = (index: number) => {
    const list = items();
    list[(index + list.length) % list.length]?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = items().indexOf(document.activeElement as HTMLButtonElement);
    const letter = e.key.length === 1 ? e.key.toUpperCase() : '';
    let handled = true;
    if (e.key === 'ArrowDown') focusItem(at + 1);
    else if (e.key === 'ArrowUp') focusItem(at - 1);
    else if (e.key === 'Home') focusItem(0);
    else if (e.key === 'End') focusItem(CHOICES.length - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') onClose(true);
    else if ((RACI_ROLES as readonly string[]).includes(letter)) onChoose(letter as RaciRole);
    else if (e.key === 'Delete' || e.key === 'Backspace') onChoose(null);
    else handled = false;
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  return (
    <div
      ref={menuRef}
      role="menu"
      aria-label={label}
      className="raci-chooser"
      style={{ top: place.cellBottom, left: place.left, visibility: 'hidden' }}
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onClose(false);
      }}
    >
      {CHOICES.map((role) => {
        const checked = role === null ? current.length === 0 : current.includes(role);
        return (
          <button
            key={role ?? 'none'}
            type="button"
            role="menuitemradio"
            aria-checked={checked}
            tabIndex={-1}
            className={`raci-choice${checked ? ' checked' : ''}`}
            onClick={() => onChoose(role)}
          >
            {role === null ? (
              <span className="raci-choice-name">{t('raci.remove')}</span>
            ) : (
              <>
                <span aria-hidden="true" className={`raci-role role-${role}`}>
                  {role}
                </span>
                <span className="raci-choice-name">{t(`raci.role.${role}`)}</span>
                <span className="raci-choice-hint">{t(`raci.roleHint.${role}`)}</span>
              </>
            )}
          </button>
        );
      })}
    </div>
  );
}
