/**
 * The monitoring dashboard on the sample plan (status date 31 January 2012): counts by
 * status, the indicators off track and at risk, the unit and objective filters, one
 * indicator's chart and figures, and no serious accessibility issue.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectSaved, openApp } from './helpers';

const C143 = /^Show the progress of Ratifications of the Migrant Workers \(Supplementary Provisions\) Convention, 1975 \(No\. 143\)/;

async function openDashboard(page: Page) {
  await openApp(page);
  await expectSaved(page);
  await page.getByRole('button', { name: 'Dashboard', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Monitoring dashboard', level: 1 })).toBeVisible();
}

async function expectCounts(page: Page, counts: { off_track: number; at_risk: number; on_track: number; not_measured: number }) {
  for (const [status, n] of Object.entries(counts)) await expect(page.getByTestId(`dashboard-count-${status}`)).toContainText(String(n));
}

const attention = (page: Page) => page.getByRole('region', { name: /^Off track and at risk/ });
const panel = (page: Page) => page.getByRole('region', { name: 'Indicator progress' });

test('shows the sample as of its status date: counts by status, the indicators off track and at risk first', async ({ page }) => {
  await openDashboard(page);
  await expect(page.getByTestId('dashboard-as-of')).toHaveText('Status as of 31 Jan 2012');
  await expect(page.getByTestId('dashboard-thresholds')).toContainText('On track: at least 90% of what was due. At risk: at least 60%.');
  await expectCounts(page, { off_track: 2, at_risk: 3, on_track: 3, not_measured: 3 });
  await expect(page.getByRole('img', { name: /indicators off track, at risk, on track and not measured in each component/ }).locator('svg')).toBeVisible();

  const rows = attention(page).getByTestId('attention-row');
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(0)).toContainText('Off track');
  await expect(rows.nth(0)).toContainText('four strategic objectives');
  await expect(rows.nth(1)).toContainText('Off track');
  await expect(rows.nth(1)).toContainText('(No. 143)');
  for (const i of [2, 3, 4]) await expect(rows.nth(i)).toContainText('At risk');

  // Results and components carry their rolled-up status as words, not colour alone.
  const results = page.getByRole('region', { name: 'Results and components' });
  await expect(results.getByTestId('result-row').filter({ hasText: 'Member States ratify and apply Conventions Nos 97 and 143' })).toContainText('Off track');
  await expect(results.getByTestId('component-row').filter({ hasText: 'Capacity building, awareness raising' })).toContainText('At risk');

  await page.screenshot({ path: 'docs/screenshot-dashboard.png' });
});

test('filters by unit and by strategic objective', async ({ page }) => {
  await openDashboard(page);
  const unit = page.getByLabel('Unit (responsible or accountable)', { exact: true });
  const objective = page.getByLabel('Strategic objective', { exact: true });

  await unit.selectOption({ label: 'ED_NORM – Standards and Fundamental Principles and Rights at Work Sector' });
  await expectCounts(page, { off_track: 1, at_risk: 0, on_track: 1, not_measured: 0 });
  await expect(attention(page).getByTestId('attention-row')).toHaveCount(1);
  await expect(attention(page).getByTestId('attention-row')).toContainText('(No. 143)');
  await expect(page.getByRole('status').filter({ hasText: 'Showing 2 indicators' })).toBeVisible();

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expectCounts(page, { off_track: 2, at_risk: 3, on_track: 3, not_measured: 3 });

  await objective.selectOption({ label: 'SO2 Create greater opportunities for women and men to secure decent employment and income' });
  await expectCounts(page, { off_track: 1, at_risk: 1, on_track: 0, not_measured: 2 });
  const results = page.getByRole('region', { name: 'Results and components' });
  await expect(results.getByTestId('result-row').filter({ hasText: 'Member States ratify and apply Conventions Nos 97 and 143' })).toHaveCount(0);
  await expect(results.getByTestId('result-row').filter({ hasText: 'linkages between labour migration and development' })).toHaveCount(1);

  // Both filters at once: the Standards sector's results under SO2 have no indicator.
  await unit.selectOption({ label: 'ED_NORM – Standards and Fundamental Principles and Rights at Work Sector' });
  await expectCounts(page, { off_track: 0, at_risk: 0, on_track: 0, not_measured: 0 });
  await expect(attention(page)).toContainText('No indicator is off track or at risk.');
  await expect(panel(page)).toContainText('No indicator matches the filters.');
});

test("choosing an indicator shows its chart and its figures, by region where it has them; Open goes to the Indicators screen", async ({ page }) => {
  await openDashboard(page);
  await attention(page).getByRole('button', { name: C143 }).click();
  await expect(attention(page).getByRole('button', { name: C143 })).toHaveAttribute('aria-pressed', 'true');
  await expect(panel(page).getByRole('heading', { name: 'Indicator progress' })).toBeFocused();
  const progress = panel(page).getByTestId('indicator-progress');
  await expect(progress).toContainText('Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143)');
  await expect(progress.getByTestId('progress-achieved')).toHaveText('33% of what was due');
  await expect(progress.getByRole('img', { name: /^Chart of the baseline, targets and actuals of Ratifications of the Migrant Workers/ }).locator('svg')).toBeVisible();
  const figures = progress.getByRole('table', { name: /^Figures of Ratifications of the Migrant Workers/ });
  const first = figures.getByRole('row', { name: /^2010-11/ });
  await expect(first).toContainText('8');
  await expect(first).toContainText('6');
  await expect(first).toContainText('33%');
  await expect(first).toContainText('Illustrative figure: not from the evaluation.');
  await expect(figures.getByRole('row', { name: /^Baseline/ })).toContainText('5');

  const choose = panel(page).getByLabel('Indicator', { exact: true });
  await choose.selectOption((await choose.locator('option', { hasText: '(No. 97)' }).getAttribute('value'))!);
  await expect(progress).toContainText('On track');
  const regions = progress.getByRole('table', { name: /by category, to date/ });
  await expect(regions.getByRole('row')).toHaveCount(6);
  await expect(regions.getByRole('row', { name: /^Americas/ })).toContainText('Off track');
  await expect(regions.getByRole('row', { name: /^Europe and Central Asia/ })).toContainText('On track');

  await attention(page).getByRole('button', { name: /^Open Ratifications of the Migrant Workers .* in the Indicators screen$/ }).click();
  await expect(page.getByRole('button', { name: 'Indicators', exact: true })).toHaveAttribute('aria-current', 'page');
});

test('no serious accessibility issue on the dashboard', async ({ page }) => {
  await openDashboard(page);
  await attention(page).getByRole('button', { name: C143 }).click();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
});
