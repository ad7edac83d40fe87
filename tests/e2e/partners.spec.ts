/**
 * The partners register in the browser, on the sample plan: add a partner, link it to a
 * result with the expected outcome of the collaboration, reload and find both kept;
 * a link without an expected outcome is flagged in words; no serious accessibility issue.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectSaved, openApp } from './helpers';

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

const OUTCOME = 'The ILO and the network agree on joint advocacy for the ratification of Conventions 97 and 143 in Asia, with shared country briefs.';

test('add a partner, link it to a result with its expected outcome, and find both after a reload', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  await expectSaved(page);
  await page.getByRole('button', { name: 'Partners', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Partners', level: 1 })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Partners' }).getByRole('button', { name: /^International Organization for Migration \(IOM\)/ })).toBeVisible();
  await expectNoSeriousViolations(page);

  // Adding refuses an empty form, then takes a valid one.
  await page.getByRole('button', { name: 'Add partner' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add partner' });
  await dialog.getByRole('button', { name: 'Add partner' }).click();
  await expect(dialog.getByText('Enter the partner’s name.')).toBeVisible();
  await expect(dialog.getByText('Choose the partner’s type.')).toBeVisible();
  await expectNoSeriousViolations(page);
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Migrant Forum in Asia');
  await dialog.getByRole('textbox', { name: 'Acronym (optional)' }).fill('MFA');
  await dialog.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'NGO' });
  await dialog.getByRole('button', { name: 'Add partner' }).click();
  await expect(dialog).toBeHidden();

  const detail = page.getByRole('region', { name: 'Migrant Forum in Asia (MFA)' });
  await expect(detail).toContainText('This partner is not linked to any result yet.');
  const result = detail.getByRole('combobox', { name: 'Result to link' });
  const label = (await result.locator('option').allTextContents()).find((o) => o.startsWith('1.4 '))!;
  await result.selectOption({ label });
  await detail.getByRole('button', { name: 'Link result' }).click();

  // Until its expected outcome is stated, the link is flagged, in words.
  const outcome = detail.getByRole('textbox', { name: 'Expected outcome with Migrant Forum in Asia (MFA) on Outcome 1.4' });
  await expect(outcome).toBeFocused();
  await expect(detail.getByText('⚠ No expected outcome stated yet.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'partners' })).toContainText('1 partner has a link with no expected outcome.');
  await expectNoSeriousViolations(page);
  await outcome.fill(OUTCOME);
  await outcome.press('Control+Enter');
  await expect(detail.getByText('⚠ No expected outcome stated yet.')).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'partners' })).toContainText('Every link states its expected outcome.');
  await expectSaved(page);

  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.getByRole('button', { name: 'Partners', exact: true }).click();
  await page.getByRole('list', { name: 'Partners' }).getByRole('button', { name: /^Migrant Forum in Asia \(MFA\)/ }).click();
  const kept = page.getByRole('region', { name: 'Migrant Forum in Asia (MFA)' });
  await expect(kept).toContainText('NGO');
  await expect(kept.getByRole('textbox', { name: 'Expected outcome with Migrant Forum in Asia (MFA) on Outcome 1.4' })).toHaveValue(OUTCOME);
  await page.screenshot({ path: 'test-results/e2e/partners.png' });
});
