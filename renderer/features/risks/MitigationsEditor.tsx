/**
 * A risk's mitigations: action, owner unit, due date and status, each edited in place;
 * overdue ones flagged against the status date; adding and deleting them. An action is
 * required and a due date must be a full date (or none).
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareMitigations, isMitigationOverdue, parseDueDate } from '../../../shared/analysis/risks';
import { makeId, type Mitigation, type MitigationId, type Risk, type UnitId } from '../../../shared/model';
import type { Patch, PlanView } from '../../../shared/plan-doc';
import { randomHex } from '../../platform/random';
import { useApp } from '../../store';
import { CommitField } from '../../ui/CommitField';
import { formatDate } from '../../ui/format';
import { CommitTextArea } from '../detail/CommitTextArea';
import { StatusSelect, UnitSelect } from './fields';

interface Props {
  readonly view: PlanView;
  readonly risk: Risk;
  readonly statusDate: string;
}

export function MitigationsEditor({ view, risk, statusDate }: Props) {
  const { t } = useTranslation();
  const mitigations = Object.values(view.mitigations)
    .filter((m) => m.riskId === risk.id)
    .sort(compareMitigations);
  return (
    <fieldset className="risk-editor-section risk-mitigations">
      <legend>{t('risks.mitigations.title')}</legend>
      <p className="hint">{t('risks.mitigations.intro')}</p>
      {mitigations.length === 0 ? (
        <p className="muted">{t('risks.mitigations.none')}</p>
      ) : (
        <ol className="mitigation-list">
          {mitigations.map((m, i) => (
            <MitigationItem key={m.id} view={view} mitigation={m} n={i + 1} statusDate={statusDate} />
          ))}
        </ol>
      )}
      <NewMitigation view={view} risk={risk} />
    </fieldset>
  );
}

interface ItemProps {
  readonly view: PlanView;
  readonly mitigation: Mitigation;
  readonly n: number;
  readonly statusDate: string;
}

function MitigationItem({ view, mitigation: m, n, statusDate }: ItemProps) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const notify = useApp((s) => s.notify);
  const undo = useApp((s) => s.undo);
  const id = useId();
  const [error, setError] = useState<'action' | 'date' | null>(null);
  const update = (fields: Patch<Mitigation>) => dispatch('updateEntity', { collection: 'mitigations', id: m.id, fields: fields as Patch<never> });
  const overdue = isMitigationOverdue(m, statusDate);
  const errorId = `${id}-error`;
  const remove = async () => {
    if (!(await dispatch('deleteEntity', { collection: 'mitigations', id: m.id }))) return;
    notify({ tone: 'info', message: { key: 'risks.mitigations.deleted' }, action: { label: { key: 'common.undo' }, run: () => void undo() } });
  };

  return (
    <li className={`mitigation-item${overdue ? ' overdue' : ''}`} data-mitigation-id={m.id}>
      <fieldset>
        <legend>
          {t('risks.mitigations.item', { n })}
          {overdue && (
            <span className="flag-overdue">
              <span aria-hidden="true">⚠ </span>
              {t('risks.overdueSince', { date: formatDate(m.dueDate!) })}
            </span>
          )}
          {m.status === 'done' && <span className="flag-done">{t('risks.mitigationStatus.done')}</span>}
        </legend>
        <CommitTextArea
          label={t('risks.mitigations.action')}
          value={m.action}
          rows={2}
          aria-invalid={error === 'action' || undefined}
          aria-describedby={error === 'action' ? errorId : undefined}
          onCommit={(text) => {
            const action = text.trim();
            if (!action) {
              setError('action');
              return Promise.resolve(false);
            }
            setError(null);
            return update({ action });
          }}
        />
        <div className="form-row mitigation-row">
          <UnitSelect label={t('risks.mitigations.owner')} view={view} value={m.ownerUnitId} onChange={(ownerUnitId) => void update({ ownerUnitId })} />
          <CommitField
            label={t('risks.mitigations.dueDate')}
            type="date"
            value={m.dueDate ?? ''}
            aria-invalid={error === 'date' || undefined}
            aria-describedby={error === 'date' ? errorId : undefined}
            onCommit={(text) => {
              const dueDate = parseDueDate(text);
              if (dueDate === 'invalid') {
                setError('date');
                return Promise.resolve(false);
              }
              setError(null);
              return update({ dueDate });
            }}
          />
          <StatusSelect label={t('risks.mitigations.status')} value={m.status} onChange={(status) => void update({ status })} />
        </div>
        {error && (
          <p id={errorId} className="field-error" role="alert">
            {t(error === 'action' ? 'risks.mitigations.actionRequired' : 'risks.mitigations.invalidDate')}
          </p>
        )}
        <button type="button" className="link-button danger-text" onClick={() => void remove()}>
          {t('risks.mitigations.delete', { n })}
        </button>
      </fieldset>
    </li>
  );
}

function NewMitigation({ view, risk }: { readonly view: PlanView; readonly risk: Risk }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const id = useId();
  const [action, setAction] = useState('');
  const [ownerUnitId, setOwner] = useState<UnitId | null>(risk.ownerUnitId);
  const [dueDate, setDueDate] = useState('');
  const [status, setStatus] = useState<Mitigation['status']>('planned');
  const [error, setError] = useState<'action' | 'date' | null>(null);
  const dueRef = useRef<HTMLInputElement>(null);
  const actionRef = useRef<HTMLInputElement>(null);
  const errorId = `${id}-error`;

  const add = async () => {
    const text = action.trim();
    // A date typed only in part reads as '' from the input: the browser says it is bad input.
    const date = dueRef.current?.validity.badInput ? 'invalid' : parseDueDate(dueDate);
    if (!text || date === 'invalid') {
      setError(text ? 'date' : 'action');
      (text ? dueRef : actionRef).current?.focus();
      return;
    }
    setError(null);
    const mitigation: Mitigation = { id: makeId<MitigationId>('mitigation', randomHex), riskId: risk.id, action: text, ownerUnitId, dueDate: date, status, deletedAt: null, deletedBy: null };
    if (await dispatch('addEntity', { collection: 'mitigations', entity: mitigation })) {
      setAction('');
      setDueDate('');
      setStatus('planned');
    }
  };

  return (
    <form
      className="mitigation-new"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <h3 id={`${id}-title`}>{t('risks.mitigations.addTitle')}</h3>
      <div className="field">
        <label htmlFor={`${id}-action`}>{t('risks.mitigations.action')}</label>
        <input ref={actionRef} id={`${id}-action`} value={action} aria-invalid={error === 'action' || undefined} aria-describedby={error === 'action' ? errorId : undefined} onChange={(e) => setAction(e.target.value)} />
      </div>
      <div className="form-row mitigation-row">
        <UnitSelect label={t('risks.mitigations.owner')} view={view} value={ownerUnitId} onChange={setOwner} />
        <div className="field">
          <label htmlFor={`${id}-due`}>{t('risks.mitigations.dueDate')}</label>
          <input ref={dueRef} id={`${id}-due`} type="date" value={dueDate} aria-invalid={error === 'date' || undefined} aria-describedby={error === 'date' ? errorId : undefined} onChange={(e) => setDueDate(e.target.value)} />
        </div>
        <StatusSelect label={t('risks.mitigations.status')} value={status} onChange={setStatus} />
      </div>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {t(error === 'action' ? 'risks.mitigations.actionRequired' : 'risks.mitigations.invalidDate')}
        </p>
      )}
      <div>
        <button type="submit">{t('risks.mitigations.add')}</button>
      </div>
    </form>
  );
}
