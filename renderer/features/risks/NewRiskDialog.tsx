/**
 * Adding a risk: its description (required), category, ratings, owner and, optionally,
 * the result it threatens. The risk is created in one command; its editor then opens
 * for the rest (residual rating, more results, mitigations).
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { makeId, type ResultId, type Risk, type RiskId, type UnitId } from '../../../shared/model';
import { blankRisk } from '../../../shared/plan-doc';
import { randomHex } from '../../platform/random';
import { useApp } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { CategorySelect, RatingSelect, UnitSelect, excerpt } from './fields';

interface Props {
  readonly onClose: () => void;
  readonly onCreated: (riskId: RiskId) => void;
}

export function NewRiskDialog({ onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const dispatch = useApp((s) => s.dispatch);
  const id = useId();
  const [description, setDescription] = useState('');
  const [category, setCategory] = useState<Risk['category']>('operational');
  const [likelihood, setLikelihood] = useState(3);
  const [impact, setImpact] = useState(3);
  const [ownerUnitId, setOwner] = useState<UnitId | null>(null);
  const [resultId, setResultId] = useState('');
  const [error, setError] = useState<'description' | 'rating' | null>(null);
  const errorId = `${id}-error`;
  const descriptionRef = useRef<HTMLTextAreaElement>(null);

  const rating = (set: (n: number) => void) => (value: number | null | 'invalid') => {
    if (value === null || value === 'invalid') setError('rating');
    else set(value);
  };

  const create = async () => {
    const text = description.trim();
    if (!text) {
      setError('description');
      descriptionRef.current?.focus();
      return;
    }
    setError(null);
    const riskId = makeId<RiskId>('risk', randomHex);
    const entity: Risk = { ...blankRisk(riskId, text, resultId ? [resultId as ResultId] : []), category, likelihood, impact, ownerUnitId };
    if (await dispatch('addEntity', { collection: 'risks', entity })) onCreated(riskId);
  };

  return (
    <Dialog title={t('risks.newRisk.title')} onClose={onClose}>
      <form
        className="form risk-new"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-description`}>{t('risks.editor.description')}</label>
          <textarea
            ref={descriptionRef}
            id={`${id}-description`}
            rows={3}
            value={description}
            aria-required="true"
            aria-invalid={error === 'description' || undefined}
            aria-describedby={error === 'description' ? errorId : undefined}
            onChange={(e) => setDescription(e.target.value)}
          />
        </div>
        <div className="form-row">
          <CategorySelect label={t('risks.editor.category')} value={category} onChange={setCategory} />
          <UnitSelect label={t('risks.editor.owner')} view={view} value={ownerUnitId} onChange={setOwner} />
        </div>
        <div className="form-row">
          <RatingSelect label={t('risks.editor.likelihood')} scale="likelihood" value={likelihood} onChange={rating(setLikelihood)} />
          <RatingSelect label={t('risks.editor.impact')} scale="impact" value={impact} onChange={rating(setImpact)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-result`}>{t('risks.newRisk.result')}</label>
          <select id={`${id}-result`} value={resultId} onChange={(e) => setResultId(e.target.value)}>
            <option value="">{t('risks.newRisk.noResult')}</option>
            {view.tree.map((n) => (
              <option key={n.id} value={n.id}>
                {`${n.number} ${excerpt(view.results[n.id]?.statement ?? '', 70)}`}
              </option>
            ))}
          </select>
        </div>
        {error && (
          <p id={errorId} className="field-error" role="alert">
            {t(error === 'description' ? 'risks.newRisk.descriptionRequired' : 'risks.editor.invalidRating')}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('risks.newRisk.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
