/**
 * "What is this unit responsible for": one unit's results grouped by its role on them
 * (accountable first), each opening the result in the logframe. A result the unit
 * shares accountability for says with whom, since that is a gap to settle.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { unitResponsibilities, type RaciMatrix, type RaciRow } from '../../../shared/analysis/raci';
import type { RaciRole, UnitId } from '../../../shared/model';
import { useApp } from '../../store';
import { useLevelName } from '../../ui/levels';

const GROUP_ORDER: readonly RaciRole[] = ['A', 'R', 'C', 'I'];

interface Props {
  readonly matrix: RaciMatrix;
  readonly unitId: UnitId;
  readonly onChooseUnit: (unitId: UnitId) => void;
}

export function UnitView({ matrix, unitId, onChooseUnit }: Props) {
  const { t } = useTranslation();
  const selectId = useId();
  const unit = matrix.units.find((u) => u.id === unitId) ?? matrix.units[0];
  if (!unit) return <p className="empty">{t('raci.noUnits')}</p>;
  const groups = unitResponsibilities(matrix, unit.id);
  const counts = Object.fromEntries(GROUP_ORDER.map((r) => [r, groups[r].length]));
  const total = GROUP_ORDER.reduce((sum, r) => sum + groups[r].length, 0);
  const name = unit.code.trim() ? t('raci.unitHeader', { name: unit.name, code: unit.code }) : unit.name;

  return (
    <div className="raci-unit-view">
      <div className="field raci-unit-choose">
        <label htmlFor={selectId}>{t('raci.unit.choose')}</label>
        <select id={selectId} value={unit.id} onChange={(e) => onChooseUnit(e.target.value as UnitId)}>
          {matrix.units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.code.trim() ? `${u.code} – ${u.name}` : u.name}
            </option>
          ))}
        </select>
      </div>
      <h2 className="raci-unit-title">{t('raci.unit.title', { unit: name })}</h2>
      {total === 0 ? (
        <p className="empty">{t('raci.unit.empty')}</p>
      ) : (
        <>
          <p className="hint">{t('raci.unit.summary', counts)}</p>
          <div className="raci-unit-groups">
            {GROUP_ORDER.map((role) => (
              <RoleGroup key={role} role={role} rows={groups[role]} />
            ))}
          </div>
        </>
      )}
    </div>
  );
}

function RoleGroup({ role, rows }: { readonly role: RaciRole; readonly rows: readonly RaciRow[] }) {
  const { t } = useTranslation();
  const levelName = useLevelName();
  const navigateTo = useApp((s) => s.navigateTo);
  const titleId = useId();
  return (
    <section className={`card raci-unit-group role-group-${role}`} aria-labelledby={titleId}>
      <h3 id={titleId}>
        <span aria-hidden="true" className={`raci-role role-${role}`}>
          {role}
        </span>{' '}
        {t('raci.unit.groupTitle', { role: t(`raci.role.${role}`), count: rows.length })}
      </h3>
      {rows.length === 0 ? (
        <p className="muted">{t('raci.unit.emptyRole')}</p>
      ) : (
        <ul className="raci-unit-list">
          {rows.map((row) => {
            const others = role === 'A' && row.warning?.kind === 'manyAccountable' ? row.warning.units : null;
            return (
              <li key={row.id}>
                <span className="raci-unit-number">{row.number}</span>
                <span className={`level-badge level-${row.level}`}>{levelName(row.level)}</span>
                <span className="raci-unit-statement">
                  <button type="button" className="link-button raci-unit-open" onClick={() => navigateTo({ kind: 'result', id: row.id })}>
                    {row.statement || t('results.noStatement')}
                  </button>
                  {others && <span className="raci-unit-warning">⚠ {t('raci.warning.manyAccountable', { units: others.join(', ') })}</span>}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
