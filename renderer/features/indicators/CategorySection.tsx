/**
 * Disaggregation: the indicator's categories (add, rename keeping their values, remove
 * after confirming when values would go) and a sheet of targets and actuals per period
 * and category.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, IndicatorId } from '../../../shared/model';
import { categoryValueCount, type Patch } from '../../../shared/plan-doc';
import { useApp } from '../../store';
import { ConfirmDialog } from '../../ui/Dialog';
import { CellInput, onGridKeyDown, StageSelect } from './cells';
import { categoryActualPatch, categoryTargetPatch, shown, type IndicatorEdits } from './edit';

interface Props {
  readonly indicator: Indicator;
  readonly edits: IndicatorEdits;
}

export function CategorySection({ indicator: ind, edits }: Props) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const [newName, setNewName] = useState('');
  const [removing, setRemoving] = useState<{ category: string; count: number } | null>(null);
  const id = ind.id as IndicatorId;

  const add = async () => {
    if (await dispatch('addCategory', { id, category: newName })) setNewName('');
  };
  const remove = (category: string) => {
    const count = categoryValueCount(ind, category);
    if (count > 0) setRemoving({ category, count });
    else void dispatch('removeCategory', { id, category });
  };

  return (
    <section className="ind-section" aria-labelledby={`${id}-cat-title`}>
      <h3 id={`${id}-cat-title`}>{t('indicators.categories.title')}</h3>
      <p className="hint">{t('indicators.categories.intro')}</p>
      {ind.disaggregation.length === 0 ? (
        <p className="muted">{t('indicators.categories.empty')}</p>
      ) : (
        <ul className="ind-categories" onKeyDown={onGridKeyDown}>
          {ind.disaggregation.map((category, i) => (
            <li key={category}>
              <CellInput className="cell ind-category-name" label={t('indicators.categories.name', { n: i + 1 })} value={category} row={i} col={0} onCommit={(to) => dispatch('renameCategory', { id, from: category, to })} />
              <button type="button" className="link-button danger-text" aria-label={t('indicators.categories.removeLabel', { category })} onClick={() => remove(category)}>
                {t('indicators.categories.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="ind-add-row"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-newcat`}>{t('indicators.categories.newCategory')}</label>
          <input id={`${id}-newcat`} value={newName} onChange={(e) => setNewName(e.target.value)} />
        </div>
        <button type="submit">{t('indicators.categories.add')}</button>
      </form>
      {ind.disaggregation.length > 0 && <CategoryTable indicator={ind} edits={edits} />}
      {removing && (
        <ConfirmDialog
          title={t('indicators.categories.removeTitle', { category: removing.category })}
          message={t('indicators.categories.removeMessage', { category: removing.category, count: removing.count })}
          confirmLabel={t('indicators.categories.remove')}
          cancelLabel={t('common.cancel')}
          danger
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const { category } = removing;
            setRemoving(null);
            void dispatch('removeCategory', { id, category });
          }}
        />
      )}
    </section>
  );
}

function CategoryTable({ indicator: ind, edits }: Props) {
  const { t } = useTranslation();
  const periodOrder = useApp((s) => s.view!.periodOrder);
  const periods = useApp((s) => s.view!.periods);
  const qualitative = ind.measureType === 'qualitative';
  if (periodOrder.length === 0) return null;

  const cell = (label: string, value: number | undefined, row: number, col: number, patchOf: (v: number | null) => Patch<Indicator>) =>
    qualitative ? (
      <StageSelect label={label} value={value} stages={ind.qualitativeStages} row={row} col={col} emptyLabel={t('indicators.stages.none')} onCommit={(v) => edits.update(patchOf(v))} />
    ) : (
      <CellInput label={label} value={shown(value)} row={row} col={col} numeric onCommit={(text) => edits.number(text, patchOf)} />
    );

  return (
    <div className="ind-table-wrap">
      <table className="ind-table ind-cat-table" onKeyDown={onGridKeyDown} aria-label={t('indicators.categories.tableTitle')}>
        <thead>
          <tr>
            <td />
            {ind.disaggregation.map((c) => (
              <th key={c} scope="colgroup" colSpan={2}>
                {c}
              </th>
            ))}
          </tr>
          <tr>
            <th scope="col">{t('indicators.periods.period')}</th>
            {ind.disaggregation.map((c) => [
              <th key={`${c}-t`} scope="col">
                {t('indicators.categories.target')}
              </th>,
              <th key={`${c}-a`} scope="col">
                {t('indicators.categories.actual')}
              </th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {periodOrder.map((pid, row) => {
            const period = periods[pid]!;
            return (
              <tr key={pid}>
                <th scope="row" className="ind-period">
                  <span className="ind-period-label">{period.label}</span>
                </th>
                {ind.disaggregation.map((category, i) => [
                  <td key={`${category}-t`}>
                    {cell(t('indicators.categories.targetFor', { category, period: period.label }), ind.categoryTargets?.[pid]?.[category], row, i * 2, (v) => categoryTargetPatch(pid, category, v))}
                  </td>,
                  <td key={`${category}-a`}>
                    {cell(t('indicators.categories.actualFor', { category, period: period.label }), ind.actuals[pid]?.byCategory?.[category], row, i * 2 + 1, (v) => categoryActualPatch(ind, pid, category, v))}
                  </td>,
                ])}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
