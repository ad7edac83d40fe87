/**
 * One partner's contributions: the results it is linked to, in the results chain's
 * order, each with the expected outcome of the collaboration (Recommendation 2: stated
 * ex ante), editable in place; a link without one is flagged. Links are added from the
 * list of results and removed one by one, each a `setPartnerLink` command (undoable).
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner, ResultId } from '../../../shared/model';
import { useApp } from '../../store';
import { useLevelName } from '../../ui/levels';
import { CommitTextArea } from '../detail/CommitTextArea';
import { linkableResults, partnerLabel, partnerLinks } from './derive';

const OPTION_TEXT = 90;

function shorten(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= OPTION_TEXT ? clean : `${clean.slice(0, OPTION_TEXT - 1).trimEnd()}…`;
}

export function PartnerLinks({ partner }: { readonly partner: Partner }) {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const dispatch = useApp((s) => s.dispatch);
  const navigateTo = useApp((s) => s.navigateTo);
  const levelName = useLevelName();
  const addId = useId();
  const titleId = useId();
  const addRef = useRef<HTMLSelectElement>(null);
  const [choice, setChoice] = useState('');
  const [justAdded, setJustAdded] = useState<ResultId | null>(null);
  const { linked, gone } = partnerLinks(view, partner);
  const linkable = linkableResults(view, partner);
  const name = partnerLabel(partner);

  const setLink = (resultId: ResultId, expectedOutcome: string | null) => dispatch('setPartnerLink', { partnerId: partner.id, resultId, expectedOutcome });
  const add = async () => {
    if (choice === '') return;
    const resultId = choice as ResultId;
    // Set before the dispatch: the new card mounts as soon as the view has it, and its
    // expected outcome takes the focus (stating it is the point of the link).
    setJustAdded(resultId);
    if (!(await setLink(resultId, ''))) {
      setJustAdded(null);
      return;
    }
    setChoice('');
  };
  const remove = async (resultId: ResultId) => {
    if (await setLink(resultId, null)) addRef.current?.focus();
  };

  return (
    <section className="partner-links" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('partners.detail.linksTitle')}</h3>
      <p className="hint">{t('partners.detail.linksIntro')}</p>
      {linked.length === 0 ? (
        <p className="partners-empty-line">{t('partners.detail.noLinks')}</p>
      ) : (
        <ul className="partner-link-list">
          {linked.map((link) => {
            const where = { level: levelName(link.result.level), number: link.node.number };
            return (
              <li key={link.resultId} className={`partner-link${link.missing ? ' missing' : ''}`}>
                <div className="partner-link-head">
                  <span className="partner-link-number">{link.node.number}</span>
                  <span className={`level-badge level-${link.result.level}`}>{levelName(link.result.level)}</span>
                  <button type="button" className="link-button partner-link-result" title={t('partners.detail.openResult', where)} onClick={() => navigateTo({ kind: 'result', id: link.resultId })}>
                    {link.result.statement || t('results.noStatement')}
                  </button>
                  <button type="button" className="partner-link-remove" aria-label={t('partners.detail.removeLinkLabel', { partner: name, ...where })} onClick={() => void remove(link.resultId)}>
                    {t('partners.detail.removeLink')}
                  </button>
                </div>
                <CommitTextArea
                  label={t('partners.detail.expectedOutcome')}
                  aria-label={t('partners.detail.expectedOutcomeOn', { partner: name, ...where })}
                  placeholder={t('partners.detail.outcomePlaceholder')}
                  hint={link.missing ? t('partners.detail.missing') : undefined}
                  value={link.expectedOutcome}
                  rows={3}
                  autoFocus={link.resultId === justAdded}
                  onCommit={(text) => setLink(link.resultId, text)}
                />
              </li>
            );
          })}
        </ul>
      )}
      {view.tree.length === 0 ? (
        <p className="partners-empty-line">{t('partners.detail.noResults')}</p>
      ) : linkable.length === 0 ? (
        <p className="partners-empty-line">{t('partners.detail.allLinked')}</p>
      ) : (
        <div className="partner-add-link">
          <div className="field">
            <label htmlFor={addId}>{t('partners.detail.addLink')}</label>
            <select id={addId} ref={addRef} value={choice} onChange={(e) => setChoice(e.target.value)}>
              <option value="">{t('partners.detail.chooseResult')}</option>
              {linkable.map((node) => {
                const result = view.results[node.id]!;
                return (
                  <option key={node.id} value={node.id}>
                    {`${node.number} ${levelName(result.level)}: ${shorten(result.statement || t('results.noStatement'))}`}
                  </option>
                );
              })}
            </select>
          </div>
          <button type="button" disabled={choice === ''} onClick={() => void add()}>
            {t('partners.detail.link')}
          </button>
        </div>
      )}
      {gone.length > 0 && (
        <div className="partner-gone">
          <h4>{t('partners.detail.goneTitle')}</h4>
          <ul>
            {gone.map((resultId) => (
              <li key={resultId}>
                <span className="muted">{t('partners.detail.goneItem')}</span>
                {partner.links[resultId]?.expectedOutcome && <span className="partner-gone-outcome">{partner.links[resultId].expectedOutcome}</span>}
                <button type="button" aria-label={t('partners.detail.removeGoneLabel')} onClick={() => void setLink(resultId, null)}>
                  {t('partners.detail.removeGone')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
