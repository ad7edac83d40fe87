/**
 * The editor of one section's body: a formatting toolbar, the text area, and the print
 * preview beside or instead of it. Formatting is applied as Markdown to the selection,
 * through the browser's own text insertion where it can, so Ctrl+Z in the text area
 * takes a formatting step back like any typing.
 */
import { useDeferredValue, useId, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../ui/format';
import { applyReplacement, toggleEmphasis, toggleLineFormat, type Replacement } from '../../../shared/narrative/format';
import type { NarrativeSection } from '../../../shared/model';
import { SECTION_BODY_MAX } from '../../../shared/plan-doc';
import { useApp } from '../../store';
import { NarrativePreview } from './NarrativePreview';
import { useBodyDraft } from './useBodyDraft';

export type EditorMode = 'edit' | 'preview' | 'split';
export const EDITOR_MODES: readonly EditorMode[] = ['edit', 'split', 'preview'];
const MODE_LABEL: Record<EditorMode, string> = { edit: 'narrative.editor.modeEdit', preview: 'narrative.editor.modePreview', split: 'narrative.editor.modeSplit' };

type Format = (text: string, start: number, end: number) => Replacement;
const FORMATS = {
  heading: (text, s, e) => toggleLineFormat(text, s, e, 'heading'),
  bold: (text, s, e) => toggleEmphasis(text, s, e, '**'),
  italic: (text, s, e) => toggleEmphasis(text, s, e, '*'),
  bulleted: (text, s, e) => toggleLineFormat(text, s, e, 'bullet'),
  numbered: (text, s, e) => toggleLineFormat(text, s, e, 'numbered'),
} as const satisfies Record<string, Format>;
type FormatName = keyof typeof FORMATS;

const BUTTONS: readonly { name: FormatName; label: string; title?: string; shortcut?: string; glyph: string }[] = [
  { name: 'heading', label: 'narrative.editor.heading', title: 'narrative.editor.headingHint', glyph: 'H' },
  { name: 'bold', label: 'narrative.editor.bold', shortcut: 'Control+B', glyph: 'B' },
  { name: 'italic', label: 'narrative.editor.italic', shortcut: 'Control+I', glyph: 'I' },
  { name: 'bulleted', label: 'narrative.editor.bulleted', glyph: '•' },
  { name: 'numbered', label: 'narrative.editor.numbered', glyph: '1.' },
];

interface EditorProps {
  readonly section: NarrativeSection;
  readonly number: string;
  readonly mode: EditorMode;
  readonly onModeChange: (mode: EditorMode) => void;
  /** The text area, so the screen can focus it (navigation, Enter in the list). */
  readonly textareaRef: RefObject<HTMLTextAreaElement | null>;
}

export function SectionEditor({ section, number, mode, onModeChange, textareaRef }: EditorProps) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const draft = useBodyDraft(section.body, (body) => dispatch('setSectionBody', { id: section.id, body }));
  const previewText = useDeferredValue(draft.text);
  const textareaId = useId();
  const helpId = useId();
  const modeName = useId();
  // A selection to restore after React re-renders the text area (fallback path only).
  const pendingSelection = useRef<readonly [number, number] | null>(null);

  useLayoutEffect(() => {
    const selection = pendingSelection.current;
    const el = textareaRef.current;
    if (!selection || !el) return;
    pendingSelection.current = null;
    el.setSelectionRange(selection[0], selection[1]);
  });

  const apply = (name: FormatName) => {
    const el = textareaRef.current;
    if (!el) return;
    const before = el.value;
    const r = FORMATS[name](before, el.selectionStart, el.selectionEnd);
    const expected = applyReplacement(before, r);
    el.focus();
    el.setSelectionRange(r.from, r.to);
    // The browser's own insertion keeps its undo history; it fires the input event
    // that updates the draft. Where it is unavailable, set the text directly.
    const inserted = typeof document.execCommand === 'function' && (r.insert === '' ? document.execCommand('delete') : document.execCommand('insertText', false, r.insert));
    if (inserted && el.value === expected) {
      el.setSelectionRange(r.selectionStart, r.selectionEnd);
      return;
    }
    pendingSelection.current = [r.selectionStart, r.selectionEnd];
    draft.change(expected);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
    const key = e.key.toLowerCase();
    if (key !== 'b' && key !== 'i') return;
    e.preventDefault();
    apply(key === 'b' ? 'bold' : 'italic');
  };

  const showEditor = mode !== 'preview';
  const showPreview = mode !== 'edit';
  return (
    <div className="narrative-editor">
      <div className="narrative-editor-heading">
        <h2>
          <span className="muted">{number}.</span> {section.title}
        </h2>
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('narrative.editor.mode')}</legend>
          {EDITOR_MODES.map((m) => (
            <label key={m} className={mode === m ? 'checked' : undefined}>
              <input type="radio" name={modeName} value={m} checked={mode === m} onChange={() => onModeChange(m)} />
              {t(MODE_LABEL[m])}
            </label>
          ))}
        </fieldset>
      </div>
      {showEditor && (
        <div role="toolbar" aria-label={t('narrative.editor.toolbar')} aria-controls={textareaId} className="toolbar format-toolbar">
          {BUTTONS.map((b) => (
            <button
              key={b.name}
              type="button"
              className={`format-${b.name}`}
              aria-label={t(b.label)}
              title={t(b.title ?? b.label) + (b.shortcut ? ` (${b.shortcut.replace('Control', 'Ctrl')})` : '')}
              aria-keyshortcuts={b.shortcut}
              // Keeps the text area's focus and selection when clicked with the mouse.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => apply(b.name)}
            >
              <span aria-hidden="true">{b.glyph}</span>
            </button>
          ))}
          <span className="format-status muted">
            {draft.dirty ? t('narrative.editor.unsavedDraft') : t('narrative.editor.characters', { n: formatNumber(draft.text.length) })}
          </span>
        </div>
      )}
      <div className={`narrative-panes mode-${mode}`}>
        {showEditor && (
          <div className="narrative-pane">
            <label htmlFor={textareaId} className="visually-hidden">
              {t('narrative.editor.bodyLabel', { title: section.title })}
            </label>
            <textarea
              id={textareaId}
              ref={textareaRef}
              className="narrative-textarea"
              value={draft.text}
              maxLength={SECTION_BODY_MAX}
              spellCheck
              aria-describedby={helpId}
              onChange={(e) => draft.change(e.target.value)}
              onBlur={draft.flush}
              onKeyDown={onKeyDown}
            />
          </div>
        )}
        {showPreview && (
          <section className="narrative-pane narrative-preview" aria-label={t('narrative.editor.preview')}>
            <NarrativePreview title={section.title} number={number} body={previewText} emptyText={t('narrative.emptyBody')} />
          </section>
        )}
      </div>
      <p className="hint" id={helpId}>
        {t('narrative.editor.syntaxHelp')}
      </p>
    </div>
  );
}
