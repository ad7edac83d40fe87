// @vitest-environment happy-dom
/**
 * The responsibility matrix on the sample plan with a real store: the grid's headers
 * and rows, the warnings and their count, roles set by typing and cleared by Delete
 * (one undoable command each), the chooser, the filters, and the per-unit view.
 */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildRaciMatrix } from '../../../shared/analysis/raci';
import type { UnitId } from '../../../shared/model';
import { ResponsibilitiesScreen } from '../../../renderer/features/raci/ResponsibilitiesScreen';
import { initI18n } from '../../../renderer/i18n';
import type { App } from '../store/harness';
import { renderInApp, sampleApp, settle } from '../screen-harness';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('en');
});
afterEach(cleanup);

function show(app: App) {
  return renderInApp(app, i18n, <ResponsibilitiesScreen />);
}

const grid = () => screen.getByRole('grid');
const summary = () => screen.getByTestId('raci-summary');
const key = (k: string) => fireEvent.keyDown(grid(), { key: k });
const rowHeaders = () => within(grid()).getAllByRole('rowheader').map((h) => h.textContent ?? '');
const migrant = (app: App) => Object.values(app.s().view!.units).find((u) => u.code === 'MIGRANT')!;

/** The column (0-based, in the grid) of a unit. */
function columnOf(unitName: string): number {
  const headers = within(grid()).getAllByRole('columnheader');
  return headers.findIndex((h) => h.getAttribute('aria-label')?.startsWith(unitName));
}

/** Moves the active cell from the top-left result cell to (row, col) by keyboard. */
function moveTo(row: number, col: number) {
  key('Home');
  key('ArrowUp');
  for (let i = 0; i < row; i++) key('ArrowDown');
  for (let i = 0; i < col; i++) key('ArrowRight');
}

describe('ResponsibilitiesScreen', () => {
  it('shows results as rows with numbers, units as columns named in full, each role in words, and the warnings counted', async () => {
    const app = await sampleApp();
    show(app);
    const view = app.s().view!;
    const matrix = buildRaciMatrix(view);
    expect(grid()).toHaveAttribute('aria-rowcount', String(matrix.rows.length + 1));
    expect(within(grid()).getByRole('columnheader', { name: 'International Migration Programme (MIGRANT)' })).toHaveAttribute('title', 'International Migration Programme');
    expect(rowHeaders()[0]).toMatch(/^1\s*Goal/);
    expect(summary()).toHaveTextContent('4 results need attention: 3 with no accountable unit, 1 with more than one.');
    // A cell says its role in words (the letter alone is hidden from screen readers).
    const goal = within(grid()).getAllByRole('row')[1]!;
    expect(within(goal).getAllByRole('gridcell')[columnOf('International Migration Programme') - 1]).toHaveTextContent('Accountable');
    // The check column: the warning in words (1.1.1.1 relies on its output's unit and says so).
    expect(within(grid()).getAllByText(/^No accountable unit of its own; its output’s, MIGRANT, answers for it\.$/).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Show only these' }));
    expect(within(grid()).getAllByText(/^No accountable unit$/)).toHaveLength(1);
    expect(within(grid()).getAllByText('No accountable unit, nor one on its output')).toHaveLength(2);
    expect(within(grid()).getByText('More than one accountable unit (ED_EMP, MIGRANT)')).toBeInTheDocument();
  });

  it('sets A by typing in a result\'s row, which clears its warning and drops the count; Delete clears it; undo restores', async () => {
    const app = await sampleApp();
    show(app);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Only results with a warning' }));
    const before = rowHeaders();
    expect(before).toHaveLength(4);
    const row = before.findIndex((h) => /Output/.test(h) && /Regional strategies/.test(h));
    expect(row).toBeGreaterThanOrEqual(0);
    const col = columnOf('International Migration Programme');
    moveTo(row, col);
    expect(grid().getAttribute('aria-activedescendant')).toMatch(new RegExp(`-${col}$`));

    key('a');
    await settle();
    const view = app.s().view!;
    const resultId = Object.values(view.results).find((r) => r.statement.startsWith('Regional strategies'))!.id;
    expect(Object.values(view.responsibilities).filter((r) => r.resultId === resultId && r.unitId === migrant(app).id).map((r) => r.role)).toEqual(['A']);
    expect(app.s().undoLabel?.key).toBe('detail.history.setResponsibility');
    // The output and its activity (which its output now answers for) have no warning left.
    expect(summary()).toHaveTextContent('2 results need attention: 1 with no accountable unit, 1 with more than one.');
    expect(rowHeaders()).toHaveLength(2);

    await act(() => app.s().undo());
    expect(summary()).toHaveTextContent('4 results need attention');
    expect(Object.values(app.s().view!.responsibilities).filter((r) => r.resultId === resultId && r.unitId === migrant(app).id).map((r) => r.role)).toEqual(['C']);

    // Delete removes the unit's role (MIGRANT is consulted there).
    moveTo(row, col);
    key('Delete');
    await settle();
    expect(Object.values(app.s().view!.responsibilities).filter((r) => r.resultId === resultId && r.unitId === migrant(app).id)).toEqual([]);
    expect(app.s().undoLabel?.key).toBe('detail.history.removeResponsibility');
  });

  it('warns "more than one" when a second unit is made accountable, naming both', async () => {
    const app = await sampleApp();
    show(app);
    const rows = rowHeaders();
    const goalRow = rows.findIndex((h) => /^1\s*Goal/.test(h));
    moveTo(goalRow, columnOf('Employment Sector'));
    key('A');
    await settle();
    expect(summary()).toHaveTextContent('5 results need attention: 3 with no accountable unit, 2 with more than one.');
    const goal = within(grid()).getAllByRole('row')[1]!;
    expect(goal).toHaveTextContent('More than one accountable unit (ED_EMP, MIGRANT)');
  });

  it('opens a chooser on a click: its roles are radio items, choosing one sets it, Escape closes it', async () => {
    const app = await sampleApp();
    show(app);
    const goal = within(grid()).getAllByRole('row')[1]!;
    const col = columnOf('Bureau of Programming');
    fireEvent.click(within(goal).getAllByRole('gridcell')[col - 1]!);
    const menu = screen.getByRole('menu', { name: 'Role of PROGRAM on Goal 1' });
    expect(within(menu).getAllByRole('menuitemradio').map((i) => i.textContent)).toEqual([
      'RResponsibledoes the work',
      'AAccountableanswers for it (one per result)',
      'CConsultedasked first',
      'IInformedkept informed',
      'No role (remove)',
    ]);
    expect(within(menu).getByRole('menuitemradio', { name: 'No role (remove)' })).toHaveAttribute('aria-checked', 'true');
    fireEvent.click(within(menu).getByRole('menuitemradio', { name: /^Informed/ }));
    await settle();
    expect(screen.queryByRole('menu')).toBeNull();
    const program = Object.values(app.s().view!.units).find((u) => u.code === 'PROGRAM')!;
    const goalId = app.s().view!.tree[0]!.id;
    expect(Object.values(app.s().view!.responsibilities).filter((r) => r.resultId === goalId && r.unitId === program.id).map((r) => r.role)).toEqual(['I']);

    key('Enter');
    const again = screen.getByRole('menu');
    expect(within(again).getByRole('menuitemradio', { name: /^Informed/ })).toHaveAttribute('aria-checked', 'true');
    fireEvent.keyDown(again, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(grid());
  });

  it('filters by level and unit, and says how many results are shown', async () => {
    const app = await sampleApp();
    show(app);
    const total = app.s().view!.tree.length;
    fireEvent.change(screen.getByRole('combobox', { name: 'Level' }), { target: { value: 'outcome' } });
    expect(rowHeaders().every((h) => /Outcome/.test(h))).toBe(true);
    expect(screen.getByText(new RegExp(`Showing ${rowHeaders().length} of ${total} results`))).toBeInTheDocument();
    const itc = Object.values(app.s().view!.units).find((u) => u.code === 'ITC-ILO')!;
    fireEvent.change(screen.getByRole('combobox', { name: 'Unit with a role' }), { target: { value: itc.id } });
    expect(rowHeaders().length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByText(new RegExp(`Showing all ${total} results`))).toBeInTheDocument();
  });

  it('shows what a unit is responsible for, by role, and opens a result from there', async () => {
    const app = await sampleApp();
    act(() => app.s().setTab('responsibilities'));
    show(app);
    fireEvent.click(screen.getByRole('tab', { name: 'By unit' }));
    // The plan's lead unit first.
    expect(screen.getByRole('heading', { name: 'What is International Migration Programme (MIGRANT) responsible for?' })).toBeInTheDocument();
    const itc = Object.values(app.s().view!.units).find((u) => u.code === 'ITC-ILO')!;
    fireEvent.change(screen.getByRole('combobox', { name: 'Unit' }), { target: { value: itc.id as UnitId } });
    const responsible = screen.getByRole('region', { name: /^Responsible \(\d+\)$/ });
    const items = within(responsible).getAllByRole('listitem');
    const matrix = buildRaciMatrix(app.s().view!);
    expect(items.map((li) => li.querySelector('.raci-unit-number')?.textContent)).toEqual(matrix.rows.filter((r) => r.roles[itc.id]?.includes('R')).map((r) => r.number));
    expect(screen.getByRole('region', { name: /^Accountable \(0\)$/ })).toHaveTextContent('None.');

    const first = within(items[0]!).getByRole('button');
    fireEvent.click(first);
    expect(app.s().selectedResultId).toBe(matrix.rows.find((r) => r.roles[itc.id]?.includes('R'))!.id);
    expect(app.s().route).toMatchObject({ screen: 'plan', tab: 'matrix' });
  });
});
