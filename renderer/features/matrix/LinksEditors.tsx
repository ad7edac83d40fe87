/**
 * Editing from the matrix the risks, partners and resources attached to a result:
 * link, unlink and edit them. Risks and partners keep their own registers; here they
 * are seen from one result.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FUNDING_SOURCES, FUNDING_STATUSES, makeId, type PartnerId, type ResourceAllocationId, type ResultId, type RiskId } from '../../../shared/model';
import { blankRisk, type Patch } from '../../../shared/plan-doc';
import { randomHex } from '../../platform/random';
import { useApp } from '../../store';
import { CommitField } from '../../ui/CommitField';
import { NumberField } from '../../ui/NumberField';

const RATINGS = [1, 2, 3, 4, 5] as const;

export function RisksEditor({ resultId }: { resultId: ResultId }) {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const dispatch = useApp((s) => s.dispatch);
  const [draft, setDraft] = useState('');
  const linked = Object.values(view.risks).filter((r) => r.resultIds.includes(resultId));
  const others = Object.values(view.risks).filter((r) => !r.resultIds.includes(resultId));
  const setLinks = (id: string, resultIds: ResultId[]) => dispatch('updateEntity', { collection: 'risks', id, fields: { resultIds } as Patch<never> });

  return (
    <div className="links-editor">
      {linked.length === 0 && <p className="muted">{t('matrix.noRisks')}</p>}
      {linked.map((risk, i) => (
        <fieldset key={risk.id} className="indicator-form">
          <legend>{t('matrix.riskN', { n: i + 1 })}</legend>
          <CommitField label={t('matrix.riskDescription')} value={risk.description} onCommit={(description) => dispatch('updateEntity', { collection: 'risks', id: risk.id, fields: { description } as Patch<never> })} />
          <div className="form-row">
            {(['likelihood', 'impact'] as const).map((field) => (
              <div className="field" key={field}>
                <label htmlFor={`${risk.id}-${field}`}>{t(`matrix.${field}`)}</label>
                <select id={`${risk.id}-${field}`} value={risk[field]} onChange={(e) => void dispatch('updateEntity', { collection: 'risks', id: risk.id, fields: { [field]: Number(e.target.value) } as Patch<never> })}>
                  {RATINGS.map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          <button type="button" onClick={() => void setLinks(risk.id, risk.resultIds.filter((r) => r !== resultId))}>
            {t('matrix.unlinkRisk')}
          </button>
        </fieldset>
      ))}
      {others.length > 0 && (
        <div className="field">
          <label htmlFor="link-risk">{t('matrix.linkRisk')}</label>
          <select
            id="link-risk"
            value=""
            onChange={(e) => {
              const risk = view.risks[e.target.value];
              if (risk) void setLinks(risk.id, [...risk.resultIds, resultId]);
            }}
          >
            <option value="">{t('matrix.chooseRisk')}</option>
            {others.map((r) => (
              <option key={r.id} value={r.id}>
                {r.description}
              </option>
            ))}
          </select>
        </div>
      )}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!draft.trim()) return;
          void dispatch('addEntity', { collection: 'risks', entity: blankRisk(makeId<RiskId>('risk', randomHex), draft.trim(), [resultId]) }).then((ok) => ok && setDraft(''));
        }}
      >
        <label htmlFor="new-risk">{t('matrix.newRisk')}</label>
        <input id="new-risk" value={draft} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit">{t('matrix.addRisk')}</button>
      </form>
    </div>
  );
}

export function PartnersEditor({ resultId }: { resultId: ResultId }) {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const dispatch = useApp((s) => s.dispatch);
  const linked = Object.values(view.partners).filter((p) => p.links[resultId]);
  const others = Object.values(view.partners).filter((p) => !p.links[resultId]);
  const setLink = (id: string, expectedOutcome: string | undefined) => dispatch('setPartnerLink', { partnerId: id as PartnerId, resultId, expectedOutcome: expectedOutcome ?? null });

  return (
    <div className="links-editor">
      {linked.length === 0 && <p className="muted">{t('matrix.noPartners')}</p>}
      {linked.map((p) => (
        <fieldset key={p.id} className="indicator-form">
          <legend>{p.name}</legend>
          <CommitField label={t('matrix.expectedOutcome')} value={p.links[resultId]!.expectedOutcome} onCommit={(text) => setLink(p.id, text)} />
          <button type="button" onClick={() => void setLink(p.id, undefined)}>
            {t('matrix.unlinkPartner')}
          </button>
        </fieldset>
      ))}
      {others.length > 0 && (
        <div className="field">
          <label htmlFor="link-partner">{t('matrix.linkPartner')}</label>
          <select id="link-partner" value="" onChange={(e) => e.target.value && void setLink(e.target.value, '')}>
            <option value="">{t('matrix.choosePartner')}</option>
            {others.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}

export function ResourcesEditor({ resultId }: { resultId: ResultId }) {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const dispatch = useApp((s) => s.dispatch);
  const allocations = Object.values(view.resources).filter((a) => a.resultId === resultId);
  const update = (id: string, fields: object) => dispatch('updateEntity', { collection: 'resources', id, fields: fields as Patch<never> });
  const add = () => {
    const periodId = view.periodOrder[0];
    if (!periodId) return;
    void dispatch('addEntity', {
      collection: 'resources',
      entity: { id: makeId<ResourceAllocationId>('resource', randomHex), resultId, periodId, source: 'regular_budget', amount: 0, currency: view.plan.currency, status: 'planned', note: '', deletedAt: null, deletedBy: null },
    });
  };
  return (
    <div className="links-editor">
      {allocations.length === 0 && <p className="muted">{t('matrix.noResources')}</p>}
      {allocations.map((a, i) => (
        <fieldset key={a.id} className="indicator-form">
          <legend>{t('matrix.allocationN', { n: i + 1 })}</legend>
          <div className="form-row">
            <div className="field">
              <label htmlFor={`${a.id}-period`}>{t('matrix.period')}</label>
              <select id={`${a.id}-period`} value={a.periodId} onChange={(e) => void update(a.id, { periodId: e.target.value })}>
                {view.periodOrder.map((pid) => (
                  <option key={pid} value={pid}>
                    {view.periods[pid]!.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${a.id}-source`}>{t('matrix.fundingSource')}</label>
              <select id={`${a.id}-source`} value={a.source} onChange={(e) => void update(a.id, { source: e.target.value })}>
                {FUNDING_SOURCES.map((s) => (
                  <option key={s} value={s}>
                    {t(`matrix.source.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${a.id}-status`}>{t('matrix.fundingStatus')}</label>
              <select id={`${a.id}-status`} value={a.status} onChange={(e) => void update(a.id, { status: e.target.value })}>
                {FUNDING_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`matrix.funding.${s}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="form-row">
            <NumberField label={t('matrix.amount', { currency: a.currency })} value={a.amount} onCommit={(amount) => update(a.id, { amount: amount ?? 0 })} />
            <CommitField label={t('matrix.note')} value={a.note} onCommit={(note) => update(a.id, { note })} />
          </div>
          <button type="button" className="danger-text" onClick={() => void dispatch('deleteEntity', { collection: 'resources', id: a.id })}>
            {t('matrix.deleteAllocation', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={add}>
        {t('matrix.addAllocation')}
      </button>
    </div>
  );
}
