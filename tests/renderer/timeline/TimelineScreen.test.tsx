// @vitest-environment happy-dom
/**
 * The timeline screen on the sample plan, with a real store: counts and states as of the
 * status date, marking done, adding with the form's checks, a result's dates, the
 * "due soon" filter, and a navigateTo request that lands on its milestone.
 */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { TimelineScreen } from '../../../renderer/features/timeline/TimelineScreen';
import { initI18n } from '../../../renderer/i18n';
import { bootedApp, newEnv, type App } from '../store/harness';
import { renderInApp, settle } from '../screen-harness';

// ECharts needs a layout engine; the chart's option is tested in tests/shared/charts.
vi.mock('../../../renderer/ui/Chart', () => ({ Chart: ({ label }: { label: string }) => <div role="img" aria-label={label} /> }));

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('en');
});
afterEach(cleanup);

async function sampleApp(): Promise<App> {
  const app = await bootedApp(newEnv());
  expect(await app.s().createSamplePlan()).not.toBeNull();
  app.s().setTab('timeline');
  return app;
}

function show(app: App) {
  return renderInApp(app, i18n, <TimelineScreen />);
}

const count = (state: string) => screen.getByTestId(`timeline-count-${state}`);
const rowOf = (title: string) => screen.getByRole('rowheader', { name: title }).closest('tr')!;
const milestoneId = (app: App, title: string) => Object.values(app.s().view!.milestones).find((m) => m.title === title)!.id;
const RESPONSIBILITIES = 'Responsibilities of sectors, regions and MIGRANT agreed';

describe('TimelineScreen', () => {
  it('shows the sample as of its status date: counts, the chart, overdue rows in words, completion late', async () => {
    const app = await sampleApp();
    show(app);
    expect(screen.getByText('As of the status date, 31 Jan 2012.')).toBeInTheDocument();
    expect(count('overdue')).toHaveTextContent('4');
    expect(count('next90')).toHaveTextContent('2');
    expect(count('done')).toHaveTextContent('84 of them late');
    expect(screen.getByRole('img', { name: /^Timeline of the plan period 1 Jan 2010 to 31 Dec 2015/ })).toBeInTheDocument();
    expect(rowOf(RESPONSIBILITIES)).toHaveTextContent('OverdueOverdue by 488 daysIn progress');
    expect(rowOf('First repeat of the DWCP desk review completed')).toHaveTextContent('20 Jan 2012 (20 days late)');
    expect(rowOf('Implementation report for 2010-11 gives resources for labour migration by sector and funding source')).toHaveTextContent('Due in 60 days');
    // No status-date notice: it lies inside the plan period.
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('marks an overdue milestone done on the status date, and undo brings it back', async () => {
    const app = await sampleApp();
    show(app);
    fireEvent.click(within(rowOf(RESPONSIBILITIES)).getByRole('button', { name: `Mark done: ${RESPONSIBILITIES}` }));
    await settle();
    const milestone = app.s().view!.milestones[milestoneId(app, RESPONSIBILITIES)]!;
    expect([milestone.status, milestone.completedDate]).toEqual(['done', '2012-01-31']);
    expect(count('overdue')).toHaveTextContent('3');
    expect(within(rowOf(RESPONSIBILITIES)).queryByRole('button', { name: /^Mark done/ })).toBeNull();
    await act(() => app.s().undo());
    expect(count('overdue')).toHaveTextContent('4');
  });

  it('adds a milestone only once the form is right: a title, a due date, a completion date not after the status date', async () => {
    const app = await sampleApp();
    show(app);
    const before = Object.keys(app.s().view!.milestones).length;
    fireEvent.click(screen.getByRole('button', { name: 'Add milestone to 1.1.2' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a milestone to 1.1.2' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add milestone' }));
    expect(within(dialog).getByText('Enter what the milestone is.')).toBeInTheDocument();
    expect(within(dialog).getByText('Enter the due date.')).toBeInTheDocument();

    fireEvent.change(within(dialog).getByLabelText('Milestone'), { target: { value: 'Matrix signed by every sector' } });
    fireEvent.change(within(dialog).getByLabelText('Due date'), { target: { value: '2011-12-01' } });
    fireEvent.change(within(dialog).getByLabelText('Status'), { target: { value: 'done' } });
    expect(within(dialog).getByLabelText('Completed on')).toHaveValue('2012-01-31');
    fireEvent.change(within(dialog).getByLabelText('Completed on'), { target: { value: '2012-03-01' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add milestone' }));
    await settle();
    expect(within(dialog).getByText(/^Not after the status date \(31 Jan 2012\)/)).toBeInTheDocument();
    expect(Object.keys(app.s().view!.milestones)).toHaveLength(before);

    fireEvent.change(within(dialog).getByLabelText('Completed on'), { target: { value: '2011-12-20' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add milestone' }));
    await settle();
    expect(screen.queryByRole('dialog')).toBeNull();
    const added = Object.values(app.s().view!.milestones).find((m) => m.title === 'Matrix signed by every sector')!;
    expect(added).toMatchObject({ dueDate: '2011-12-01', status: 'done', completedDate: '2011-12-20' });
    expect(rowOf('Matrix signed by every sector')).toHaveTextContent('20 Dec 2011 (19 days late)');
  });

  it("sets a result's own dates, refusing an end before the start", async () => {
    const app = await sampleApp();
    show(app);
    fireEvent.click(screen.getByRole('button', { name: 'Edit dates of 1.1' }));
    const dialog = screen.getByRole('dialog', { name: 'Dates of 1.1' });
    expect(within(dialog).getByText(/^Now: 4 Jan 2010 – 31 Mar 2011 \(derived from its results and milestones\)/)).toBeInTheDocument();
    fireEvent.change(within(dialog).getByLabelText('Start date'), { target: { value: '2011-01-01' } });
    fireEvent.change(within(dialog).getByLabelText('End date'), { target: { value: '2010-01-01' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save dates' }));
    await settle();
    expect(within(dialog).getByText('The end date is before the start date.')).toBeInTheDocument();
    fireEvent.change(within(dialog).getByLabelText('End date'), { target: { value: '' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save dates' }));
    await settle();
    const outcome = Object.values(app.s().view!.results).find((r) => r.level === 'outcome' && app.s().view!.tree[app.s().view!.treeIndex[r.id]!]!.number === '1.1')!;
    expect([outcome.startDate, outcome.endDate]).toEqual(['2011-01-01', null]);
    // The own start wins; the end stays derived from its outputs (after the start).
    expect(screen.getByRole('rowheader', { name: /^Outcome 1\.1 / })).toHaveTextContent('1 Jan 2011 – 31 Mar 2011 (end derived from its results and milestones)');
  });

  it('filters to overdue and next-90-days milestones, and a request for a milestone it hides clears the filter and focuses it', async () => {
    const app = await sampleApp();
    show(app);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Overdue and next 90 days only' }));
    expect(screen.getAllByRole('row').filter((r) => r.classList.contains('milestone-row'))).toHaveLength(6);
    const done = 'Office-wide strategy paper on labour migration adopted';
    expect(screen.queryByRole('rowheader', { name: done })).toBeNull();

    await act(async () => app.s().navigateTo({ kind: 'milestone', id: milestoneId(app, done) }));
    await act(async () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
    await settle();
    expect(screen.getByRole('checkbox', { name: 'Overdue and next 90 days only' })).not.toBeChecked();
    expect(document.activeElement).toBe(rowOf(done));
    expect(rowOf(done)).toHaveAttribute('aria-current', 'true');
    expect(app.s().focusRequest).toBeNull();
  });

  it('says so above the chart when the status date is after the plan period, and judges every open milestone overdue', async () => {
    const app = await sampleApp();
    show(app);
    await act(async () => void (await app.s().dispatch('updatePlan', { statusDate: '2016-03-01' })));
    expect(screen.getByRole('note')).toHaveTextContent('The status date (1 Mar 2016) is after the plan period (1 Jan 2010 to 31 Dec 2015): the chart has no status-date line');
    expect(screen.getByText('As of the status date, 1 Mar 2016.')).toBeInTheDocument();
    expect(count('overdue')).toHaveTextContent('8');
    expect(count('next90')).toHaveTextContent('0');
  });
});
