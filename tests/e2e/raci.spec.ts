/**
 * The responsibility matrix in the browser, on the sample plan: a result without an
 * accountable unit is found, an A is typed in its row and the warning clears (and the
 * count drops); a second A gives "more than one"; the per-unit view lists the unit's
 * results; no serious accessibility issue; the README's screenshot.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectSaved, openApp } from './helpers';

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

const grid = (page: Page) => page.getByRole('grid', { name: 'Responsibilities of the units for each result' });
const count = (page: Page) => page.getByTestId('raci-summary');
/** The row of a result, by its number. */
const resultRow = (page: Page, number: string) => grid(page).locator(`tr:has(> th .raci-open:text-is("${number}"))`);
/** The number of the result whose row holds the active cell. */
const activeNumber = (page: Page) =>
  page.evaluate(() => {
    const id = document.querySelector('[role="grid"]')?.getAttribute('aria-activedescendant');
    return id ? (document.getElementById(id)?.closest('tr')?.querySelector('.raci-open')?.textContent ?? null) : null;
  });
const activeColumn = (page: Page) => page.evaluate(() => Number(document.querySelector('[role="grid"]')?.getAttribute('aria-activedescendant')?.split('-').pop() ?? -1));

/** Presses `key` until `done` holds (at most `max` times). */
async function pressUntil(page: Page, key: string, done: () => Promise<boolean>, max = 100) {
  for (let i = 0; i < max && !(await done()); i++) await page.keyboard.press(key);
  expect(await done()).toBe(true);
}

test('assign an accountable unit by keyboard, see the warning clear; a second one warns; the per-unit view lists the unit\'s results', async ({ page }) => {
  // Three accessibility scans on a machine shared with other work.
  test.setTimeout(180_000);
  await openApp(page);
  await expectSaved(page);
  await page.getByRole('button', { name: 'Responsibilities', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Responsibility matrix', level: 1 })).toBeVisible();
  await expect(count(page)).toHaveText('⚠ 4 results need attention: 3 with no accountable unit, 1 with more than one.');
  await expectNoSeriousViolations(page);

  // The sample leaves the regional strategies (Output 1.5.2) without an accountable unit.
  const migrantCol = Number(await grid(page).getByRole('columnheader', { name: 'International Migration Programme (MIGRANT)' }).getAttribute('data-col'));
  await grid(page).focus();
  await pressUntil(page, 'ArrowDown', async () => (await activeNumber(page)) === '1.5.2');
  await pressUntil(page, 'ArrowRight', async () => (await activeColumn(page)) === migrantCol);
  const row = resultRow(page, '1.5.2');
  await expect(row.getByRole('gridcell').first()).toContainText('No accountable unit');
  await expect(row).toBeInViewport();
  // For the picture: the result in the middle, with its activity (also flagged) below it.
  await row.evaluate((el) => {
    const scroller = el.closest('.raci-scroll')!;
    scroller.scrollTop += el.getBoundingClientRect().top - scroller.getBoundingClientRect().top - scroller.clientHeight / 2;
  });
  await page.screenshot({ path: 'docs/screenshot-responsibilities.png' });

  await page.keyboard.press('a');
  await expect(row.getByRole('gridcell').nth(migrantCol - 1)).toHaveText('AAccountable');
  await expect(row.getByRole('gridcell').first()).toHaveText('Exactly one accountable unit');
  await expect(count(page)).toHaveText('⚠ 2 results need attention: 1 with no accountable unit, 1 with more than one.');
  // Its activity is now answered for by the output's unit.
  await expect(resultRow(page, '1.5.2.1').getByRole('gridcell').first()).toContainText('Via output: MIGRANT');
  await expectSaved(page);

  // A second accountable unit on the same result.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('A');
  await expect(row.getByRole('gridcell').first()).toContainText('More than one accountable unit (ED_PROTECT, MIGRANT)');
  await expect(count(page)).toHaveText('⚠ 4 results need attention: 2 with no accountable unit, 2 with more than one.');

  // The chooser: Enter opens it on the active cell, its items are the roles; Escape closes it.
  await page.keyboard.press('Enter');
  const chooser = page.getByRole('menu', { name: 'Role of ED_PROTECT on Output 1.5.2' });
  await expect(chooser).toBeVisible();
  await expect(chooser.getByRole('menuitemradio', { name: /^Accountable/ })).toHaveAttribute('aria-checked', 'true');
  await expect(chooser.getByRole('menuitemradio', { name: /^Accountable/ })).toBeFocused();
  await expectNoSeriousViolations(page);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(chooser).toBeHidden();
  await expect(grid(page)).toBeFocused();
  await expect(row.getByRole('gridcell').nth(migrantCol - 2)).toHaveText('CConsulted');
  await expect(count(page)).toHaveText('⚠ 2 results need attention: 1 with no accountable unit, 1 with more than one.');

  // Undo takes back the last change (the chooser's), as one command.
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(count(page)).toHaveText('⚠ 4 results need attention: 2 with no accountable unit, 2 with more than one.');

  // What MIGRANT is accountable for now includes Output 1.5.2.
  await page.getByRole('tab', { name: 'By unit' }).click();
  await expect(page.getByRole('heading', { name: 'What is International Migration Programme (MIGRANT) responsible for?' })).toBeVisible();
  const accountable = page.getByRole('region', { name: /^Accountable \(\d+\)$/ });
  await expect(accountable.getByRole('listitem').filter({ hasText: 'Regional strategies for coordinated labour migration' })).toContainText('1.5.2');
  await expect(accountable.getByRole('listitem').filter({ hasText: 'Regional strategies' })).toContainText('More than one accountable unit (ED_PROTECT, MIGRANT)');
  await page.getByRole('combobox', { name: 'Unit' }).selectOption({ label: 'ITC-ILO – International Training Centre of the ILO, Turin' });
  await expect(page.getByRole('region', { name: /^Responsible \(\d+\)$/ }).getByRole('listitem')).not.toHaveCount(0);
  await expectNoSeriousViolations(page);

  // A result opens in the logframe.
  await page.getByRole('region', { name: /^Responsible \(\d+\)$/ }).getByRole('button').first().click();
  await expect(page.getByRole('heading', { name: 'Logframe', level: 1 })).toBeVisible();
});
