/**
 * Pieces the three sections of the structure screen share: the card (heading, hint,
 * the table or the empty message, then the add form), a multi-line cell that
 * commits like the other cells, the move and delete buttons of an ordered row (a moved
 * row keeps the focus on its button), a labelled select, the add form's error line, and
 * the delete that asks first and offers Undo.
 */
import { useId, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { onGridKeyDown } from '../indicators/cells';
import { useTranslation } from 'react-i18next';
import type { FieldProblem, MessageRef } from '../../../shared/plan-doc';
import { useApp } from '../../store';
import { ConfirmDialog } from '../../ui/Dialog';
import { useCommitDraft } from '../../ui/useCommitDraft';

interface CellTextAreaProps {
  readonly label: string;
  readonly value: string;
  readonly onCommit: (text: string) => Promise<boolean> | void;
  readonly rows?: number;
  /** A long name that wraps: Enter saves it (there is no new line in a name). */
  readonly singleLine?: boolean;
}

/**
 * A text cell that wraps: saved when focus leaves or on Ctrl+Enter (on Enter too for a
 * name, which has no new lines); Escape restores it.
 */
export function CellTextArea({ label, value, onCommit, rows = 2, singleLine }: CellTextAreaProps) {
  const draft = useCommitDraft(value, onCommit);
  return (
    <textarea
      className="cell"
      aria-label={label}
      aria-keyshortcuts={singleLine ? 'Enter' : 'Control+Enter'}
      rows={rows}
      value={draft.shown}
      onChange={(e) => draft.change(singleLine ? e.target.value.replace(/\s*\n\s*/g, ' ') : e.target.value)}
      onBlur={draft.commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (singleLine || e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          draft.commit();
        } else if (e.key === 'Escape' && draft.editing) {
          e.stopPropagation();
          draft.cancel();
        }
      }}
    />
  );
}

interface RowActionsProps {
  /** Prefix of the buttons' ids, unique per row. */
  readonly idPrefix: string;
  readonly index: number;
  readonly total: number;
  readonly upLabel: string;
  readonly downLabel: string;
  readonly deleteLabel: string;
  readonly onMove: (direction: 'up' | 'down') => Promise<boolean>;
  readonly onDelete: () => void;
}

/** Move up, move down and delete for a row of an ordered list. */
export function RowActions({ idPrefix, index, total, upLabel, downLabel, deleteLabel, onMove, onDelete }: RowActionsProps) {
  const { t } = useTranslation();
  const move = async (direction: 'up' | 'down') => {
    if (!(await onMove(direction))) return;
    // The row moved: the focus follows it, to the other button once it reaches an end.
    setTimeout(() => {
      const same = document.getElementById(`${idPrefix}-${direction}`) as HTMLButtonElement | null;
      const other = document.getElementById(`${idPrefix}-${direction === 'up' ? 'down' : 'up'}`);
      if (same && !same.disabled) same.focus();
      else other?.focus();
    }, 0);
  };
  return (
    <div className="structure-actions">
      <button type="button" id={`${idPrefix}-up`} className="structure-move" aria-label={upLabel} title={t('structure.moveUp')} disabled={index === 0} onClick={() => void move('up')}>
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" id={`${idPrefix}-down`} className="structure-move" aria-label={downLabel} title={t('structure.moveDown')} disabled={index === total - 1} onClick={() => void move('down')}>
        <span aria-hidden="true">↓</span>
      </button>
      <DeleteButton label={deleteLabel} onClick={onDelete} />
    </div>
  );
}

export function DeleteButton({ label, onClick }: { readonly label: string; readonly onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="link-button danger-text" aria-label={label} onClick={onClick}>
      {t('structure.delete')}
    </button>
  );
}

interface SelectFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly children: ReactNode;
}

/** A labelled select with its error tied to it, like ui/Field. */
export function SelectField({ label, value, onChange, error, children }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

/** Indents an option under its parent: selects show no other structure. */
export function indent(depth: number): string {
  return '\u00a0\u00a0\u00a0'.repeat(depth);
}

/** After a refused add: the first field marked invalid takes the focus, once shown. */
function focusFirstInvalid(form: HTMLFormElement | null): void {
  setTimeout(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
}

interface ConfirmDeleteProps {
  readonly title: string;
  /** What the delete will change, said before it is done. */
  readonly message: string;
  /** The delete command; resolves false when it was refused (the store says why). */
  readonly run: () => Promise<boolean>;
  /** The notice after the delete, which offers Undo. */
  readonly deleted: MessageRef;
  /** The section's heading: the deleted row and its buttons are gone, the focus goes here. */
  readonly heading: RefObject<HTMLHeadingElement | null>;
  readonly onDone: () => void;
}

/** Asks before a delete, runs it, then offers Undo and keeps the keyboard user in the section. */
export function ConfirmDelete({ title, message, run, deleted, heading, onDone }: ConfirmDeleteProps) {
  const { t } = useTranslation();
  const notify = useApp((s) => s.notify);
  const undo = useApp((s) => s.undo);
  return (
    <ConfirmDialog
      title={title}
      message={message}
      confirmLabel={t('structure.confirm.confirm')}
      cancelLabel={t('common.cancel')}
      danger
      onCancel={onDone}
      onConfirm={() => {
        onDone();
        void run().then((ok) => {
          if (!ok) return;
          notify({ tone: 'info', message: deleted, action: { label: { key: 'common.undo' }, run: () => void undo() } });
          setTimeout(() => heading.current?.focus(), 0);
        });
      }}
    />
  );
}

interface StructureCardProps {
  /** Which section: its element ids, its table's class and its messages (structure.<name>.*). */
  readonly name: 'units' | 'objectives' | 'components';
  /** The heading, focused after a delete so the keyboard user is not left nowhere. */
  readonly heading: RefObject<HTMLHeadingElement | null>;
  /** Beside the heading (e.g. a count). */
  readonly headExtra?: ReactNode;
  /** Between the hint and the table (e.g. the plan's owner unit). */
  readonly beforeTable?: ReactNode;
  readonly empty: boolean;
  /** The header cells of the table. */
  readonly headers: ReactNode;
  readonly rows: ReactNode;
  /** After the table: the add form and the delete dialog. */
  readonly children: ReactNode;
}

/** A section of the structure screen: heading, hint, its table (arrow keys move between cells) and what follows. */
export function StructureCard({ name, heading, headExtra, beforeTable, empty, headers, rows, children }: StructureCardProps) {
  const { t } = useTranslation();
  const titleId = `structure-${name}-title`;
  return (
    <section className="card structure-card" aria-labelledby={titleId}>
      <div className="structure-card-head">
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          {t(`structure.${name}.title`)}
        </h2>
        {headExtra}
      </div>
      <p className="hint">{t(`structure.${name}.hint`)}</p>
      {beforeTable}
      {empty ? (
        <p className="structure-empty">{t(`structure.${name}.empty`)}</p>
      ) : (
        <div className="structure-table-wrap">
          <table className={`structure-table structure-${name}`} aria-label={t(`structure.${name}.tableLabel`)} onKeyDown={onGridKeyDown}>
            <thead>
              <tr>{headers}</tr>
            </thead>
            <tbody>{rows}</tbody>
          </table>
        </div>
      )}
      {children}
    </section>
  );
}

/**
 * The add form's behaviour, the same in the three sections: problems are shown once the
 * user has tried to add (the first invalid field gets the focus); a successful `add`
 * clears the form (`reset`) and puts the focus back in its first field for the next one.
 */
export function useAddForm(problems: readonly FieldProblem[], add: () => Promise<boolean>, reset: () => void) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const [submitted, setSubmitted] = useState(false);
  const error = (field: string): string | undefined => {
    const p = submitted ? problems.find((q) => q.field === field) : undefined;
    return p ? t(p.key, p.params) : undefined;
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (problems.length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    if (!(await add())) return;
    reset();
    setSubmitted(false);
    form.current?.querySelector('input')?.focus();
  };
  return { form, error, onSubmit: (e: FormEvent) => void submit(e) };
}
