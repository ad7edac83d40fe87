// @vitest-environment happy-dom
/**
 * The dashboard and the indicator progress panel with a real store on the sample plan:
 * they show what the analysis computes, follow the filters, and follow an edit of an
 * actual (the status changes with the figure).
 */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Indicator } from '../../../shared/model';
import { DashboardScreen } from '../../../renderer/features/dashboard/DashboardScreen';
import { IndicatorProgressPanel } from '../../../renderer/features/dashboard/IndicatorProgressPanel';
import { initI18n } from '../../../renderer/i18n';
import type { App } from '../store/harness';
import { renderInApp, sampleApp, settle } from '../screen-harness';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('en');
});
afterEach(cleanup);

function show(app: App, ui: React.ReactNode) {
  return renderInApp(app, i18n, ui);
}

const count = (status: string) => screen.getByTestId(`dashboard-count-${status}`).querySelector('.status-tile-count')!.textContent;
const indicatorOf = (app: App, pattern: RegExp): Indicator => Object.values(app.s().view!.indicators).find((i) => pattern.test(i.definition))!;

describe('DashboardScreen', () => {
  it('shows the counts by status as of the status date, and narrows them by unit', async () => {
    const app = await sampleApp();
    show(app, <DashboardScreen />);
    expect(screen.getByTestId('dashboard-as-of').textContent).toBe('Status as of 31 Jan 2012');
    expect(['off_track', 'at_risk', 'on_track', 'not_measured'].map(count)).toEqual(['2', '3', '3', '3']);
    const attention = screen.getByRole('region', { name: /^Off track and at risk/ });
    expect(within(attention).getAllByTestId('attention-row')).toHaveLength(5);

    const itc = Object.values(app.s().view!.units).find((u) => u.code === 'ITC-ILO')!;
    fireEvent.change(screen.getByLabelText('Unit (responsible or accountable)'), { target: { value: itc.id } });
    expect(['off_track', 'at_risk', 'on_track', 'not_measured'].map(count)).toEqual(['0', '0', '1', '0']);
    expect(within(attention).queryAllByTestId('attention-row')).toHaveLength(0);
    expect(within(attention).getByText('No indicator is off track or at risk.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(count('off_track')).toBe('2');
  });

  it('shows the progress of the indicator chosen in the list', async () => {
    const app = await sampleApp();
    show(app, <DashboardScreen />);
    const attention = screen.getByRole('region', { name: /^Off track and at risk/ });
    fireEvent.click(within(attention).getByRole('button', { name: /^Show the progress of Countries for which the Office has drawn up a legislative profile/ }));
    const panel = screen.getByRole('region', { name: 'Indicator progress' });
    expect(within(panel).getByTestId('progress-achieved').textContent).toBe('70% of what was due');
    const figures = within(panel).getByRole('table', { name: /^Figures of Countries for which/ });
    expect(within(figures).getByRole('row', { name: /^2010-11/ }).textContent).toContain('62');
  });
});

describe('IndicatorProgressPanel', () => {
  it('follows an edit: the actual raised to the target puts the indicator on track', async () => {
    const app = await sampleApp();
    const indicator = indicatorOf(app, /four strategic objectives/);
    show(app, <IndicatorProgressPanel indicatorId={indicator.id} />);
    const panel = screen.getByTestId('indicator-progress');
    expect(within(panel).getByTestId('progress-achieved').textContent).toBe('0% of what was due');
    expect(panel.querySelector('.progress-summary .status-badge')!.textContent).toContain('Off track');

    const first = app.s().view!.periodOrder[0]!;
    const ok = await act(() => app.s().dispatch('updateIndicator', { id: indicator.id, fields: { actuals: { [first]: { value: 2 } } } }));
    expect(ok).toBe(true);
    await settle();
    expect(within(panel).getByTestId('progress-achieved').textContent).toBe('100% of what was due');
    expect(panel.querySelector('.progress-summary .status-badge')!.textContent).toContain('On track');
  });

  it('says why an indicator without a baseline or targets is not measured, and charts nothing', async () => {
    const app = await sampleApp();
    const indicator = indicatorOf(app, /module for the collection of labour migration statistics/);
    show(app, <IndicatorProgressPanel indicatorId={indicator.id} />);
    const panel = screen.getByTestId('indicator-progress');
    expect(panel.querySelector('.progress-summary')!.textContent).toContain('Not measured');
    expect(panel.querySelector('.progress-summary')!.textContent).toContain('no target set');
    expect(within(panel).getByText(/Nothing to chart yet/)).toBeTruthy();
  });

  it('renders nothing for an indicator that is not in the plan', async () => {
    const app = await sampleApp();
    const { container } = show(app, <IndicatorProgressPanel indicatorId="i_missing" />);
    expect(container.textContent).toBe('');
  });
});
