/**
 * Adding an allocation: the result it funds, the reporting period, the source, the amount
 * and its currency (the plan's by default), planned or secured, and a note. Everything is
 * checked on submit, each problem named beside its field; nothing is added until all is valid.
 */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FUNDING_SOURCES, FUNDING_STATUSES, makeId, type ResourceAllocation, type ResourceAllocationId } from '../../../shared/model';
import type { PlanView } from '../../../shared/plan-doc';
import type { MessageRef } from '../../../shared/plan-doc/commands/types';
import { tMessage } from '../../i18n';
import { randomHex } from '../../platform/random';
import { useApp } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import type { AllocationFilters } from './allocations';
import { formatMoney } from './format';
import { parseAmount, parseCurrency } from './input';

interface Props {
  readonly view: PlanView;
  /** The table's filters: a filtered result, period, source or status is chosen already. */
  readonly initial: AllocationFilters;
  readonly onClose: () => void;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function AddAllocationDialog({ view, initial, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const notify = useApp((s) => s.notify);
  const [resultId, setResultId] = useState(initial.resultId);
  const [periodId, setPeriodId] = useState(initial.periodId || view.periodOrder[0] || '');
  const [source, setSource] = useState<ResourceAllocation['source']>((initial.source || 'regular_budget') as ResourceAllocation['source']);
  const [status, setStatus] = useState<ResourceAllocation['status']>((initial.status || 'planned') as ResourceAllocation['status']);
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState(view.plan.currency);
  const [note, setNote] = useState('');
  const [submitted, setSubmitted] = useState(false);

  const parsedCurrency = parseCurrency(currency);
  const parsedAmount = parseAmount(amount, parsedCurrency.ok ? parsedCurrency.value : view.plan.currency, i18n.language);
  const errors: Partial<Record<'result' | 'amount' | 'currency', MessageRef>> = {
    ...(resultId && view.results[resultId] ? {} : { result: { key: 'resources.dialog.resultRequired' } }),
    ...(parsedAmount.ok ? {} : { amount: parsedAmount.error }),
    ...(parsedCurrency.ok ? {} : { currency: parsedCurrency.error }),
  };
  const shown = (key: keyof typeof errors) => (submitted && errors[key] ? tMessage(t, errors[key]) : undefined);
  const blocked = view.periodOrder.length === 0 ? 'noPeriods' : view.tree.length === 0 ? 'noResults' : null;

  const submit = async () => {
    setSubmitted(true);
    if (!parsedAmount.ok || !parsedCurrency.ok || errors.result || !periodId) return;
    const entity: ResourceAllocation = {
      id: makeId<ResourceAllocationId>('resource', randomHex),
      resultId: resultId as ResourceAllocation['resultId'],
      periodId: periodId as ResourceAllocation['periodId'],
      source,
      amount: parsedAmount.value,
      currency: parsedCurrency.value,
      status,
      note: note.trim(),
      deletedAt: null,
      deletedBy: null,
    };
    if (!(await dispatch('addEntity', { collection: 'resources', entity }))) return;
    const row = t('resources.alloc.rowName', { result: view.tree[view.treeIndex[resultId]!]!.number, period: view.periods[periodId]!.label, source: t(`resources.source.${source}`) });
    notify({ tone: 'info', message: { key: 'resources.alloc.added', params: { row, amount: formatMoney(i18n.language, entity.amount, entity.currency) } } });
    onClose();
  };

  return (
    <Dialog title={t('resources.dialog.title')} onClose={onClose}>
      {blocked ? (
        <>
          <p>{t(`resources.dialog.${blocked}`)}</p>
          <div className="dialog-actions">
            <button type="button" onClick={onClose} autoFocus>
              {t('common.close')}
            </button>
          </div>
        </>
      ) : (
        <form
          className="form res-alloc-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <SelectField label={t('resources.dialog.result')} value={resultId} onChange={setResultId} error={shown('result')} autoFocus>
            <option value="">{t('resources.dialog.chooseResult')}</option>
            {view.tree.map((n) => (
              <option key={n.id} value={n.id}>
                {`${n.number} ${clip(view.results[n.id]?.statement ?? '', 90)}`}
              </option>
            ))}
          </SelectField>
          <div className="form-row">
            <SelectField label={t('resources.dialog.period')} value={periodId} onChange={setPeriodId}>
              {view.periodOrder.map((id) => (
                <option key={id} value={id}>
                  {view.periods[id]!.label}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('resources.dialog.source')} value={source} onChange={(v) => setSource(v as ResourceAllocation['source'])}>
              {FUNDING_SOURCES.map((s) => (
                <option key={s} value={s}>
                  {t(`resources.source.${s}`)}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="form-row">
            <Field label={t('resources.dialog.amount')} value={amount} onChange={setAmount} error={shown('amount')} inputMode="decimal" required />
            <Field label={t('resources.dialog.currency')} value={currency} onChange={(v) => setCurrency(v.toUpperCase())} error={shown('currency')} maxLength={3} className="res-currency" required />
            <SelectField label={t('resources.dialog.status')} value={status} onChange={(v) => setStatus(v as ResourceAllocation['status'])}>
              {FUNDING_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`resources.status.${s}`)}
                </option>
              ))}
            </SelectField>
          </div>
          <Field label={t('resources.dialog.note')} value={note} onChange={setNote} maxLength={500} />
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="primary">
              {t('resources.dialog.submit')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

interface SelectFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly autoFocus?: boolean;
  readonly children: ReactNode;
}

function SelectField({ label, value, onChange, error, autoFocus, children }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} autoFocus={autoFocus} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
        {children}
      </select>
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
