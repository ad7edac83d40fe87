import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectSaved, openApp, row } from './helpers';

const STATISTICS = /^Countries that have applied the ILO module/;
const DEVELOPMENT = /^Share of sampled DWCPs that include measures on labour migration and development/;

async function openIndicators(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Indicators', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Indicators', level: 1 })).toBeVisible();
}

async function pick(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Indicators by result' }).getByRole('button', { name }).click();
}

/** Types into a cell and leaves it with Enter (which commits and moves down). */
async function typeCell(page: Page, label: string, text: string): Promise<void> {
  const cell = page.getByRole('textbox', { name: label, exact: true });
  await cell.fill(text);
  await cell.press('Enter');
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

test('targets, an actual with evidence and a disaggregated target entered for an indicator are kept after a reload', async ({ page }) => {
  await openApp(page);
  await expectSaved(page);
  await openIndicators(page);
  await pick(page, STATISTICS);
  await expect(page.getByRole('heading', { name: /^Indicator 1 of Output/ })).toBeVisible();

  await typeCell(page, 'Target for 2010-11', '6');
  // Enter moved the focus down to the next period's target.
  await expect(page.getByRole('textbox', { name: 'Target for 2012-13', exact: true })).toBeFocused();
  await page.keyboard.type('14');
  await page.keyboard.press('Enter');
  await typeCell(page, 'Actual for 2010-11', '4');
  await page.getByLabel('Date of the actual for 2010-11').fill('2011-11-30');
  await typeCell(page, 'Evidence for 2010-11', 'National survey reports of Armenia, Ecuador, Egypt and Thailand');
  await typeCell(page, 'Link to the evidence for 2010-11', 'https://www.ilo.org/surveys');
  await expect(page.getByRole('link', { name: 'Open the evidence for 2010-11' })).toHaveAttribute('href', 'https://www.ilo.org/surveys');

  await page.getByLabel('New category').fill('Interregional');
  await page.getByRole('button', { name: 'Add category' }).click();
  await expect(page.getByRole('textbox', { name: 'Category 6', exact: true })).toHaveValue('Interregional');
  await typeCell(page, 'Target for Interregional, 2010-11', '2');
  await expectSaved(page);
  // The README's picture: the indicator's baseline and its sheet of targets and actuals.
  await page.getByRole('heading', { name: 'Baseline and benchmark' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: 'docs/screenshot-indicators.png' });

  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await openIndicators(page);
  await pick(page, STATISTICS);
  await expect(page.getByRole('textbox', { name: 'Target for 2010-11', exact: true })).toHaveValue('6');
  await expect(page.getByRole('textbox', { name: 'Target for 2012-13', exact: true })).toHaveValue('14');
  await expect(page.getByRole('textbox', { name: 'Actual for 2010-11', exact: true })).toHaveValue('4');
  await expect(page.getByLabel('Date of the actual for 2010-11')).toHaveValue('2011-11-30');
  await expect(page.getByRole('textbox', { name: 'Evidence for 2010-11', exact: true })).toHaveValue('National survey reports of Armenia, Ecuador, Egypt and Thailand');
  await expect(page.getByRole('textbox', { name: 'Link to the evidence for 2010-11', exact: true })).toHaveValue('https://www.ilo.org/surveys');
  await expect(page.getByRole('textbox', { name: 'Target for Interregional, 2010-11', exact: true })).toHaveValue('2');
});

test('bad input is refused with a message and changes nothing', async ({ page }) => {
  await openApp(page);
  await expectSaved(page);
  await openIndicators(page);
  await pick(page, DEVELOPMENT);
  const target = page.getByRole('textbox', { name: 'Target for 2010-11', exact: true });

  await typeCell(page, 'Target for 2010-11', 'twelve');
  await expect(page.getByRole('alert').filter({ hasText: '"twelve" is not a number.' })).toBeVisible();
  await expect(target).toHaveValue('');

  await typeCell(page, 'Target for 2010-11', '150');
  await expect(page.getByRole('alert').filter({ hasText: '150 is not a percentage' })).toBeVisible();
  await expect(target).toHaveValue('');

  await typeCell(page, 'Link to the evidence for 2010-11', 'www.ilo.org');
  await expect(page.getByRole('alert').filter({ hasText: 'is not a web link' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Link to the evidence for 2010-11', exact: true })).toHaveValue('');

  const date = page.getByLabel('Date of the actual for 2010-11');
  await date.fill('2016-03-01');
  await date.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: '2016-03-01 is outside the plan period' })).toBeVisible();
  await expect(date).toHaveValue('');

  // Nothing of it was recorded: the last edit undo would revert is none of these.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('an indicator is added to a result, navigated to from the result detail, and deleted with undo', async ({ page }) => {
  await openApp(page);
  await expectSaved(page);
  await openIndicators(page);
  const outcome11 = await page.getByLabel('Add an indicator to').locator('option', { hasText: /^1\.1 / }).first().getAttribute('value');
  await page.getByLabel('Add an indicator to').selectOption(outcome11!);
  await page.getByRole('button', { name: 'Add indicator' }).click();
  await expect(page.getByRole('heading', { name: 'Indicator 2 of Outcome 1.1' })).toBeVisible();
  const definition = page.getByRole('textbox', { name: 'Definition' });
  await expect(definition).toBeFocused();
  await definition.fill('Sectors and regions that endorsed the strategy paper');
  await definition.press('Control+Enter');
  await expect(page.getByRole('navigation', { name: 'Indicators by result' }).getByRole('button', { name: /^Sectors and regions that endorsed/ })).toBeVisible();

  // From the results chain's detail panel, "Go to indicator" opens it here with the focus on its heading.
  await page.getByRole('button', { name: 'Results chain', exact: true }).click();
  await row(page, '1.1').click();
  await page.getByRole('button', { name: /^Go to indicator: Sectors and regions/ }).click();
  await expect(page.getByRole('heading', { name: 'Indicator 2 of Outcome 1.1' })).toBeFocused();

  await page.getByRole('button', { name: 'Delete indicator' }).click();
  await page.getByRole('dialog', { name: 'Delete this indicator?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('navigation', { name: 'Indicators by result' }).getByRole('button', { name: /^Sectors and regions that endorsed/ })).toHaveCount(0);
  await page.locator('.notice').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('navigation', { name: 'Indicators by result' }).getByRole('button', { name: /^Sectors and regions that endorsed/ })).toBeVisible();
});

test('the list filters by search, level and missing baseline', async ({ page }) => {
  await openApp(page);
  await expectSaved(page);
  await openIndicators(page);
  const list = page.getByRole('navigation', { name: 'Indicators by result' });
  const items = list.locator('button.ind-item');
  const total = await items.count();
  expect(total).toBeGreaterThan(5);
  await page.getByLabel('No baseline only').check();
  await expect(items).toHaveCount(3);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(items).toHaveCount(total);
  await page.getByRole('searchbox', { name: 'Search indicators' }).fill('ratifications convention');
  await expect(items).toHaveCount(2);
  await page.getByRole('searchbox', { name: 'Search indicators' }).fill('');
  await page.getByLabel('Level', { exact: true }).selectOption({ label: 'Goal' });
  await expect(page.getByText('No indicator matches these filters.')).toBeVisible();
});

test('no serious accessibility violations on the indicators screen', async ({ page }) => {
  await openApp(page);
  await expectSaved(page);
  await openIndicators(page);
  await expectNoSeriousViolations(page);
  await pick(page, /^Stage reached by the Office-wide strategy paper/);
  await expect(page.getByRole('group', { name: 'Stages' })).toBeVisible();
  await expectNoSeriousViolations(page);
  await pick(page, /^Ratifications of the Migration for Employment/);
  await page.getByRole('button', { name: 'Remove category Africa' }).click();
  await expect(page.getByRole('dialog', { name: 'Remove category Africa?' })).toBeVisible();
  await expectNoSeriousViolations(page);
});
