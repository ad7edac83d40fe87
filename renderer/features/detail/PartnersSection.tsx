/**
 * The partners collaborating on the result and what each collaboration is expected to
 * achieve (Recommendation 2: outcomes "identified, ex ante"). A newly added partner's
 * expected outcome gets the focus, since stating it is the point of the link.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerId, ResultId } from '../../../shared/model';
import { useApp } from '../../store';
import { CommitTextArea } from './CommitTextArea';
import { DetailSection } from './DetailSection';
import { linkedPartners, partnerName, unlinkedPartners } from './derive';

export function PartnersSection({ resultId }: { readonly resultId: ResultId }) {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const dispatch = useApp((s) => s.dispatch);
  const addRef = useRef<HTMLSelectElement>(null);
  const addId = useId();
  const [choice, setChoice] = useState('');
  const [justAdded, setJustAdded] = useState<PartnerId | null>(null);
  const rows = linkedPartners(view, resultId);
  const remaining = unlinkedPartners(view, resultId);

  const setOutcome = (partnerId: PartnerId, expectedOutcome: string | null) => dispatch('setPartnerLink', { partnerId, resultId, expectedOutcome });
  const add = async () => {
    if (choice === '') return;
    const partnerId = choice as PartnerId;
    // Set before the dispatch: the new row mounts as soon as the view has it, and
    // autoFocus acts only on mount.
    setJustAdded(partnerId);
    if (!(await setOutcome(partnerId, ''))) {
      setJustAdded(null);
      return;
    }
    setChoice('');
  };
  const remove = async (partnerId: PartnerId) => {
    if (await setOutcome(partnerId, null)) addRef.current?.focus();
  };

  return (
    <DetailSection title={t('detail.partners.title')} intro={t('detail.partners.intro')}>
      {rows.length === 0 ? (
        <p className="detail-empty">{t('detail.partners.empty')}</p>
      ) : (
        <ul className="detail-cards">
          {rows.map(({ partner, expectedOutcome }) => {
            const name = partnerName(partner);
            return (
              <li key={partner.id} className="detail-card">
                <div className="detail-card-head">
                  <span className="detail-card-title">{name}</span>
                  <button type="button" className="link-button" aria-label={t('detail.partners.removeLabel', { partner: name })} onClick={() => void remove(partner.id)}>
                    {t('detail.partners.remove')}
                  </button>
                </div>
                <CommitTextArea
                  label={t('detail.partners.expectedOutcomeShort')}
                  aria-label={t('detail.partners.expectedOutcome', { partner: name })}
                  placeholder={t('detail.partners.outcomePlaceholder')}
                  value={expectedOutcome}
                  rows={2}
                  autoFocus={partner.id === justAdded}
                  onCommit={(text) => setOutcome(partner.id, text)}
                />
              </li>
            );
          })}
        </ul>
      )}
      {Object.keys(view.partners).length === 0 ? (
        <p className="detail-empty">{t('detail.partners.noPartners')}</p>
      ) : remaining.length === 0 ? (
        <p className="detail-empty">{t('detail.partners.allLinked')}</p>
      ) : (
        <div className="detail-add">
          <div className="field detail-add-main">
            <label htmlFor={addId}>{t('detail.partners.addPartner')}</label>
            <select id={addId} ref={addRef} value={choice} onChange={(e) => setChoice(e.target.value)}>
              <option value="">{t('detail.partners.choosePartner')}</option>
              {remaining.map((p) => (
                <option key={p.id} value={p.id}>
                  {partnerName(p)}
                </option>
              ))}
            </select>
          </div>
          <button type="button" disabled={choice === ''} onClick={() => void add()}>
            {t('detail.partners.add')}
          </button>
        </div>
      )}
    </DetailSection>
  );
}
