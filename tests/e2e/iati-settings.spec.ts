import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectSaved, openApp } from './helpers';

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

test('the sample plan\'s IATI identifiers are shown in the plan settings, checked when edited, and saved', async ({ page }) => {
  await openApp(page);
  await expectSaved(page);
  await page.getByRole('button', { name: 'Plan settings', exact: true }).click();
  const section = page.getByRole('region', { name: 'IATI identifiers' });
  await expect(section.getByRole('status')).toHaveText('Exported as activity XM-DAC-41302-MIGRATION-STRATEGY-2010-2015 of XM-DAC-41302.');
  await expect(section.getByRole('textbox', { name: 'Reporting organisation identifier' })).toHaveValue('XM-DAC-41302');
  await expect(section.getByRole('combobox', { name: 'Organisation type' })).toHaveValue('40');
  await expect(section.getByRole('textbox', { name: 'Organisation name (as registered)' })).toHaveValue('International Labour Organization');
  await expectNoSeriousViolations(page);

  const activity = section.getByRole('textbox', { name: 'Activity identifier' });
  await activity.fill('XM-DAC-99-STRATEGY');
  await section.getByRole('button', { name: 'Save identifiers' }).click();
  await expect(section.getByText('The activity identifier must start with the organisation identifier and a hyphen ("XM-DAC-41302-"), followed by your own id.')).toBeVisible();
  await expect(activity).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousViolations(page);
  await section.screenshot({ path: 'test-results/iati-settings-error.png' });

  await activity.fill('XM-DAC-41302-MIGRATION-2010-2015-REV1');
  await activity.press('Enter');
  await expect(page.getByText('IATI identifiers saved.')).toBeVisible();
  await expect(section.getByRole('status')).toHaveText('Exported as activity XM-DAC-41302-MIGRATION-2010-2015-REV1 of XM-DAC-41302.');
  await expectSaved(page);
  await page.reload();
  await page.getByRole('button', { name: 'Plan settings', exact: true }).click();
  await expect(page.getByRole('region', { name: 'IATI identifiers' }).getByRole('textbox', { name: 'Activity identifier' })).toHaveValue('XM-DAC-41302-MIGRATION-2010-2015-REV1');
});
