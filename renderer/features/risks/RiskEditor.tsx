/**
 * Editing one risk in a dialog: description, category, owner, source, inherent and
 * residual ratings (with the scale's words and the score's band), linked results and
 * mitigations. Every change is a command at once (undoable, saved); bad input shows a
 * message and changes nothing.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inherentRating, residualAboveInherent, residualIncomplete, residualRating, type Rating } from '../../../shared/analysis/risks';
import type { ResultId, Risk } from '../../../shared/model';
import type { Patch, PlanView } from '../../../shared/plan-doc';
import { useApp } from '../../store';
import { CommitField } from '../../ui/CommitField';
import { Dialog } from '../../ui/Dialog';
import { CommitTextArea } from '../detail/CommitTextArea';
import { CategorySelect, RatingSelect, UnitSelect, excerpt } from './fields';
import { MitigationsEditor } from './MitigationsEditor';

interface Props {
  readonly risk: Risk;
  readonly statusDate: string;
  readonly onClose: () => void;
}

export function RiskEditor({ risk, statusDate, onClose }: Props) {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const dispatch = useApp((s) => s.dispatch);
  const notify = useApp((s) => s.notify);
  const undo = useApp((s) => s.undo);
  const id = useId();
  const [descriptionError, setDescriptionError] = useState(false);
  const [ratingError, setRatingError] = useState(false);

  const update = (fields: Patch<Risk>) => dispatch('updateEntity', { collection: 'risks', id: risk.id, fields: fields as Patch<never> });
  const rate = (field: 'likelihood' | 'impact' | 'residualLikelihood' | 'residualImpact') => (value: number | null | 'invalid') => {
    const inherentField = field === 'likelihood' || field === 'impact';
    if (value === 'invalid' || (value === null && inherentField)) {
      setRatingError(true);
      return;
    }
    setRatingError(false);
    void update({ [field]: value });
  };
  const remove = async () => {
    if (!(await dispatch('deleteEntity', { collection: 'risks', id: risk.id }))) return;
    onClose();
    notify({ tone: 'info', message: { key: 'risks.editor.deleted', params: { name: excerpt(risk.description, 60) } }, action: { label: { key: 'common.undo' }, run: () => void undo() } });
  };

  const above = residualAboveInherent(risk);
  const incomplete = residualIncomplete(risk);
  const residualNoteId = `${id}-residual-note`;

  return (
    <Dialog title={t('risks.editor.title')} onClose={onClose}>
      <div className="risk-editor">
        <div className="risk-editor-grid">
          <fieldset className="risk-editor-section">
            <legend>{t('risks.editor.risk')}</legend>
            <CommitTextArea
              label={t('risks.editor.description')}
              value={risk.description}
              rows={4}
              aria-invalid={descriptionError || undefined}
              onCommit={(text) => {
                const description = text.trim();
                setDescriptionError(description === '');
                return description === '' ? Promise.resolve(false) : update({ description });
              }}
            />
            {descriptionError && (
              <p className="field-error" role="alert">
                {t('risks.editor.descriptionRequired')}
              </p>
            )}
            <div className="form-row">
              <CategorySelect label={t('risks.editor.category')} value={risk.category} onChange={(category) => void update({ category })} />
              <UnitSelect label={t('risks.editor.owner')} view={view} value={risk.ownerUnitId} onChange={(ownerUnitId) => void update({ ownerUnitId })} />
            </div>
            <CommitField label={t('risks.editor.source')} value={risk.source} aria-describedby={`${id}-source-hint`} onCommit={(source) => update({ source: source.trim() })} />
            <p id={`${id}-source-hint`} className="hint">
              {t('risks.editor.sourceHint')}
            </p>
          </fieldset>

          <div className="risk-editor-ratings">
            <fieldset className="risk-editor-section">
              <legend>{t('risks.editor.inherent')}</legend>
              <p className="hint">{t('risks.editor.inherentHint')}</p>
              <div className="form-row">
                <RatingSelect label={t('risks.editor.likelihood')} scale="likelihood" value={risk.likelihood} onChange={rate('likelihood')} />
                <RatingSelect label={t('risks.editor.impact')} scale="impact" value={risk.impact} onChange={rate('impact')} />
              </div>
              <ScoreLine rating={inherentRating(risk)} />
            </fieldset>
            <fieldset className="risk-editor-section">
              <legend>{t('risks.editor.residual')}</legend>
              <p className="hint">{t('risks.editor.residualHint')}</p>
              <div className="form-row">
                <RatingSelect label={t('risks.editor.residualLikelihood')} scale="likelihood" optional value={risk.residualLikelihood} invalid={above} describedBy={above || incomplete ? residualNoteId : undefined} onChange={rate('residualLikelihood')} />
                <RatingSelect label={t('risks.editor.residualImpact')} scale="impact" optional value={risk.residualImpact} invalid={above} describedBy={above || incomplete ? residualNoteId : undefined} onChange={rate('residualImpact')} />
              </div>
              <ScoreLine rating={residualRating(risk)} />
              <div role="status">
                {(above || incomplete) && (
                  <p id={residualNoteId} className="risk-warning">
                    <span aria-hidden="true">⚠ </span>
                    {t(above ? 'risks.editor.residualAbove' : 'risks.editor.residualIncomplete')}
                  </p>
                )}
              </div>
            </fieldset>
            {ratingError && (
              <p className="field-error" role="alert">
                {t('risks.editor.invalidRating')}
              </p>
            )}
          </div>
        </div>

        <LinkedResults view={view} risk={risk} update={update} />
        <MitigationsEditor view={view} risk={risk} statusDate={statusDate} />

        <div className="dialog-actions risk-editor-actions">
          <button type="button" className="danger-text" onClick={() => void remove()}>
            {t('risks.editor.delete')}
          </button>
          <button type="button" className="primary" onClick={onClose}>
            {t('risks.editor.close')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

function ScoreLine({ rating }: { readonly rating: Rating | null }) {
  const { t } = useTranslation();
  return (
    <p className="risk-score-line">
      {rating ? (
        <span className={`band-badge risk-band-${rating.band}`}>{t('risks.editor.score', { score: rating.score, band: t(`risks.band.${rating.band}`) })}</span>
      ) : (
        <span className="muted">{t('risks.editor.scoreNone')}</span>
      )}
    </p>
  );
}

interface LinkedResultsProps {
  readonly view: PlanView;
  readonly risk: Risk;
  readonly update: (fields: Patch<Risk>) => Promise<boolean>;
}

function LinkedResults({ view, risk, update }: LinkedResultsProps) {
  const { t } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState('');
  const linked = view.tree.filter((n) => risk.resultIds.includes(n.id));
  const others = view.tree.filter((n) => !risk.resultIds.includes(n.id));
  const statement = (resultId: ResultId) => view.results[resultId]?.statement || t('risks.editor.noStatement');
  const level = (resultId: ResultId) => t(`levels.${view.results[resultId]!.level}`);

  return (
    <fieldset className="risk-editor-section risk-links">
      <legend>{t('risks.editor.results')}</legend>
      <p className="hint">{t('risks.editor.resultsHint')}</p>
      {linked.length === 0 ? (
        <p className="muted">{t('risks.editor.noResults')}</p>
      ) : (
        <ul className="risk-linked">
          {linked.map((n) => (
            <li key={n.id}>
              <span className="risk-linked-number">
                {level(n.id)} {n.number}
              </span>
              <span className="risk-linked-statement">{statement(n.id)}</span>
              <button type="button" className="link-button" aria-label={t('risks.editor.removeResult', { number: n.number })} onClick={() => void update({ resultIds: risk.resultIds.filter((r) => r !== n.id) })}>
                {t('risks.editor.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="risk-link-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!choice || !view.results[choice]) return;
          void update({ resultIds: [...risk.resultIds, choice as ResultId] }).then((ok) => ok && setChoice(''));
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-link`}>{t('risks.editor.linkResult')}</label>
          <select id={`${id}-link`} value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">{t('risks.editor.chooseResult')}</option>
            {others.map((n) => (
              <option key={n.id} value={n.id}>
                {`${n.number} ${excerpt(statement(n.id), 70)}`}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={!choice}>
          {t('risks.editor.link')}
        </button>
      </form>
    </fieldset>
  );
}
