/** What each matrix column shows for a result: plain text, clamped to the row. */
import type { TFunction } from 'i18next';
import { baselineText, targetsText, valueFormats, verificationText } from '../../../shared/export/values';
import type { Indicator, ResultId } from '../../../shared/model';
import type { PlanView } from '../../../shared/plan-doc';
import type { MatrixColumn } from '../../../shared/templates';

function indicatorsOf(view: PlanView, id: ResultId): Indicator[] {
  return (view.indicatorsByResult[id] ?? []).map((iid) => view.indicators[iid]!);
}

interface CellProps {
  readonly column: MatrixColumn;
  readonly view: PlanView;
  readonly id: ResultId;
  readonly t: TFunction;
}

export function CellContent({ column, view, id, t }: CellProps) {
  const result = view.results[id]!;
  const f = valueFormats('en');
  const tr = (key: string, params?: Record<string, unknown>) => t(key, params);
  const empty = (key: string) => <span className="cell-empty">{t(key)}</span>;
  switch (column) {
    case 'statement':
      return result.statement ? <span className="cell-text">{result.statement}</span> : empty('matrix.noStatement');
    case 'assumptions':
      return result.assumptions ? <span className="cell-text">{result.assumptions}</span> : empty('matrix.none');
    case 'indicators': {
      const list = indicatorsOf(view, id);
      // Activities are measured through milestones and resources, so no indicator is expected.
      if (list.length === 0) return empty(result.level === 'activity' ? 'matrix.none' : 'matrix.noIndicators');
      return (
        <ul className="cell-list">
          {list.map((ind) => (
            <li key={ind.id}>
              <span className="cell-strong">{ind.definition || t('matrix.untitledIndicator')}</span>
              <span className="cell-sub">
                {t('matrix.baselineShort')} {baselineText(ind, f, tr)} · {targetsText(view, ind, f, tr)} · {t('matrix.finalShort')} {f.value(ind.finalTarget, ind)}
              </span>
            </li>
          ))}
        </ul>
      );
    }
    case 'baseline':
    case 'targets':
    case 'finalTarget':
    case 'verification': {
      const list = indicatorsOf(view, id);
      if (list.length === 0) return empty('matrix.none');
      const text = (ind: Indicator) => {
        if (column === 'baseline') return baselineText(ind, f, tr);
        if (column === 'targets') return targetsText(view, ind, f, tr);
        if (column === 'finalTarget') return f.value(ind.finalTarget, ind);
        return verificationText(ind, tr);
      };
      return (
        <ul className="cell-list">
          {list.map((ind) => (
            <li key={ind.id}>{text(ind)}</li>
          ))}
        </ul>
      );
    }
    case 'risks': {
      const risks = Object.values(view.risks).filter((r) => r.resultIds.includes(id));
      if (risks.length === 0) return empty('matrix.none');
      return (
        <ul className="cell-list">
          {risks.map((r) => (
            <li key={r.id}>
              {r.description} <span className="cell-sub-inline">({t('matrix.riskScore', { score: r.likelihood * r.impact })})</span>
            </li>
          ))}
        </ul>
      );
    }
    case 'partners': {
      const partners = Object.values(view.partners).filter((p) => p.links[id]);
      if (partners.length === 0) return empty('matrix.none');
      return (
        <ul className="cell-list">
          {partners.map((p) => (
            <li key={p.id}>
              <span className="cell-strong">{p.acronym || p.name}</span>: {p.links[id]!.expectedOutcome}
            </li>
          ))}
        </ul>
      );
    }
    case 'resources': {
      const totals = new Map<string, number>();
      for (const a of Object.values(view.resources)) {
        if (a.resultId !== id) continue;
        const key = `${a.source}|${a.currency}`;
        totals.set(key, (totals.get(key) ?? 0) + a.amount);
      }
      if (totals.size === 0) return empty('matrix.none');
      return (
        <ul className="cell-list">
          {[...totals].map(([key, amount]) => {
            const [source, currency] = key.split('|');
            return (
              <li key={key}>
                {t(`matrix.source.${source}`)}: {f.number(amount)} {currency}
              </li>
            );
          })}
        </ul>
      );
    }
  }
}
