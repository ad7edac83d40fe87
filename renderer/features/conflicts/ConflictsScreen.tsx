/**
 * Fields two offices changed at once: each value with its office and time, which one the
 * plan shows now, and a way to settle them (keep one, or write another). Grouped by the
 * entity they belong to, in plan order. Settling is an ordinary, undoable change that
 * travels in the next plan file, so every office ends with the same value.
 */
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isResolvableField, type MergeConflict, type MergeTarget, type PlanView } from '../../../shared/plan-doc';
import { tMessage } from '../../i18n';
import { useApp } from '../../store';
import { conflictsCurrent } from '../../store/conflictsSlice';
import { formatDateTime } from '../../ui/format';
import { parseNumber } from '../../ui/NumberField';
import { capitalise, entityOrder, newValueKind, planTargetOf, useConflictNames, type ConflictNames } from './describe';
import './conflicts.css';

const keyOf = (c: MergeConflict) => `${c.target}/${c.id}/${c.path.join('/')}`;

interface Group {
  readonly target: MergeTarget;
  readonly id: string;
  readonly conflicts: readonly MergeConflict[];
}

function groupsOf(view: PlanView, conflicts: readonly MergeConflict[], names: ConflictNames): Group[] {
  const byEntity = new Map<string, { target: MergeTarget; id: string; conflicts: MergeConflict[] }>();
  for (const c of conflicts) {
    const key = `${c.target}/${c.id}`;
    let group = byEntity.get(key);
    if (!group) byEntity.set(key, (group = { target: c.target, id: c.id, conflicts: [] }));
    group.conflicts.push(c);
  }
  const label = new Map([...byEntity.values()].map((g) => [g, names.entity(g.target, g.id)]));
  return [...byEntity.values()].sort((a, b) => entityOrder(view, a.target, a.id) - entityOrder(view, b.target, b.id) || label.get(a)!.localeCompare(label.get(b)!));
}

export function ConflictsScreen() {
  const { t } = useTranslation();
  const view = useApp((s) => s.view);
  const conflicts = useApp((s) => (s.conflictsRead?.planId === s.openPlanId ? s.conflicts : null));
  const current = useApp(conflictsCurrent);
  const loading = useApp((s) => s.conflictsLoading);
  const error = useApp((s) => s.conflictsError);
  const loadConflicts = useApp((s) => s.loadConflicts);
  const headingRef = useRef<HTMLHeadingElement>(null);
  /** Where focus goes once a settled conflict has left the list. */
  const pendingFocus = useRef<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);

  // Read again whenever the plan moved since the last read (an edit, an import, an undo).
  useEffect(() => {
    if (!current) void loadConflicts();
  }, [current, loadConflicts]);

  useEffect(() => {
    const want = pendingFocus.current;
    if (want === null) return;
    pendingFocus.current = null;
    const target = want ? listRef.current?.querySelector<HTMLElement>(`[data-conflict="${CSS.escape(want)}"]`) : null;
    (target ?? headingRef.current)?.focus();
  }, [conflicts]);

  if (!view) return null;

  /** Called before a conflict is settled (focus then goes to the next one), and with null when that was refused. */
  const onSettled = (conflict: MergeConflict | null) => {
    if (!conflict) {
      pendingFocus.current = null;
      return;
    }
    const list = conflicts ?? [];
    const at = list.findIndex((c) => keyOf(c) === keyOf(conflict));
    const next = list[at + 1] ?? list[at - 1];
    pendingFocus.current = next ? keyOf(next) : '';
  };

  return (
    <section className="conflicts-screen" aria-labelledby="conflicts-title">
      <div className="screen-heading">
        <h1 id="conflicts-title" ref={headingRef} tabIndex={-1}>
          {t('conflicts.title')}
        </h1>
      </div>
      {conflicts !== null && conflicts.length > 0 && <p className="intro">{t('conflicts.intro')}</p>}
      {error && (
        <p className="conflicts-error" role="alert">
          {t('conflicts.loadFailed', { reason: tMessage(t, error) })}
        </p>
      )}
      {conflicts === null ? (
        <p role="status">{loading ? t('conflicts.loading') : ''}</p>
      ) : conflicts.length === 0 ? (
        <div className="conflicts-empty card" role="status">
          <p className="conflicts-empty-title">{t('conflicts.empty')}</p>
          <p className="hint">{t('conflicts.emptyExplain')}</p>
        </div>
      ) : (
        <div ref={listRef}>
          <p className="conflicts-summary" role="status">
            {t('conflicts.summary', { count: conflicts.length })}
          </p>
          <ConflictGroups view={view} conflicts={conflicts} onSettled={onSettled} />
        </div>
      )}
    </section>
  );
}

function ConflictGroups({ view, conflicts, onSettled }: { readonly view: PlanView; readonly conflicts: readonly MergeConflict[]; readonly onSettled: (c: MergeConflict | null) => void }) {
  const names = useConflictNames(view);
  const groups = useMemo(() => groupsOf(view, conflicts, names), [view, conflicts, names]);
  return (
    <>
      {groups.map((g) => (
        <EntityGroup key={`${g.target}/${g.id}`} view={view} group={g} names={names} onSettled={onSettled} />
      ))}
    </>
  );
}

function EntityGroup({ view, group, names, onSettled }: { readonly view: PlanView; readonly group: Group; readonly names: ConflictNames; readonly onSettled: (c: MergeConflict | null) => void }) {
  const { t } = useTranslation();
  const navigateTo = useApp((s) => s.navigateTo);
  const titleId = useId();
  const entity = names.entity(group.target, group.id);
  const place = planTargetOf(view, group.target, group.id);
  return (
    <section className="card conflict-entity" aria-labelledby={titleId}>
      <div className="conflict-entity-head">
        <h2 id={titleId}>{capitalise(entity)}</h2>
        {place && (
          <button type="button" className="link-button" aria-label={t('conflicts.goToLabel', { entity })} onClick={() => navigateTo(place)}>
            {t('conflicts.goTo')}
          </button>
        )}
      </div>
      {group.conflicts.map((c) => (
        <ConflictItem key={keyOf(c)} conflict={c} entity={entity} names={names} onSettled={onSettled} />
      ))}
    </section>
  );
}

function ConflictItem({ conflict, entity, names, onSettled }: { readonly conflict: MergeConflict; readonly entity: string; readonly names: ConflictNames; readonly onSettled: (c: MergeConflict | null) => void }) {
  const { t } = useTranslation();
  const resolveConflict = useApp((s) => s.resolveConflict);
  const notify = useApp((s) => s.notify);
  const undo = useApp((s) => s.undo);
  const [busy, setBusy] = useState(false);
  const fieldId = useId();
  const field = names.field(conflict);
  const resolvable = isResolvableField(conflict.target, conflict.path);

  const settle = async (value: unknown): Promise<boolean> => {
    setBusy(true);
    const shownValue = names.value(conflict, value);
    onSettled(conflict);
    const ok = await resolveConflict(conflict, value);
    if (!ok) onSettled(null);
    if (ok) {
      notify({ tone: 'info', message: { key: 'conflicts.notices.resolved', params: { field, entity, value: shownValue } }, action: { label: { key: 'common.undo' }, run: () => void undo() } });
    } else {
      setBusy(false);
    }
    return ok;
  };

  return (
    <div className="conflict" role="group" aria-labelledby={fieldId} data-conflict={keyOf(conflict)} tabIndex={-1}>
      <h3 id={fieldId} className="conflict-field">
        {capitalise(field)}
      </h3>
      <ul className="conflict-values" aria-label={t('conflicts.valuesOf', { field })}>
        {conflict.values.map((v, i) => {
          const office = v.office?.trim() || t('conflicts.unnamedOffice');
          const value = names.value(conflict, v.value);
          return (
            <li key={`${v.actor}-${i}`} className={v.shown ? 'conflict-value is-shown' : 'conflict-value'}>
              <span className="conflict-value-text">{value || t('conflicts.emptyValue')}</span>
              <span className="conflict-value-source">
                <span className="conflict-office">{office}</span>
                <span className="conflict-time">{v.time ? formatDateTime(v.time) : t('conflicts.unknownTime')}</span>
                {v.command?.startsWith('undo:') && <span className="conflict-undo">{t('conflicts.byUndo')}</span>}
              </span>
              <span className="conflict-value-state">{v.shown && <span className="badge conflict-shown">{t('conflicts.shownNow')}</span>}</span>
              {resolvable && (
                <button type="button" disabled={busy} aria-label={t('conflicts.keepLabel', { value: value || t('conflicts.emptyValue'), office, field, entity })} onClick={() => void settle(v.value)}>
                  {t('conflicts.keep')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {resolvable ? <WriteOther conflict={conflict} field={field} entity={entity} busy={busy} onSave={settle} /> : <p className="hint">{t('conflicts.errors.textField')}</p>}
    </div>
  );
}

function WriteOther({
  conflict,
  field,
  entity,
  busy,
  onSave,
}: {
  readonly conflict: MergeConflict;
  readonly field: string;
  readonly entity: string;
  readonly busy: boolean;
  readonly onSave: (value: unknown) => Promise<boolean>;
}) {
  const { t, i18n } = useTranslation();
  const kind = newValueKind(conflict);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();
  const hintId = useId();
  /** Set when the form closes, so the button that opened it takes the focus back. */
  const refocus = useRef(false);

  if (kind === null) return <p className="hint">{t('conflicts.noNewValue')}</p>;

  const start = () => {
    const shown = conflict.values[0]?.value;
    setText(shown === null || shown === undefined ? '' : String(shown));
    setProblem(null);
    setOpen(true);
  };
  const close = () => {
    refocus.current = true;
    setOpen(false);
    setProblem(null);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    let value: unknown;
    if (kind === 'number') {
      const n = parseNumber(text, i18n.language);
      if (n === null || n === 'invalid') {
        setProblem(t('conflicts.errors.numberRequired'));
        return;
      }
      value = n;
    } else {
      if (text.trim() === '') {
        setProblem(t('conflicts.errors.textRequired'));
        return;
      }
      value = kind === 'date' ? text : text.trim();
    }
    setProblem(null);
    await onSave(value);
  };

  if (!open) {
    return (
      <button
        type="button"
        ref={(el) => {
          if (el && refocus.current) {
            refocus.current = false;
            el.focus();
          }
        }}
        className="conflict-write-other" disabled={busy} aria-expanded={false} aria-label={t('conflicts.writeOtherLabel', { field, entity })} onClick={start}>
        {t('conflicts.writeOther')}
      </button>
    );
  }
  const describedBy = [hintId, problem ? errorId : ''].filter(Boolean).join(' ');
  const common = {
    id: inputId,
    value: text,
    autoFocus: true,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': describedBy,
    onKeyDown: (e: { key: string; preventDefault(): void }) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        close();
      }
    },
  } as const;
  return (
    <form className="conflict-new-value" onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={inputId}>{t('conflicts.newValue', { field })}</label>
      {kind === 'longText' ? (
        <textarea {...common} rows={4} onChange={(e) => setText(e.target.value)} />
      ) : (
        <input {...common} type={kind === 'date' ? 'date' : 'text'} inputMode={kind === 'number' ? 'decimal' : undefined} onChange={(e) => setText(e.target.value)} />
      )}
      <span id={hintId} className="field-hint">
        {t('conflicts.newValueHint')}
      </span>
      {problem && (
        <span id={errorId} className="field-error" role="alert">
          {problem}
        </span>
      )}
      <div className="conflict-new-value-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('conflicts.saveValue')}
        </button>
        <button type="button" onClick={close}>
          {t('conflicts.cancel')}
        </button>
      </div>
    </form>
  );
}
