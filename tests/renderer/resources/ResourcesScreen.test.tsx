// @vitest-environment happy-dom
/**
 * The resources screen on the sample plan, with a real store: the objective table shows
 * the roll-up, the significant share is validated and saved, amounts typed in the table
 * are validated, a deleted line comes back with Undo, allocations are added through the
 * dialog, and amounts in another currency are shown apart, never converted.
 */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { currencyRollup, rollUpResources } from '../../../shared/analysis/resources';
import type { ResourceAllocation, ResourceAllocationId } from '../../../shared/model';
import { ResourcesScreen } from '../../../renderer/features/resources/ResourcesScreen';
import { initI18n } from '../../../renderer/i18n';
import type { App } from '../store/harness';
import { renderInApp, sampleApp, settle } from '../screen-harness';

// ECharts needs a layout engine; the chart options are tested in tests/shared/charts.
vi.mock('../../../renderer/ui/Chart', () => ({ Chart: ({ label }: { label: string }) => <div role="img" aria-label={label} /> }));

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('en');
});
afterEach(cleanup);

function show(app: App) {
  return renderInApp(app, i18n, <ResourcesScreen />);
}

const grouped = (minor: number) => (minor / 100).toLocaleString('en');
const cells = (testId: string) => within(screen.getByTestId(testId)).getAllByRole('cell').map((c) => c.textContent);
const objectiveCode = (app: App, code: string) => Object.values(app.s().view!.objectives).find((o) => o.code === code)!;

function findAllocation(app: App, number: string, periodLabel: string, source: ResourceAllocation['source']): ResourceAllocation {
  const view = app.s().view!;
  const found = Object.values(view.resources).find((a) => view.tree[view.treeIndex[a.resultId]!]!.number === number && view.periods[a.periodId]!.label === periodLabel && a.source === source);
  expect(found, `${number} ${periodLabel} ${source}`).toBeDefined();
  return found!;
}

describe('ResourcesScreen', () => {
  it('answers what is spent under each strategic objective, by source: the figures are the roll-up', async () => {
    const app = await sampleApp();
    const rollup = currencyRollup(rollUpResources(app.s().view!));
    show(app);
    expect(screen.getByRole('heading', { level: 1, name: 'Resources' })).toBeInTheDocument();
    const so1 = rollup.objectives.find((o) => o.key === objectiveCode(app, 'SO1').id)!;
    const f = so1.bySource;
    expect(cells('objective-row-SO1')).toEqual(
      [f.regular_budget, f.extra_budgetary, f.total].flatMap((x) => [grouped(x.planned), grouped(x.secured), grouped(x.gap)]),
    );
    expect(cells('objective-row-total')[6]).toBe(grouped(rollup.total.bySource.total.planned));
    expect(screen.getByTestId('objective-row-not-attributed')).toHaveTextContent('Not attributed to an objective');
    expect(screen.getByText(/so the objective rows add up to more than the total/)).toBeInTheDocument();
    // What the figure is made of: principal plus 40 % of the significant results' allocations.
    expect(screen.getByTestId('objective-row-SO1')).toHaveTextContent(`Principal ${grouped(so1.principal.total.planned)} + significant ${grouped(so1.significant.total.planned)} (40% of ${grouped(so1.significantBeforeShare.total.planned)})`);
  });

  it('validates the significant share and saves it as a share of one', async () => {
    const app = await sampleApp();
    show(app);
    const field = screen.getByRole('textbox', { name: /Share counted for a “significant” objective/ });
    expect(field).toHaveValue('40');
    fireEvent.change(field, { target: { value: '120' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    await settle();
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a share between 0 and 100 %.');
    expect(app.s().view!.plan.significantShare).toBeUndefined();
    fireEvent.change(field, { target: { value: '25' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    await settle();
    expect(app.s().view!.plan.significantShare).toBe(0.25);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByTestId('objective-row-SO1')).toHaveTextContent(/\(25% of /);
  });

  it('refuses a bad amount in the table with a message and saves a good one', async () => {
    const app = await sampleApp();
    show(app);
    const line = findAllocation(app, '1.2.1', '2010-11', 'regular_budget');
    const amount = screen.getByRole('textbox', { name: 'Amount of 1.2.1, 2010-11, Regular budget' });
    expect(amount).toHaveValue('$50,000');
    fireEvent.focus(amount);
    expect(amount).toHaveValue('50000');
    fireEvent.change(amount, { target: { value: '-10' } });
    fireEvent.keyDown(amount, { key: 'Enter' });
    await settle();
    expect(screen.getByRole('alert')).toHaveTextContent('An amount cannot be negative.');
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(app.s().view!.resources[line.id]!.amount).toBe(50_000);
    fireEvent.change(amount, { target: { value: '62,500' } });
    fireEvent.blur(amount);
    await settle();
    expect(app.s().view!.resources[line.id]!.amount).toBe(62_500);
    expect(amount).toHaveValue('$62,500');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('deletes a line with an Undo that brings it back', async () => {
    const app = await sampleApp();
    show(app);
    const line = findAllocation(app, '1.2.1', '2010-11', 'regular_budget');
    fireEvent.click(screen.getByRole('button', { name: 'Delete allocation 1.2.1, 2010-11, Regular budget' }));
    await settle();
    expect(app.s().view!.resources[line.id]).toBeUndefined();
    const notice = app.s().notices.at(-1)!;
    expect(notice.message).toMatchObject({ key: 'resources.alloc.deleted', params: { row: '1.2.1, 2010-11, Regular budget', amount: '$50,000' } });
    await act(async () => notice.action!.run());
    await settle();
    expect(app.s().view!.resources[line.id]).toBeDefined();
  });

  it('adds an allocation through the dialog once the result and amount are valid', async () => {
    const app = await sampleApp();
    show(app);
    const before = Object.keys(app.s().view!.resources).length;
    fireEvent.click(screen.getByRole('button', { name: 'Add allocation' }));
    const dialog = screen.getByRole('dialog', { name: 'Add allocation' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Amount' }), { target: { value: 'lots' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add allocation' }));
    await settle();
    expect(within(dialog).getByText('Choose the result the allocation funds.')).toBeInTheDocument();
    expect(within(dialog).getByText(/“lots” is not an amount/)).toBeInTheDocument();
    expect(Object.keys(app.s().view!.resources)).toHaveLength(before);

    const view = app.s().view!;
    const goal = view.tree[0]!;
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Result' }), { target: { value: goal.id } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Funding source' }), { target: { value: 'extra_budgetary' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Status' }), { target: { value: 'secured' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Amount' }), { target: { value: '12,345.67' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Note' }), { target: { value: ' pledged ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add allocation' }));
    await settle();
    expect(screen.queryByRole('dialog')).toBeNull();
    const added = Object.values(app.s().view!.resources).find((a) => a.resultId === goal.id)!;
    expect(added).toMatchObject({ periodId: view.periodOrder[0], source: 'extra_budgetary', status: 'secured', amount: 12_345.67, currency: 'USD', note: 'pledged' });
    // Figures with cents now show two decimals.
    expect(cells('objective-row-total')[6]).toMatch(/\.\d\d$/);
  });

  it('rolls another currency up on its own, never converting it into the plan currency', async () => {
    const app = await sampleApp();
    const view = app.s().view!;
    const totalBefore = currencyRollup(rollUpResources(view)).total.bySource.total.planned;
    const entity: ResourceAllocation = { id: 'a_eur' as ResourceAllocationId, resultId: view.tree[0]!.id, periodId: view.periodOrder[0]!, source: 'regular_budget', amount: 5000, currency: 'EUR', status: 'planned', note: '', deletedAt: null, deletedBy: null };
    expect(await app.s().dispatch('addEntity', { collection: 'resources', entity })).toBe(true);
    show(app);
    expect(cells('objective-row-total')[6]).toBe(grouped(totalBefore));
    expect(screen.getByRole('note')).toHaveTextContent('Some allocations are in other currencies (EUR). They are never converted or added to USD');
    const chooser = screen.getByRole('combobox', { name: 'Currency shown' });
    fireEvent.change(chooser, { target: { value: 'EUR' } });
    expect(cells('objective-row-total')[0]).toBe('5,000');
    expect(cells('objective-row-total')[6]).toBe('5,000');
    expect(screen.getByRole('note')).toHaveTextContent('These figures are the allocations in EUR only');
    expect(screen.getByText('Amounts in EUR.')).toBeInTheDocument();
  });
});
