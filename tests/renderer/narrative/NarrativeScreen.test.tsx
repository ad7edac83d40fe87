// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { NarrativeSectionId } from '../../../shared/model';
import { NarrativeScreen } from '../../../renderer/features/narrative/NarrativeScreen';
import { COMMIT_DELAY_MS } from '../../../renderer/features/narrative/useBodyDraft';
import { initI18n } from '../../../renderer/i18n';
import { bootedApp, createOpenPlan, newEnv, type App } from '../store/harness';
import { renderInApp, settle } from '../screen-harness';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('en');
});
afterEach(cleanup);

const sid = (s: string) => s as NarrativeSectionId;

/** An open plan with no sections (whatever its template gave it is removed). */
async function emptyPlan(): Promise<App> {
  const app = await bootedApp(newEnv());
  await createOpenPlan(app);
  for (const id of app.s().view!.sectionOrder) await app.s().dispatch('deleteSection', { id: sid(id) });
  return app;
}

/** An open plan with sections A and B, A's body "Alpha". */
async function planWithSections(): Promise<App> {
  const app = await emptyPlan();
  await app.s().dispatch('addSection', { id: sid('s_A'), title: 'A' });
  await app.s().dispatch('addSection', { id: sid('s_B'), title: 'B' });
  await app.s().dispatch('setSectionBody', { id: sid('s_A'), body: 'Alpha' });
  return app;
}

function show(app: App) {
  return renderInApp(app, i18n, <NarrativeScreen />);
}

/** Lets the store's dispatch settle and React re-render. */
const body = (app: App, id: string) => app.s().view!.sections[id]!.body;
const textarea = (title: string) => screen.getByRole('textbox', { name: `Text of “${title}”` }) as HTMLTextAreaElement;

describe('NarrativeScreen', () => {
  it('offers the default sections on an empty plan and adds all nine as one undo step', async () => {
    const app = await emptyPlan();
    show(app);
    fireEvent.click(screen.getByRole('button', { name: 'Add the default sections' }));
    await settle();
    const options = within(screen.getByRole('listbox', { name: 'Sections' })).getAllByRole('option');
    expect(options).toHaveLength(9);
    expect(options[0]).toHaveTextContent('Vision');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(app.s().undoLabel).toEqual({ key: 'narrative.history.addDefaultSections' });
    await act(() => app.s().undo());
    expect(screen.getByRole('button', { name: 'Add the default sections' })).toBeInTheDocument();
  });

  it('commits typing after a pause as one undo step, not on every keystroke', async () => {
    const app = await planWithSections();
    show(app);
    const area = textarea('A');
    fireEvent.change(area, { target: { value: 'Alpha b' } });
    fireEvent.change(area, { target: { value: 'Alpha beta' } });
    expect(body(app, 's_A')).toBe('Alpha');
    expect(area.value).toBe('Alpha beta');
    await settle(COMMIT_DELAY_MS + 100);
    expect(body(app, 's_A')).toBe('Alpha beta');
    await act(() => app.s().undo());
    expect(body(app, 's_A')).toBe('Alpha');
    // Not being typed in, the text area follows the store (undo shows at once).
    expect(textarea('A').value).toBe('Alpha');
  });

  it('commits at once when the text area loses focus', async () => {
    const app = await planWithSections();
    show(app);
    fireEvent.change(textarea('A'), { target: { value: 'Alpha, blurred' } });
    fireEvent.blur(textarea('A'));
    await settle();
    expect(body(app, 's_A')).toBe('Alpha, blurred');
  });

  it('keeps what is being typed when the body changes elsewhere, and shows it otherwise', async () => {
    const app = await planWithSections();
    show(app);
    fireEvent.change(textarea('A'), { target: { value: 'Alpha typed' } });
    await act(() => app.s().dispatch('setSectionBody', { id: sid('s_A'), body: 'From elsewhere' }));
    expect(textarea('A').value).toBe('Alpha typed');
    await settle(COMMIT_DELAY_MS + 100);
    expect(body(app, 's_A')).toBe('Alpha typed');
    await act(() => app.s().dispatch('setSectionBody', { id: sid('s_A'), body: 'Merged in' }));
    expect(textarea('A').value).toBe('Merged in');
  });

  it('commits a pending draft when another section is chosen', async () => {
    const app = await planWithSections();
    show(app);
    fireEvent.change(textarea('A'), { target: { value: 'Alpha, then switch' } });
    fireEvent.click(screen.getByRole('option', { name: /B/ }));
    await settle();
    expect(body(app, 's_A')).toBe('Alpha, then switch');
    expect(textarea('B')).toBeInTheDocument();
  });

  it('applies Bold to the selection and previews it as it will print', async () => {
    const app = await planWithSections();
    show(app);
    const area = textarea('A');
    area.setSelectionRange(0, 5);
    fireEvent.click(screen.getByRole('button', { name: 'Bold' }));
    await settle();
    expect(textarea('A').value).toBe('**Alpha**');
    const preview = screen.getByRole('region', { name: 'Preview as it will print' });
    await waitFor(() => expect(within(preview).getByText('Alpha').tagName).toBe('STRONG'));
    fireEvent.keyDown(textarea('A'), { key: 'i', ctrlKey: true });
    expect(textarea('A').value).toBe('***Alpha***');
  });

  it('renders headings and lists in the preview, never raw markup', async () => {
    const app = await planWithSections();
    await app.s().dispatch('setSectionBody', { id: sid('s_A'), body: '## Sub\n\n- one\n- two\n\n1. first\n\n<b>not html</b>' });
    show(app);
    const preview = screen.getByRole('region', { name: 'Preview as it will print' });
    expect(within(preview).getByRole('heading', { name: 'Sub', level: 3 })).toBeInTheDocument();
    expect(within(preview).getAllByRole('list')).toHaveLength(2);
    expect(within(preview).getByText('<b>not html</b>')).toBeInTheDocument();
  });

  it('switches between edit, preview and side by side', async () => {
    const app = await planWithSections();
    show(app);
    fireEvent.click(screen.getByRole('radio', { name: 'Preview' }));
    expect(screen.queryByRole('textbox', { name: /Text of/ })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'Edit' }));
    expect(screen.queryByRole('region', { name: 'Preview as it will print' })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'Side by side' }));
    expect(textarea('A')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Preview as it will print' })).toBeInTheDocument();
  });

  it('deletes a section without asking, with Undo in a notice', async () => {
    const app = await planWithSections();
    show(app);
    fireEvent.keyDown(screen.getByRole('option', { name: /A/ }), { key: 'Delete' });
    await settle();
    expect(screen.queryByRole('option', { name: /A/ })).toBeNull();
    const notice = app.s().notices.at(-1)!;
    expect(notice.message).toEqual({ key: 'narrative.deletedNotice', params: { title: 'A' } });
    await act(async () => notice.action!.run());
    await settle();
    expect(screen.getByRole('option', { name: /A/ })).toBeInTheDocument();
    expect(body(app, 's_A')).toBe('Alpha');
  });

  it('moves and renames sections from the keyboard', async () => {
    const app = await planWithSections();
    show(app);
    fireEvent.keyDown(screen.getByRole('option', { name: /A/ }), { key: 'ArrowDown', altKey: true });
    await settle();
    expect(app.s().view!.sectionOrder).toEqual(['s_B', 's_A']);
    fireEvent.keyDown(screen.getByRole('option', { name: /A/ }), { key: 'F2' });
    const dialog = screen.getByRole('dialog', { name: 'Rename section' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Section title' }), { target: { value: 'Alpha section' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Rename' }));
    await settle();
    expect(app.s().view!.sections['s_A']!.title).toBe('Alpha section');
  });

  it('goes to a section on request: selects it, focuses its text and clears the request', async () => {
    const app = await planWithSections();
    show(app);
    fireEvent.click(screen.getByRole('radio', { name: 'Preview' }));
    act(() => app.s().navigateTo({ kind: 'section', id: 's_B' }));
    await settle(50);
    expect(screen.getByRole('option', { name: /B/ })).toHaveAttribute('aria-selected', 'true');
    expect(document.activeElement).toBe(textarea('B'));
    expect(app.s().focusRequest).toBeNull();
  });
});
