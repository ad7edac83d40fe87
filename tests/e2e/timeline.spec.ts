import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectSaved, openApp, row } from './helpers';

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

async function openTimeline(page: Page) {
  await page.getByRole('button', { name: 'Milestones and timeline', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Milestones and timeline', level: 1 })).toBeVisible();
}

const count = (page: Page, state: 'overdue' | 'next90' | 'done') => page.getByTestId(`timeline-count-${state}`);
const milestoneRow = (page: Page, title: string) => page.locator('tr.milestone-row').filter({ has: page.getByRole('rowheader', { name: title, exact: true }) });

test('the sample timeline shows the status date, flags overdue milestones, and takes new and completed ones', async ({ page }) => {
  await openApp(page);
  await expectSaved(page);
  await openTimeline(page);

  // As of the sample's status date: the line and its label on the chart, the counts, overdue rows flagged.
  await expect(page.getByText('As of the status date, 31 Jan 2012.')).toBeVisible();
  const chart = page.locator('.timeline-chart');
  await expect(chart.locator('svg text', { hasText: 'Status date 31 Jan 2012' }).first()).toBeVisible();
  await expect(chart.locator('svg text', { hasText: '2015' }).first()).toBeVisible();
  await expect(count(page, 'overdue')).toHaveText('4');
  await expect(count(page, 'next90')).toHaveText('2');
  await expect(count(page, 'done')).toContainText('8');
  const responsibilities = milestoneRow(page, 'Responsibilities of sectors, regions and MIGRANT agreed');
  await expect(responsibilities).toContainText('Overdue');
  await expect(responsibilities).toContainText('Overdue by 488 days');
  await expect(page.locator('tr.milestone-row.state-overdue')).toHaveCount(4);
  await expect(milestoneRow(page, 'Office-wide strategy paper on labour migration adopted')).toContainText('14 Sep 2010 (76 days late)');
  await page.screenshot({ path: 'docs/screenshot-timeline.png' });
  await expectNoSeriousViolations(page);

  // A milestone due 30 days after the status date is listed as due in the next 90 days.
  await page.getByRole('button', { name: 'Add milestone to 1.1.2', exact: true }).click();
  const add = page.getByRole('dialog', { name: 'Add a milestone to 1.1.2' });
  await expectNoSeriousViolations(page);
  await add.getByRole('button', { name: 'Add milestone' }).click();
  await expect(add.getByText('Enter what the milestone is.')).toBeVisible();
  await add.getByRole('textbox', { name: 'Milestone' }).fill('Focal points named in every sector');
  await add.getByLabel('Due date').fill('2012-03-01');
  await add.getByRole('button', { name: 'Add milestone' }).click();
  await expect(add).toBeHidden();
  const focal = milestoneRow(page, 'Focal points named in every sector');
  await expect(focal).toContainText('Next 90 days');
  await expect(focal).toContainText('Due in 30 days');
  await expect(count(page, 'next90')).toHaveText('3');

  // Marking an overdue milestone done takes it off the overdue count, completed on the status date.
  await responsibilities.getByRole('button', { name: /^Mark done/ }).click();
  await expect(count(page, 'overdue')).toHaveText('3');
  await expect(responsibilities).toContainText('Done');
  await expect(responsibilities).toContainText('31 Jan 2012 (488 days late)');
  await expect(count(page, 'done')).toContainText('9');

  // A completion date after the status date is refused with the reason, and nothing changes.
  const database = milestoneRow(page, 'Modernized International Labour Migration database released');
  await database.getByRole('button', { name: /^Edit/ }).click();
  const edit = page.getByRole('dialog', { name: 'Edit milestone' });
  await edit.getByLabel('Status').selectOption('done');
  await expect(edit.getByLabel('Completed on')).toHaveValue('2012-01-31');
  await edit.getByLabel('Completed on').fill('2012-02-15');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByText('Not after the status date (31 Jan 2012): as of that date it was not done yet. Move the status date forward first.')).toBeVisible();
  await edit.getByRole('button', { name: 'Cancel' }).click();
  await expect(database).toContainText('Overdue');
  await expect(count(page, 'overdue')).toHaveText('3');

  // The filter keeps only overdue and next-90-days milestones.
  await page.getByLabel('Overdue and next 90 days only').check();
  await expect(page.locator('tr.milestone-row')).toHaveCount(6);
  await expect(page.locator('tr.milestone-row.state-done')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show all' }).click();

  // Deleting is undoable.
  await focal.getByRole('button', { name: /^Delete/ }).click();
  await expect(focal).toHaveCount(0);
  await page.locator('.notice', { hasText: 'Deleted milestone “Focal points named in every sector”' }).getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(focal).toHaveCount(1);

  // Everything is saved: a reload shows the new milestone and the one marked done.
  await expectSaved(page);
  await page.reload();
  await openTimeline(page);
  await expect(milestoneRow(page, 'Focal points named in every sector')).toContainText('Next 90 days');
  await expect(count(page, 'overdue')).toHaveText('3');
});

test("a result's dates are edited on the timeline and in the detail panel, and a milestone link lands on its row", async ({ page }) => {
  await openApp(page);
  await openTimeline(page);

  // Outcome 1.1's span is derived from its outputs until it has its own dates.
  const outcome = page.locator('tbody.schedule-group').filter({ has: page.getByRole('rowheader', { name: /^Outcome 1\.1 / }) });
  await expect(outcome.locator('.schedule-span')).toContainText('4 Jan 2010 – 31 Mar 2011 (derived from its results and milestones)');
  await page.getByRole('button', { name: 'Edit dates of 1.1', exact: true }).click();
  const dates = page.getByRole('dialog', { name: 'Dates of 1.1' });
  await dates.getByLabel('Start date').fill('2010-01-01');
  await dates.getByLabel('End date').fill('2009-12-31');
  await dates.getByRole('button', { name: 'Save dates' }).click();
  await expect(dates.getByText('The end date is before the start date.')).toBeVisible();
  await dates.getByLabel('End date').fill('2011-12-31');
  await dates.getByRole('button', { name: 'Save dates' }).click();
  await expect(dates).toBeHidden();
  await expect(outcome.locator('.schedule-span')).toHaveText('Dates: 1 Jan 2010 – 31 Dec 2011');

  // The detail panel edits the same dates (an empty end is derived again).
  await page.getByRole('button', { name: 'Results chain', exact: true }).click();
  await row(page, '1.1').click();
  const panel = page.getByRole('complementary', { name: 'Result details' });
  await expect(panel.getByLabel('End date')).toHaveValue('2011-12-31');
  await panel.getByLabel('End date').fill('');
  await panel.getByLabel('End date').blur();
  await expectSaved(page);

  // A milestone link in the detail panel opens the timeline on that milestone, focused.
  await row(page, '1.1.2').click();
  await panel.getByRole('button', { name: 'Go to milestone: Responsibilities of sectors, regions and MIGRANT agreed' }).click();
  await expect(page.getByRole('heading', { name: 'Milestones and timeline', level: 1 })).toBeVisible();
  const target = milestoneRow(page, 'Responsibilities of sectors, regions and MIGRANT agreed');
  await expect(target).toBeFocused();
  await expect(target).toHaveClass(/selected/);
  await expect(outcome.locator('.schedule-span')).toContainText('1 Jan 2010 – 31 Mar 2011 (end derived from its results and milestones)');
});
