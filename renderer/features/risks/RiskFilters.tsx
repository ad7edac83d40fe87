/** The register's filters: search, category, band (inherent or residual), owner unit, linked result, overdue only. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NO_FILTER, NO_OWNER, RATING_BASES, RISK_BANDS, isFiltering, type RatingBasis, type RiskBand, type RiskFilter } from '../../../shared/analysis/risks';
import { RISK_CATEGORIES, type Risk } from '../../../shared/model';
import type { PlanView } from '../../../shared/plan-doc';
import { excerpt, unitLabel, unitsByName } from './fields';

interface Props {
  readonly view: PlanView;
  readonly filter: RiskFilter;
  readonly onChange: (filter: RiskFilter) => void;
}

export function RiskFilters({ view, filter, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const set = (patch: Partial<RiskFilter>) => onChange({ ...filter, ...patch });
  const band = filter.band ? `${filter.band.basis}:${filter.band.band}` : '';
  const linked = new Set(Object.values(view.risks).flatMap((r) => r.resultIds));
  const results = view.tree.filter((n) => linked.has(n.id));

  return (
    <div className="risk-filters" role="group" aria-label={t('risks.filters.label')}>
      <div className="field risk-search">
        <label htmlFor={`${id}-search`}>{t('risks.filters.search')}</label>
        <input id={`${id}-search`} type="search" value={filter.search} placeholder={t('risks.filters.searchPlaceholder')} onChange={(e) => set({ search: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-category`}>{t('risks.filters.category')}</label>
        <select id={`${id}-category`} value={filter.category} onChange={(e) => set({ category: e.target.value as Risk['category'] | '' })}>
          <option value="">{t('risks.filters.any')}</option>
          {RISK_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`risks.category.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-band`}>{t('risks.filters.band')}</label>
        <select
          id={`${id}-band`}
          value={band}
          onChange={(e) => {
            const [basis, value] = e.target.value.split(':') as [RatingBasis, RiskBand];
            set({ band: e.target.value ? { basis, band: value } : null });
          }}
        >
          <option value="">{t('risks.filters.any')}</option>
          {RATING_BASES.map((basis) => (
            <optgroup key={basis} label={t(`risks.filters.${basis}Group`)}>
              {[...RISK_BANDS].reverse().map((b) => (
                <option key={b} value={`${basis}:${b}`}>
                  {`${t(`risks.band.${b}`)} (${t(`risks.register.basis.${basis}`)})`}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-owner`}>{t('risks.filters.owner')}</label>
        <select id={`${id}-owner`} value={filter.ownerUnitId} onChange={(e) => set({ ownerUnitId: e.target.value })}>
          <option value="">{t('risks.filters.any')}</option>
          <option value={NO_OWNER}>{t('risks.noOwner')}</option>
          {unitsByName(view).map((u) => (
            <option key={u.id} value={u.id}>
              {unitLabel(u)}
            </option>
          ))}
        </select>
      </div>
      <div className="field risk-result-filter">
        <label htmlFor={`${id}-result`}>{t('risks.filters.result')}</label>
        <select id={`${id}-result`} value={filter.resultId} onChange={(e) => set({ resultId: e.target.value })}>
          <option value="">{t('risks.filters.any')}</option>
          {results.map((n) => (
            <option key={n.id} value={n.id}>
              {`${n.number} ${excerpt(view.results[n.id]!.statement, 60)}`}
            </option>
          ))}
        </select>
      </div>
      <label className="checkbox risk-overdue-only">
        <input type="checkbox" checked={filter.overdueOnly} onChange={(e) => set({ overdueOnly: e.target.checked })} />
        {t('risks.filters.overdueOnly')}
      </label>
      {isFiltering(filter) && (
        <button type="button" onClick={() => onChange(NO_FILTER)}>
          {t('risks.filters.clear')}
        </button>
      )}
    </div>
  );
}
