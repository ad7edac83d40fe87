import { expect, test, type Page } from '@playwright/test';
import { createPlan, expectSaved, openApp } from './helpers';

function cell(page: Page, number: string, column: string) {
  return page.locator(`[role="row"]:has(.cell-number:text-is("${number}")) .col-${column}`);
}

async function typeInCell(page: Page, text: string) {
  const editor = page.locator('.cell-editor');
  await expect(editor).toBeFocused();
  await page.keyboard.type(text);
}

test('build a small logframe in the matrix by keyboard only', async ({ page }) => {
  await openApp(page);
  await createPlan(page, 'Keyboard logframe');
  await page.getByRole('button', { name: 'Logframe', exact: true }).click();
  await page.getByRole('button', { name: 'Add goal' }).focus();
  await page.keyboard.press('Enter');
  await typeInCell(page, 'Decent work for migrant workers');
  // Ctrl+Shift+Enter: save and add a result under this one.
  await page.keyboard.press('Control+Shift+Enter');
  await typeInCell(page, 'Standards on migration are ratified');
  await page.keyboard.press('Control+Shift+Enter');
  await typeInCell(page, 'Legislative profiles drawn up');
  await page.keyboard.press('Control+Shift+Enter');
  await typeInCell(page, 'Draft profiles with country offices');
  await page.keyboard.press('Enter');
  const grid = page.getByRole('grid');
  await expect(grid).toBeFocused();

  // Up to the outcome, Tab to its assumptions (past indicators and verification), type them.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await typeInCell(page, 'Governments remain committed');
  await page.keyboard.press('Enter');
  await expect(cell(page, '1.1', 'assumptions')).toContainText('Governments remain committed');

  // Shift+Tab back to the indicators cell; Enter opens its editor.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Indicators of Outcome 1.1' });
  await expect(dialog).toBeVisible();
  // The dialog opens on its first control; adding an indicator puts the cursor in its definition.
  await expect(dialog.getByRole('button', { name: 'Add indicator' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByLabel('Definition')).toBeFocused();
  await page.keyboard.type('Ratifications of C.97 since 2005');
  await page.keyboard.press('Tab');
  await page.keyboard.type('ratifications');
  await dialog.getByLabel('Baseline value').focus();
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await dialog.getByLabel('Final target').focus();
  await page.keyboard.type('12');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(grid).toBeFocused();
  await expect(cell(page, '1.1', 'indicators')).toContainText('Ratifications of C.97 since 2005');
  await expect(cell(page, '1.1', 'indicators')).toContainText('Baseline 5');
  await expect(cell(page, '1.1', 'indicators')).toContainText('Final 12');

  // Ctrl+Enter on the outcome adds a second outcome below it (after its subtree).
  await page.keyboard.press('Control+Enter');
  await typeInCell(page, 'Resources are tracked across objectives');
  await page.keyboard.press('Enter');
  await expect(cell(page, '1.2', 'statement')).toContainText('Resources are tracked across objectives');
  await expect(cell(page, '1.1.1.1', 'level')).toContainText('Activity');
  await expectSaved(page);
  await page.screenshot({ path: 'test-results/e2e/logframe-keyboard.png' });

  await page.reload();
  await page.getByRole('button', { name: 'Logframe', exact: true }).click();
  await expect(cell(page, '1.1', 'assumptions')).toContainText('Governments remain committed');
  await expect(cell(page, '1.1.1.1', 'statement')).toContainText('Draft profiles with country offices');
});

test('filter, search and hide columns in the sample plan; the grid renders only what is visible', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Logframe', exact: true }).click();
  const grid = page.getByRole('grid');
  await expect(grid).toBeVisible();
  const total = Number(await grid.getAttribute('aria-rowcount'));
  const rendered = await grid.locator('[role="row"][data-result-id]').count();
  expect(rendered).toBeLessThan(total);

  await page.getByLabel('Level').selectOption({ label: 'Outcome' });
  await expect(page.getByText(/Showing 8 of \d+ results/)).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Search').fill('legislative profiles');
  await expect(grid.locator('[role="row"][data-result-id]').first()).toContainText(/legislative profile/i);
  await page.getByRole('button', { name: 'Clear filters' }).click();

  await page.locator('summary', { hasText: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Risks' }).uncheck();
  await expect(page.getByRole('columnheader', { name: 'Risks' })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Risks' }).check();
  await expect(page.getByRole('columnheader', { name: 'Risks' })).toBeVisible();
  await page.locator('summary', { hasText: 'Columns' }).click();
  await grid.focus();
  await page.keyboard.press('ArrowDown');
  await page.screenshot({ path: 'docs/screenshot-logframe.png' });
});
