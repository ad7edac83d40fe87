/**
 * The selects the risk screens share: a rating with its scale's words (1 rare … 5
 * almost certain; 1 minimal … 5 severe), a unit, a category, a mitigation status, and
 * the names they show.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RATINGS, parseRating } from '../../../shared/analysis/risks';
import { MITIGATION_STATUSES, RISK_CATEGORIES, type Mitigation, type Risk, type Unit } from '../../../shared/model';
import type { PlanView } from '../../../shared/plan-doc';

export type Scale = 'likelihood' | 'impact';

/** Display name of a unit: its name, with its code where it has one. */
export function unitLabel(unit: Unit): string {
  return unit.code ? `${unit.name} (${unit.code})` : unit.name;
}

/** Live units by name: the owners a risk or mitigation can have. */
export function unitsByName(view: PlanView): Unit[] {
  return Object.values(view.units).sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
}

/** The start of a long text, cut at a word, for names and notices. */
export function excerpt(text: string, max = 80): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:.]$/, '')}…`;
}

/** A unit by its code where it has one (the full name on hover and for assistive technology). */
export function UnitName({ view, unitId }: { readonly view: PlanView; readonly unitId: string | null }) {
  const { t } = useTranslation();
  const unit = unitId ? view.units[unitId] : undefined;
  if (!unit) return <span className="muted">{unitId ? t('risks.removedUnit') : t('risks.noOwner')}</span>;
  if (!unit.code) return <>{unit.name}</>;
  return (
    <abbr className="unit-code" title={unit.name}>
      <span aria-hidden="true">{unit.code}</span>
      <span className="visually-hidden">{unitLabel(unit)}</span>
    </abbr>
  );
}

interface RatingSelectProps {
  readonly label: string;
  readonly scale: Scale;
  readonly value: number | null;
  /** Offers "Not rated" (residual ratings). */
  readonly optional?: boolean;
  readonly describedBy?: string | undefined;
  readonly invalid?: boolean;
  /** Called with a valid rating (or null for "not rated"), or 'invalid'. */
  readonly onChange: (value: number | null | 'invalid') => void;
}

export function RatingSelect({ label, scale, value, optional, describedBy, invalid, onChange }: RatingSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value === null ? '' : String(value)} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => onChange(parseRating(e.target.value))}>
        {optional && <option value="">{t('risks.notRated')}</option>}
        {RATINGS.map((r) => (
          <option key={r} value={r}>
            {t('risks.ratingOption', { value: r, word: t(`risks.${scale}Scale.${r}`) })}
          </option>
        ))}
      </select>
    </div>
  );
}

interface UnitSelectProps {
  readonly label: string;
  readonly view: PlanView;
  readonly value: string | null;
  readonly onChange: (unitId: Unit['id'] | null) => void;
}

export function UnitSelect({ label, view, value, onChange }: UnitSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  const units = unitsByName(view);
  const removed = value !== null && !view.units[value];
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value ? (e.target.value as Unit['id']) : null)}>
        <option value="">{t('risks.noOwner')}</option>
        {removed && <option value={value}>{t('risks.removedUnit')}</option>}
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {unitLabel(u)}
          </option>
        ))}
      </select>
    </div>
  );
}

interface CategorySelectProps {
  readonly label: string;
  readonly value: Risk['category'];
  readonly onChange: (category: Risk['category']) => void;
}

export function CategorySelect({ label, value, onChange }: CategorySelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Risk['category'])}>
        {RISK_CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {t(`risks.category.${c}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

interface StatusSelectProps {
  readonly label: string;
  readonly value: Mitigation['status'];
  readonly onChange: (status: Mitigation['status']) => void;
}

export function StatusSelect({ label, value, onChange }: StatusSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Mitigation['status'])}>
        {MITIGATION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`risks.mitigationStatus.${s}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
