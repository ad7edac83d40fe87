/**
 * The Translation view (issue 8) as a translator uses it: French added to the sample plan in
 * Plan settings, the goal's statement translated by keyboard only (Alt+Down to the text,
 * typing, Ctrl+Enter saves and moves on), kept after a reload, then marked "changed since
 * translated" once the English statement is rewritten, and confirmed "still correct" with
 * Ctrl+Shift+Enter after the quality check's finding led to it. Axe on the view.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectSaved, openApp } from './helpers';

test.use({ actionTimeout: 20_000 });

const FRENCH = 'Le Bureau mène une stratégie unique sur les migrations de main-d’œuvre';

async function openTab(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Plan sections' }).getByRole('button', { name, exact: true }).click();
}

async function addLanguage(page: Page, code: string) {
  await openTab(page, 'Plan settings');
  const section = page.getByRole('region', { name: 'Languages' });
  await section.getByRole('combobox', { name: 'Language to add' }).selectOption(code);
  await section.getByRole('button', { name: 'Add', exact: true }).click();
  await expectSaved(page);
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('.translation').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

/** Where the keyboard focus is: the accessible name of the focused element. */
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? document.activeElement?.tagName ?? '');

test('a statement translated into French by keyboard only is kept, marked stale when the English changes, and confirmed still correct', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  await addLanguage(page, 'fr');

  await openTab(page, 'Translation');
  await expect(page.getByRole('heading', { name: 'Translation', level: 1 })).toBeVisible();
  await expect(page.getByTestId('translation-counts')).toContainText(/^Texts in French: [\d,]+ not translated, 0 changed since translated, 0 translated$/);
  await expect(page.getByText(/Ctrl\s*\+\s*Enter save and go to the next text needing work/)).toBeVisible();

  // From here on, only the keyboard: Tab into the view, Alt+Down to the first text needing work, on to the goal's statement.
  for (let i = 0; i < 30 && !(await page.evaluate(() => !!document.activeElement?.closest('.tr-filters'))); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByRole('textbox', { name: 'Plan · Title, in French' })).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+ArrowDown');
  const editor = page.getByRole('textbox', { name: 'Goal 1 · Statement, in French' });
  await expect(editor).toBeFocused();
  await page.keyboard.type(FRENCH);
  // Typed, not yet saved: the header says so.
  await expect(page.getByRole('status', { name: 'Save status' })).not.toHaveAttribute('data-save-state', 'saved');
  await page.keyboard.press('Control+Enter');
  await expectSaved(page);
  // Saved: marked translated, kept in view; the caret went on to the next text needing work.
  const row = page.locator('li.tr-row').filter({ has: editor });
  await expect(row.getByText('Translated', { exact: true })).toBeVisible();
  await expect(editor).not.toBeFocused();
  expect(await focusedName(page)).toMatch(/, in French$/);
  await expect(page.getByTestId('translation-counts')).toContainText(/, 0 changed since translated, 1 translated$/);

  // Kept after a reload (the app reopens on the Translation view).
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Translation', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: /^All texts/ }).click();
  await expect(page.getByRole('textbox', { name: 'Goal 1 · Statement, in French' })).toHaveValue(FRENCH);

  // The English statement rewritten in the results chain: the French one is marked stale.
  await openTab(page, 'Results chain');
  const goal = page.locator('[role="treeitem"]:has(> .tree-number:text-is("1"))');
  await goal.click();
  await page.keyboard.press('Enter');
  await page.locator('.tree-editor').fill('One Office-wide strategy on labour migration, revised');
  await page.keyboard.press('Enter');
  await expectSaved(page);
  await openTab(page, 'Translation');
  await page.getByRole('button', { name: /^Changed since translated/ }).click();
  const stale = page.getByRole('textbox', { name: 'Goal 1 · Statement, in French' });
  const staleRow = page.locator('li.tr-row').filter({ has: stale });
  await expect(staleRow.getByText('Changed since translated', { exact: true })).toBeVisible();
  await expect(staleRow.getByText('One Office-wide strategy on labour migration, revised')).toBeVisible();
  await expect(staleRow.getByRole('button', { name: 'The translation of Goal 1 · Statement is still correct' })).toBeVisible();
  await expect(page.getByTestId('translation-counts')).toContainText(/, 1 changed since translated, 0 translated$/);
  await expectNoSeriousViolations(page);

  // The quality check reports it; its "Go to" opens this text's editor in the Translation view.
  await openTab(page, 'Quality check');
  const finding = page.locator('li.quality-finding').filter({ hasText: /Goal 1: 1 French translation is out of date/ });
  await finding.getByRole('button', { name: 'Go to' }).click();
  await expect(page.getByRole('heading', { name: 'Translation', level: 1 })).toBeVisible();
  await expect(stale).toBeFocused();

  // Still correct, from the keyboard.
  await page.keyboard.press('Control+Shift+Enter');
  await expectSaved(page);
  await expect(staleRow.getByText('Translated', { exact: true })).toBeVisible();
  await expect(stale).toHaveValue(FRENCH);
  await expect(page.getByTestId('translation-counts')).toContainText(/, 0 changed since translated, 1 translated$/);
  // The focus is on a control, never on the page itself.
  expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
  await expectNoSeriousViolations(page);
});
