import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectSaved, openApp } from './helpers';

const CONVENTION_97 = /^Ratifications of the Migration for Employment Convention/;

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Plan settings', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Plan settings', level: 1 })).toBeVisible();
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

test('regenerating the sample\'s biennia as years keeps every target attached to the year its biennium ends in', async ({ page }) => {
  await openApp(page);
  await expectSaved(page);
  await openSettings(page);
  const periods = page.locator('table.settings-periods tbody tr');
  await expect(periods).toHaveCount(3);
  await expectNoSeriousViolations(page);

  await page.getByLabel('Split the plan period into').selectOption('year');
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('region', { name: 'What the change does' });
  await expect(preview.getByText('New periods (6): 2010, 2011, 2012, 2013, 2014, 2015')).toBeVisible();
  const first = preview.getByRole('row', { name: /^2010-11/ });
  await expect(first).toContainText('Targets → 2011');
  await expect(first).toContainText('Allocations → 2010');
  await expectNoSeriousViolations(page);
  await page.getByRole('button', { name: 'Apply new periods' }).click();
  await expect(page.getByText('The reporting periods were replaced; the values moved with them.')).toBeVisible();
  await expect(periods).toHaveCount(6);
  await expect(page.getByRole('textbox', { name: 'Label of 2011', exact: true })).toHaveValue('2011');
  await expectSaved(page);

  await page.getByRole('button', { name: 'Indicators', exact: true }).click();
  await page.getByRole('navigation', { name: 'Indicators by result' }).getByRole('button', { name: CONVENTION_97 }).click();
  await expect(page.getByRole('textbox', { name: 'Target for 2010', exact: true })).toHaveValue('');
  await expect(page.getByRole('textbox', { name: 'Target for 2011', exact: true })).toHaveValue('8');
  await expect(page.getByRole('textbox', { name: 'Target for 2013', exact: true })).toHaveValue('10');
  await expect(page.getByRole('textbox', { name: 'Target for 2015', exact: true })).toHaveValue('12');
  // The first biennium's actual, reported in January 2012, stays with the biennium's last year.
  await expect(page.getByRole('textbox', { name: 'Actual for 2011', exact: true })).not.toHaveValue('');

  // One edit: undo brings the biennia back with their targets.
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(page.getByRole('textbox', { name: 'Target for 2010-11', exact: true })).toHaveValue('8');
});

test('the status date is set, explained, cleared back to today, and kept after a reload', async ({ page }) => {
  await openApp(page);
  await expectSaved(page);
  await openSettings(page);
  await expect(page.getByText('Progress, overdue milestones and mitigations are reported as of this date.')).toBeVisible();
  const date = page.getByRole('textbox', { name: 'Status date' });
  await expect(date).toHaveValue('2012-01-31');
  await date.fill('2012-06-30');
  await date.press('Enter');
  await expect(page.getByText('Progress is reported as of 30 Jun 2012.')).toBeVisible();
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await openSettings(page);
  await expect(page.getByRole('textbox', { name: 'Status date' })).toHaveValue('2012-06-30');
  await page.getByRole('button', { name: 'Clear (follow today)' }).click();
  await expect(page.getByText(/^Not set: today \(.+\) is used\.$/)).toBeVisible();
});

test('thresholds and the significant share are validated and saved', async ({ page }) => {
  await openApp(page);
  await expectSaved(page);
  await openSettings(page);
  const atRisk = page.getByRole('textbox', { name: 'At risk from (%)' });
  await atRisk.fill('95');
  await atRisk.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'The at-risk threshold must not be above the on-track one.' })).toBeVisible();
  await expect(atRisk).toHaveValue('60');
  await atRisk.fill('50');
  await atRisk.press('Enter');
  await expect(page.getByText('Now: on track from 90 %, at risk from 50 % of what was due; off track below 50 %.')).toBeVisible();

  const share = page.getByRole('textbox', { name: 'Share counted (%)' });
  await share.fill('140');
  await share.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'A share must be between 0 and 100 %.' })).toBeVisible();
  await expect(share).toHaveValue('40');
  await share.fill('50');
  await share.press('Enter');
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await openSettings(page);
  await expect(page.getByRole('textbox', { name: 'Share counted (%)' })).toHaveValue('50');
  await expect(page.getByRole('textbox', { name: 'At risk from (%)' })).toHaveValue('50');
});

test('a custom period is added, a period in use cannot be deleted, an unused one can', async ({ page }) => {
  await openApp(page);
  await expectSaved(page);
  await openSettings(page);
  await page.getByRole('button', { name: 'Delete period 2012-13' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '2012-13 cannot be deleted while values refer to it' })).toBeVisible();
  // Shorten the last biennium to make room, then add a custom period in the gap.
  const end = page.getByLabel('End of 2014-15');
  await end.fill('2015-06-30');
  await end.press('Enter');
  await expect(page.getByText(/Days of the plan period not covered by any reporting period: 1 Jul 2015 – 31 Dec 2015/)).toBeVisible();
  await page.getByLabel('Label of the new period').fill('2015 H2');
  await page.getByLabel('Start of the new period').fill('2015-07-01');
  await page.getByLabel('End of the new period').fill('2015-12-31');
  await page.getByRole('button', { name: 'Add period' }).click();
  await expect(page.getByRole('textbox', { name: 'Label of 2015 H2', exact: true })).toHaveValue('2015 H2');
  await expect(page.getByText(/not covered by any reporting period/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Delete period 2015 H2' }).click();
  await expect(page.getByRole('textbox', { name: 'Label of 2015 H2', exact: true })).toHaveCount(0);
});
