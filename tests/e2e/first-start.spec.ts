import { expect, test } from '@playwright/test';
import { expectSaved, openApp, row, SAMPLE_TITLE, tree } from './helpers';

test('first start opens the sample plan built from the evaluation', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('.app-header-plan')).toHaveText(SAMPLE_TITLE);
  await expect(tree(page)).toBeVisible();
  await expect(row(page, '1')).toContainText('Goal');
  await expect(row(page, '1.1')).toContainText('Outcome');
  await expectSaved(page);
  await page.screenshot({ path: 'docs/screenshot-results.png' });

  await page.getByRole('button', { name: 'Overview', exact: true }).click();
  await expect(page.getByTestId('count-goal')).toHaveText('1');
  await expect(page.getByTestId('count-outcome')).not.toHaveText('0');
  await expect(page.getByText('2010-11')).toBeVisible();
  await expect(page.getByText('2014-15')).toBeVisible();

  await page.getByRole('button', { name: 'Plan library' }).click();
  await expect(page.getByRole('button', { name: `Open ${SAMPLE_TITLE}` })).toBeVisible();
  await page.screenshot({ path: 'docs/screenshot-library.png' });
});

test('the sample plan is made once: a reload does not add another', async ({ page }) => {
  await openApp(page);
  await expectSaved(page);
  await page.reload();
  await expect(page.locator('.app-header-plan')).toHaveText(SAMPLE_TITLE);
  await page.getByRole('button', { name: 'Plan library' }).click();
  await expect(page.getByRole('button', { name: `Open ${SAMPLE_TITLE}` })).toHaveCount(1);
});

test('a fresh sample plan can be made at any time', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Plan library' }).click();
  await page.getByRole('button', { name: 'New sample plan' }).click();
  await expect(page.locator('.app-header-plan')).toHaveText(SAMPLE_TITLE);
  await page.getByRole('button', { name: 'Plan library' }).click();
  await expect(page.getByRole('button', { name: `Open ${SAMPLE_TITLE}` })).toHaveCount(2);
});
