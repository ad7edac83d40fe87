/**
 * A 5×5 heat map of the risks on one basis (inherent or residual): likelihood 5 to 1
 * down, impact 1 to 5 across. Each cell is a button named by its ratings and count,
 * coloured by its band, and showing its count and score as text, so nothing depends
 * on colour. Choosing a cell lists its risks in the register; choosing it again, all.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RATINGS, type CellFilter, type HeatMap } from '../../../shared/analysis/risks';
import './bands.css';

interface HeatMapProps {
  readonly map: HeatMap;
  readonly title: string;
  /** The cell the register is filtered to, if any. */
  readonly active: CellFilter | null;
  readonly onSelect: (cell: CellFilter) => void;
}

export function HeatMapTable({ map, title, active, onSelect }: HeatMapProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const isActive = (likelihood: number, impact: number) => active?.basis === map.basis && active.likelihood === likelihood && active.impact === impact;
  return (
    <section className="card heatmap" aria-labelledby={titleId} data-basis={map.basis}>
      <h3 id={titleId}>{title}</h3>
      <table className="heatmap-table">
        <thead>
          <tr>
            <td />
            <th scope="colgroup" colSpan={5} className="heatmap-axis">
              {t('risks.heatMap.impact')}
            </th>
          </tr>
          <tr>
            <th scope="col" className="heatmap-axis heatmap-corner">
              {t('risks.heatMap.likelihood')}
            </th>
            {RATINGS.map((impact) => (
              <th key={impact} scope="col" className="heatmap-col">
                <span className="heatmap-n">{impact}</span>
                <span className="heatmap-word">{t(`risks.impactScale.${impact}`)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {map.rows.map((row) => {
            const likelihood = row[0]!.likelihood;
            return (
              <tr key={likelihood}>
                <th scope="row" className="heatmap-row">
                  <span className="heatmap-n">{likelihood}</span>
                  <span className="heatmap-word">{t(`risks.likelihoodScale.${likelihood}`)}</span>
                </th>
                {row.map((cell) => {
                  const count = cell.riskIds.length;
                  const pressed = isActive(cell.likelihood, cell.impact);
                  return (
                    <td key={cell.impact} className="heatmap-td">
                      <button
                        type="button"
                        className={`heatmap-cell risk-band-${cell.band}${count > 0 ? ' filled' : ''}`}
                        aria-pressed={pressed}
                        disabled={count === 0}
                        aria-label={t('risks.heatMap.cell', { count, likelihood: cell.likelihood, impact: cell.impact, score: cell.score, band: t(`risks.band.${cell.band}`).toLowerCase() })}
                        onClick={() => onSelect({ basis: map.basis, likelihood: cell.likelihood, impact: cell.impact })}
                      >
                        <span className="heatmap-count">{count > 0 ? count : ''}</span>
                        <span className="heatmap-score">{cell.score}</span>
                      </button>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      {map.unrated.length > 0 && <p className="hint heatmap-unrated">{t('risks.heatMap.unrated', { count: map.unrated.length })}</p>}
    </section>
  );
}
