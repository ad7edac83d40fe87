/**
 * The plan's strategic objectives in order: code and title edited in place, moved up and
 * down, how many results are tagged with each (principal, significant), a form to add
 * one, and a delete that first says which results will lose the tag.
 */
import { useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { makeId, type StrategicObjectiveId } from '../../../shared/model';
import { objectiveProblems, structureNames, type PlanView } from '../../../shared/plan-doc';
import { randomHex } from '../../platform/random';
import { useApp } from '../../store';
import { Field } from '../../ui/Field';
import { CellInput } from '../indicators/cells';
import { objectiveDeleteMessage } from './confirm';
import { tagsByObjective } from './derive';
import { ConfirmDelete, RowActions, StructureCard, useAddForm } from './parts';

export function ObjectivesSection() {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const dispatch = useApp((s) => s.dispatch);
  const [deleting, setDeleting] = useState<StrategicObjectiveId | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const tags = useMemo(() => tagsByObjective(view), [view]);
  const order = view.objectiveOrder;

  return (
    <StructureCard
      name="objectives"
      heading={heading}
      empty={order.length === 0}
      headers={
        <>
          <th scope="col" className="col-order">
            {t('structure.objectives.order')}
          </th>
          <th scope="col" className="col-code">
            {t('structure.code')}
          </th>
          <th scope="col">{t('structure.objectives.titleColumn')}</th>
          <th scope="col" className="col-count">
            {t('structure.objectives.tagged')}
          </th>
          <th scope="col" className="col-actions">
            <span className="visually-hidden">{t('structure.actions')}</span>
          </th>
        </>
      }
      rows={
        <>
          {order.map((id, i) => {
            const o = view.objectives[id]!;
            const name = structureNames.objective(o);
            const tagged = tags.get(id);
            const n = i + 1;
            return (
              <tr key={id} data-objective-id={id}>
                <td className="col-order">{n}</td>
                <td className="col-code">
                  <CellInput label={t('structure.objectives.codeOf', { n })} value={o.code} row={i} col={0} onCommit={(code) => dispatch('updateObjective', { id, fields: { code } })} />
                </td>
                <td>
                  <CellInput label={t('structure.objectives.titleOf', { n })} value={o.title} row={i} col={1} onCommit={(title) => dispatch('updateObjective', { id, fields: { title } })} />
                </td>
                <td className="col-count">
                  {tagged ? t('structure.objectives.taggedCount', { principal: tagged.principal, significant: tagged.significant }) : <span className="muted">{t('structure.none')}</span>}
                </td>
                <td className="col-actions">
                  <RowActions
                    idPrefix={`structure-objective-${id}`}
                    index={i}
                    total={order.length}
                    upLabel={t('structure.objectives.moveUpLabel', { objective: name })}
                    downLabel={t('structure.objectives.moveDownLabel', { objective: name })}
                    deleteLabel={t('structure.objectives.deleteLabel', { objective: name })}
                    onMove={(direction) => dispatch('moveObjective', { id, direction })}
                    onDelete={() => setDeleting(id)}
                  />
                </td>
              </tr>
            );
          })}
        </>
      }
    >
      <AddObjectiveForm view={view} />
      {deleting && view.objectives[deleting] && <DeleteObjective view={view} id={deleting} heading={heading} onDone={() => setDeleting(null)} />}
    </StructureCard>
  );
}

function AddObjectiveForm({ view }: { readonly view: PlanView }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const notify = useApp((s) => s.notify);
  const [input, setInput] = useState({ code: '', title: '' });
  const problems = objectiveProblems(view, input, null);
  const { form, error, onSubmit } = useAddForm(
    problems,
    async () => {
      const id = makeId<StrategicObjectiveId>('objective', randomHex);
      if (!(await dispatch('addObjective', { id, ...input }))) return false;
      notify({ tone: 'info', message: { key: 'structure.objectives.added', params: { objective: input.code.trim() || input.title.trim() } } });
      return true;
    },
    () => setInput({ code: '', title: '' }),
  );

  return (
    <form ref={form} className="structure-add" aria-labelledby="structure-add-objective-title" noValidate onSubmit={onSubmit}>
      <h3 id="structure-add-objective-title">{t('structure.objectives.addTitle')}</h3>
      <div className="structure-add-fields">
        <div className="structure-add-code">
          <Field label={t('structure.objectives.addCode')} value={input.code} onChange={(code) => setInput({ ...input, code })} error={error('code')} />
        </div>
        <div className="structure-add-wide">
          <Field label={t('structure.objectives.addTitleField')} value={input.title} onChange={(title) => setInput({ ...input, title })} error={error('title')} required aria-required="true" />
        </div>
        <button type="submit" className="primary">
          {t('structure.objectives.add')}
        </button>
      </div>
    </form>
  );
}

interface DeleteProps {
  readonly view: PlanView;
  readonly id: StrategicObjectiveId;
  readonly heading: RefObject<HTMLHeadingElement | null>;
  readonly onDone: () => void;
}

function DeleteObjective({ view, id, heading, onDone }: DeleteProps) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const name = structureNames.objective(view.objectives[id]!);
  return (
    <ConfirmDelete
      title={t('structure.confirm.objectiveTitle', { objective: name })}
      message={objectiveDeleteMessage(t, view, id, name)}
      run={() => dispatch('deleteObjective', { id })}
      deleted={{ key: 'structure.objectives.deleted', params: { objective: name } }}
      heading={heading}
      onDone={onDone}
    />
  );
}
