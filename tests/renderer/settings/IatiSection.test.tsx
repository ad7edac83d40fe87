// @vitest-environment happy-dom
/**
 * The plan's IATI identifiers on the settings screen: checked before they are saved (a
 * refused entry changes nothing), saved together through updatePlan, undone like any
 * edit, and removed.
 */
import { cleanup, fireEvent, screen } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IatiSection } from '../../../renderer/features/settings/IatiSection';
import { initI18n } from '../../../renderer/i18n';
import { bootedApp, createOpenPlan, lastNoticeKey, newEnv, type App } from '../store/harness';
import { renderInApp, settle } from '../screen-harness';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('en');
});
afterEach(cleanup);

async function shown(organisation = 'ILO'): Promise<App> {
  const app = await bootedApp(newEnv());
  await createOpenPlan(app, { organisation });
  renderInApp(app, i18n, <IatiSection />);
  return app;
}

const input = (name: RegExp) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const type = (name: RegExp, value: string) => fireEvent.change(input(name), { target: { value } });
async function save() {
  fireEvent.click(screen.getByRole('button', { name: 'Save identifiers' }));
  await settle();
}

describe('IatiSection', () => {
  it('says the identifiers are not set and refuses malformed ones, saving nothing', async () => {
    const app = await shown();
    expect(screen.getByRole('status').textContent).toContain('Not set');
    expect((screen.getByRole('button', { name: 'Remove identifiers' }) as HTMLButtonElement).disabled).toBe(true);
    await save();
    expect(screen.getByText('Enter the reporting organisation identifier.')).toBeTruthy();
    expect(screen.getByText('Enter the activity identifier.')).toBeTruthy();
    type(/Reporting organisation identifier/, 'ILO 41302');
    type(/Activity identifier/, 'ILO-1');
    await save();
    expect(input(/Reporting organisation identifier/).getAttribute('aria-invalid')).toBe('true');
    expect(input(/Reporting organisation identifier/).getAttribute('aria-describedby')).toMatch(/-hint .*-error$/);
    expect(screen.getByText(/"ILO 41302" is not an IATI organisation identifier/)).toBeTruthy();
    type(/Reporting organisation identifier/, 'XM-DAC-41302');
    type(/Activity identifier/, 'GB-CHC-1-STRATEGY');
    await save();
    expect(screen.getByText(/must start with the organisation identifier and a hyphen \("XM-DAC-41302-"\)/)).toBeTruthy();
    type(/Activity identifier/, 'XM-DAC-41302-A/B');
    await save();
    expect(screen.getByText(/may not hold spaces/)).toBeTruthy();
    expect(app.s().view!.plan.iati).toBeUndefined();
  });

  it('saves valid identifiers together, shows them, and undo and remove take them away', async () => {
    const app = await shown();
    type(/Reporting organisation identifier/, ' XM-DAC-41302 ');
    fireEvent.change(screen.getByRole('combobox', { name: 'Organisation type' }), { target: { value: '10' } });
    type(/Activity identifier/, 'XM-DAC-41302-MIGRATION-2026');
    await save();
    expect(app.s().view!.plan.iati).toEqual({ reportingOrgRef: 'XM-DAC-41302', reportingOrgType: '10', activityId: 'XM-DAC-41302-MIGRATION-2026' });
    expect(lastNoticeKey(app)).toBe('iati.settings.saved');
    expect(screen.getByRole('status').textContent).toBe('Exported as activity XM-DAC-41302-MIGRATION-2026 of XM-DAC-41302.');
    type(/Organisation name/, 'International Labour Organization');
    await save();
    expect(app.s().view!.plan.iati?.reportingOrgName).toBe('International Labour Organization');
    await app.s().undo();
    await settle();
    expect(app.s().view!.plan.iati?.reportingOrgName).toBeUndefined();
    expect(input(/Organisation name/).value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Remove identifiers' }));
    await settle();
    expect(app.s().view!.plan.iati).toBeUndefined();
    expect(input(/Reporting organisation identifier/).value).toBe('');
    expect(screen.getByRole('status').textContent).toContain('Not set');
  });

  it('asks for the organisation name when the plan has no organisation', async () => {
    const app = await shown('');
    expect(screen.getByText('The plan has no organisation; enter the name.')).toBeTruthy();
    type(/Reporting organisation identifier/, 'GB-CHC-202918');
    type(/Activity identifier/, 'GB-CHC-202918-P1');
    await save();
    expect(screen.getByText(/Enter the organisation's name/)).toBeTruthy();
    expect(app.s().view!.plan.iati).toBeUndefined();
  });
});
