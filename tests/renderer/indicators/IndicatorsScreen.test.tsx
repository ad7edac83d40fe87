// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IndicatorsScreen } from '../../../renderer/features/indicators/IndicatorsScreen';
import { initI18n } from '../../../renderer/i18n';
import type { Indicator, IndicatorId, ResultId } from '../../../shared/model';
import { blankIndicator } from '../../../shared/plan-doc';
import { bootedApp, createOpenPlan, newEnv, type App } from '../store/harness';
import { renderInApp, settle } from '../screen-harness';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('en');
});
afterEach(cleanup);

const rid = (s: string) => s as ResultId;

/** An open plan (2026-28, yearly periods): goal 1 with outcome 1.1, three indicators. */
async function plan(): Promise<App> {
  const app = await bootedApp(newEnv());
  await createOpenPlan(app);
  await app.s().dispatch('addResult', { id: rid('r_goal'), parentId: null, statement: 'Migrant workers are protected' });
  await app.s().dispatch('addResult', { id: rid('r_out'), parentId: rid('r_goal'), statement: 'Conventions ratified' });
  const add = (id: string, resultId: string, sortKey: string, fields: Partial<Indicator>) =>
    app.s().dispatch('addIndicator', { indicator: { ...blankIndicator(id as IndicatorId, rid(resultId), sortKey), ...fields } });
  await add('i_goal', 'r_goal', 'a0', { definition: 'Migrant workers covered by social security' });
  await add('i_97', 'r_out', 'a0', { definition: 'Ratifications of Convention No. 97' });
  await add('i_143', 'r_out', 'a1', { definition: 'Ratifications of Convention No. 143', measureType: 'percentage' });
  return app;
}

function show(app: App) {
  return renderInApp(app, i18n, <IndicatorsScreen />);
}

const list = () => screen.getByRole('navigation', { name: 'Indicators by result' });
const cell = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;

describe('IndicatorsScreen', () => {
  it('lists the indicators under their numbered results and edits the first one', async () => {
    const app = await plan();
    show(app);
    expect(within(list()).getByText('1.1')).toBeTruthy();
    expect(within(list()).getAllByRole('button').map((b) => b.textContent)).toEqual([
      expect.stringContaining('Migrant workers covered'),
      expect.stringContaining('Convention No. 97'),
      expect.stringContaining('Convention No. 143'),
    ]);
    expect(screen.getByRole('heading', { name: 'Indicator 1 of Goal 1' })).toBeTruthy();
  });

  it('commits a target on Enter, moves to the next period\'s target, and keeps the figure through a re-render', async () => {
    const app = await plan();
    show(app);
    fireEvent.click(within(list()).getByRole('button', { name: /Convention No\. 97/ }));
    const first = app.s().view!.periodOrder[0];
    const target = cell('Target for 2026');
    target.focus();
    fireEvent.change(target, { target: { value: '3' } });
    fireEvent.keyDown(target, { key: 'Enter' });
    await settle();
    expect(app.s().view!.indicators['i_97']!.targets).toEqual({ [first!]: 3 });
    expect(document.activeElement).toBe(cell('Target for 2027'));
    expect(cell('Target for 2026').value).toBe('3');
    expect(app.s().undoLabel).toEqual({ key: 'indicators.history.update' });
  });

  it('refuses text that is not a number and a percentage above 100 with a message, changing nothing', async () => {
    const app = await plan();
    show(app);
    fireEvent.click(within(list()).getByRole('button', { name: /Convention No\. 143/ }));
    const before = app.s().view;
    for (const text of ['lots', '120']) {
      const target = cell('Target for 2026');
      fireEvent.change(target, { target: { value: text } });
      fireEvent.blur(target);
      await settle();
      expect(cell('Target for 2026').value).toBe('');
    }
    expect(app.s().view).toBe(before);
    expect(app.s().notices.map((n) => n.message.key)).toEqual(['indicators.errors.notANumber', 'indicators.errors.percentRange']);
  });

  it('selects an indicator navigated to from elsewhere, focuses its heading and clears the request', async () => {
    const app = await plan();
    show(app);
    act(() => app.s().navigateTo({ kind: 'indicator', id: 'i_143' }));
    await settle();
    const heading = screen.getByRole('heading', { name: 'Indicator 2 of Outcome 1.1' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(app.s().focusRequest).toBeNull();
    expect(within(list()).getByRole('button', { name: /Convention No\. 143/ }).getAttribute('aria-current')).toBe('true');
  });

  it('renames a category keeping its values and asks before removing one that has values', async () => {
    const app = await plan();
    await app.s().dispatch('addCategory', { id: 'i_97' as IndicatorId, category: 'Women' });
    const p = app.s().view!.periodOrder[0]!;
    await app.s().dispatch('updateIndicator', { id: 'i_97' as IndicatorId, fields: { categoryTargets: { [p]: { Women: 2 } } } });
    show(app);
    fireEvent.click(within(list()).getByRole('button', { name: /Convention No\. 97/ }));
    const name = cell('Category 1');
    fireEvent.change(name, { target: { value: 'Female' } });
    fireEvent.blur(name);
    await settle();
    expect(app.s().view!.indicators['i_97']!.categoryTargets).toEqual({ [p]: { Female: 2 } });
    expect(cell('Target for Female, 2026').value).toBe('2');

    fireEvent.click(screen.getByRole('button', { name: 'Remove category Female' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove category Female?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await settle();
    expect(app.s().view!.indicators['i_97']!.disaggregation).toEqual([]);
  });
});
