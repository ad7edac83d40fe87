/**
 * The plan's components in order: code, name and description edited in place, moved up
 * and down, how many results are filed under each, a form to add one, and a delete that
 * first says which results will move to "No component".
 */
import { useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { makeId, type ComponentId } from '../../../shared/model';
import { componentProblems, structureNames, type PlanView } from '../../../shared/plan-doc';
import { randomHex } from '../../platform/random';
import { useApp } from '../../store';
import { Field } from '../../ui/Field';
import { CellInput } from '../indicators/cells';
import { componentDeleteMessage } from './confirm';
import { resultsByComponent } from './derive';
import { CellTextArea, ConfirmDelete, RowActions, StructureCard, useAddForm } from './parts';

export function ComponentsSection() {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const dispatch = useApp((s) => s.dispatch);
  const [deleting, setDeleting] = useState<ComponentId | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const counts = useMemo(() => resultsByComponent(view), [view]);
  const order = view.componentOrder;

  return (
    <StructureCard
      name="components"
      heading={heading}
      empty={order.length === 0}
      headers={
        <>
          <th scope="col" className="col-order">
            {t('structure.components.order')}
          </th>
          <th scope="col" className="col-code">
            {t('structure.code')}
          </th>
          <th scope="col" className="col-name">
            {t('structure.components.name')}
          </th>
          <th scope="col">{t('structure.components.description')}</th>
          <th scope="col" className="col-count">
            {t('structure.components.results')}
          </th>
          <th scope="col" className="col-actions">
            <span className="visually-hidden">{t('structure.actions')}</span>
          </th>
        </>
      }
      rows={
        <>
          {order.map((id, i) => {
            const c = view.components[id]!;
            const name = structureNames.component(c);
            const filed = counts.get(id) ?? 0;
            const n = i + 1;
            return (
              <tr key={id} data-component-id={id}>
                <td className="col-order">{n}</td>
                <td className="col-code">
                  <CellInput label={t('structure.components.codeOf', { n })} value={c.code} row={i} col={0} onCommit={(code) => dispatch('updateComponent', { id, fields: { code } })} />
                </td>
                <td className="col-name">
                  <CellTextArea label={t('structure.components.nameOf', { n })} value={c.name} rows={3} singleLine onCommit={(text) => dispatch('updateComponent', { id, fields: { name: text } })} />
                </td>
                <td>
                  <CellTextArea label={t('structure.components.descriptionOf', { n })} value={c.description} rows={3} onCommit={(description) => dispatch('updateComponent', { id, fields: { description } })} />
                </td>
                <td className="col-count">{filed === 0 ? <span className="muted">{t('structure.none')}</span> : t('structure.components.resultsCount', { count: filed })}</td>
                <td className="col-actions">
                  <RowActions
                    idPrefix={`structure-component-${id}`}
                    index={i}
                    total={order.length}
                    upLabel={t('structure.components.moveUpLabel', { component: name })}
                    downLabel={t('structure.components.moveDownLabel', { component: name })}
                    deleteLabel={t('structure.components.deleteLabel', { component: name })}
                    onMove={(direction) => dispatch('moveComponent', { id, direction })}
                    onDelete={() => setDeleting(id)}
                  />
                </td>
              </tr>
            );
          })}
        </>
      }
    >
      <AddComponentForm view={view} />
      {deleting && view.components[deleting] && <DeleteComponent view={view} id={deleting} heading={heading} onDone={() => setDeleting(null)} />}
    </StructureCard>
  );
}

function AddComponentForm({ view }: { readonly view: PlanView }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const notify = useApp((s) => s.notify);
  const [input, setInput] = useState({ code: '', name: '', description: '' });
  const problems = componentProblems(view, input, null);
  const { form, error, onSubmit } = useAddForm(
    problems,
    async () => {
      const id = makeId<ComponentId>('component', randomHex);
      if (!(await dispatch('addComponent', { id, ...input }))) return false;
      notify({ tone: 'info', message: { key: 'structure.components.added', params: { component: input.code.trim() || input.name.trim() } } });
      return true;
    },
    () => setInput({ code: '', name: '', description: '' }),
  );
  const descriptionError = error('description');

  return (
    <form ref={form} className="structure-add" aria-labelledby="structure-add-component-title" noValidate onSubmit={onSubmit}>
      <h3 id="structure-add-component-title">{t('structure.components.addTitle')}</h3>
      <div className="structure-add-fields">
        <div className="structure-add-code">
          <Field label={t('structure.components.addCode')} value={input.code} onChange={(code) => setInput({ ...input, code })} error={error('code')} />
        </div>
        <div className="structure-add-wide">
          <Field label={t('structure.components.addName')} value={input.name} onChange={(name) => setInput({ ...input, name })} error={error('name')} required aria-required="true" />
        </div>
      </div>
      <div className="field structure-add-description">
        <label htmlFor="structure-add-component-description">{t('structure.components.addDescription')}</label>
        <textarea
          id="structure-add-component-description"
          rows={2}
          value={input.description}
          aria-invalid={descriptionError ? true : undefined}
          aria-describedby={descriptionError ? 'structure-add-component-description-error' : undefined}
          onChange={(e) => setInput({ ...input, description: e.target.value })}
        />
        {descriptionError && (
          <span id="structure-add-component-description-error" className="field-error">
            {descriptionError}
          </span>
        )}
      </div>
      <div className="structure-add-submit">
        <button type="submit" className="primary">
          {t('structure.components.add')}
        </button>
      </div>
    </form>
  );
}

interface DeleteProps {
  readonly view: PlanView;
  readonly id: ComponentId;
  readonly heading: RefObject<HTMLHeadingElement | null>;
  readonly onDone: () => void;
}

function DeleteComponent({ view, id, heading, onDone }: DeleteProps) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const name = structureNames.component(view.components[id]!);
  return (
    <ConfirmDelete
      title={t('structure.confirm.componentTitle', { component: name })}
      message={componentDeleteMessage(t, view, id, name)}
      run={() => dispatch('deleteComponent', { id })}
      deleted={{ key: 'structure.components.deleted', params: { component: name } }}
      heading={heading}
      onDone={onDone}
    />
  );
}
