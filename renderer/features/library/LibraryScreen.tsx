/** The plan library: every plan stored on this computer, and what can be done with each. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanId } from '../../../shared/model';
import { NEW_PLAN_EVENT } from '../../platform/events';
import { useApp } from '../../store';
import { ConfirmDialog } from '../../ui/Dialog';
import { formatDate, formatDateTime } from '../../ui/format';
import { NewPlanDialog, RenameDialog } from './PlanFormDialogs';

type Pending =
  | { kind: 'new' }
  | { kind: 'rename'; id: PlanId; title: string }
  | { kind: 'delete'; id: PlanId; title: string }
  | { kind: 'purge'; id: PlanId; title: string }
  | null;

export function LibraryScreen() {
  const { t } = useTranslation();
  const plans = useApp((s) => s.plans);
  const deletedPlans = useApp((s) => s.deletedPlans);
  const loaded = useApp((s) => s.libraryLoaded);
  const openPlan = useApp((s) => s.openPlan);
  const createPlan = useApp((s) => s.createPlan);
  const createSamplePlan = useApp((s) => s.createSamplePlan);
  const renamePlan = useApp((s) => s.renamePlan);
  const duplicatePlan = useApp((s) => s.duplicatePlan);
  const deletePlan = useApp((s) => s.deletePlan);
  const restorePlan = useApp((s) => s.restorePlan);
  const purgePlan = useApp((s) => s.purgePlan);
  const openPlanFileDialog = useApp((s) => s.openPlanFileDialog);
  const [pending, setPending] = useState<Pending>(null);

  useEffect(() => {
    const onNew = () => setPending({ kind: 'new' });
    window.addEventListener(NEW_PLAN_EVENT, onNew);
    return () => window.removeEventListener(NEW_PLAN_EVENT, onNew);
  }, []);

  return (
    <section className="library" aria-labelledby="library-title">
      <div className="screen-heading">
        <h1 id="library-title">{t('library.title')}</h1>
        <div className="screen-actions">
          <button type="button" className="primary" onClick={() => setPending({ kind: 'new' })} aria-keyshortcuts="Control+N">
            {t('library.newPlan')}
          </button>
          <button type="button" onClick={() => void createSamplePlan()}>
            {t('library.newSample')}
          </button>
          <button type="button" onClick={() => void openPlanFileDialog()}>
            {t('planFiles.open')}
          </button>
        </div>
      </div>
      <p className="intro">{t('library.intro')}</p>

      {loaded && plans.length === 0 && <p className="empty">{t('library.empty')}</p>}
      {plans.length > 0 && (
        <table className="table library-table">
          <thead>
            <tr>
              <th scope="col">{t('library.columnTitle')}</th>
              <th scope="col">{t('library.columnPeriod')}</th>
              <th scope="col">{t('library.columnStatus')}</th>
              <th scope="col">{t('library.columnUpdated')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('library.columnActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plans.map((plan) => (
              <tr key={plan.id}>
                <th scope="row">
                  <button type="button" className="link-button plan-link" onClick={() => void openPlan(plan.id)} aria-label={t('library.openPlan', { title: plan.title })}>
                    {plan.title}
                  </button>
                  {plan.organisation && <div className="muted">{plan.organisation}</div>}
                </th>
                <td>{t('library.period', { start: formatDate(plan.periodStart), end: formatDate(plan.periodEnd) })}</td>
                <td>
                  <span className={`badge status-${plan.status}`}>{t(`status.${plan.status}`)}</span>
                </td>
                <td>{formatDateTime(plan.updatedAt)}</td>
                <td>
                  <div className="row-actions" role="group" aria-label={t('library.actionsFor', { title: plan.title })}>
                    <button type="button" onClick={() => setPending({ kind: 'rename', id: plan.id, title: plan.title })} aria-label={t('library.renamePlan', { title: plan.title })}>
                      {t('common.rename')}
                    </button>
                    <button type="button" onClick={() => void duplicatePlan(plan.id, t('library.copyOf', { title: plan.title }))} aria-label={t('library.duplicatePlan', { title: plan.title })}>
                      {t('common.duplicate')}
                    </button>
                    <button type="button" className="danger-text" onClick={() => setPending({ kind: 'delete', id: plan.id, title: plan.title })} aria-label={t('library.deletePlan', { title: plan.title })}>
                      {t('common.delete')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {deletedPlans.length > 0 && (
        <details className="deleted-plans">
          <summary>{t('library.deletedTitle', { count: deletedPlans.length })}</summary>
          <p className="muted">{t('library.deletedIntro')}</p>
          <ul>
            {deletedPlans.map((plan) => (
              <li key={plan.id}>
                <span>{plan.title}</span>
                <button type="button" onClick={() => void restorePlan(plan.id)} aria-label={t('library.restorePlan', { title: plan.title })}>
                  {t('common.restore')}
                </button>
                <button type="button" className="danger-text" onClick={() => setPending({ kind: 'purge', id: plan.id, title: plan.title })} aria-label={t('library.purgePlan', { title: plan.title })}>
                  {t('library.deletePermanently')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}

      {pending?.kind === 'new' && (
        <NewPlanDialog
          onClose={() => setPending(null)}
          onCreate={(input) => {
            setPending(null);
            void createPlan(input);
          }}
        />
      )}
      {pending?.kind === 'rename' && (
        <RenameDialog
          initial={pending.title}
          onClose={() => setPending(null)}
          onRename={(title) => {
            setPending(null);
            void renamePlan(pending.id, title);
          }}
        />
      )}
      {pending?.kind === 'delete' && (
        <ConfirmDialog
          title={t('library.confirmDeleteTitle')}
          message={t('library.confirmDelete', { title: pending.title })}
          confirmLabel={t('common.delete')}
          cancelLabel={t('common.cancel')}
          danger
          onCancel={() => setPending(null)}
          onConfirm={() => {
            setPending(null);
            void deletePlan(pending.id);
          }}
        />
      )}
      {pending?.kind === 'purge' && (
        <ConfirmDialog
          title={t('library.confirmPurgeTitle')}
          message={t('library.confirmPurge', { title: pending.title })}
          confirmLabel={t('library.deletePermanently')}
          cancelLabel={t('common.cancel')}
          danger
          onCancel={() => setPending(null)}
          onConfirm={() => {
            setPending(null);
            void purgePlan(pending.id);
          }}
        />
      )}
    </section>
  );
}
