/**
 * Adding a partner or editing its details (name, acronym, type). Checked before
 * anything is saved: a missing name or type, or a value too long, is refused with a
 * message at the field; a name already in the register is a warning only, since two
 * organisations may share one (and the user decides).
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { makeId, PARTNER_TYPES, type Partner, type PartnerId } from '../../../shared/model';
import { randomHex } from '../../platform/random';
import { useApp } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { checkPartner, type PartnerInput } from './derive';

interface Props {
  /** The partner to edit; absent to add one. */
  readonly partner?: Partner;
  /** Called with the partner's id once saved. */
  readonly onSaved: (id: PartnerId) => void;
  readonly onClose: () => void;
}

export function PartnerDialog({ partner, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const dispatch = useApp((s) => s.dispatch);
  const notify = useApp((s) => s.notify);
  const typeId = useId();
  const [input, setInput] = useState<PartnerInput>(() => (partner ? { name: partner.name, acronym: partner.acronym, type: partner.type } : { name: '', acronym: '', type: '' }));
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const check = checkPartner(view, input, partner?.id ?? null);
  // Errors show once the user tried to save, so an empty form does not open in red.
  const errors = submitted ? check.errors : {};
  const hasErrors = Object.keys(check.errors).length > 0;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (hasErrors || saving || input.type === '') return;
    const fields = { name: input.name.trim(), acronym: input.acronym.trim(), type: input.type };
    setSaving(true);
    if (partner) {
      const ok = await dispatch('updateEntity', { collection: 'partners', id: partner.id, fields });
      setSaving(false);
      if (ok) onSaved(partner.id);
      return;
    }
    const id = makeId<PartnerId>('partner', randomHex);
    const ok = await dispatch('addEntity', { collection: 'partners', entity: { id, ...fields, links: {}, deletedAt: null, deletedBy: null } });
    setSaving(false);
    if (!ok) return;
    notify({ tone: 'info', message: { key: 'partners.added', params: { partner: fields.name } } });
    onSaved(id);
  };

  return (
    <Dialog title={t(partner ? 'partners.dialog.editTitle' : 'partners.dialog.addTitle')} onClose={onClose}>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <Field
          label={t('partners.dialog.name')}
          value={input.name}
          onChange={(name) => setInput({ ...input, name })}
          error={errors.name ? t(errors.name) : undefined}
          autoFocus
          required
          aria-required="true"
        />
        {check.duplicateOf && (
          <p className="partners-duplicate" role="status">
            ⚠ {t('partners.dialog.duplicate', { name: check.duplicateOf.name })}
          </p>
        )}
        <Field label={t('partners.dialog.acronym')} value={input.acronym} onChange={(acronym) => setInput({ ...input, acronym })} error={errors.acronym ? t(errors.acronym) : undefined} />
        <div className="field">
          <label htmlFor={typeId}>{t('partners.dialog.type')}</label>
          <select
            id={typeId}
            value={input.type}
            required
            aria-invalid={errors.type ? true : undefined}
            aria-describedby={errors.type ? `${typeId}-error` : undefined}
            onChange={(e) => setInput({ ...input, type: e.target.value as PartnerInput['type'] })}
          >
            <option value="">{t('partners.dialog.chooseType')}</option>
            {PARTNER_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`partners.type.${type}`)}
              </option>
            ))}
          </select>
          {errors.type && (
            <span id={`${typeId}-error`} className="field-error">
              {t(errors.type)}
            </span>
          )}
        </div>
        {submitted && hasErrors && (
          <p className="field-error" role="alert">
            {t('partners.errors.fix')}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {t(partner ? 'partners.dialog.save' : 'partners.dialog.add')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
