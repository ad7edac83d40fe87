// @vitest-environment happy-dom
/**
 * The Translation view on the sample plan with French added, through the real store:
 * rows, counts and filters; saving writes the translation; a main-text change marks it
 * stale and "Still correct" clears that; the keyboard work-through (Ctrl+Enter, Alt+arrows,
 * Escape, Ctrl+Shift+Enter); a focus request of kind `translation`.
 */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { translatableTexts, translationOf, type ResultId } from '../../../shared/model';
import { TranslationScreen } from '../../../renderer/features/translation/TranslationScreen';
import { buildRows, countStates } from '../../../renderer/features/translation/rows';
import { initI18n } from '../../../renderer/i18n';
import type { App } from '../store/harness';
import { renderInApp, sampleApp, settle } from '../screen-harness';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('en');
});
afterEach(cleanup);

async function frenchApp(): Promise<App> {
  const app = await sampleApp();
  expect(await app.s().dispatch('setPlanLanguages', { add: ['fr'] })).toBe(true);
  return app;
}

function show(app: App) {
  return renderInApp(app, i18n, <TranslationScreen />);
}

const editor = (name: string) => screen.getByRole('textbox', { name: `${name}, in French` }) as HTMLTextAreaElement;
const rowOf = (el: HTMLElement) => el.closest('li')!;
const firstResult = (app: App) => app.s().mainView!.tree[0]!.id;
const frStatement = (app: App, id: string) => translationOf(app.s().mainView!.results[id]!, 'fr', 'statement');

describe('TranslationScreen', () => {
  it('says when the plan has no further language and offers Plan settings', async () => {
    const app = await sampleApp();
    show(app);
    expect(screen.getByText(/written in English only/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Open Plan settings' }));
    expect(app.s().route).toMatchObject({ tab: 'settings' });
  });

  it('lists every non-empty text needing work with where it is, and counts per state', async () => {
    const app = await frenchApp();
    show(app);
    const rows = buildRows(app.s().mainView!, 'fr');
    const counts = countStates(rows);
    expect(counts.missing).toBe(rows.length);
    expect(counts.missing).toBeGreaterThan(100);
    expect(screen.getByTestId('translation-counts')).toHaveTextContent(`${counts.missing.toLocaleString('en')} not translated, 0 changed since translated, 0 translated`);
    // The plan's title first, then the results chain in order with number and level.
    const title = editor('Plan · Title');
    expect(within(rowOf(title)).getByText('Not translated')).toBeInTheDocument();
    expect(within(rowOf(title)).getByText(app.s().mainView!.plan.title)).toBeInTheDocument();
    expect(editor('Goal 1 · Statement')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Results chain' })).toBeInTheDocument();
    // Paged: 40 texts a page.
    expect(screen.getByRole('heading', { level: 2, name: `Texts 1–40 of ${counts.missing.toLocaleString('en')}` })).toBeInTheDocument();
    expect(screen.getAllByRole('textbox')).toHaveLength(40);
    // Empty main texts are not listed.
    const goal = app.s().mainView!.results[firstResult(app)]!;
    const emptyPaths = translatableTexts('results', goal).filter((t) => t.text.trim() === '').map((t) => t.path);
    for (const path of emptyPaths) expect(rows.some((r) => r.id === goal.id && r.path === path)).toBe(false);
  });

  it('saves a translation with Ctrl+Enter, keeps it in view marked translated, and moves to the next text needing work', async () => {
    const app = await frenchApp();
    show(app);
    const id = firstResult(app);
    const area = editor('Goal 1 · Statement');
    area.focus();
    fireEvent.change(area, { target: { value: 'Une stratégie pour tout le Bureau' } });
    // Typed, not saved: a draft, counted as unsaved work.
    expect(within(rowOf(area)).getByText('Not saved')).toBeInTheDocument();
    expect(app.s().drafts.length).toBeGreaterThan(0);
    expect(frStatement(app, id)).toBeUndefined();
    fireEvent.keyDown(area, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(frStatement(app, id)?.text).toBe('Une stratégie pour tout le Bureau'));
    await settle();
    expect(app.s().drafts).toHaveLength(0);
    const row = rowOf(editor('Goal 1 · Statement'));
    expect(within(row).getByText('Translated')).toBeInTheDocument();
    // The caret is in the next text that needs work.
    const next = document.activeElement as HTMLElement;
    expect(next.tagName).toBe('TEXTAREA');
    expect(next).not.toBe(editor('Goal 1 · Statement'));
    expect(screen.getByTestId('translation-counts')).toHaveTextContent(/, 1 translated$/);
  });

  it('does nothing when an unchanged translation is saved', async () => {
    const app = await frenchApp();
    const id = firstResult(app);
    await app.s().dispatch('setTranslation', { target: 'results', id, language: 'fr', path: 'statement', text: 'Déjà traduit' });
    // Every command the screen runs is counted.
    const dispatched: string[] = [];
    const dispatch = app.s().dispatch;
    app.store.setState({ dispatch: ((name, args) => (dispatched.push(name), dispatch(name, args))) as typeof dispatch });
    show(app);
    fireEvent.click(screen.getByRole('button', { name: /^All texts/ }));
    const area = editor('Goal 1 · Statement');
    area.focus();
    // Typed back to what is stored: no draft either.
    fireEvent.change(area, { target: { value: 'Déjà traduit!' } });
    fireEvent.change(area, { target: { value: 'Déjà traduit' } });
    expect(app.s().drafts).toHaveLength(0);
    fireEvent.keyDown(area, { key: 'Enter', ctrlKey: true });
    await settle();
    expect(dispatched).toEqual([]);
    expect(document.activeElement).not.toBe(area);
  });

  it('marks a translation stale when the main text changes, and "Still correct" clears it', async () => {
    const app = await frenchApp();
    const id = firstResult(app) as ResultId;
    await app.s().dispatch('setTranslation', { target: 'results', id, language: 'fr', path: 'statement', text: 'Énoncé' });
    show(app);
    await act(() => app.s().dispatch('updateResult', { id, fields: { statement: 'A revised goal' } }));
    fireEvent.click(screen.getByRole('button', { name: /^Changed since translated/ }));
    const area = editor('Goal 1 · Statement');
    expect(screen.getAllByRole('textbox')).toHaveLength(1);
    const row = rowOf(area);
    expect(within(row).getByText('Changed since translated')).toBeInTheDocument();
    expect(within(row).getByText('A revised goal')).toBeInTheDocument();
    expect(area.value).toBe('Énoncé');
    expect(screen.getByTestId('translation-counts')).toHaveTextContent(/1 changed since translated/);
    fireEvent.click(within(row).getByRole('button', { name: 'The translation of Goal 1 · Statement is still correct' }));
    await waitFor(() => expect(within(rowOf(editor('Goal 1 · Statement'))).getByText('Translated')).toBeInTheDocument());
    // Kept in view after the change, and the focus is not lost.
    expect(document.activeElement).toBe(editor('Goal 1 · Statement'));
    expect(screen.getByTestId('translation-counts')).toHaveTextContent(/0 changed since translated/);
  });

  it('confirms a stale translation with Ctrl+Shift+Enter', async () => {
    const app = await frenchApp();
    const id = firstResult(app) as ResultId;
    await app.s().dispatch('setTranslation', { target: 'results', id, language: 'fr', path: 'statement', text: 'Énoncé' });
    await app.s().dispatch('updateResult', { id, fields: { statement: 'A revised goal' } });
    show(app);
    const area = editor('Goal 1 · Statement');
    area.focus();
    fireEvent.keyDown(area, { key: 'Enter', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(within(rowOf(editor('Goal 1 · Statement'))).getByText('Translated')).toBeInTheDocument());
    expect(frStatement(app, id)?.text).toBe('Énoncé');
  });

  it('moves to the next and previous text needing work with Alt+arrows without saving, and Escape reverts', async () => {
    const app = await frenchApp();
    show(app);
    const title = editor('Plan · Title');
    title.focus();
    fireEvent.change(title, { target: { value: 'Brouillon' } });
    fireEvent.keyDown(title, { key: 'ArrowDown', altKey: true });
    await settle();
    expect(document.activeElement).toBe(editor('Plan · Organisation'));
    // Not saved, still a draft.
    expect(translationOf(app.s().mainView!.plan, 'fr', 'title')).toBeUndefined();
    expect(editor('Plan · Title').value).toBe('Brouillon');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp', altKey: true });
    await settle();
    expect(document.activeElement).toBe(editor('Plan · Title'));
    fireEvent.keyDown(editor('Plan · Title'), { key: 'Escape' });
    await settle();
    expect(editor('Plan · Title').value).toBe('');
    expect(app.s().drafts).toHaveLength(0);
  });

  it('goes on to the next page from the last text of a page', async () => {
    const app = await frenchApp();
    show(app);
    const areas = screen.getAllByRole('textbox');
    const last = areas[areas.length - 1]!;
    last.focus();
    fireEvent.keyDown(last, { key: 'ArrowDown', altKey: true });
    await settle();
    expect(screen.getByRole('heading', { level: 2, name: /^Texts 41–80 of/ })).toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getAllByRole('textbox')[0]);
  });

  it('answers a focus request of kind translation by focusing that text in that language', async () => {
    const app = await frenchApp();
    expect(await app.s().dispatch('setPlanLanguages', { add: ['es'] })).toBe(true);
    show(app);
    const tree = app.s().mainView!.tree;
    const node = tree[tree.length - 1]!;
    // As a quality finding's "Go to" does: the tab and the focus request.
    act(() => app.s().navigateTo({ kind: 'translation', target: 'results', id: node.id, language: 'es', path: 'statement' }));
    expect(app.s().route).toMatchObject({ tab: 'translation' });
    await settle();
    const level = app.s().mainView!.results[node.id]!.level;
    const levelName = { goal: 'Goal', outcome: 'Outcome', output: 'Output', activity: 'Activity' }[level];
    const area = screen.getByRole('textbox', { name: `${levelName} ${node.number} · Statement, in Spanish` });
    expect(document.activeElement).toBe(area);
    expect(screen.getByRole('combobox', { name: 'Translate into' })).toHaveValue('es');
    expect(app.s().focusRequest).toBeNull();
  });

  it('saves what was typed and not saved when the view is closed (nothing typed is lost)', async () => {
    const app = await frenchApp();
    const view = show(app);
    fireEvent.change(editor('Plan · Organisation'), { target: { value: 'Bureau international du Travail' } });
    expect(app.s().drafts.length).toBeGreaterThan(0);
    view.unmount();
    await waitFor(() => expect(translationOf(app.s().mainView!.plan, 'fr', 'organisation')?.text).toBe('Bureau international du Travail'));
    expect(app.s().drafts).toHaveLength(0);
  });
});
