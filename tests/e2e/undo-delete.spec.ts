import { expect, test } from '@playwright/test';
import { createPlan, expectSaved, openApp, row, tree } from './helpers';

test('undo and redo an edit with Ctrl+Z and Ctrl+Shift+Z, and with the buttons', async ({ page }) => {
  await openApp(page);
  await createPlan(page, 'Undo plan');
  await page.getByRole('button', { name: 'Add goal' }).first().click();
  await page.locator('.tree-editor').fill('First wording');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.locator('.tree-editor').fill('Second wording');
  await page.keyboard.press('Enter');
  await expect(row(page, '1')).toContainText('Second wording');

  await page.keyboard.press('Control+z');
  await expect(row(page, '1')).toContainText('First wording');
  await page.keyboard.press('Control+Shift+z');
  await expect(row(page, '1')).toContainText('Second wording');

  await page.getByRole('button', { name: 'Undo: edit statement' }).click();
  await expect(row(page, '1')).toContainText('First wording');
  await page.getByRole('button', { name: 'Redo: edit statement' }).click();
  await expect(row(page, '1')).toContainText('Second wording');

  // Three more undos: the second wording, the first wording, the goal itself.
  await page.keyboard.press('Control+z');
  await expect(row(page, '1')).toContainText('First wording');
  await page.keyboard.press('Control+z');
  await expect(row(page, '1')).toContainText('No statement yet');
  await page.keyboard.press('Control+z');
  await expect(tree(page)).toHaveCount(0);
  await expectSaved(page);
  await page.reload();
  await expect(page.getByText('This plan has no results yet.')).toBeVisible();
});

test('delete a result with its subtree, then undo from the notice', async ({ page }) => {
  await openApp(page);
  await createPlan(page, 'Delete plan');
  await page.getByRole('button', { name: 'Add goal' }).first().click();
  await page.locator('.tree-editor').fill('Goal');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Shift+Enter');
  await page.locator('.tree-editor').fill('Outcome to delete');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Shift+Enter');
  await page.locator('.tree-editor').fill('Output under it');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  await expect(row(page, '1.1')).toBeFocused();

  await page.keyboard.press('Delete');
  await expect(tree(page).getByRole('treeitem')).toHaveCount(1);
  await expect(page.getByText('Deleted outcome 1.1 and 1 results under it.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo', exact: true }).last().click();
  await expect(tree(page).getByRole('treeitem')).toHaveCount(3);
  await expect(row(page, '1.1.1')).toContainText('Output under it');
  await expectSaved(page);
});

test('delete a plan from the library with confirmation, then undo', async ({ page }) => {
  await openApp(page);
  await createPlan(page, 'Plan to delete');
  await page.getByRole('button', { name: 'Plan library' }).click();
  await page.getByRole('button', { name: 'Delete Plan to delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this plan?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('button', { name: 'Open Plan to delete' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Open Plan to delete' })).toBeVisible();
});

test('rename and duplicate a plan from the library', async ({ page }) => {
  await openApp(page);
  await createPlan(page, 'Original');
  await page.getByRole('button', { name: 'Add goal' }).first().click();
  await page.locator('.tree-editor').fill('Shared goal');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Plan library' }).click();
  await page.getByRole('button', { name: 'Rename Original' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename plan' });
  await dialog.getByLabel('Title').fill('Renamed');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('button', { name: 'Open Renamed' })).toBeVisible();
  await page.getByRole('button', { name: 'Duplicate Renamed' }).click();
  await expect(page.locator('.app-header-plan')).toHaveText('Copy of Renamed');
  await expect(row(page, '1')).toContainText('Shared goal');
});
