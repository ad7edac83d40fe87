import { expect, test, type Page } from '@playwright/test';
import { createPlan, expectSaved, openApp, row, tree } from './helpers';

async function typeStatement(page: Page, text: string) {
  const editor = page.locator('.tree-editor');
  await expect(editor).toBeFocused();
  await editor.fill(text);
}

test('build a four-level results chain by keyboard; after a reload it is all there', async ({ page }) => {
  await openApp(page);
  await createPlan(page, 'Regional strategy 2027-30');
  await page.getByRole('button', { name: 'Add goal' }).first().click();
  await typeStatement(page, 'Migrant workers are protected');
  await page.keyboard.press('Enter');
  await expect(row(page, '1')).toBeFocused();

  await page.keyboard.press('Control+Shift+Enter');
  await typeStatement(page, 'Member States ratify Conventions 97 and 143');
  // Ctrl+Enter saves this one and adds the next sibling at once.
  await page.keyboard.press('Control+Enter');
  await typeStatement(page, 'Migration is mainstreamed across strategic objectives');
  await page.keyboard.press('Enter');

  await page.keyboard.press('ArrowUp');
  await expect(row(page, '1.1')).toBeFocused();
  await page.keyboard.press('Control+Shift+Enter');
  await typeStatement(page, 'Legislative profiles for 20 more countries');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Shift+Enter');
  await typeStatement(page, 'Draft the profiles with country offices');
  await page.keyboard.press('Enter');

  await expect(tree(page).getByRole('treeitem')).toHaveCount(5);
  await expect(row(page, '1.1.1.1')).toContainText('Activity');
  await expect(row(page, '1.1.1.1')).toContainText('Draft the profiles with country offices');
  await expect(row(page, '1.2')).toContainText('Migration is mainstreamed');
  await expectSaved(page);
  await page.screenshot({ path: 'test-results/e2e/chain-built.png' });

  await page.reload();
  await expect(page.locator('.app-header-plan')).toHaveText('Regional strategy 2027-30');
  await expect(row(page, '1')).toContainText('Migrant workers are protected');
  await expect(row(page, '1.1')).toContainText('Member States ratify Conventions 97 and 143');
  await expect(row(page, '1.1.1')).toContainText('Output');
  await expect(row(page, '1.1.1.1')).toContainText('Activity');
  await expect(row(page, '1.2')).toContainText('Outcome');

  await page.getByRole('button', { name: 'Overview', exact: true }).click();
  await expect(page.getByTestId('count-goal')).toHaveText('1');
  await expect(page.getByTestId('count-outcome')).toHaveText('2');
  await expect(page.getByTestId('count-output')).toHaveText('1');
  await expect(page.getByTestId('count-activity')).toHaveText('1');
});

test('reorder and re-parent by keyboard, and move by dragging with the mouse', async ({ page }) => {
  await openApp(page);
  await createPlan(page, 'Reordering');
  await page.getByRole('button', { name: 'Add goal' }).first().click();
  await typeStatement(page, 'Goal');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Shift+Enter');
  await typeStatement(page, 'First outcome');
  await page.keyboard.press('Control+Enter');
  await typeStatement(page, 'Second outcome');
  await page.keyboard.press('Enter');

  await page.keyboard.press('Alt+ArrowUp');
  await expect(row(page, '1.1')).toContainText('Second outcome');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(row(page, '1.2')).toContainText('Second outcome');
  // Alt+Right: under the previous sibling, one level down (an output).
  await page.keyboard.press('Alt+ArrowRight');
  await expect(row(page, '1.1.1')).toContainText('Second outcome');
  await expect(row(page, '1.1.1')).toContainText('Output');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(row(page, '1.2')).toContainText('Outcome');

  // Drag "Second outcome" onto the middle of "First outcome": it becomes its output.
  await row(page, '1.2').dragTo(row(page, '1.1'));
  await expect(row(page, '1.1.1')).toContainText('Second outcome');
  await expect(row(page, '1.1.1')).toContainText('Output');
  await expectSaved(page);
});

test('a refused move explains why and changes nothing', async ({ page }) => {
  await openApp(page);
  await createPlan(page, 'Refusals');
  await page.getByRole('button', { name: 'Add goal' }).first().click();
  await typeStatement(page, 'Only goal');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByText('Already at the top level.')).toBeVisible();
  await expect(row(page, '1')).toContainText('Only goal');
});
