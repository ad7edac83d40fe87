/**
 * What a plan file would change in the open plan, before anything changes: the counts,
 * then each entity it adds, changes (every field before → after, narrative text inline
 * with added and removed words marked) or deletes, the conflicts on the fields they
 * concern (each value with its office and time), and the results a merge leaves
 * unplaced with the reason. Apply merges it in one step; Cancel leaves the plan as it is.
 * A file changing thousands of entities lists the first ones per group, with "Show all".
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityChange, FieldChange, MergeConflict, TextSegment } from '../../../shared/plan-doc/merge';
import { diffWords } from '../../../shared/plan-doc/merge-text';
import type { IncomingPlanFile } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { formatDateTime } from '../../ui/format';
import { capitalise, useDescriber, type Describer } from './describe';
import './planfiles.css';
import { BusyActions } from './BusyActions';

/** Entities listed per group before "Show all". */
export const LISTED = 200;
/** Unchanged text around a narrative change is cut to this many characters either side. */
const CONTEXT_CHARS = 120;
/** An added or removed run of text is cut beyond this (the whole text is in the plan once applied). */
const RUN_CHARS = 1500;
/** Text values longer than this are shown as their words changed, not before → after (which would be cut). */
const LONG_TEXT = 80;

interface Props {
  readonly incoming: IncomingPlanFile;
  /** While the merge is being applied: the buttons are disabled. */
  readonly busy: boolean;
  readonly onApply: () => void;
  readonly onCancel: () => void;
}

/** Changed first: what the user most needs to check; then what is added and deleted. */
const GROUPS = ['changed', 'added', 'deleted'] as const;
type Group = (typeof GROUPS)[number];

const entityKey = (target: string, id: string) => `${target}/${id}`;

/** Whether a conflict concerns a field: one path is the other or inside it. */
function concerns(conflict: MergeConflict, path: readonly string[]): boolean {
  const n = Math.min(conflict.path.length, path.length);
  for (let i = 0; i < n; i++) if (conflict.path[i] !== path[i]) return false;
  return true;
}

export function ImportPreviewDialog({ incoming, busy, onApply, onCancel }: Props) {
  const { t } = useTranslation();
  const summaryId = useId();
  const preview = incoming.preview!;
  const views = useMemo(() => [preview.after, preview.before], [preview]);
  const describe = useDescriber(views);
  const office = incoming.file.office || t('planFiles.unknownOffice');

  const groups = useMemo(() => {
    const out: Record<Group, EntityChange[]> = { added: [], changed: [], deleted: [] };
    for (const e of preview.entities) out[e.kind].push(e);
    return out;
  }, [preview]);

  /** Conflicts by entity; those on an entity the list does not show, apart. */
  const { conflictsByEntity, otherConflicts } = useMemo(() => {
    const listed = new Set(preview.entities.filter((e) => e.kind === 'changed').map((e) => entityKey(e.target, e.id)));
    const byEntity = new Map<string, MergeConflict[]>();
    const others: MergeConflict[] = [];
    for (const c of preview.conflicts) {
      const key = entityKey(c.target, c.id);
      if (!listed.has(key)) {
        others.push(c);
        continue;
      }
      const list = byEntity.get(key) ?? [];
      list.push(c);
      byEntity.set(key, list);
    }
    return { conflictsByEntity: byEntity, otherConflicts: others };
  }, [preview]);

  const close = () => {
    if (!busy) onCancel();
  };
  const c = preview.counts;

  return (
    <Dialog title={t('planFiles.preview.title', { file: incoming.fileName, office })} onClose={close} describedBy={summaryId}>
      <div className={preview.changed ? 'pf-preview' : 'pf-preview pf-preview-empty'}>
        <p className="muted">
          {t('planFiles.preview.made', { date: formatDateTime(incoming.file.createdAt), kind: t(`planFiles.kinds.${incoming.file.kind}`), title: incoming.file.title })}
        </p>
        {!preview.changed ? (
          <p className="pf-nothing" id={summaryId}>
            {t('planFiles.preview.nothingNew')}
          </p>
        ) : (
          <>
            <dl className="pf-summary" id={summaryId}>
              <Count label={t('planFiles.preview.counts.changed')} value={c.changed} />
              <Count label={t('planFiles.preview.counts.added')} value={c.added} />
              <Count label={t('planFiles.preview.counts.deleted')} value={c.deleted} />
              <Count label={t('planFiles.preview.counts.fields')} value={c.fields} />
              <Count label={t('planFiles.preview.counts.conflicts')} value={c.conflicts} tone={c.conflicts > 0 ? 'warn' : undefined} />
              <Count label={t('planFiles.preview.counts.unplaced')} value={preview.unplaced.length} tone={preview.unplaced.some((u) => !u.before) ? 'warn' : undefined} />
            </dl>
            <div className="pf-changes" role="region" aria-label={t('planFiles.preview.listRegion')} tabIndex={0}>
              {preview.unplaced.length > 0 && <Unplaced incoming={incoming} describe={describe} />}
              {GROUPS.map((g) =>
                groups[g].length > 0 ? <EntityGroup key={g} group={g} entities={groups[g]} conflicts={conflictsByEntity} describe={describe} /> : null,
              )}
              {otherConflicts.length > 0 && (
                <section className="pf-group" aria-labelledby={`${summaryId}-others`}>
                  <h3 id={`${summaryId}-others`}>{t('planFiles.preview.otherConflicts', { count: otherConflicts.length })}</h3>
                  <p className="muted">{t('planFiles.preview.otherConflictsIntro')}</p>
                  <ul className="pf-entities">
                    {otherConflicts.map((conflict) => (
                      <li key={`${entityKey(conflict.target, conflict.id)}/${conflict.path.join('/')}`} className="pf-entity">
                        <div className="pf-entity-name">{capitalise(describe.entity(conflict.target, conflict.id))}</div>
                        <ul className="pf-fields">
                          <li className="pf-field pf-field-conflict">
                            <span className="pf-field-name">{t('planFiles.preview.fieldName', { field: describe.field(conflict.target, conflict.path) })}</span>{' '}
                            <ConflictNote conflict={conflict} describe={describe} />
                          </li>
                        </ul>
                      </li>
                    ))}
                  </ul>
                </section>
              )}
            </div>
            <p className="muted pf-legend">{t('planFiles.preview.legend')}</p>
            <p className="muted">{t('planFiles.preview.undoHint')}</p>
          </>
        )}
      </div>
      {preview.changed ? (
        <BusyActions busy={busy} busyLabel={t('planFiles.preview.applying')} cancelLabel={t('planFiles.preview.cancel')} submitLabel={t('planFiles.preview.apply')} onCancel={close} onSubmit={onApply} />
      ) : (
        <div className="dialog-actions">
          <button type="button" className="primary" onClick={close} autoFocus>
            {t('planFiles.preview.close')}
          </button>
        </div>
      )}
    </Dialog>
  );
}

function Count({ label, value, tone }: { readonly label: string; readonly value: number; readonly tone?: 'warn' | undefined }) {
  return (
    <div className={tone ? `pf-count pf-count-${tone}` : 'pf-count'}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function EntityGroup({ group, entities, conflicts, describe }: { readonly group: Group; readonly entities: readonly EntityChange[]; readonly conflicts: ReadonlyMap<string, readonly MergeConflict[]>; readonly describe: Describer }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [limit, setLimit] = useState(LISTED);
  const shown = entities.slice(0, limit);
  return (
    <section className={`pf-group pf-group-${group}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{t('planFiles.preview.groupCount', { group: t(`planFiles.preview.groups.${group}`), count: entities.length })}</h3>
      <ul className="pf-entities">
        {shown.map((e) => (
          <EntityItem key={entityKey(e.target, e.id)} change={e} conflicts={conflicts.get(entityKey(e.target, e.id)) ?? []} describe={describe} />
        ))}
      </ul>
      {entities.length > limit && (
        <p className="pf-more">
          <span className="muted">{t('planFiles.preview.shown', { shown: limit, count: entities.length })}</span>{' '}
          <button type="button" className="link-button" onClick={() => setLimit(limit + LISTED)}>
            {t('planFiles.preview.showMore', { count: Math.min(LISTED, entities.length - limit) })}
          </button>{' '}
          <button type="button" className="link-button" onClick={() => setLimit(entities.length)}>
            {t('planFiles.preview.showAll', { count: entities.length })}
          </button>
        </p>
      )}
    </section>
  );
}

function EntityItem({ change, conflicts, describe }: { readonly change: EntityChange; readonly conflicts: readonly MergeConflict[]; readonly describe: Describer }) {
  const { t } = useTranslation();
  const name = capitalise(describe.entity(change.target, change.id));
  if (change.kind !== 'changed') {
    return (
      <li className="pf-entity">
        <div className="pf-entity-name">{name}</div>
      </li>
    );
  }
  // A conflict on a field the list shows goes with it; one on another field of the entity gets its own row.
  const unmatched = conflicts.filter((c) => !change.fields.some((f) => concerns(c, f.path)));
  return (
    <li className="pf-entity">
      <div className="pf-entity-name">{name}</div>
      <ul className="pf-fields">
        {change.fields.map((f) => (
          <FieldItem key={f.path.join('/')} change={change} field={f} conflicts={conflicts.filter((c) => concerns(c, f.path))} describe={describe} />
        ))}
        {unmatched.map((c) => (
          <li key={c.path.join('/')} className="pf-field pf-field-conflict">
            <span className="pf-field-name">{t('planFiles.preview.fieldName', { field: describe.field(c.target, c.path) })}</span>{' '}
            <ConflictNote conflict={c} describe={describe} />
          </li>
        ))}
      </ul>
    </li>
  );
}

function FieldItem({ change, field, conflicts, describe }: { readonly change: EntityChange; readonly field: FieldChange; readonly conflicts: readonly MergeConflict[]; readonly describe: Describer }) {
  const { t } = useTranslation();
  const ref = { target: change.target, id: change.id, path: field.path };
  const { before, after } = field;
  // Long text (a statement, a description) is shown as the words that changed: before → after would cut them off.
  const segments = field.segments ?? (typeof before === 'string' && typeof after === 'string' && Math.max(before.length, after.length) > LONG_TEXT ? diffWords(before, after) : null);
  return (
    <li className={conflicts.length > 0 ? 'pf-field pf-field-conflict' : 'pf-field'}>
      <span className="pf-field-name">{t('planFiles.preview.fieldName', { field: describe.field(change.target, field.path) })}</span>{' '}
      {segments ? (
        <TextDiff segments={segments} />
      ) : (
        <span className="pf-values">
          <span className="visually-hidden">{t('planFiles.preview.before')} </span>
          <span className="pf-before">{describe.value(field.before, ref)}</span>
          <span className="pf-arrow" aria-hidden="true">
            {' '}
            {t('planFiles.preview.arrow')}{' '}
          </span>
          <span className="visually-hidden"> {t('planFiles.preview.after')} </span>
          <span className="pf-after">{describe.value(field.after, ref)}</span>
        </span>
      )}
      {conflicts.map((c) => (
        <ConflictNote key={c.path.join('/')} conflict={c} describe={describe} />
      ))}
    </li>
  );
}

/** Cuts a long unchanged run to the text next to the changes. */
function clipEqual(text: string, first: boolean, last: boolean): string {
  if (text.length <= CONTEXT_CHARS * 2 + 20) return text;
  if (first && last) return `${text.slice(0, CONTEXT_CHARS)} … ${text.slice(-CONTEXT_CHARS)}`;
  if (first) return `… ${text.slice(-CONTEXT_CHARS)}`;
  if (last) return `${text.slice(0, CONTEXT_CHARS)} …`;
  return `${text.slice(0, CONTEXT_CHARS)} … ${text.slice(-CONTEXT_CHARS)}`;
}

const clipRun = (text: string) => (text.length > RUN_CHARS ? `${text.slice(0, RUN_CHARS)} …` : text);

/** Narrative text with its changes inline: added words underlined, removed ones struck through, each also labelled for screen readers. */
export function TextDiff({ segments }: { readonly segments: readonly TextSegment[] }) {
  const { t } = useTranslation();
  return (
    <div className="pf-text-diff">
      <span className="visually-hidden">{t('planFiles.preview.textChange')} </span>
      {segments.map((s, i) => {
        if (s.kind === 'equal') return <span key={i}>{clipEqual(s.text, i === 0, i === segments.length - 1)}</span>;
        if (s.kind === 'inserted')
          return (
            <ins key={i}>
              <span className="visually-hidden">[{t('planFiles.preview.inserted')} </span>
              {clipRun(s.text)}
              <span className="visually-hidden"> ({t('planFiles.preview.endInserted')})]</span>
            </ins>
          );
        return (
          <del key={i}>
            <span className="visually-hidden">[{t('planFiles.preview.removed')} </span>
            {clipRun(s.text)}
            <span className="visually-hidden"> ({t('planFiles.preview.endRemoved')})]</span>
          </del>
        );
      })}
    </div>
  );
}

/** A conflict: both (or all) values kept, each with its office and time; the one shown now marked. */
export function ConflictNote({ conflict, describe }: { readonly conflict: MergeConflict; readonly describe: Describer }) {
  const { t } = useTranslation();
  return (
    <div className="pf-conflict" role="note" aria-label={t('planFiles.preview.conflict.badge')}>
      <p>
        <strong className="pf-conflict-badge">
          <span aria-hidden="true">⚠ </span>
          {t('planFiles.preview.conflict.badge')}
        </strong>{' '}
        {t('planFiles.preview.conflict.intro')}
      </p>
      <ul>
        {conflict.values.map((v, i) => {
          const value = describe.value(v.value, conflict);
          const office = v.office || t('planFiles.unknownOffice');
          return (
            <li key={i}>
              {v.time ? t('planFiles.preview.conflict.value', { value, office, time: formatDateTime(v.time) }) : t('planFiles.preview.conflict.valueNoTime', { value, office })}
              {v.shown && <span className="pf-shown"> ({t('planFiles.preview.conflict.shown')})</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function Unplaced({ incoming, describe }: { readonly incoming: IncomingPlanFile; readonly describe: Describer }) {
  const { t } = useTranslation();
  const headingId = useId();
  const unplaced = incoming.preview!.unplaced;
  return (
    <section className="pf-group pf-unplaced" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('planFiles.preview.unplaced.title', { count: unplaced.length })}</h3>
      <p className="muted">{t('planFiles.preview.unplaced.intro')}</p>
      <ul className="pf-entities">
        {unplaced.map((u) => (
          <li key={u.id} className="pf-entity">
            <span className="pf-entity-name">{capitalise(describe.entity('results', u.id))}</span>: {t(`planFiles.preview.unplaced.${u.reason}`)}
            {u.before && <span className="muted"> ({t('planFiles.preview.unplaced.already')})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
