/**
 * An indicator status as a word with a shape beside it (never colour alone): a tick for
 * on track, a triangle for at risk, a cross for off track, a circle for not measured.
 */
import { useTranslation } from 'react-i18next';
import { INDICATOR_STATUSES, type IndicatorStatus, type StatusCounts } from '../../../shared/analysis/progress';

const ICONS: Readonly<Record<IndicatorStatus, string>> = { on_track: '✓', at_risk: '▲', off_track: '✕', not_measured: '○' };

export function StatusIcon({ status }: { readonly status: IndicatorStatus }) {
  return (
    <span className={`status-icon status-${status}`} aria-hidden="true">
      {ICONS[status]}
    </span>
  );
}

export function StatusBadge({ status }: { readonly status: IndicatorStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-${status}`}>
      <StatusIcon status={status} />
      {t(`dashboard.status.${status}`)}
    </span>
  );
}

/** The mix behind a rolled-up status: "1 off track, 2 on track", worst first, zeros left out. */
export function StatusMix({ counts }: { readonly counts: StatusCounts }) {
  const { t } = useTranslation();
  const shown = INDICATOR_STATUSES.filter((s) => counts[s] > 0);
  return (
    <ul className="status-mix">
      {shown.map((s) => (
        <li key={s} className={`status-mix-item status-${s}`}>
          <StatusIcon status={s} />
          {t(`dashboard.mix.${s}`, { count: counts[s] })}
        </li>
      ))}
    </ul>
  );
}
