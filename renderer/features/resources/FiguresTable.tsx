/**
 * A roll-up as a table: one row per objective, unit, component or period, and for each
 * funding source and in total the planned, secured and gap figures, then a total row.
 * Two header rows (source, then figure) tied to every cell with `headers`, so a screen
 * reader reads "Regular budget, Secured" for a cell.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceFigures } from '../../../shared/analysis/resources';
import type { RollupFormats } from './format';

export const SOURCE_COLUMNS = ['regular_budget', 'extra_budgetary', 'total'] as const;
export const FIGURES = ['planned', 'secured', 'gap'] as const;

export interface FigureRow {
  readonly key: string;
  /** The row header's content. */
  readonly label: ReactNode;
  readonly bySource: SourceFigures;
  readonly className?: string;
  readonly testId?: string;
}

interface FiguresTableProps {
  readonly caption: string;
  readonly columnLabel: string;
  readonly rows: readonly FigureRow[];
  readonly total?: FigureRow;
  readonly formats: RollupFormats;
}

export function FiguresTable({ caption, columnLabel, rows, total, formats }: FiguresTableProps) {
  const { t } = useTranslation();
  const id = useId();
  const headId = (source: string, figure?: string) => `${id}-${source}${figure ? `-${figure}` : ''}`;
  const cells = (row: FigureRow, rowId: string) =>
    SOURCE_COLUMNS.flatMap((source) =>
      FIGURES.map((figure) => {
        const value = row.bySource[source][figure];
        const classes = ['res-num', source === 'total' ? 'res-col-total' : '', figure === 'gap' && value > 0 ? 'res-gap-open' : '', figure === 'planned' ? 'res-col-start' : ''].filter(Boolean).join(' ');
        return (
          <td key={`${source}-${figure}`} className={classes} headers={`${rowId} ${headId(source)} ${headId(source, figure)}`}>
            {formats.minor(value)}
          </td>
        );
      }),
    );
  const line = (row: FigureRow, extraClass?: string) => {
    const rowId = `${id}-row-${row.key}`;
    return (
      <tr key={row.key} className={[row.className, extraClass].filter(Boolean).join(' ') || undefined} data-testid={row.testId}>
        <th scope="row" id={rowId}>
          {row.label}
        </th>
        {cells(row, rowId)}
      </tr>
    );
  };
  return (
    // Scrolls sideways in a narrow window: focusable then, so it scrolls by keyboard too.
    <div className="res-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="table res-figures">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th rowSpan={2} scope="col" className="res-corner">
              {columnLabel}
            </th>
            {SOURCE_COLUMNS.map((source) => (
              <th key={source} id={headId(source)} scope="colgroup" colSpan={3} className={`res-col-start${source === 'total' ? ' res-col-total' : ''}`}>
                {t(`resources.source.${source}`)}
              </th>
            ))}
          </tr>
          <tr>
            {SOURCE_COLUMNS.flatMap((source) =>
              FIGURES.map((figure) => (
                <th key={`${source}-${figure}`} id={headId(source, figure)} scope="col" className={`res-num${figure === 'planned' ? ' res-col-start' : ''}${source === 'total' ? ' res-col-total' : ''}`}>
                  {t(`resources.figure.${figure}`)}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>{rows.map((row) => line(row))}</tbody>
        {total && <tfoot>{line(total, 'res-total-row')}</tfoot>}
      </table>
    </div>
  );
}
