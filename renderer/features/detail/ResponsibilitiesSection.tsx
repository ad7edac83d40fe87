/**
 * The result's row of the responsibility matrix (Recommendation 1: "who is responsible
 * for what"): each unit with its RACI role, a way to add a unit, and a warning when the
 * result does not have exactly one accountable unit.
 *
 * Adding takes a unit and a role and then a button press, not a change of the select
 * alone: arrowing through a select fires a change per step, which would add a unit each.
 */
import { useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { RACI_ROLES, type RaciRole, type ResultId, type UnitId } from '../../../shared/model';
import { useApp } from '../../store';
import { DetailSection } from './DetailSection';
import { accountableCount, unassignedUnits, unitName, unitRolesOf, type UnitRoles } from './derive';

const SEVERAL = 'several';

export function ResponsibilitiesSection({ resultId }: { readonly resultId: ResultId }) {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const dispatch = useApp((s) => s.dispatch);
  const addRef = useRef<HTMLSelectElement>(null);
  const rows = unitRolesOf(view, resultId);
  const accountable = accountableCount(rows);
  const remaining = unassignedUnits(view, rows);

  const setRole = async (unitId: UnitId, role: RaciRole | null) => {
    const ok = await dispatch('setResponsibility', { resultId, unitId, role });
    // The removed unit's select is gone: keep the keyboard user in the section.
    if (ok && role === null) addRef.current?.focus();
  };

  const warning =
    rows.length === 0 ? null : accountable === 0 ? t('detail.raci.noAccountable') : accountable > 1 ? t('detail.raci.manyAccountable', { count: accountable }) : null;

  return (
    <DetailSection title={t('detail.raci.title')} intro={t('detail.raci.intro')}>
      {rows.length === 0 ? (
        <p className="detail-empty">{t('detail.raci.empty')}</p>
      ) : (
        <ul className="detail-rows">
          {rows.map((row) => (
            <UnitRoleRow key={row.unit.id} row={row} onChange={(role) => void setRole(row.unit.id, role)} />
          ))}
        </ul>
      )}
      {/* Always present, so a warning that appears after a change is announced. */}
      <div role="status" className="detail-status">
        {warning && <p className="detail-warning">{warning}</p>}
      </div>
      <AddUnit
        selectRef={addRef}
        units={remaining.map((u) => ({ id: u.id, name: unitName(u) }))}
        hasUnits={Object.keys(view.units).length > 0}
        defaultRole={accountable === 0 ? 'A' : 'R'}
        onAdd={(unitId, role) => dispatch('setResponsibility', { resultId, unitId, role })}
      />
    </DetailSection>
  );
}

function UnitRoleRow({ row, onChange }: { readonly row: UnitRoles; readonly onChange: (role: RaciRole | null) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const noteId = `${id}-note`;
  const name = unitName(row.unit);
  // Older data may give one unit two roles (accountable and responsible): they are shown
  // as they are until the user picks one, which then replaces both.
  const several = row.roles.length > 1;
  return (
    <li className="detail-row">
      <div className="detail-row-name">
        <label htmlFor={id}>{name}</label>
        {several && (
          <span id={noteId} className="detail-row-note">
            {t('detail.raci.several', { roles: row.roles.map((r) => t(`detail.raci.${r}`)).join(' + ') })}
          </span>
        )}
      </div>
      <select
        id={id}
        aria-label={t('detail.raci.roleOf', { unit: name })}
        aria-describedby={several ? noteId : undefined}
        value={several ? SEVERAL : row.roles[0]}
        onChange={(e) => e.target.value !== SEVERAL && onChange(e.target.value === '' ? null : (e.target.value as RaciRole))}
      >
        {several && (
          <option value={SEVERAL} disabled>
            {t('detail.raci.chooseOne')}
          </option>
        )}
        {RACI_ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`detail.raci.${role}`)}
          </option>
        ))}
        <option value="">{t('detail.raci.none')}</option>
      </select>
    </li>
  );
}

interface AddUnitProps {
  readonly units: readonly { readonly id: UnitId; readonly name: string }[];
  readonly hasUnits: boolean;
  readonly defaultRole: RaciRole;
  readonly selectRef: RefObject<HTMLSelectElement | null>;
  readonly onAdd: (unitId: UnitId, role: RaciRole) => Promise<boolean>;
}

function AddUnit({ units, hasUnits, defaultRole, selectRef, onAdd }: AddUnitProps) {
  const { t } = useTranslation();
  const unitId = useId();
  const roleId = useId();
  const [unit, setUnit] = useState('');
  // null follows the default (accountable while no unit is), until the user picks a role.
  const [role, setRole] = useState<RaciRole | null>(null);
  if (!hasUnits) return <p className="detail-empty">{t('detail.raci.noUnits')}</p>;
  if (units.length === 0) return <p className="detail-empty">{t('detail.raci.allAssigned')}</p>;
  const add = async () => {
    if (unit === '') return;
    if (!(await onAdd(unit as UnitId, role ?? defaultRole))) return;
    setUnit('');
    setRole(null);
    selectRef.current?.focus();
  };
  return (
    <div className="detail-add">
      <div className="field detail-add-main">
        <label htmlFor={unitId}>{t('detail.raci.addUnit')}</label>
        <select id={unitId} ref={selectRef} value={unit} onChange={(e) => setUnit(e.target.value)}>
          <option value="">{t('detail.raci.chooseUnit')}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={roleId}>{t('detail.raci.addRole')}</label>
        <select id={roleId} value={role ?? defaultRole} onChange={(e) => setRole(e.target.value as RaciRole)}>
          {RACI_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`detail.raci.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" disabled={unit === ''} onClick={() => void add()}>
        {t('detail.raci.add')}
      </button>
    </div>
  );
}
