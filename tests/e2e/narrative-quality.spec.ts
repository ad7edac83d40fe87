import { expect, test } from '@playwright/test';
import { createPlan, expectSaved, openApp } from './helpers';

test('write a strategy paper section with a list; the preview shows it as it will print, and it survives a reload', async ({ page }) => {
  await openApp(page);
  await createPlan(page, 'Paper plan', 'Organisation results chain');
  await page.getByRole('button', { name: 'Strategy paper', exact: true }).click();
  // The organisation template starts with the sections the evaluation's Recommendation 1 lists.
  await expect(page.getByRole('option', { name: /Vision/ })).toBeVisible();
  await expect(page.getByRole('option', { name: /Results-based monitoring/ })).toBeVisible();
  await page.getByRole('option', { name: /Vision/ }).click();
  const body = page.getByRole('textbox', { name: 'Text of “Vision”' });
  await body.click();
  await page.keyboard.type('Labour migration is **everyone’s** business.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Every sector names a focal point');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Every region reports on migration results');
  await page.getByRole('radio', { name: 'Side by side' }).check();
  const preview = page.getByRole('region', { name: 'Preview as it will print' });
  await expect(preview.locator('strong')).toHaveText('everyone’s');
  await expect(preview.locator('ul > li')).toHaveCount(2);
  await expect(preview.locator('ul > li').nth(1)).toHaveText('Every region reports on migration results');
  await expectSaved(page);
  await page.screenshot({ path: 'test-results/e2e/narrative.png' });

  await page.reload();
  await page.getByRole('button', { name: 'Strategy paper', exact: true }).click();
  await page.getByRole('option', { name: /Vision/ }).click();
  await expect(page.getByRole('textbox', { name: 'Text of “Vision”' })).toHaveValue(/- Every region reports on migration results/);
});

test('the quality check reports the sample plan\'s gaps honestly, and a finding leads to its element', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Quality check', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Quality check' })).toBeVisible();
  const finding = page.getByRole('listitem').filter({ hasText: 'Outcome 1.2 has no indicator.' });
  await expect(finding).toBeVisible();
  await page.screenshot({ path: 'docs/screenshot-quality.png' });
  await finding.getByRole('button', { name: /Go to/ }).click();
  // The logframe opens with outcome 1.2 selected and its detail beside it.
  await expect(page.getByRole('heading', { name: 'Logframe' })).toBeVisible();
  const grid = page.getByRole('grid');
  await expect(grid).toBeFocused();
  const activeId = await grid.getAttribute('aria-activedescendant');
  await expect(page.locator(`[id="${activeId}"]`)).toBeVisible();
  await expect(page.locator(`[role="row"]:has([id="${activeId}"]) .cell-number`)).toHaveText('1.2');
  await expect(page.getByRole('complementary', { name: 'Result details' })).toContainText('1.2');

  // Fixing it clears the finding: add an indicator to outcome 1.2 from the matrix.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Indicators of Outcome 1.2' });
  await dialog.getByRole('button', { name: 'Add indicator' }).click();
  await page.keyboard.type('Joint products agreed with GMG members');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Quality check', exact: true }).click();
  await expect(page.getByText('Outcome 1.2 has no indicator.')).toHaveCount(0);
});

test('leaving the page while typed text is not yet saved asks first, and staying keeps the text', async ({ page }) => {
  await openApp(page);
  await createPlan(page, 'Leave plan', 'Organisation results chain');
  await page.getByRole('button', { name: 'Strategy paper', exact: true }).click();
  await page.getByRole('option', { name: /Vision/ }).click();
  await page.getByRole('textbox', { name: 'Text of “Vision”' }).click();
  await page.keyboard.type('Typed just before closing');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveAttribute('data-save-state', 'unsaved');
  const dialogs: string[] = [];
  page.once('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.dismiss();
  });
  await page.reload({ timeout: 3000 }).catch(() => undefined);
  expect(dialogs).toEqual(['beforeunload']);
  await expect(page.getByRole('textbox', { name: 'Text of “Vision”' })).toHaveValue('Typed just before closing');
  await expectSaved(page);
});
