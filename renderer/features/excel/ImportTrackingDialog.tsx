/**
 * The preview of a tracking-sheet import: how many values change, a table of each
 * change (now → from the sheet), the cells the sheet emptied (kept unless the planner
 * ticks "also remove"), and the rows skipped as unmatched or invalid, with their row
 * number and why. Apply runs one `importTracking` command (one undo takes it all
 * back); Cancel changes nothing.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrackingChange, TrackingPreview, TrackingProblem } from '../../../shared/export/xlsx-import';
import { tMessage } from '../../i18n';
import { useApp } from '../../store';
import { Dialog } from '../../ui/Dialog';
import './excel.css';

/** Rows listed per table: the counts above say how many there are in all. */
const LISTED = 200;

interface Props {
  readonly fileName: string;
  readonly preview: TrackingPreview;
  /** Called after Apply (applied: true) or Cancel. */
  readonly onClose: (applied: boolean) => void;
}

export function ImportTrackingDialog({ fileName, preview, onClose }: Props) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const notify = useApp((s) => s.notify);
  const [removeToo, setRemoveToo] = useState(false);
  const [busy, setBusy] = useState(false);
  const summaryId = useId();
  const { changes, removals, unmatched, invalid } = preview;
  const count = changes.length + (removeToo ? removals.length : 0);

  const apply = async () => {
    setBusy(true);
    const values = [...changes, ...(removeToo ? removals : [])].map(({ indicatorId, periodId, field, before, after }) => ({ indicatorId, periodId, field, before, after }));
    const ok = await dispatch('importTracking', { values });
    setBusy(false);
    if (ok) notify({ tone: 'info', message: { key: 'excel.ui.applied', params: { count: values.length } } });
    onClose(ok);
  };

  return (
    <Dialog title={t('excel.ui.dialogTitle')} onClose={() => onClose(false)} describedBy={summaryId}>
      <div className="excel-import">
        <p className="muted">{t('excel.ui.fileName', { file: fileName })}</p>
        <dl className="excel-summary" id={summaryId}>
          <Count label={t('excel.ui.summary.changes')} value={changes.length} />
          <Count label={t('excel.ui.summary.removals')} value={removals.length} />
          <Count label={t('excel.ui.summary.unchanged')} value={preview.unchanged} />
          <Count label={t('excel.ui.summary.unmatched')} value={unmatched.length} />
          <Count label={t('excel.ui.summary.invalid')} value={invalid.length} />
        </dl>

        <h3>{t('excel.ui.changesTitle')}</h3>
        {changes.length === 0 ? <p className="muted">{t('excel.ui.noChanges')}</p> : <ChangeTable caption={t('excel.ui.changesTitle')} rows={changes} />}

        {removals.length > 0 && (
          <div className="excel-removals">
            <h3>{t('excel.ui.removalsTitle')}</h3>
            <p>{t('excel.ui.removalsIntro')}</p>
            <ChangeTable caption={t('excel.ui.removalsTitle')} rows={removals} removal />
            <label className="excel-check">
              <input type="checkbox" checked={removeToo} onChange={(e) => setRemoveToo(e.target.checked)} />
              {t('excel.ui.removeToo', { count: removals.length })}
            </label>
          </div>
        )}

        {unmatched.length > 0 && <ProblemTable title={t('excel.ui.unmatchedTitle')} rows={unmatched} />}
        {invalid.length > 0 && <ProblemTable title={t('excel.ui.invalidTitle')} rows={invalid} />}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={() => onClose(false)} disabled={busy}>
          {t('excel.ui.cancel')}
        </button>
        <button type="button" className="primary" onClick={() => void apply()} disabled={busy || count === 0}>
          {t('excel.ui.apply', { count })}
        </button>
      </div>
    </Dialog>
  );
}

function Count({ label, value }: { readonly label: string; readonly value: number }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function More({ total }: { readonly total: number }) {
  const { t } = useTranslation();
  return total > LISTED ? <p className="muted">{t('excel.ui.moreRows', { count: total - LISTED })}</p> : null;
}

function ChangeTable({ caption, rows, removal = false }: { readonly caption: string; readonly rows: readonly TrackingChange[]; readonly removal?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="excel-table-wrap" tabIndex={0} role="region" aria-label={caption}>
        <table className="excel-table">
          <thead>
            <tr>
              <th scope="col">{t('excel.ui.columns.row')}</th>
              <th scope="col">{t('excel.ui.columns.indicator')}</th>
              <th scope="col">{t('excel.ui.columns.period')}</th>
              <th scope="col">{t('excel.ui.columns.field')}</th>
              <th scope="col">{t('excel.ui.columns.before')}</th>
              <th scope="col">{t('excel.ui.columns.after')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, LISTED).map((c) => (
              <tr key={`${c.row}-${c.field}`} className={removal ? 'excel-removal' : undefined}>
                <td className="num">{c.row}</td>
                <td>
                  <span className="excel-number">{c.resultNumber}</span> <span className="excel-indicator">{c.indicator}</span>
                </td>
                <td className="excel-period">{c.period}</td>
                <td>{t(`excel.import.fields.${c.field}`)}</td>
                <td className="excel-value">{c.beforeText === '' ? <span className="muted">{t('excel.ui.empty')}</span> : removal ? <del>{c.beforeText}</del> : c.beforeText}</td>
                <td className="excel-value">
                  <span aria-hidden="true">{t('excel.ui.arrow')} </span>
                  {removal ? <strong className="excel-removed">{t('excel.ui.removed')}</strong> : <strong>{c.afterText}</strong>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <More total={rows.length} />
    </>
  );
}

function ProblemTable({ title, rows }: { readonly title: string; readonly rows: readonly TrackingProblem[] }) {
  const { t } = useTranslation();
  const withField = rows.some((p) => p.field !== undefined);
  return (
    <>
      <h3>{title}</h3>
      <div className="excel-table-wrap" tabIndex={0} role="region" aria-label={title}>
        <table className="excel-table">
          <thead>
            <tr>
              <th scope="col">{t('excel.ui.columns.row')}</th>
              <th scope="col">{t('excel.ui.columns.indicator')}</th>
              {withField && <th scope="col">{t('excel.ui.columns.field')}</th>}
              <th scope="col">{t('excel.ui.columns.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, LISTED).map((p, i) => (
              <tr key={`${p.row}-${i}`}>
                <td className="num">{p.row}</td>
                <td>{p.label}</td>
                {withField && <td>{p.field ? t(`excel.import.fields.${p.field}`) : ''}</td>}
                <td>{tMessage(t, p.reason)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <More total={rows.length} />
    </>
  );
}
