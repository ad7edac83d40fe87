/**
 * The Translation view (issue 8): the plan's texts in its main language beside their
 * translation into one of its further languages, each marked not translated, changed in
 * the main language since translated (stale) or translated, filtered to what needs work
 * by default, a page at a time (a large plan has tens of thousands of texts).
 *
 * Keyboard work-through: Ctrl+Enter saves the translation being typed and goes to the next
 * text needing work, Alt+Down / Alt+Up go to the next / previous one without saving,
 * Escape reverts what was typed, Ctrl+Shift+Enter confirms a stale translation as still
 * correct. What is typed stays a draft (counted as unsaved work) until it is saved; drafts
 * left when the view is closed are saved then.
 *
 * Reads `mainView` (the texts in the main language with their translations), never `view`
 * (which may be shown in another language). A focus request of kind `translation` (a quality
 * finding's "Go to") shows its language and puts the caret in that text's editor.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { planLanguages } from '../../../shared/model';
import { useApp } from '../../store';
import { formatNumber } from '../../ui/format';
import { useLevelName } from '../../ui/levels';
import { usePendingDraft } from '../../ui/usePendingDraft';
import { buildRows, countStates, filterRows, FILTERS, GROUPS, nextNeedingWork, rowKey, type Filter, type Group, type TextRow, type WherePart } from './rows';
import { TranslationRow, type RowHandlers } from './TranslationRow';
import { capitalised, languageName } from '../../ui/languages';
import './translation.css';

/** Texts per page. */
export const PAGE_SIZE = 40;


/** A draft: what was typed for one text in one language, not saved yet. */
interface Draft {
  readonly row: TextRow;
  readonly language: string;
  readonly text: string;
}

const draftKey = (language: string, key: string) => `${language}|${key}`;

export function TranslationScreen() {
  const { t, i18n } = useTranslation();
  const view = useApp((s) => s.mainView);
  const dispatch = useApp((s) => s.dispatch);
  const setTab = useApp((s) => s.setTab);
  const focusRequest = useApp((s) => s.focusRequest);
  const clearFocusRequest = useApp((s) => s.clearFocusRequest);
  const levelName = useLevelName();

  const [chosen, setChosen] = useState<string | null>(null);
  const [filter, setFilter] = useState<Filter>('work');
  const [kept, setKept] = useState<ReadonlySet<string>>(() => new Set());
  const [page, setPage] = useState(0);
  const [drafts, setDrafts] = useState<ReadonlyMap<string, Draft>>(() => new Map());
  const [focusTarget, setFocusTarget] = useState<{ readonly key: string; readonly seq: number } | null>(null);
  const [placedSeq, setPlacedSeq] = useState(0);
  const [handled, setHandled] = useState<typeof focusRequest>(null);
  const [status, setStatus] = useState('');
  const listRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusInList = useRef(false);
  const seq = useRef(0);

  usePendingDraft(drafts.size > 0);

  const languages = useMemo(() => (view ? planLanguages(view.plan) : null), [view]);
  const ui = i18n.language;

  // A request to go to one text (a quality finding): its language, kept in view, focused.
  const request = focusRequest?.target.kind === 'translation' ? focusRequest.target : null;
  if (focusRequest && focusRequest !== handled && request) {
    setHandled(focusRequest);
    if (languages?.further.includes(request.language)) {
      if (request.language !== chosen) {
        setChosen(request.language);
        setKept(new Set());
      }
      const key = rowKey(request.target, request.target === 'plan' ? null : request.id, request.path);
      setKept((prev) => new Set(prev).add(key));
      setFocusTarget({ key, seq: -focusRequest.seq });
    }
  }
  useEffect(() => {
    if (handled) clearFocusRequest();
  }, [handled, clearFocusRequest]);

  const language = languages && chosen && languages.further.includes(chosen) ? chosen : (languages?.further[0] ?? null);
  const rows = useMemo(() => (view && language ? buildRows(view, language) : []), [view, language]);
  const visible = useMemo(() => filterRows(rows, filter, kept), [rows, filter, kept]);
  const counts = useMemo(() => countStates(rows), [rows]);
  const groupStarts = useMemo(() => {
    const starts = new Map<Group, number>();
    visible.forEach((r, i) => {
      if (!starts.has(r.group)) starts.set(r.group, i);
    });
    return starts;
  }, [visible]);

  const pageCount = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));
  // A text to focus is brought onto its page (state adjusted during render; focus in an effect).
  if (focusTarget && focusTarget.seq !== placedSeq) {
    setPlacedSeq(focusTarget.seq);
    const at = visible.findIndex((r) => r.key === focusTarget.key);
    if (at >= 0 && Math.floor(at / PAGE_SIZE) !== page) setPage(Math.floor(at / PAGE_SIZE));
  }
  const shownPage = Math.min(page, pageCount - 1);
  const pageRows = visible.slice(shownPage * PAGE_SIZE, (shownPage + 1) * PAGE_SIZE);

  useEffect(() => {
    if (!focusTarget) return;
    const editor = listRef.current?.querySelector<HTMLTextAreaElement>(`[data-row-key="${CSS.escape(focusTarget.key)}"] textarea`);
    if (!editor) return;
    editor.focus();
    editor.scrollIntoView?.({ block: 'nearest' });
    const end = editor.value.length;
    editor.setSelectionRange(end, end);
  }, [focusTarget]);

  // Focus never falls to the page: when the focused text leaves the list (undo, a merge), the list's heading takes it.
  useEffect(() => {
    if (focusInList.current && (document.activeElement === document.body || document.activeElement === null)) headingRef.current?.focus();
  }, [pageRows]);

  // Drafts left when the view closes are saved (nothing typed is lost).
  const draftsRef = useRef(drafts);
  useEffect(() => {
    draftsRef.current = drafts;
  });
  useEffect(
    () => () => {
      for (const d of draftsRef.current.values()) void dispatch('setTranslation', { target: d.row.target, id: d.row.id, language: d.language, path: d.row.path, text: d.text });
    },
    [dispatch],
  );

  const where = useCallback(
    (parts: readonly WherePart[]) => parts.map((p) => t(`translation.${p.key}`, { ...p.params, ...(p.level ? { levelName: levelName(p.level) } : {}) })).join(' · '),
    [t, levelName],
  );

  const focusRow = useCallback((key: string) => setFocusTarget({ key, seq: ++seq.current }), []);

  /** Moves to the next (1) or previous (-1) text needing work; says so when there is none. */
  const go = (fromKey: string | null, direction: 1 | -1) => {
    const at = nextNeedingWork(visible, fromKey, direction);
    if (at === null) {
      setStatus(t('translation.allDone', { language: languageName(language ?? '', ui) }));
      return;
    }
    setStatus('');
    focusRow(visible[at]!.key);
  };

  const handlers = useMemo<RowHandlers>(() => {
    const dropDraft = (dk: string, text?: string) =>
      setDrafts((prev) => {
        const d = prev.get(dk);
        if (!d || (text !== undefined && d.text !== text)) return prev;
        const next = new Map(prev);
        next.delete(dk);
        return next;
      });
    return {
      onDraft(row, text) {
        if (!language) return;
        const dk = draftKey(language, row.key);
        if (text === undefined) dropDraft(dk);
        else setDrafts((prev) => new Map(prev).set(dk, { row, language, text }));
      },
      onRevert(row) {
        if (!language) return;
        dropDraft(draftKey(language, row.key));
        focusRow(row.key);
      },
      onSave(row, text, focusAfter) {
        if (!language) return;
        const dk = draftKey(language, row.key);
        if (text === undefined || text === row.translation) {
          dropDraft(dk);
          return;
        }
        void dispatch('setTranslation', { target: row.target, id: row.id, language, path: row.path, text }).then((ok) => {
          if (!ok) return;
          dropDraft(dk, text);
          setKept((prev) => new Set(prev).add(row.key));
          setStatus(t('translation.saved'));
          if (focusAfter) focusRow(row.key);
        });
      },
      onConfirm(row, focusAfter) {
        if (!language) return;
        void dispatch('confirmTranslation', { target: row.target, id: row.id, language, path: row.path }).then((ok) => {
          if (!ok) return;
          setKept((prev) => new Set(prev).add(row.key));
          setStatus(t('translation.confirmed'));
          if (focusAfter) focusRow(row.key);
        });
      },
    };
  }, [language, dispatch, t, focusRow]);

  if (!view || !languages) return null;
  const mainName = languageName(languages.main, ui);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (!language) return;
    const ours = (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) || (e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) || e.key === 'Escape';
    // Typing is left alone (no look-up on every keystroke).
    if (!ours) return;
    const target = e.target as HTMLElement;
    const rowKeyAt = target.closest<HTMLElement>('[data-row-key]')?.dataset.rowKey ?? null;
    const row = rowKeyAt ? pageRows.find((r) => r.key === rowKeyAt) : undefined;
    const draft = row ? drafts.get(draftKey(language, row.key))?.text : undefined;
    const dirty = row !== undefined && draft !== undefined && draft !== row.translation;
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey) {
      e.preventDefault();
      if (e.shiftKey) {
        if (!row) return;
        if (dirty) setStatus(t('translation.confirmDraft'));
        else if (row.state !== 'stale') setStatus(t('translation.confirmNotStale'));
        else {
          void dispatch('confirmTranslation', { target: row.target, id: row.id, language, path: row.path }).then((ok) => {
            if (!ok) return;
            setKept((prev) => new Set(prev).add(row.key));
            go(row.key, 1);
          });
        }
        return;
      }
      if (!row || !dirty) {
        go(row?.key ?? null, 1);
        return;
      }
      void dispatch('setTranslation', { target: row.target, id: row.id, language, path: row.path, text: draft }).then((ok) => {
        if (!ok) return;
        handlers.onDraft(row, undefined);
        setKept((prev) => new Set(prev).add(row.key));
        go(row.key, 1);
      });
    } else if (e.altKey && !e.ctrlKey && !e.metaKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      if (target.tagName === 'SELECT') return;
      e.preventDefault();
      go(row?.key ?? null, e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Escape' && row && draft !== undefined) {
      e.preventDefault();
      handlers.onDraft(row, undefined);
    }
  };

  if (!language) {
    return (
      <section className="screen translation" aria-labelledby="translation-title">
        <div className="screen-heading">
          <h1 id="translation-title">{t('translation.title')}</h1>
        </div>
        <div className="empty">
          <p>{t('translation.noLanguage', { main: mainName })}</p>
          <button type="button" className="primary" onClick={() => setTab('settings')}>
            {t('translation.openSettings')}
          </button>
        </div>
      </section>
    );
  }

  const name = languageName(language, ui);
  const changeFilter = (next: Filter) => {
    setFilter(next);
    setKept(new Set());
    setPage(0);
  };
  const from = visible.length === 0 ? 0 : shownPage * PAGE_SIZE + 1;
  const to = shownPage * PAGE_SIZE + pageRows.length;
  const filterCount = (f: Filter) => (f === 'all' ? rows.length : f === 'work' ? counts.missing + counts.stale : counts[f]);

  // The page's rows under their groups' headings.
  const chunks: { group: Group; rows: TextRow[] }[] = [];
  for (const row of pageRows) {
    const last = chunks[chunks.length - 1];
    if (last && last.group === row.group) last.rows.push(row);
    else chunks.push({ group: row.group, rows: [row] });
  }

  return (
    <section className="screen translation" aria-labelledby="translation-title" onKeyDown={onKeyDown}>
      <div className="screen-heading">
        <h1 id="translation-title">{t('translation.title')}</h1>
      </div>
      <p className="intro">{t('translation.intro')}</p>

      <div className="tr-toolbar">
        <div className="tr-language">
          <label htmlFor="translation-language">{t('translation.languageLabel')}</label>
          <select
            id="translation-language"
            value={language}
            onChange={(e) => {
              setChosen(e.target.value);
              setKept(new Set());
              setPage(0);
            }}
          >
            {languages.further.map((code) => (
              <option key={code} value={code}>
                {capitalised(languageName(code, ui), ui)}
              </option>
            ))}
          </select>
        </div>
        <div className="tr-filters" role="group" aria-label={t('translation.filterLabel')}>
          {FILTERS.map((f) => (
            <button key={f} type="button" className="tr-filter" aria-pressed={filter === f} onClick={() => changeFilter(f)}>
              {t(`translation.filter.${f}`)} <span className="tr-filter-count">{formatNumber(filterCount(f))}</span>
            </button>
          ))}
        </div>
      </div>
      <p className="tr-counts" data-testid="translation-counts">
        <span className="visually-hidden">{t('translation.countsLabel', { language: name })}: </span>
        {(['missing', 'stale', 'current'] as const).map((state, i) => (
          <span key={state} className={`tr-count tr-count-${state}`}>
            {i > 0 && ', '}
            {t(`translation.counts.${state}`, { count: counts[state], n: formatNumber(counts[state]) })}
          </span>
        ))}
      </p>
      <p className="tr-keys hint" id="translation-keys">
        <span className="tr-keys-title">{t('translation.keys.title')}:</span> <kbd>Ctrl</kbd>+<kbd>{t('translation.keys.enter')}</kbd> {t('translation.keys.saveNext')} · <kbd>Alt</kbd>+<kbd>↓</kbd> / <kbd>Alt</kbd>+<kbd>↑</kbd>{' '}
        {t('translation.keys.move')} · <kbd>Esc</kbd> {t('translation.keys.revert')} · <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>{t('translation.keys.enter')}</kbd> {t('translation.keys.confirm')}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>

      <div
        className="tr-list"
        ref={listRef}
        onFocus={() => (focusInList.current = true)}
        onBlur={(e) => {
          if (e.relatedTarget !== null && !e.currentTarget.contains(e.relatedTarget as Node)) focusInList.current = false;
        }}
      >
        <div className="tr-list-head">
          <h2 id="translation-list-title" ref={headingRef} tabIndex={-1} className="tr-range">
            {visible.length === 0 ? t(`translation.filter.${filter}`) : t('translation.range', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(visible.length) })}
          </h2>
          {groupStarts.size > 1 && (
            <div className="tr-jump">
              <label htmlFor="translation-jump">{t('translation.jumpTo')}</label>
              <select
                id="translation-jump"
                value=""
                onChange={(e) => {
                  const at = groupStarts.get(e.target.value as Group);
                  if (at !== undefined) setPage(Math.floor(at / PAGE_SIZE));
                }}
              >
                <option value="" disabled>
                  {t(`translation.group.${pageRows[0]?.group ?? 'plan'}`)}
                </option>
                {GROUPS.filter((g) => groupStarts.has(g)).map((g) => (
                  <option key={g} value={g}>
                    {t(`translation.group.${g}`)}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
        {visible.length === 0 ? (
          <p className="empty">{t(`translation.none.${filter}`, { language: name })}</p>
        ) : (
          <>
            <div className="tr-columns" aria-hidden="true">
              <span>{t('translation.mainColumn', { language: capitalised(mainName, ui) })}</span>
              <span>{t('translation.translationColumn', { language: capitalised(name, ui) })}</span>
            </div>
            {chunks.map((chunk, i) => (
              <section key={`${chunk.group}-${i}`} className="tr-group" aria-labelledby={`translation-group-${chunk.group}-${i}`}>
                <h3 id={`translation-group-${chunk.group}-${i}`} className="tr-group-title">
                  {t(`translation.group.${chunk.group}`)}
                </h3>
                <ol className="tr-rows">
                  {chunk.rows.map((row) => (
                    <TranslationRow
                      key={row.key}
                      row={row}
                      where={where(row.where)}
                      draft={drafts.get(draftKey(language, row.key))?.text}
                      mainLanguage={languages.main}
                      mainName={mainName}
                      language={language}
                      languageName={name}
                      handlers={handlers}
                    />
                  ))}
                </ol>
              </section>
            ))}
            {pageCount > 1 && (
              <nav className="tr-pager" aria-label={t('translation.pages')}>
                <button
                  type="button"
                  aria-disabled={shownPage === 0}
                  onClick={() => shownPage > 0 && setPage(shownPage - 1)}
                >
                  ← {t('translation.previousPage')}
                </button>
                <span>{t('translation.page', { page: formatNumber(shownPage + 1), pages: formatNumber(pageCount) })}</span>
                <button
                  type="button"
                  aria-disabled={shownPage >= pageCount - 1}
                  onClick={() => shownPage < pageCount - 1 && setPage(shownPage + 1)}
                >
                  {t('translation.nextPage')} →
                </button>
              </nav>
            )}
          </>
        )}
      </div>
    </section>
  );
}
