/**
 * The share of a result's resources counted under an objective it serves as a
 * "significant" objective: shown, explained, and edited as a per cent (0-100) of the plan.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tMessage } from '../../i18n';
import { useApp } from '../../store';
import { useCommitDraft } from '../../ui/useCommitDraft';
import type { MessageRef } from '../../../shared/plan-doc/commands/types';
import { parseSharePercent, sharePercent } from './input';

export function ShareField({ share }: { readonly share: number }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const id = useId();
  const [error, setError] = useState<MessageRef | null>(null);
  const draft = useCommitDraft(String(sharePercent(share)), async (text) => {
    const parsed = parseSharePercent(text);
    if (!parsed.ok) {
      setError(parsed.error);
      return false;
    }
    setError(null);
    return dispatch('updatePlan', { significantShare: parsed.value });
  });
  return (
    <div className="res-share">
      <div className="field">
        <label htmlFor={id}>{t('resources.share.label')}</label>
        <div className="res-share-input">
          <input
            id={id}
            type="text"
            inputMode="decimal"
            value={draft.shown}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-explanation${error ? ` ${id}-error` : ''}`}
            onChange={(e) => {
              setError(null);
              draft.change(e.target.value);
            }}
            onBlur={draft.commit}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                draft.commit();
              } else if (e.key === 'Escape') {
                setError(null);
                draft.cancel();
              }
            }}
          />
          <span aria-hidden="true">%</span>
        </div>
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {tMessage(t, error)}
        </p>
      )}
      <p id={`${id}-explanation`} className="hint">
        {t('resources.share.explanation')}
      </p>
    </div>
  );
}
