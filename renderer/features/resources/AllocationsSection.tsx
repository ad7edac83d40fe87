/**
 * The allocations themselves: a table of every line (result, period, source, amount,
 * currency, status, note) edited in its cells, filtered by result, period, source and
 * status; lines are added through a dialog and deleted with an Undo.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FUNDING_SOURCES, FUNDING_STATUSES, type ResourceAllocation } from '../../../shared/model';
import type { Patch, PlanView } from '../../../shared/plan-doc';
import { useApp } from '../../store';
import { AddAllocationDialog } from './AddAllocationDialog';
import { filterAllocations, NO_FILTERS, resultNumber, sortedAllocations, totalsByCurrency, type AllocationFilters } from './allocations';
import { CellInput } from './CellInput';
import { editableAmount, formatMoney } from './format';
import { parseAmount, parseCurrency } from './input';

/** Lines drawn at first and added by each "Show more": a large plan has thousands. */
const PAGE = 50;

export function AllocationsSection({ view }: { readonly view: PlanView }) {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<AllocationFilters>(NO_FILTERS);
  const [visible, setVisible] = useState(PAGE);
  const [adding, setAdding] = useState(false);
  const all = useMemo(() => sortedAllocations(view), [view]);
  const shown = useMemo(() => filterAllocations(all, filters), [all, filters]);
  const fundedResults = useMemo(() => {
    const ids = new Set(all.map((a) => a.resultId as string));
    return view.tree.filter((n) => ids.has(n.id) || n.id === filters.resultId);
  }, [all, view.tree, filters.resultId]);
  const filtered = Object.values(filters).some(Boolean);
  const setFilter = (key: keyof AllocationFilters, value: string) => {
    setFilters((f) => ({ ...f, [key]: value }));
    setVisible(PAGE);
  };

  return (
    <section className="resources-allocations" aria-labelledby="resources-allocations-title">
      <div className="screen-heading">
        <h2 id="resources-allocations-title">{t('resources.alloc.title')}</h2>
        <button type="button" className="primary" onClick={() => setAdding(true)}>
          {t('resources.alloc.add')}
        </button>
      </div>
      <p className="hint">{t('resources.alloc.intro')}</p>
      <div className="toolbar res-alloc-filters" role="group" aria-label={t('resources.alloc.filters')}>
        <FilterSelect label={t('resources.alloc.filterResult')} value={filters.resultId} onChange={(v) => setFilter('resultId', v)} options={fundedResults.map((n) => ({ value: n.id, label: `${n.number} ${clip(view.results[n.id]?.statement ?? '', 60)}` }))} />
        <FilterSelect label={t('resources.alloc.filterPeriod')} value={filters.periodId} onChange={(v) => setFilter('periodId', v)} options={view.periodOrder.map((id) => ({ value: id, label: view.periods[id]!.label }))} />
        <FilterSelect label={t('resources.alloc.filterSource')} value={filters.source} onChange={(v) => setFilter('source', v)} options={FUNDING_SOURCES.map((s) => ({ value: s, label: t(`resources.source.${s}`) }))} />
        <FilterSelect label={t('resources.alloc.filterStatus')} value={filters.status} onChange={(v) => setFilter('status', v)} options={FUNDING_STATUSES.map((s) => ({ value: s, label: t(`resources.status.${s}`) }))} />
        <button type="button" onClick={() => setFilters(NO_FILTERS)} disabled={!filtered}>
          {t('resources.alloc.clearFilters')}
        </button>
        <span className="muted res-alloc-count" role="status">
          {t('resources.alloc.showing', { shown: shown.length, total: all.length })}
        </span>
      </div>
      {all.length === 0 ? (
        <p className="empty">{t('resources.alloc.none')}</p>
      ) : shown.length === 0 ? (
        <p className="empty">{t('resources.alloc.noneMatch')}</p>
      ) : (
        <div className="res-scroll" role="region" aria-label={t('resources.alloc.caption')} tabIndex={0}>
          <table className="table res-alloc-table">
            <caption className="visually-hidden">{t('resources.alloc.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('resources.alloc.colResult')}</th>
                <th scope="col">{t('resources.alloc.colPeriod')}</th>
                <th scope="col">{t('resources.alloc.colSource')}</th>
                <th scope="col" className="res-num">
                  {t('resources.alloc.colAmount')}
                </th>
                <th scope="col">{t('resources.alloc.colCurrency')}</th>
                <th scope="col">{t('resources.alloc.colStatus')}</th>
                <th scope="col">{t('resources.alloc.colNote')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('resources.alloc.colActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.slice(0, visible).map((a) => (
                <AllocationRow key={a.id} view={view} allocation={a} />
              ))}
            </tbody>
            <tfoot>
              <tr className="res-total-row">
                <th scope="row" colSpan={3}>
                  {t('resources.alloc.filteredTotal')}
                </th>
                <td className="res-num">
                  {totalsByCurrency(shown, view.plan.currency)
                    .map((x) => formatMoney(i18n.language, x.amount, x.currency))
                    .join(' · ')}
                </td>
                <td colSpan={4} />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {shown.length > visible && (
        <p className="res-alloc-more">
          <button type="button" onClick={() => setVisible((v) => v + PAGE)}>
            {t('resources.alloc.showMore', { count: Math.min(PAGE, shown.length - visible) })}
          </button>
        </p>
      )}
      {adding && <AddAllocationDialog view={view} initial={filters} onClose={() => setAdding(false)} />}
    </section>
  );
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

interface FilterSelectProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: readonly { value: string; label: string }[];
}

function FilterSelect({ label, value, onChange, options }: FilterSelectProps) {
  const { t } = useTranslation();
  return (
    <label className="res-filter">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('resources.alloc.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function AllocationRow({ view, allocation: a }: { readonly view: PlanView; readonly allocation: ResourceAllocation }) {
  const { t, i18n } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const notify = useApp((s) => s.notify);
  const undo = useApp((s) => s.undo);
  const number = resultNumber(view, a.resultId);
  const result = view.results[a.resultId];
  const period = view.periods[a.periodId];
  const row = t('resources.alloc.rowName', {
    result: number ?? t('resources.alloc.unknownResult'),
    period: period?.label ?? t('resources.alloc.unknownPeriod'),
    source: t(`resources.source.${a.source}`),
  });
  const update = (fields: Patch<ResourceAllocation>) => dispatch('updateEntity', { collection: 'resources', id: a.id, fields: fields as Patch<never> });
  const remove = async () => {
    if (!(await dispatch('deleteEntity', { collection: 'resources', id: a.id }))) return;
    notify({
      tone: 'info',
      message: { key: 'resources.alloc.deleted', params: { row, amount: formatMoney(i18n.language, a.amount, a.currency) } },
      action: { label: { key: 'common.undo' }, run: () => void undo() },
    });
  };
  return (
    <tr>
      <th scope="row" className="res-alloc-result" title={result?.statement}>
        {result ? (
          <div className="res-alloc-result-text">
            <span className="res-result-number">{number}</span> {result.statement}
          </div>
        ) : (
          <span className="muted">{t('resources.alloc.unknownResult')}</span>
        )}
      </th>
      <td>
        <select aria-label={t('resources.alloc.periodOf', { row })} value={a.periodId} onChange={(e) => void update({ periodId: e.target.value as ResourceAllocation['periodId'] })}>
          {!period && <option value={a.periodId}>{t('resources.alloc.unknownPeriod')}</option>}
          {view.periodOrder.map((id) => (
            <option key={id} value={id}>
              {view.periods[id]!.label}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select aria-label={t('resources.alloc.sourceOf', { row })} value={a.source} onChange={(e) => void update({ source: e.target.value as ResourceAllocation['source'] })}>
          {FUNDING_SOURCES.map((s) => (
            <option key={s} value={s}>
              {t(`resources.source.${s}`)}
            </option>
          ))}
        </select>
      </td>
      <td className="res-num">
        <CellInput
          label={t('resources.alloc.amountOf', { row })}
          className="res-amount"
          inputMode="decimal"
          display={formatMoney(i18n.language, a.amount, a.currency)}
          editText={editableAmount(a.amount, i18n.language)}
          parse={(text) => parseAmount(text, a.currency, i18n.language)}
          onCommit={(amount) => update({ amount })}
        />
      </td>
      <td>
        <CellInput label={t('resources.alloc.currencyOf', { row })} className="res-currency" maxLength={3} display={a.currency} editText={a.currency} parse={parseCurrency} onCommit={(currency) => update({ currency })} />
      </td>
      <td>
        <select aria-label={t('resources.alloc.statusOf', { row })} value={a.status} className={`res-${a.status}`} onChange={(e) => void update({ status: e.target.value as ResourceAllocation['status'] })}>
          {FUNDING_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`resources.status.${s}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <CellInput label={t('resources.alloc.noteOf', { row })} className="res-note" maxLength={500} display={a.note} editText={a.note} parse={(text) => ({ ok: true, value: text.trim() })} onCommit={(note) => update({ note })} />
      </td>
      <td>
        <button type="button" className="link-button danger-text" aria-label={t('resources.alloc.deleteOf', { row })} onClick={() => void remove()}>
          {t('resources.alloc.delete')}
        </button>
      </td>
    </tr>
  );
}
