/**
 * Issue 4's "done when": on the sample plan a manager answers on screen which indicators
 * are off track, which risks are highest and whose mitigations are late, who is
 * accountable for each result, and what is spent under each strategic objective by
 * source; and a planner's figures for an indicator show at once as its status and chart.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectSaved, openApp } from './helpers';

const STATISTICS = /^Countries that have applied the ILO module/;

async function go(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Plan sections' }).getByRole('button', { name, exact: true }).click();
}

test('the overview answers the manager\'s questions and each answer opens its screen', async ({ page }) => {
  await openApp(page);
  await expectSaved(page);
  await go(page, 'Overview');
  const glance = page.getByRole('region', { name: 'At a glance' });
  await expect(glance).toContainText('As of the plan\'s status date, 31 Jan 2012.');
  await expect(glance.getByTestId('glance-indicators')).toContainText('2 off track, 3 at risk, 3 on track, 3 not yet measured.');
  await expect(glance.getByTestId('glance-risks')).toContainText('Highest: 3 rated extreme. Overdue mitigations: 3.');
  await expect(glance.getByTestId('glance-milestones')).toContainText('4 overdue, 2 due in the next 90 days');
  await expect(glance.getByTestId('glance-responsibilities')).toContainText('Results needing attention: 4');
  await expect(glance.getByTestId('glance-resources')).toContainText(/\$[\d,]+ planned, \$[\d,]+ secured, a gap of \$[\d,]+\./);

  // Which indicators are off track.
  await glance.getByRole('button', { name: 'Open Indicators' }).click();
  await expect(page.getByRole('heading', { name: 'Monitoring dashboard', level: 1 })).toBeVisible();
  await expect(page.getByText('Off track and at risk')).toBeVisible();

  // Which risks are highest and whose mitigations are late.
  await go(page, 'Overview');
  await glance.getByRole('button', { name: 'Open Risks' }).click();
  await expect(page.getByRole('heading', { name: 'Highest risks' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Overdue mitigations/ })).toBeVisible();

  // Who is accountable for each result.
  await go(page, 'Overview');
  await glance.getByRole('button', { name: 'Open Responsibilities' }).click();
  await expect(page.getByRole('heading', { name: 'Responsibility matrix', level: 1 })).toBeVisible();
  await expect(page.getByRole('grid')).toBeVisible();

  // What is spent under each strategic objective, by source.
  await go(page, 'Overview');
  await glance.getByRole('button', { name: 'Open Resources' }).click();
  await expect(page.getByText('What does the plan spend on the cross-cutting issue under each strategic objective, by source?')).toBeVisible();
});

test('targets and an actual entered for an indicator show as its status and chart, and move the overview\'s counts', async ({ page }) => {
  await openApp(page);
  await expectSaved(page);
  await go(page, 'Indicators');
  await page.getByRole('navigation', { name: 'Indicators by result' }).getByRole('button', { name: STATISTICS }).click();
  for (const [label, text] of [
    ['Target for 2010-11', '6'],
    ['Actual for 2010-11', '6'],
  ] as const) {
    const cell = page.getByRole('textbox', { name: label, exact: true });
    await cell.fill(text);
    await cell.press('Enter');
  }
  await expectSaved(page);
  await page.getByText(/^Progress as of 31 Jan 2012/).click();
  const panel = page.getByTestId('indicator-progress');
  await expect(panel.getByText(/^\W*On track$/).first()).toBeVisible();
  await expect(panel.getByRole('img', { name: /^Chart of the baseline, targets and actuals of Countries/ }).locator('svg')).toBeVisible();

  // The indicator was not measured before; it now counts as on track.
  await go(page, 'Overview');
  await expect(page.getByTestId('glance-indicators')).toContainText('2 off track, 3 at risk, 4 on track, 2 not yet measured.');

  // An actual below the target turns it off track.
  await go(page, 'Indicators');
  await page.getByRole('navigation', { name: 'Indicators by result' }).getByRole('button', { name: STATISTICS }).click();
  const actual = page.getByRole('textbox', { name: 'Actual for 2010-11', exact: true });
  await actual.fill('1');
  await actual.press('Enter');
  await expectSaved(page);
  // The progress panel is folded again after leaving the screen.
  if (!(await page.getByTestId('indicator-progress').isVisible())) await page.getByText(/^Progress as of 31 Jan 2012/).click();
  await expect(page.getByTestId('indicator-progress').getByText(/^\W*Off track$/).first()).toBeVisible();
});
