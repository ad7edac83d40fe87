/**
 * The strategy paper: its sections on the left, the selected one's text on the right
 * with a print preview. Navigation to a section (from a quality finding, a link)
 * selects it and puts the caret in its text.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../store';
import { SectionEditor, type EditorMode } from './SectionEditor';
import { SectionList } from './SectionList';
import { SectionTitleDialog } from './SectionTitleDialog';
import { useSectionActions } from './useSectionActions';
import './narrative.css';

type TitleDialog = { readonly mode: 'add'; readonly afterId: string | null } | { readonly mode: 'rename'; readonly id: string };

export function NarrativeScreen() {
  const { t } = useTranslation();
  const view = useApp((s) => s.view)!;
  const selectedId = useApp((s) => s.selectedSectionId);
  const focusRequest = useApp((s) => s.focusRequest);
  const clearFocusRequest = useApp((s) => s.clearFocusRequest);
  const actions = useSectionActions();
  const [mode, setMode] = useState<EditorMode>('split');
  const [dialog, setDialog] = useState<TitleDialog | null>(null);
  // Bumped to move the keyboard focus into the text area once it is rendered.
  const [focusSeq, setFocusSeq] = useState(0);
  const textareaRef = useRef<HTMLTextAreaElement>(null);

  const order = view.sectionOrder;
  const currentId = selectedId && view.sections[selectedId] ? selectedId : (order[0] ?? null);
  const section = currentId ? view.sections[currentId] : undefined;
  const number = currentId ? String(order.indexOf(currentId as (typeof order)[number]) + 1) : '';

  /** Puts the caret in the selected section's text, leaving preview-only mode if needed. */
  const editText = () => {
    setMode((m) => (m === 'preview' ? 'split' : m));
    setFocusSeq((n) => n + 1);
  };

  useEffect(() => {
    if (focusSeq > 0) textareaRef.current?.focus();
  }, [focusSeq]);

  useEffect(() => {
    const target = focusRequest?.target;
    if (target?.kind !== 'section') return undefined;
    // The store has selected the section (navigateTo); focus once it is rendered.
    const frame = requestAnimationFrame(() => {
      clearFocusRequest();
      if (!view.sections[target.id]) return;
      setMode((m) => (m === 'preview' ? 'split' : m));
      setFocusSeq((n) => n + 1);
    });
    return () => cancelAnimationFrame(frame);
  }, [focusRequest, clearFocusRequest, view.sections]);

  const onAdded = (id: string | null) => {
    if (id) editText();
  };

  return (
    <section className="narrative" aria-labelledby="narrative-title">
      <div className="screen-heading">
        <h1 id="narrative-title">{t('narrative.title')}</h1>
      </div>
      <p className="intro">{t('narrative.intro')}</p>
      {order.length === 0 || !section || !currentId ? (
        <div className="empty">
          <p>{t('narrative.empty')}</p>
          <div className="empty-actions">
            <button type="button" className="primary" onClick={() => void actions.addDefaults().then((ok) => ok && editText())}>
              {t('narrative.addDefaults')}
            </button>
            <button type="button" onClick={() => setDialog({ mode: 'add', afterId: null })}>
              {t('narrative.addSection')}
            </button>
          </div>
        </div>
      ) : (
        <div className="narrative-layout">
          <SectionList
            view={view}
            currentId={currentId}
            actions={actions}
            onAdd={() => setDialog({ mode: 'add', afterId: currentId })}
            onRename={(id) => setDialog({ mode: 'rename', id })}
            onEdit={editText}
          />
          <SectionEditor key={currentId} section={section} number={number} mode={mode} onModeChange={setMode} textareaRef={textareaRef} />
        </div>
      )}
      {dialog && (
        <SectionTitleDialog
          mode={dialog.mode}
          initial={dialog.mode === 'rename' ? (view.sections[dialog.id]?.title ?? '') : ''}
          onClose={() => setDialog(null)}
          onSubmit={(title) => {
            setDialog(null);
            if (dialog.mode === 'rename') void actions.rename(dialog.id, title);
            else void actions.add(title, dialog.afterId).then(onAdded);
          }}
        />
      )}
    </section>
  );
}
