// @vitest-environment happy-dom
/**
 * The quality panel on the sample plan: score and counts as the report has them,
 * findings grouped by severity with text labels, filters, "Go to", and the limits.
 */
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runQualityCheck } from '../../../shared/analysis/quality';
import { systemClock, toIsoDate } from '../../../shared/dates';
import { QualityScreen } from '../../../renderer/features/quality/QualityScreen';
import { initI18n } from '../../../renderer/i18n';
import type { App } from '../store/harness';
import { renderInApp, sampleApp, settle } from '../screen-harness';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('en');
});
afterEach(cleanup);

function show(app: App) {
  return renderInApp(app, i18n, <QualityScreen />);
}

const group = (name: RegExp) => screen.getByRole('region', { name });

describe('QualityScreen', () => {
  it('shows the score, the counts and the findings of the sample plan by severity', async () => {
    const app = await sampleApp();
    // The panel judges overdue milestones against today.
    const report = runQualityCheck(app.s().view!, { today: toIsoDate(systemClock.now()) });
    show(app);
    expect(screen.getByRole('heading', { level: 1, name: 'Quality check' })).toBeInTheDocument();
    expect(screen.getByTestId('quality-score')).toHaveTextContent(`${report.score} out of 100`);
    expect(screen.getByTestId('quality-count-error')).toHaveTextContent(String(report.counts.error));
    const errors = group(/^Errors/);
    expect(within(errors).getByRole('heading', { name: `Errors (${report.counts.error})` })).toBeInTheDocument();
    const items = within(errors).getAllByRole('listitem');
    expect(items).toHaveLength(report.counts.error);
    // Severity is written, not only coloured.
    expect(items[0]).toHaveTextContent(/^Error/);
    expect(within(errors).getByText('Goal 1 has no indicator.')).toBeInTheDocument();
    expect(group(/^Warnings/)).toBeInTheDocument();
  });

  it('goes to the element of a finding', async () => {
    const app = await sampleApp();
    show(app);
    const item = within(group(/^Errors/)).getByText('Goal 1 has no indicator.').closest('li')!;
    const goTo = within(item).getByRole('button', { name: 'Go to', description: 'Goal 1 has no indicator.' });
    fireEvent.click(goTo);
    expect(app.s().focusRequest?.target).toEqual({ kind: 'result', id: app.s().view!.tree[0]!.id });
  });

  it('filters findings by severity with pressed toggle buttons', async () => {
    const app = await sampleApp();
    show(app);
    const toggles = screen.getByRole('group', { name: 'Show findings' });
    const errorsToggle = within(toggles).getByRole('button', { name: /^Errors/ });
    expect(errorsToggle).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(errorsToggle);
    expect(errorsToggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('region', { name: /^Errors/ })).toBeNull();
    expect(group(/^Warnings/)).toBeInTheDocument();
  });

  it('edits the soft limits through the plan, and refuses a value out of range', async () => {
    const app = await sampleApp();
    show(app);
    const input = screen.getByLabelText('Most outputs under one outcome');
    expect(input).toHaveValue(6);
    fireEvent.change(input, { target: { value: '0' } });
    fireEvent.blur(input);
    await settle();
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a whole number from 1 to 100.');
    expect(app.s().view!.plan.qualityLimits).toBeUndefined();

    fireEvent.change(input, { target: { value: '3' } });
    fireEvent.blur(input);
    await settle();
    expect(app.s().view!.plan.qualityLimits).toEqual({ maxOutputsPerOutcome: 3, maxOutcomes: 10 });
    expect(screen.getByLabelText('Most outputs under one outcome')).toHaveValue(3);
    expect(within(group(/^Warnings/)).getAllByText(/outputs, more than the 3 donor guidance suggests/).length).toBeGreaterThan(0);
  });
});
