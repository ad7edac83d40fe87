// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PlanSettingsScreen } from '../../../renderer/features/settings/PlanSettingsScreen';
import { initI18n } from '../../../renderer/i18n';
import type { IndicatorId, ResultId } from '../../../shared/model';
import { blankIndicator } from '../../../shared/plan-doc';
import { bootedApp, createOpenPlan, newEnv, type App } from '../store/harness';
import { renderInApp, settle } from '../screen-harness';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('en');
});
afterEach(cleanup);

/** An open plan for 2026-28 with yearly periods and one indicator with targets for 2026 and 2027. */
async function plan(): Promise<App> {
  const app = await bootedApp(newEnv());
  await createOpenPlan(app);
  await app.s().dispatch('addResult', { id: 'r_goal' as ResultId, parentId: null, statement: 'Goal' });
  const [y26, y27] = app.s().view!.periodOrder;
  await app.s().dispatch('addIndicator', {
    indicator: { ...blankIndicator('i_1' as IndicatorId, 'r_goal' as ResultId, 'a0', 'Offices with a migration focal point'), targets: { [y26!]: 5, [y27!]: 8 } },
  });
  return app;
}

function show(app: App) {
  return renderInApp(app, i18n, <PlanSettingsScreen />);
}


describe('PlanSettingsScreen', () => {
  it('lists the periods with what refers to them', async () => {
    show(await plan());
    const rows = screen.getAllByRole('row').slice(1, 4);
    expect(rows.map((r) => (within(r).getAllByRole('textbox')[0] as HTMLInputElement).value)).toEqual(['2026', '2027', '2028']);
    expect(rows[0]!.textContent).toContain('1 target, 0 actuals, 0 allocations');
    expect(rows[2]!.textContent).toContain('None');
  });

  it('previews biennia, names the indicator whose two yearly targets would collide, and does not offer to apply', async () => {
    const app = await plan();
    show(app);
    fireEvent.change(screen.getByLabelText('Split the plan period into'), { target: { value: 'biennium' } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    const preview = screen.getByRole('region', { name: 'What the change does' });
    expect(preview.textContent).toContain('New periods (2): 2026-27, 2028');
    const alert = within(preview).getByRole('alert');
    expect(alert.textContent).toContain('1 indicator would get two values for one period');
    expect(alert.textContent).toContain('1 “Offices with a migration focal point”: targets of 2026 + 2027 would both go to 2026-27');
    expect((within(preview).getByRole('button', { name: 'Apply new periods' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('applies quarters once previewed: every target moves to the quarter holding its year\'s end', async () => {
    const app = await plan();
    show(app);
    fireEvent.change(screen.getByLabelText('Split the plan period into'), { target: { value: 'quarter' } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    fireEvent.click(screen.getByRole('button', { name: 'Apply new periods' }));
    await settle();
    const view = app.s().view!;
    expect(view.periodOrder).toHaveLength(12);
    const targets = Object.entries(view.indicators['i_1']!.targets).map(([id, v]) => [view.periods[id]!.label, v]);
    expect(targets).toEqual([
      ['2026 Q4', 5],
      ['2027 Q4', 8],
    ]);
    expect(screen.queryByRole('region', { name: 'What the change does' })).toBeNull();
  });

  it('sets the status date and refuses thresholds in the wrong order', async () => {
    const app = await plan();
    show(app);
    // The section is named like its field: take the field.
    const date = screen.getAllByLabelText('Status date').find((el) => el instanceof HTMLInputElement) as HTMLInputElement;
    fireEvent.change(date, { target: { value: '2027-06-30' } });
    fireEvent.blur(date);
    await settle();
    expect(app.s().view!.plan.statusDate).toBe('2027-06-30');
    expect(screen.getByText('Progress is reported as of 30 Jun 2027.')).toBeTruthy();

    const onTrack = screen.getByLabelText('On track from (%)') as HTMLInputElement;
    fireEvent.change(onTrack, { target: { value: '50' } });
    fireEvent.blur(onTrack);
    await settle();
    expect(app.s().view!.plan.monitoring).toBeUndefined();
    expect(app.s().notices.at(-1)?.message.key).toBe('planSettings.errors.thresholdOrder');
    fireEvent.change(onTrack, { target: { value: '80' } });
    fireEvent.blur(onTrack);
    await settle();
    expect(app.s().view!.plan.monitoring).toEqual({ onTrack: 0.8, atRisk: 0.6 });
  });
});
