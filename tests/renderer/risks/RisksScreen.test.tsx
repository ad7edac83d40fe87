// @vitest-environment happy-dom
/**
 * The risk register screen on the sample plan, with a real store: the summary as of the
 * status date, heat-map cells that filter the register, sorting, focus requests, and the
 * editor's commands and validation.
 */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RisksScreen } from '../../../renderer/features/risks/RisksScreen';
import { initI18n } from '../../../renderer/i18n';
import type { Risk } from '../../../shared/model';
import { formatDate } from '../../../renderer/ui/format';
import { systemClock, toIsoDate } from '../../../shared/dates';
import { bootedApp, createOpenPlan, newEnv, type App } from '../store/harness';
import { renderInApp, sampleApp, settle } from '../screen-harness';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('en');
});
afterEach(cleanup);

function show(app: App) {
  return renderInApp(app, i18n, <RisksScreen />);
}

/** Lets the store's dispatch settle and React re-render. */

const register = () => screen.getByRole('region', { name: 'Register' });
const count = () => within(register()).getByRole('status').textContent;
const inherentMap = () => screen.getByRole('region', { name: 'Inherent rating' });
const riskNamed = (app: App, start: string): Risk => Object.values(app.s().view!.risks).find((r) => r.description.startsWith(start))!;
const editButton = (start: string) => within(register()).getByRole('button', { name: new RegExp(`^Edit risk: ${start}`) });

describe('RisksScreen', () => {
  it('shows the status date, the highest risks and the overdue mitigations with their owners', async () => {
    const app = await sampleApp();
    show(app);
    expect(screen.getByText('Mitigations are overdue when due before the status date, 31 Jan 2012.')).toBeInTheDocument();
    const highest = screen.getByRole('region', { name: 'Highest risks' });
    expect(within(highest).getByTestId('band-count-extreme')).toHaveTextContent('3');
    expect(within(highest).getAllByText('16 Extreme')).toHaveLength(3);
    const overdue = screen.getByRole('region', { name: /^Overdue mitigations/ });
    const rows = within(overdue).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => within(r).getAllByRole('cell')[1]!.textContent)).toEqual(['⚠ Overdue since 30 Sep 2010', '⚠ Overdue since 31 Dec 2010', '⚠ Overdue since 31 Dec 2011']);
    expect(within(rows[2]!).getAllByRole('cell')[0]).toHaveTextContent('Bureau of Programming and Management (PROGRAM)');
    expect(count()).toBe('Showing 6 of 6 risks.');
  });

  it('says when a plan has no risk, and that overdue is judged against today when the plan has no status date', async () => {
    const app = await bootedApp(newEnv());
    await createOpenPlan(app);
    show(app);
    expect(screen.getByText(/^No risk is recorded yet/)).toBeInTheDocument();
    expect(screen.getByTestId('risk-status-date')).toHaveTextContent(`Mitigations are overdue when due before today, ${formatDate(toIsoDate(systemClock.now()))}`);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lists a heat-map cell\'s risks when the cell is chosen, and all of them again on the way back', async () => {
    const app = await sampleApp();
    show(app);
    const cell = within(inherentMap()).getByRole('button', { name: 'Likelihood 4, impact 4: 3 risks (score 16, extreme)' });
    expect(within(inherentMap()).getByRole('button', { name: /^Likelihood 1, impact 1: no risks/ })).toBeDisabled();
    fireEvent.click(cell);
    expect(cell).toHaveAttribute('aria-pressed', 'true');
    expect(count()).toBe('Showing 3 of 6 risks.');
    expect(within(register()).getAllByRole('row').slice(2).every((r) => r.textContent!.includes('16 Extreme'))).toBe(true);
    fireEvent.click(within(register()).getByRole('button', { name: 'Show all risks' }));
    expect(count()).toBe('Showing 6 of 6 risks.');
    // Choosing the cell twice also goes back.
    fireEvent.click(cell);
    fireEvent.click(cell);
    expect(count()).toBe('Showing 6 of 6 risks.');
  });

  it('sorts by a column header, saying so with aria-sort', async () => {
    const app = await sampleApp();
    show(app);
    const header = (name: string) => within(register()).getByRole('columnheader', { name });
    expect(header('Score')).toHaveAttribute('aria-sort', 'descending');
    fireEvent.click(within(register()).getByRole('button', { name: 'Residual score' }));
    expect(header('Residual score')).toHaveAttribute('aria-sort', 'descending');
    expect(header('Score')).not.toHaveAttribute('aria-sort');
    const firstRow = () => within(register()).getAllByRole('row')[2]!;
    expect(firstRow()).toHaveTextContent('12 High');
    fireEvent.click(within(register()).getByRole('button', { name: 'Residual score' }));
    expect(header('Residual score')).toHaveAttribute('aria-sort', 'ascending');
    // Ascending puts the lowest residual first; the unrated risk stays last either way.
    expect(firstRow()).toHaveTextContent('6 Moderate');
    expect(within(register()).getAllByRole('row').at(-1)).toHaveTextContent('Not rated');
  });

  it('handles a focus request for a risk: clears hiding filters, selects and focuses its row', async () => {
    const app = await sampleApp();
    show(app);
    fireEvent.click(within(register()).getByRole('checkbox', { name: 'Only risks with overdue mitigations' }));
    const target = riskNamed(app, 'Collaboration with IOM');
    expect(within(register()).queryByRole('button', { name: /^Edit risk: Collaboration with IOM/ })).toBeNull();
    await act(async () => app.s().navigateTo({ kind: 'risk', id: target.id }));
    await settle();
    const button = editButton('Collaboration with IOM');
    expect(button.closest('tr')).toHaveAttribute('aria-current', 'true');
    expect(document.activeElement).toBe(button);
    expect(app.s().focusRequest).toBeNull();
    expect(count()).toBe('Showing 6 of 6 risks.');
  });

  it('rates a risk in its editor: the command changes the plan and the heat map follows', async () => {
    const app = await sampleApp();
    show(app);
    fireEvent.click(editButton('Collaboration with IOM'));
    const dialog = screen.getByRole('dialog', { name: 'Edit risk' });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Likelihood' }), { target: { value: '5' } });
    await settle();
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Impact' }), { target: { value: '5' } });
    await settle();
    expect(riskNamed(app, 'Collaboration with IOM')).toMatchObject({ likelihood: 5, impact: 5 });
    expect(within(dialog).getByText('Score: 25, Extreme')).toBeInTheDocument();
    expect(within(inherentMap()).getByRole('button', { name: /^Likelihood 5, impact 5: 1 risk / })).toBeEnabled();
    // Clearing one residual rating is allowed, with a warning that the score needs both.
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Residual likelihood' }), { target: { value: '' } });
    await settle();
    expect(within(dialog).getByText(/Set both the residual likelihood and impact, or neither/)).toBeInTheDocument();
    expect(riskNamed(app, 'Collaboration with IOM').residualLikelihood).toBeNull();
  });

  it('refuses an empty description and a mitigation without an action, changing nothing', async () => {
    const app = await sampleApp();
    show(app);
    const before = riskNamed(app, 'Collaboration with IOM');
    const mitigations = () => Object.values(app.s().view!.mitigations).filter((m) => m.riskId === before.id);
    const heads = app.s().view!.heads;
    fireEvent.click(editButton('Collaboration with IOM'));
    const dialog = screen.getByRole('dialog', { name: 'Edit risk' });
    const description = within(dialog).getByRole('textbox', { name: 'Description' });
    fireEvent.change(description, { target: { value: '  ' } });
    fireEvent.blur(description);
    await settle();
    expect(within(dialog).getByRole('alert')).toHaveTextContent('A risk needs a description; the previous one is kept.');
    expect(description).toHaveValue(before.description);
    const form = within(dialog).getByRole('form', { name: 'New mitigation' });
    fireEvent.click(within(form).getByRole('button', { name: 'Add mitigation' }));
    await settle();
    expect(within(form).getByRole('alert')).toHaveTextContent('Describe the action.');
    expect(mitigations()).toHaveLength(1);
    expect(app.s().view!.heads).toEqual(heads);
  });

  it('adds a mitigation due before the status date and flags it overdue', async () => {
    const app = await sampleApp();
    show(app);
    fireEvent.click(editButton('Collaboration with IOM'));
    const dialog = screen.getByRole('dialog', { name: 'Edit risk' });
    const form = within(dialog).getByRole('form', { name: 'New mitigation' });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Action' }), { target: { value: 'Agree joint outcomes with IOM' } });
    fireEvent.change(within(form).getByLabelText('Due date'), { target: { value: '2011-06-30' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add mitigation' }));
    await settle();
    const added = Object.values(app.s().view!.mitigations).find((m) => m.action === 'Agree joint outcomes with IOM')!;
    expect(added).toMatchObject({ dueDate: '2011-06-30', status: 'planned', riskId: riskNamed(app, 'Collaboration with IOM').id });
    expect(within(dialog).getByText('Overdue since 30 Jun 2011')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Overdue mitigations (4)' })).toBeInTheDocument();
  });

  it('deletes a risk with its mitigations in one undoable step', async () => {
    const app = await sampleApp();
    show(app);
    const risk = riskNamed(app, 'Resources and staffing');
    const live = () => Object.values(app.s().view!.mitigations).filter((m) => m.riskId === risk.id).length;
    expect(live()).toBe(2);
    fireEvent.click(editButton('Resources and staffing'));
    fireEvent.click(within(screen.getByRole('dialog', { name: 'Edit risk' })).getByRole('button', { name: 'Delete risk' }));
    await settle();
    expect(app.s().view!.risks[risk.id]).toBeUndefined();
    expect(live()).toBe(0);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(count()).toBe('Showing 5 of 5 risks.');
    await act(async () => app.s().undo());
    expect(app.s().view!.risks[risk.id]).toBeDefined();
    expect(live()).toBe(2);
  });

  it('adds a risk through the new-risk dialog, refusing an empty description', async () => {
    const app = await sampleApp();
    show(app);
    fireEvent.click(screen.getByRole('button', { name: 'Add risk' }));
    const dialog = screen.getByRole('dialog', { name: 'New risk' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add risk' }));
    await settle();
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Describe the risk');
    expect(Object.keys(app.s().view!.risks)).toHaveLength(6);
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Description' }), { target: { value: 'Donor funding for regional projects ends early' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Category' }), { target: { value: 'financial' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Likelihood' }), { target: { value: '2' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Impact' }), { target: { value: '5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add risk' }));
    await settle();
    const added = Object.values(app.s().view!.risks).find((r) => r.description === 'Donor funding for regional projects ends early');
    expect(added).toMatchObject({ category: 'financial', likelihood: 2, impact: 5, residualLikelihood: null });
    // Its editor opens for the rest.
    expect(screen.getByRole('dialog', { name: 'Edit risk' })).toBeInTheDocument();
    expect(count()).toBe('Showing 7 of 7 risks.');
  });
});
