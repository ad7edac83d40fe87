import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectSaved, openApp } from './helpers';

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

test('no serious accessibility violations on any screen of a plan, the library and dialogs', async ({ page }) => {
  await openApp(page);
  await expectSaved(page);
  await expectNoSeriousViolations(page);
  await page.getByRole('button', { name: 'Overview', exact: true }).click();
  await expectNoSeriousViolations(page);
  await page.getByRole('button', { name: 'Logframe', exact: true }).click();
  await expect(page.getByRole('grid')).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.getByRole('grid').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Strategy paper', exact: true }).click();
  await expectNoSeriousViolations(page);
  await page.getByRole('button', { name: 'Quality check', exact: true }).click();
  await expectNoSeriousViolations(page);
  await page.getByRole('button', { name: 'Plan library' }).click();
  await expectNoSeriousViolations(page);
  await page.getByRole('button', { name: 'New plan', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoSeriousViolations(page);
});
