/** The New plan and Rename dialogs, validating as the user types and on submit. */
import { addYears, endOfYear, startOfYear } from 'date-fns';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate, toIsoDate } from '../../../shared/dates';
import type { NewPlanInput } from '../../store';
import { TEMPLATE_IDS } from '../../../shared/templates';
import { CONTENT_LANGUAGES } from '../../../shared/model';
import { languageOptions } from '../../ui/languages';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { TitleDialog } from '../../ui/TitleDialog';

/** The errors of a New plan form, keyed by field, as i18n keys. */
export function validateNewPlan(input: NewPlanInput): Partial<Record<keyof NewPlanInput, string>> {
  const errors: Partial<Record<keyof NewPlanInput, string>> = {};
  if (!input.title.trim()) errors.title = 'newPlan.titleRequired';
  if (!isIsoDate(input.periodStart)) errors.periodStart = 'newPlan.dateInvalid';
  if (!isIsoDate(input.periodEnd)) errors.periodEnd = 'newPlan.dateInvalid';
  else if (!errors.periodStart && input.periodEnd <= input.periodStart) errors.periodEnd = 'newPlan.periodOrder';
  else if (!errors.periodStart && Number(input.periodEnd.slice(0, 4)) - Number(input.periodStart.slice(0, 4)) > 30) errors.periodEnd = 'newPlan.periodTooLong';
  return errors;
}

export function NewPlanDialog({ onCreate, onClose }: { onCreate: (input: NewPlanInput) => void; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const today = new Date();
  const [input, setInput] = useState<NewPlanInput>({
    templateId: 'organisation',
    // A plan is written first in the language its author works in.
    language: (CONTENT_LANGUAGES as readonly string[]).includes(i18n.language) ? i18n.language : 'en',
    title: '',
    organisation: '',
    periodStart: toIsoDate(startOfYear(addYears(today, 1))),
    periodEnd: toIsoDate(endOfYear(addYears(today, 5))),
  });
  const [submitted, setSubmitted] = useState(false);
  const errors = validateNewPlan(input);
  const shown = submitted ? errors : {};
  const change = (field: Exclude<keyof NewPlanInput, 'templateId' | 'language'>) => (value: string) => setInput((prev) => ({ ...prev, [field]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length === 0) onCreate(input);
  };

  return (
    <Dialog title={t('newPlan.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate className="form">
        <Field label={t('newPlan.planTitle')} value={input.title} onChange={change('title')} error={shown.title && t(shown.title)} autoFocus required />
        <Field label={t('newPlan.organisation')} value={input.organisation} onChange={change('organisation')} />
        <div className="form-row">
          <Field label={t('newPlan.periodStart')} type="date" value={input.periodStart} onChange={change('periodStart')} error={shown.periodStart && t(shown.periodStart)} required />
          <Field label={t('newPlan.periodEnd')} type="date" value={input.periodEnd} onChange={change('periodEnd')} error={shown.periodEnd && t(shown.periodEnd)} required />
        </div>
        <p className="hint">{t('newPlan.hint')}</p>
        <div className="field">
          <label htmlFor="new-plan-language">{t('newPlan.language')}</label>
          <select id="new-plan-language" value={input.language} aria-describedby="new-plan-language-hint" onChange={(e) => setInput((prev) => ({ ...prev, language: e.target.value }))}>
            {languageOptions(CONTENT_LANGUAGES, i18n.language).map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
          <span id="new-plan-language-hint" className="field-hint">
            {t('newPlan.languageHint')}
          </span>
        </div>
        <fieldset className="template-choice">
          <legend>{t('templates.choose')}</legend>
          {TEMPLATE_IDS.map((id) => (
            <label key={id} className="template-option">
              <input type="radio" name="template" value={id} checked={input.templateId === id} onChange={() => setInput((prev) => ({ ...prev, templateId: id }))} />
              <span>
                <strong>{t(`templates.names.${id}`)}</strong>
                <span className="muted">{t(`templates.descriptions.${id}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('newPlan.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function RenameDialog({ initial, onRename, onClose }: { initial: string; onRename: (title: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <TitleDialog
      heading={t('library.renameTitle')}
      fieldLabel={t('newPlan.planTitle')}
      submitLabel={t('common.rename')}
      requiredMessage={t('newPlan.titleRequired')}
      initial={initial}
      onSubmit={onRename}
      onClose={onClose}
    />
  );
}
