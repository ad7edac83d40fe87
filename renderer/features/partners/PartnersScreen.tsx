/**
 * The partners register (Recommendation 2: a strategy for collaboration with other
 * international organisations, with "specific outcomes ... identified, ex ante"): the
 * partners with their type, filtered by type and searched, and for the chosen partner
 * the results it contributes to with the expected outcome of each collaboration.
 * A partner with a link that states no expected outcome is flagged in words.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTNER_TYPES, type PartnerId } from '../../../shared/model';
import { useApp } from '../../store';
import { ConfirmDialog } from '../../ui/Dialog';
import { countByType, NO_PARTNER_FILTERS, partnerLabel, partnerRows, summarise, type PartnerFilters, type PartnerSummary, type PartnerType } from './derive';
import { PartnerDialog } from './PartnerDialog';
import { PartnerLinks } from './PartnerLinks';
import './partners.css';

type Editing = { readonly kind: 'add' } | { readonly kind: 'edit'; readonly id: PartnerId } | null;

export function PartnersScreen() {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const [filters, setFilters] = useState<PartnerFilters>(NO_PARTNER_FILTERS);
  const [chosen, setChosen] = useState<PartnerId | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<PartnerId | null>(null);
  const rows = partnerRows(view, filters);
  const all = Object.values(view.partners);
  const flagged = all.filter((p) => summarise(view, p).missingOutcomes > 0).length;
  const filtered = filters.type !== '' || filters.search.trim() !== '';
  // The chosen partner while it is in the list; else the first one shown.
  const selectedId = chosen && rows.some((r) => r.partner.id === chosen) ? chosen : (rows[0]?.partner.id ?? null);
  const selected = selectedId ? rows.find((r) => r.partner.id === selectedId)! : null;
  const editingPartner = editing?.kind === 'edit' ? view.partners[editing.id] : undefined;
  const deletingPartner = deleting ? view.partners[deleting] : undefined;

  return (
    <section className="partners" aria-labelledby="partners-title">
      <div className="screen-heading">
        <h1 id="partners-title">{t('partners.title')}</h1>
        <div className="screen-actions">
          <button type="button" className="primary partners-add" onClick={() => setEditing({ kind: 'add' })}>
            {t('partners.add')}
          </button>
        </div>
      </div>
      <p className="intro">{t('partners.intro')}</p>

      {all.length === 0 ? (
        <p className="empty">{t('partners.empty')}</p>
      ) : (
        <>
          <div className="partners-bar">
            <Filters filters={filters} counts={countByType(view)} onChange={setFilters} />
            <p className={`partners-status${flagged > 0 ? ' warn' : ''}`} role="status">
              {t('partners.count', { count: all.length })}
              {filtered ? ` · ${t('partners.shown', { shown: rows.length, total: all.length })}` : ''} · {flagged > 0 ? t('partners.flagged', { count: flagged }) : t('partners.allStated')}
            </p>
          </div>
          <div className="partners-layout">
            {rows.length === 0 ? (
              <p className="empty partners-list-empty">{t('partners.noMatch')}</p>
            ) : (
              <ul className="partners-list" aria-label={t('partners.listLabel')}>
                {rows.map((row) => (
                  <PartnerItem key={row.partner.id} row={row} selected={row.partner.id === selectedId} onSelect={() => setChosen(row.partner.id)} />
                ))}
              </ul>
            )}
            {selected ? (
              <PartnerDetail row={selected} onEdit={() => setEditing({ kind: 'edit', id: selected.partner.id })} onDelete={() => setDeleting(selected.partner.id)} />
            ) : (
              rows.length > 0 && <p className="empty">{t('partners.choose')}</p>
            )}
          </div>
        </>
      )}

      {editing && (editing.kind === 'add' || editingPartner) && (
        <PartnerDialog
          partner={editingPartner}
          onClose={() => setEditing(null)}
          onSaved={(id) => {
            setEditing(null);
            // A new partner is shown even where the filters would hide it.
            if (editing.kind === 'add') setFilters(NO_PARTNER_FILTERS);
            setChosen(id);
          }}
        />
      )}
      {deletingPartner && <DeletePartner partnerId={deletingPartner.id} onDone={() => setDeleting(null)} />}
    </section>
  );
}

function Filters({ filters, counts, onChange }: { readonly filters: PartnerFilters; readonly counts: Record<PartnerType, number>; readonly onChange: (f: PartnerFilters) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="partners-filters" role="search" aria-label={t('partners.filters')}>
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('partners.search')}</label>
        <input id={`${id}-search`} type="search" placeholder={t('partners.searchHint')} value={filters.search} onChange={(e) => onChange({ ...filters, search: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-type`}>{t('partners.filterType')}</label>
        <select id={`${id}-type`} value={filters.type} onChange={(e) => onChange({ ...filters, type: e.target.value as PartnerType | '' })}>
          <option value="">{t('partners.allTypes')}</option>
          {PARTNER_TYPES.map((type) => (
            <option key={type} value={type}>
              {t('partners.typeCount', { type: t(`partners.type.${type}`), count: counts[type] })}
            </option>
          ))}
        </select>
      </div>
      {(filters.type !== '' || filters.search !== '') && (
        <button type="button" onClick={() => onChange(NO_PARTNER_FILTERS)}>
          {t('partners.clearFilters')}
        </button>
      )}
    </div>
  );
}

function PartnerItem({ row, selected, onSelect }: { readonly row: PartnerSummary; readonly selected: boolean; readonly onSelect: () => void }) {
  const { t } = useTranslation();
  const { partner, links, missingOutcomes } = row;
  return (
    <li>
      <button type="button" className={`partner-item${selected ? ' selected' : ''}`} aria-current={selected ? 'true' : undefined} onClick={onSelect}>
        <span className="partner-item-name">{partnerLabel(partner)}</span>
        <span className="partner-item-meta">
          <span className={`partner-type type-${partner.type}`}>{t(`partners.type.${partner.type}`)}</span>
          <span>{links === 0 ? t('partners.noLinks') : t('partners.links', { count: links })}</span>
        </span>
        {missingOutcomes > 0 && <span className="partner-item-flag">{t('partners.missing', { count: missingOutcomes })}</span>}
      </button>
    </li>
  );
}

function PartnerDetail({ row, onEdit, onDelete }: { readonly row: PartnerSummary; readonly onEdit: () => void; readonly onDelete: () => void }) {
  const { t } = useTranslation();
  const { partner } = row;
  const name = partnerLabel(partner);
  const titleId = useId();
  return (
    <section className="card partner-detail" aria-labelledby={titleId}>
      <div className="partner-detail-head">
        <div>
          <h2 id={titleId}>{name}</h2>
          <span className={`partner-type type-${partner.type}`}>{t(`partners.type.${partner.type}`)}</span>
          {row.missingOutcomes > 0 && <span className="partner-item-flag">{t('partners.missing', { count: row.missingOutcomes })}</span>}
        </div>
        <div className="row-actions">
          <button type="button" aria-label={t('partners.detail.editLabel', { partner: name })} onClick={onEdit}>
            {t('partners.detail.edit')}
          </button>
          <button type="button" aria-label={t('partners.detail.deleteLabel', { partner: name })} onClick={onDelete}>
            {t('partners.detail.delete')}
          </button>
        </div>
      </div>
      <PartnerLinks partner={partner} />
    </section>
  );
}

/** Confirms, deletes (a tombstone, undoable) and offers Undo in a notice. */
function DeletePartner({ partnerId, onDone }: { readonly partnerId: PartnerId; readonly onDone: () => void }) {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const dispatch = useApp((s) => s.dispatch);
  const notify = useApp((s) => s.notify);
  const undo = useApp((s) => s.undo);
  const partner = view.partners[partnerId]!;
  const name = partnerLabel(partner);
  const count = summarise(view, partner).links;
  return (
    <ConfirmDialog
      title={t('partners.confirmDelete.title')}
      message={t('partners.confirmDelete.message', { partner: name, count })}
      confirmLabel={t('partners.confirmDelete.confirm')}
      cancelLabel={t('common.cancel')}
      danger
      onCancel={onDone}
      onConfirm={() => {
        onDone();
        void dispatch('deleteEntity', { collection: 'partners', id: partnerId }).then((ok) => {
          if (!ok) return;
          notify({ tone: 'info', message: { key: 'partners.deleted', params: { partner: name } }, action: { label: { key: 'common.undo' }, run: () => void undo() } });
          // The deleted partner's buttons are gone: keep the keyboard user in the register.
          setTimeout(() => document.querySelector<HTMLElement>('.partner-item, .partners-add')?.focus(), 0);
        });
      }}
    />
  );
}
