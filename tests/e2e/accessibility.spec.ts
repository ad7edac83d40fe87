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

test('every screen listed in a plan\'s navigation has no serious accessibility violations', async ({ page }) => {
  test.setTimeout(300_000);
  await openApp(page);
  await expectSaved(page);
  const nav = page.getByRole('navigation', { name: 'Plan sections' });
  const names = await nav.getByRole('button').allTextContents();
  expect(names.length).toBeGreaterThanOrEqual(13);
  for (const name of names) {
    await nav.getByRole('button', { name, exact: true }).click();
    await expect(nav.getByRole('button', { name, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page);
  }
});
