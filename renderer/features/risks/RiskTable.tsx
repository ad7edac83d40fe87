/**
 * The register as a table: every risk with its inherent and residual ratings, owner,
 * linked results, mitigations and overdue ones. Column headers sort (aria-sort says
 * how); a risk's description opens its editor.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterRow, RiskSort, SortKey } from '../../../shared/analysis/risks';
import type { PlanView } from '../../../shared/plan-doc';
import { BandBadge } from './BandBadge';
import { UnitName } from './fields';

/** The id of a row's open button, which a focus request focuses. */
export function riskButtonId(riskId: string): string {
  return `risk-open-${riskId}`;
}

interface Props {
  readonly view: PlanView;
  readonly rows: readonly RegisterRow[];
  readonly sort: RiskSort;
  readonly onSort: (key: SortKey) => void;
  readonly selectedId: string | null;
  readonly onOpen: (riskId: string) => void;
}

export function RiskTable({ view, rows, sort, onSort, selectedId, onOpen }: Props) {
  const { t } = useTranslation();

  /** A sortable column header; `short` shows an abbreviation with the full name for assistive technology. */
  const header = (key: SortKey, options: { short?: string; rowSpan?: number; className?: string } = {}) => {
    const active = sort.key === key;
    const name = t(`risks.table.${key}`);
    return (
      <th scope="col" rowSpan={options.rowSpan} className={options.className} aria-sort={active ? sort.direction : undefined}>
        <button type="button" className="sort-button" onClick={() => onSort(key)} title={options.short ? name : undefined}>
          {options.short ? (
            <>
              <span aria-hidden="true">{options.short}</span>
              <span className="visually-hidden">{name}</span>
            </>
          ) : (
            name
          )}
          <span className="sort-mark" aria-hidden="true">
            {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  const dash = (label: string): ReactNode => (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{label}</span>
    </>
  );

  return (
    <table className="table risk-table">
      <caption className="visually-hidden">
        {t('risks.table.caption', { column: t(`risks.table.${sort.key}`), direction: t(`risks.table.${sort.direction}`) })}
      </caption>
      <thead>
        <tr>
          {header('description', { rowSpan: 2 })}
          {header('category', { rowSpan: 2 })}
          <th scope="colgroup" colSpan={3} className="group-head">
            {t('risks.table.inherent')}
          </th>
          <th scope="colgroup" colSpan={3} className="group-head">
            {t('risks.table.residual')}
          </th>
          {header('owner', { rowSpan: 2 })}
          {header('results', { rowSpan: 2 })}
          {header('mitigations', { rowSpan: 2, className: 'num' })}
          {header('overdue', { rowSpan: 2 })}
        </tr>
        <tr>
          {header('likelihood', { short: t('risks.table.l'), className: 'num' })}
          {header('impact', { short: t('risks.table.i'), className: 'num' })}
          {header('score')}
          {header('residualLikelihood', { short: t('risks.table.l'), className: 'num' })}
          {header('residualImpact', { short: t('risks.table.i'), className: 'num' })}
          {header('residualScore', { short: t('risks.table.score') })}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const { risk } = row;
          const selected = risk.id === selectedId;
          return (
            <tr key={risk.id} className={selected ? 'selected' : undefined} aria-current={selected ? 'true' : undefined} data-risk-id={risk.id}>
              <th scope="row" className="risk-description">
                <button type="button" id={riskButtonId(risk.id)} className="risk-open" aria-label={t('risks.table.edit', { name: risk.description })} onClick={() => onOpen(risk.id)}>
                  {risk.description}
                </button>
              </th>
              <td>{t(`risks.category.${risk.category}`)}</td>
              <td className="num">{risk.likelihood}</td>
              <td className="num">{risk.impact}</td>
              <td>
                <BandBadge score={row.inherent.score} band={row.inherent.band} />
              </td>
              <td className="num">{risk.residualLikelihood ?? dash(t('risks.notRated'))}</td>
              <td className="num">{risk.residualImpact ?? dash(t('risks.notRated'))}</td>
              <td>
                {row.residual ? <BandBadge score={row.residual.score} band={row.residual.band} /> : <span className="muted">{t('risks.notRated')}</span>}
                {row.residualAboveInherent && (
                  <span className="flag-error">
                    <span aria-hidden="true">⚠ </span>
                    {t('risks.table.residualAbove')}
                  </span>
                )}
                {row.residualIncomplete && <span className="flag-warn">{t('risks.table.residualIncomplete')}</span>}
              </td>
              <td className="risk-owner">
                <UnitName view={view} unitId={risk.ownerUnitId} />
              </td>
              <td className="risk-results">{row.resultNumbers.length > 0 ? row.resultNumbers.join(', ') : <span className="muted">{t('risks.table.none')}</span>}</td>
              <td className="num">{row.mitigations.length}</td>
              <td>
                {row.overdue.length > 0 ? (
                  <span className="flag-overdue">
                    <span aria-hidden="true">⚠ </span>
                    {t('risks.table.overdueCount', { count: row.overdue.length })}
                  </span>
                ) : (
                  dash(t('risks.table.none'))
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
