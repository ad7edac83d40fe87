/**
 * A plan written in English and shown in French (issue 8): French added as a further language
 * in Plan settings, the plan switched to "Shown in: Français", the goal's statement edited in
 * the results chain (saved as its French translation), then shown in English again with the
 * English statement unchanged; the quality check lists the missing translations and "Go to"
 * opens the Translation view. Axe on the Languages section.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectSaved, openApp, row } from './helpers';

test.use({ actionTimeout: 20_000, viewport: { width: 1366, height: 860 } });

const FRENCH = 'Le Bureau suit une stratégie unique sur les migrations de main-d’œuvre';

async function openTab(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Plan sections' }).getByRole('button', { name, exact: true }).click();
}

test('French added in Plan settings, the plan shown and edited in French, English kept, missing translations in the quality check', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  await expectSaved(page);

  // Plan settings: the Languages section, French added.
  await openTab(page, 'Plan settings');
  const section = page.getByRole('region', { name: 'Languages' });
  await expect(section.getByRole('combobox', { name: 'Main language' })).toHaveValue('en');
  await expect(section).toContainText('No further languages');
  await section.getByRole('combobox', { name: 'Language to add' }).selectOption('fr');
  await section.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(section.getByRole('listitem')).toContainText('French (français)');
  await expectSaved(page);
  const axe = await new AxeBuilder({ page }).include('.settings-languages').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/plan-languages-settings.png' });

  // Removing asks first and says the translations are kept.
  await section.getByRole('button', { name: 'Remove French (français)' }).click();
  const confirm = page.getByRole('dialog', { name: /Remove French/ });
  await expect(confirm).toContainText('Its translations are kept in the plan');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(section.getByRole('listitem')).toHaveCount(1);

  // Shown in French: the results chain, the goal's statement edited.
  await openTab(page, 'Results chain');
  const picker = page.getByRole('group', { name: 'Shown in' });
  await expect(picker.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  await picker.getByRole('button', { name: 'Français' }).click();
  await expect(picker.getByRole('button', { name: 'Français' })).toHaveAttribute('aria-pressed', 'true');
  const notice = page.locator('.shown-language-notice');
  await expect(notice).toContainText(/Shown in French: \d+ texts not yet translated are shown in English/);
  const first = row(page, '1');
  const english = (await first.locator('.tree-statement').textContent())!.trim();
  await first.click();
  await page.keyboard.press('Enter');
  await page.locator('.tree-editor').fill(FRENCH);
  await page.keyboard.press('Enter');
  await expect(first).toContainText(FRENCH);
  await expectSaved(page);
  await page.screenshot({ path: 'test-results/plan-languages-shown-fr.png' });

  // Back to English: the English statement is unchanged.
  await picker.getByRole('button', { name: 'English' }).click();
  await expect(first.locator('.tree-statement')).toHaveText(english);
  await expect(notice).toHaveCount(0);

  // The choice is remembered for the plan across a reload.
  await picker.getByRole('button', { name: 'Français' }).click();
  await page.reload();
  await expect(row(page, '1')).toContainText(FRENCH);
  await page.getByRole('group', { name: 'Shown in' }).getByRole('button', { name: 'English' }).click();
  await expect(row(page, '1').locator('.tree-statement')).toHaveText(english);

  // The quality check lists the missing translations; Go to opens the Translation view.
  await openTab(page, 'Quality check');
  const finding = page.locator('.quality-finding').filter({ hasText: 'not yet translated into French' }).first();
  await expect(finding).toBeVisible();
  await finding.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/plan-languages-quality.png' });
  await finding.getByRole('button', { name: /Go to/ }).click();
  await expect(page.getByRole('navigation', { name: 'Plan sections' }).getByRole('button', { name: 'Translation', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('.translation')).toBeVisible();
  await page.screenshot({ path: 'test-results/plan-languages-goto.png' });
});
