/**
 * The plan's organisation units as a tree by parent: code, name, kind and parent edited
 * in place, how many roles on results each holds, the unit that owns the plan, a form to
 * add one, and a delete that first says what will lose the unit (and can be undone).
 */
import { useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { makeId, UNIT_KINDS, type Unit, type UnitId } from '../../../shared/model';
import { unitProblems, type PlanView, type UnitFields } from '../../../shared/plan-doc';
import { randomHex } from '../../platform/random';
import { useApp } from '../../store';
import { Field } from '../../ui/Field';
import { CellInput } from '../indicators/cells';
import { unitDeleteMessage } from './confirm';
import { longName, parentChoices, rolesByUnit, shortName, unitRows, type UnitRow } from './derive';
import { ConfirmDelete, DeleteButton, indent, SelectField, StructureCard, useAddForm } from './parts';

export function UnitsSection() {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const [deleting, setDeleting] = useState<UnitId | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const rows = useMemo(() => unitRows(view), [view]);
  const roles = useMemo(() => rolesByUnit(view), [view]);
  const clashes = useMemo(() => codeClashes(rows), [rows]);

  return (
    <StructureCard
      name="units"
      heading={heading}
      headExtra={<span className="structure-count">{t('structure.units.count', { count: rows.length })}</span>}
      beforeTable={<PlanOwner view={view} rows={rows} />}
      empty={rows.length === 0}
      headers={
        <>
          <th scope="col" className="col-code">
            {t('structure.code')}
          </th>
          <th scope="col">{t('structure.units.name')}</th>
          <th scope="col" className="col-kind">
            {t('structure.units.kindColumn')}
          </th>
          <th scope="col" className="col-parent">
            {t('structure.units.parent')}
          </th>
          <th scope="col" className="col-count">
            {t('structure.units.roles')}
          </th>
          <th scope="col" className="col-actions">
            <span className="visually-hidden">{t('structure.actions')}</span>
          </th>
        </>
      }
      rows={
        <>
          {rows.map((row, i) => (
            <UnitRowView key={row.unit.id} view={view} rows={rows} row={row} index={i} roles={roles.get(row.unit.id) ?? 0} clash={clashes.get(row.unit.id)} onDelete={() => setDeleting(row.unit.id)} />
          ))}
        </>
      }
    >
      <AddUnitForm view={view} rows={rows} />
      {deleting && view.units[deleting] && <DeleteUnit view={view} unitId={deleting} onDone={() => setDeleting(null)} heading={heading} />}
    </StructureCard>
  );
}

/** Units sharing a code (two offices' additions merged): each with the other's name. */
function codeClashes(rows: readonly UnitRow[]): ReadonlyMap<string, string> {
  const byCode = new Map<string, Unit[]>();
  for (const { unit } of rows) {
    const code = unit.code.trim().toLocaleLowerCase();
    if (code === '') continue;
    const list = byCode.get(code);
    if (list) list.push(unit);
    else byCode.set(code, [unit]);
  }
  const out = new Map<string, string>();
  for (const list of byCode.values()) {
    if (list.length < 2) continue;
    for (const u of list) out.set(u.id, list.filter((o) => o.id !== u.id).map((o) => o.name).join(', '));
  }
  return out;
}

function PlanOwner({ view, rows }: { readonly view: PlanView; readonly rows: readonly UnitRow[] }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const owner = view.plan.ownerUnitId;
  if (rows.length === 0 && owner === null) return <p className="structure-owner-note">{t('structure.units.ownerNeedsUnits')}</p>;
  return (
    <div className="structure-owner">
      <SelectField label={t('structure.units.owner')} value={owner ?? ''} onChange={(id) => void dispatch('updatePlan', { ownerUnitId: id === '' ? null : (id as UnitId) })}>
        <option value="">{t('structure.units.noOwner')}</option>
        {owner !== null && !view.units[owner] && <option value={owner}>{t('structure.units.removedParent')}</option>}
        {rows.map((r) => (
          <option key={r.unit.id} value={r.unit.id}>
            {longName(r.unit)}
          </option>
        ))}
      </SelectField>
      <span className="field-hint">{t('structure.units.ownerHint')}</span>
    </div>
  );
}

interface UnitRowProps {
  readonly view: PlanView;
  readonly rows: readonly UnitRow[];
  readonly row: UnitRow;
  readonly index: number;
  readonly roles: number;
  readonly clash: string | undefined;
  readonly onDelete: () => void;
}

function UnitRowView({ view, rows, row, index, roles, clash, onDelete }: UnitRowProps) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const { unit, depth } = row;
  const name = shortName(unit);
  const update = (fields: Partial<UnitFields>) => dispatch('updateUnit', { id: unit.id, fields });
  const choices = parentChoices(view, rows, unit.id);
  // A parent that is also one of the unit's own units: a loop two offices' moves can make
  // in a merge. It stays shown (and flagged) until another parent is chosen.
  const loopedParent = unit.parentId !== null && view.units[unit.parentId] && !choices.some((c) => c.id === unit.parentId) ? view.units[unit.parentId] : undefined;
  return (
    <tr data-unit-id={unit.id}>
      <td className="col-code">
        <CellInput label={t('structure.units.codeOf', { unit: unit.name })} value={unit.code} row={index} col={0} onCommit={(code) => update({ code })} />
        {clash && <span className="structure-flag">{t('structure.units.codeClash', { other: clash })}</span>}
      </td>
      <td>
        <div className="structure-tree-name" style={{ paddingLeft: `${depth * 1.4}rem` }}>
          {depth > 0 && (
            <span className="structure-branch" aria-hidden="true">
              └
            </span>
          )}
          <CellInput label={t('structure.units.nameOf', { unit: name })} value={unit.name} row={index} col={1} onCommit={(text) => update({ name: text })} />
        </div>
      </td>
      <td className="col-kind">
        <select className="cell" aria-label={t('structure.units.kindOf', { unit: name })} value={unit.kind} onChange={(e) => void update({ kind: e.target.value as Unit['kind'] })}>
          {UNIT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`structure.kind.${k}`)}
            </option>
          ))}
        </select>
      </td>
      <td className="col-parent">
        <select className="cell" aria-label={t('structure.units.parentOf', { unit: name })} value={unit.parentId ?? ''} onChange={(e) => void update({ parentId: e.target.value === '' ? null : (e.target.value as UnitId) })}>
          <option value="">{t('structure.units.topLevel')}</option>
          {row.parentMissing && <option value={unit.parentId!}>{t('structure.units.removedParent')}</option>}
          {loopedParent && <option value={loopedParent.id}>{longName(loopedParent)}</option>}
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {indent(c.depth) + c.label}
            </option>
          ))}
        </select>
        {loopedParent && <span className="structure-flag">{t('structure.units.loop')}</span>}
      </td>
      <td className="col-count">
        {roles === 0 ? <span className="muted">{t('structure.none')}</span> : t('structure.units.rolesCount', { count: roles })}
        {view.plan.ownerUnitId === unit.id && <span className="structure-badge">{t('structure.units.ownsPlan')}</span>}
      </td>
      <td className="col-actions">
        <DeleteButton label={t('structure.units.deleteLabel', { unit: name })} onClick={onDelete} />
      </td>
    </tr>
  );
}

type UnitInput = { code: string; name: string; kind: Unit['kind'] | ''; parentId: string };
const EMPTY_UNIT: UnitInput = { code: '', name: '', kind: '', parentId: '' };

function AddUnitForm({ view, rows }: { readonly view: PlanView; readonly rows: readonly UnitRow[] }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const notify = useApp((s) => s.notify);
  const [input, setInput] = useState<UnitInput>(EMPTY_UNIT);
  const fields: UnitFields = { code: input.code, name: input.name, kind: input.kind === '' ? ('' as Unit['kind']) : input.kind, parentId: input.parentId === '' ? null : (input.parentId as UnitId) };
  const problems = unitProblems(view, fields, null);
  const { form, error, onSubmit } = useAddForm(
    problems,
    async () => {
      const id = makeId<UnitId>('unit', randomHex);
      if (!(await dispatch('addUnit', { id, ...fields }))) return false;
      notify({ tone: 'info', message: { key: 'structure.units.added', params: { unit: fields.code.trim() || fields.name.trim() } } });
      return true;
    },
    () => setInput({ ...EMPTY_UNIT, kind: input.kind, parentId: input.parentId }),
  );

  return (
    <form ref={form} className="structure-add" aria-labelledby="structure-add-unit-title" noValidate onSubmit={onSubmit}>
      <h3 id="structure-add-unit-title">{t('structure.units.addTitle')}</h3>
      <div className="structure-add-fields">
        <div className="structure-add-code">
          <Field label={t('structure.units.addCode')} value={input.code} onChange={(code) => setInput({ ...input, code })} error={error('code')} />
        </div>
        <div className="structure-add-name">
          <Field label={t('structure.units.addName')} value={input.name} onChange={(name) => setInput({ ...input, name })} error={error('name')} required aria-required="true" />
        </div>
        <SelectField label={t('structure.units.addKind')} value={input.kind} onChange={(kind) => setInput({ ...input, kind: kind as UnitInput['kind'] })} error={error('kind')}>
          <option value="">{t('structure.units.chooseKind')}</option>
          {UNIT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`structure.kind.${k}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('structure.units.addParent')} value={input.parentId} onChange={(parentId) => setInput({ ...input, parentId })} error={error('parentId')}>
          <option value="">{t('structure.units.topLevel')}</option>
          {parentChoices(view, rows, null).map((c) => (
            <option key={c.id} value={c.id}>
              {indent(c.depth) + c.label}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="primary">
          {t('structure.units.add')}
        </button>
      </div>
    </form>
  );
}

interface DeleteUnitProps {
  readonly view: PlanView;
  readonly unitId: UnitId;
  readonly onDone: () => void;
  readonly heading: RefObject<HTMLHeadingElement | null>;
}

function DeleteUnit({ view, unitId, onDone, heading }: DeleteUnitProps) {
  const { t, i18n } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const name = shortName(view.units[unitId]!);
  return (
    <ConfirmDelete
      title={t('structure.confirm.unitTitle', { unit: name })}
      message={unitDeleteMessage(t, i18n.language, view, unitId)}
      run={() => dispatch('deleteUnit', { id: unitId })}
      deleted={{ key: 'structure.units.deleted', params: { unit: name } }}
      heading={heading}
      onDone={onDone}
    />
  );
}
