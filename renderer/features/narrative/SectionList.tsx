/**
 * The strategy paper's sections in order, as a listbox with its toolbar: arrows choose
 * a section, Enter goes to its text, F2 renames, Alt+arrows move it, Delete removes it
 * (with Undo in a notice, no confirmation), Insert adds a section after it.
 */
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanView } from '../../../shared/plan-doc';
import { useApp } from '../../store';
import type { SectionActions } from './useSectionActions';

interface ListProps {
  readonly view: PlanView;
  /** The section shown in the editor (null when the plan has none). */
  readonly currentId: string | null;
  readonly actions: SectionActions;
  readonly onAdd: () => void;
  readonly onRename: (id: string) => void;
  /** Moves the keyboard focus to the section's text. */
  readonly onEdit: () => void;
}

export function SectionList({ view, currentId, actions, onAdd, onRename, onEdit }: ListProps) {
  const { t } = useTranslation();
  const select = useApp((s) => s.selectSection);
  const optionRefs = useRef(new Map<string, HTMLDivElement>());
  const order = view.sectionOrder;
  const index = currentId ? order.indexOf(currentId as (typeof order)[number]) : -1;

  /** Selects a section and puts the keyboard focus on it (after React has placed it). */
  const focusOption = (id: string | null) => {
    if (!id) return;
    select(id);
    requestAnimationFrame(() => optionRefs.current.get(id)?.focus());
  };
  const neighbourAfterDelete = (at: number) => order[at + 1] ?? order[at - 1] ?? null;
  const remove = (id: string, at: number) => {
    const next = neighbourAfterDelete(at);
    void actions.remove(id, next).then((ok) => ok && focusOption(next));
  };
  const move = (id: string, direction: 'up' | 'down') => void actions.move(id, direction).then(() => focusOption(id));

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const id = currentId;
    if (!id) return;
    let handled = true;
    if (e.altKey && e.key === 'ArrowUp') move(id, 'up');
    else if (e.altKey && e.key === 'ArrowDown') move(id, 'down');
    else if (e.key === 'ArrowUp') focusOption(order[index - 1] ?? null);
    else if (e.key === 'ArrowDown') focusOption(order[index + 1] ?? null);
    else if (e.key === 'Home') focusOption(order[0] ?? null);
    else if (e.key === 'End') focusOption(order[order.length - 1] ?? null);
    else if (e.key === 'Enter') onEdit();
    else if (e.key === 'F2') onRename(id);
    else if (e.key === 'Delete') remove(id, index);
    else if (e.key === 'Insert') onAdd();
    else handled = false;
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  return (
    <div className="narrative-sections">
      <h2 id="narrative-sections-title">{t('narrative.sectionsLabel')}</h2>
      <div role="toolbar" aria-label={t('narrative.sectionsToolbar')} aria-controls="narrative-section-list" className="toolbar">
        <button type="button" aria-keyshortcuts="Insert" onClick={onAdd}>
          {t('narrative.addSection')}
        </button>
        <button type="button" disabled={!currentId} aria-keyshortcuts="F2" onClick={() => currentId && onRename(currentId)}>
          {t('narrative.renameSection')}
        </button>
        <button type="button" disabled={index <= 0} aria-label={t('narrative.moveUp')} title={`${t('narrative.moveUp')} (Alt+↑)`} aria-keyshortcuts="Alt+ArrowUp" onClick={() => currentId && move(currentId, 'up')}>
          <span aria-hidden="true">↑</span>
        </button>
        <button type="button" disabled={index < 0 || index >= order.length - 1} aria-label={t('narrative.moveDown')} title={`${t('narrative.moveDown')} (Alt+↓)`} aria-keyshortcuts="Alt+ArrowDown" onClick={() => currentId && move(currentId, 'down')}>
          <span aria-hidden="true">↓</span>
        </button>
        <button type="button" className="danger-text" disabled={!currentId} aria-keyshortcuts="Delete" onClick={() => currentId && remove(currentId, index)}>
          {t('narrative.deleteSection')}
        </button>
      </div>
      <div id="narrative-section-list" role="listbox" aria-labelledby="narrative-sections-title" aria-describedby="narrative-sections-help" className="section-list" onKeyDown={onKeyDown}>
        {order.map((id, i) => {
          const section = view.sections[id]!;
          const selected = id === currentId;
          return (
            <div
              key={id}
              ref={(el) => {
                if (el) optionRefs.current.set(id, el);
                else optionRefs.current.delete(id);
              }}
              role="option"
              aria-selected={selected}
              tabIndex={selected ? 0 : -1}
              className={`section-option${selected ? ' selected' : ''}`}
              data-section-id={id}
              onClick={() => select(id)}
              onDoubleClick={() => onRename(id)}
            >
              <span className="section-number">{i + 1}.</span>
              <span className="section-title">{section.title}</span>
              {section.body.trim() === '' && <span className="section-empty">{t('narrative.emptyBadge')}</span>}
            </div>
          );
        })}
      </div>
      <p className="hint" id="narrative-sections-help">
        {t('narrative.listHelp')}
      </p>
    </div>
  );
}
