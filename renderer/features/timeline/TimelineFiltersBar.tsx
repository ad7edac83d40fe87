/** The timeline's filters: level, component, unit, and "overdue and next 90 days only". */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { hasTimelineFilters, NO_COMPONENT, NO_TIMELINE_FILTERS, type TimelineFilters } from '../../../shared/analysis/schedule';
import { RESULT_LEVELS, type ResultLevel } from '../../../shared/model';
import { useApp } from '../../store';
import { useLevelName } from '../../ui/levels';

interface TimelineFiltersBarProps {
  readonly filters: TimelineFilters;
  readonly onChange: (filters: TimelineFilters) => void;
}

export function TimelineFiltersBar({ filters, onChange }: TimelineFiltersBarProps) {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const levelNameOf = useLevelName();
  const id = useId();
  const set = (fields: Partial<TimelineFilters>) => onChange({ ...filters, ...fields });
  const components = view.componentOrder.flatMap((c) => view.components[c] ?? []);
  const units = Object.values(view.units).sort((a, b) => a.name.localeCompare(b.name));

  return (
    <div className="timeline-filters" role="group" aria-label={t('timeline.filters.label')}>
      <div className="field">
        <label htmlFor={`${id}-level`}>{t('timeline.filters.level')}</label>
        <select id={`${id}-level`} value={filters.level} onChange={(e) => set({ level: e.target.value as ResultLevel | '' })}>
          <option value="">{t('timeline.filters.allLevels')}</option>
          {RESULT_LEVELS.map((level) => (
            <option key={level} value={level}>
              {levelNameOf(level)}
            </option>
          ))}
        </select>
      </div>
      {components.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-component`}>{t('timeline.filters.component')}</label>
          <select id={`${id}-component`} value={filters.componentId} onChange={(e) => set({ componentId: e.target.value })}>
            <option value="">{t('timeline.filters.allComponents')}</option>
            <option value={NO_COMPONENT}>{t('timeline.filters.noComponent')}</option>
            {components.map((c) => (
              <option key={c.id} value={c.id}>
                {c.code ? `${c.code} ${c.name}` : c.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {units.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-unit`}>{t('timeline.filters.unit')}</label>
          <select id={`${id}-unit`} value={filters.unitId} onChange={(e) => set({ unitId: e.target.value })}>
            <option value="">{t('timeline.filters.allUnits')}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.code ? `${u.code} – ${u.name}` : u.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <label className="timeline-due-soon">
        <input type="checkbox" checked={filters.dueSoonOnly} onChange={(e) => set({ dueSoonOnly: e.target.checked })} />
        {t('timeline.filters.dueSoon')}
      </label>
      {hasTimelineFilters(filters) && (
        <button type="button" className="timeline-clear" onClick={() => onChange(NO_TIMELINE_FILTERS)}>
          {t('timeline.filters.clear')}
        </button>
      )}
    </div>
  );
}
