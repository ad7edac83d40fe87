/**
 * The left pane of the indicators screen: search and filters, the indicators grouped by
 * result (numbered as in the results chain), and adding an indicator to a result.
 * Up and down arrows move between the indicators of the list.
 */
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RESULT_LEVELS, type ResultId, type ResultLevel } from '../../../shared/model';
import { useApp } from '../../store';
import { useLevelName } from '../../ui/levels';
import { filtersActive, listIndicators, NO_FILTERS, type FiguresFilter, type IndicatorFilters } from './filter';

/** Indicators rendered at first; a large plan has thousands. */
const PAGE = 300;

interface Props {
  readonly filters: IndicatorFilters;
  readonly onFilters: (filters: IndicatorFilters) => void;
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  readonly onAdd: (resultId: ResultId) => void;
}

function onListKeyDown(e: KeyboardEvent<HTMLElement>): void {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const items = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button.ind-item')];
  const at = items.indexOf(e.target as HTMLButtonElement);
  if (at < 0) return;
  const next = items[at + (e.key === 'ArrowDown' ? 1 : -1)];
  if (!next) return;
  e.preventDefault();
  next.focus();
}

export function IndicatorList({ filters, onFilters, selectedId, onSelect, onAdd }: Props) {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const levelName = useLevelName();
  const listing = useMemo(() => listIndicators(view, filters), [view, filters]);
  const [limit, setLimit] = useState(PAGE);
  const [addTo, setAddTo] = useState<string>('');
  const selectedResult = selectedId ? view.indicators[selectedId]?.resultId : undefined;
  const addTarget = addTo && view.results[addTo] ? addTo : (selectedResult ?? '');
  const set = (patch: Partial<IndicatorFilters>) => onFilters({ ...filters, ...patch });

  // The selected indicator is always rendered, however far down the list it is.
  let count = 0;
  let selectedAt = -1;
  for (const g of listing.groups) {
    for (const item of g.items) {
      if (item.id === selectedId) selectedAt = count;
      count++;
    }
  }
  const shownLimit = Math.max(limit, selectedAt + 1);
  const visible: { group: (typeof listing.groups)[number]; items: (typeof listing.groups)[number]['items'] }[] = [];
  let rendered = 0;
  for (const group of listing.groups) {
    if (rendered >= shownLimit) break;
    const items = group.items.slice(0, shownLimit - rendered);
    rendered += items.length;
    visible.push({ group, items });
  }

  return (
    <div className="ind-list-pane">
      <div className="ind-filters" role="search" aria-label={t('indicators.list.search')}>
        <div className="field">
          <label htmlFor="ind-search">{t('indicators.list.search')}</label>
          <input id="ind-search" type="search" value={filters.search} placeholder={t('indicators.list.searchPlaceholder')} onChange={(e) => set({ search: e.target.value })} />
        </div>
        <div className="ind-filter-row">
          <div className="field">
            <label htmlFor="ind-level">{t('indicators.list.level')}</label>
            <select id="ind-level" value={filters.level} onChange={(e) => set({ level: e.target.value as ResultLevel | '' })}>
              <option value="">{t('indicators.list.allLevels')}</option>
              {RESULT_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {levelName(l)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="ind-figures">{t('indicators.list.illustrative')}</label>
            <select id="ind-figures" value={filters.figures} onChange={(e) => set({ figures: e.target.value as FiguresFilter })}>
              <option value="all">{t('indicators.list.illustrativeAll')}</option>
              <option value="illustrative">{t('indicators.list.illustrativeOnly')}</option>
              <option value="sourced">{t('indicators.list.sourcedOnly')}</option>
            </select>
          </div>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={filters.noBaseline} onChange={(e) => set({ noBaseline: e.target.checked })} />
          {t('indicators.list.noBaseline')}
        </label>
        <p className="ind-count" role="status">
          {t('indicators.list.count', { shown: listing.shown, total: listing.total })}
          {filtersActive(filters) && (
            <button type="button" className="link-button" onClick={() => onFilters(NO_FILTERS)}>
              {t('indicators.list.clearFilters')}
            </button>
          )}
        </p>
      </div>

      <nav className="ind-list" aria-label={t('indicators.list.label')} onKeyDown={onListKeyDown}>
        {listing.total === 0 ? (
          <p className="muted ind-list-empty">{t('indicators.list.empty')}</p>
        ) : listing.groups.length === 0 ? (
          <p className="muted ind-list-empty">{t('indicators.list.noneMatch')}</p>
        ) : (
          <ul className="ind-groups">
            {visible.map(({ group: g, items }) => {
              return (
                <li key={g.resultId} className="ind-group">
                  <p className="ind-group-title" id={`ind-group-${g.resultId}`}>
                    <span className="ind-group-number">{g.number}</span> <span className={`level-badge level-${g.level}`}>{levelName(g.level)}</span>{' '}
                    <span className={g.statement ? undefined : 'placeholder'}>{g.statement || t('indicators.list.noStatement')}</span>
                  </p>
                  <ul aria-labelledby={`ind-group-${g.resultId}`}>
                    {items.map(({ id, n }) => {
                      const ind = view.indicators[id]!;
                      return (
                        <li key={id}>
                          <button type="button" className="ind-item" data-indicator={id} aria-current={id === selectedId ? 'true' : undefined} onClick={() => onSelect(id)}>
                            <span className="ind-item-n" aria-hidden="true">{n}</span>
                            <span className={`ind-item-text${ind.definition ? '' : ' placeholder'}`}>{ind.definition || t('indicators.list.noDefinition')}</span>
                            <span className="ind-item-badges">
                              {ind.baseline.value === null && <span className="ind-badge ind-badge-warn">{t('indicators.list.badgeNoBaseline')}</span>}
                              {ind.illustrative && <span className="ind-badge">{t('indicators.list.badgeIllustrative')}</span>}
                            </span>
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                </li>
              );
            })}
          </ul>
        )}
        {listing.shown > shownLimit && (
          <button type="button" className="link-button ind-more" onClick={() => setLimit(shownLimit + PAGE)}>
            {t('indicators.list.showMore', { count: listing.shown - shownLimit })}
          </button>
        )}
      </nav>

      <form
        className="ind-add"
        onSubmit={(e) => {
          e.preventDefault();
          if (addTarget) onAdd(addTarget as ResultId);
        }}
      >
        <div className="field">
          <label htmlFor="ind-add-result">{t('indicators.list.addTo')}</label>
          <select id="ind-add-result" value={addTarget} onChange={(e) => setAddTo(e.target.value)}>
            <option value="" disabled>
              {t('indicators.list.chooseResult')}
            </option>
            {view.tree.map((node) => {
              const r = view.results[node.id]!;
              const text = r.statement.length > 70 ? `${r.statement.slice(0, 67)}…` : r.statement;
              return (
                <option key={node.id} value={node.id}>
                  {`${node.number} ${levelName(r.level)}: ${text || t('indicators.list.noStatement')}`}
                </option>
              );
            })}
          </select>
        </div>
        <button type="submit" className="primary" disabled={!addTarget}>
          {t('indicators.list.add')}
        </button>
      </form>
    </div>
  );
}
