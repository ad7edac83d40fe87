import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectSaved, openApp, row } from './helpers';

const STATISTICS = /^Countries that have applied the ILO module/;
const NEW_STATEMENT = 'Migrant workers everywhere enjoy decent work, reworded in Nairobi';

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

async function openTab(page: Page, name: string, heading: string | RegExp) {
  await page.getByRole('navigation', { name: 'Plan sections' }).getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test('history names who changed what; an earlier version is viewed read-only, restored, and the restore undone', async ({ page }) => {
  await openApp(page, 'Nairobi office');
  await expectSaved(page);

  // Edit the first result's statement in the results chain.
  await openTab(page, 'Results chain', 'Results chain');
  const first = row(page, '1');
  const oldStatement = (await first.locator('.tree-statement').textContent())!.trim();
  await first.click();
  await page.keyboard.press('Enter');
  await page.locator('.tree-editor').fill(NEW_STATEMENT);
  await page.keyboard.press('Enter');
  await expect(first).toContainText(NEW_STATEMENT);

  // Edit a target on the Indicators screen.
  await openTab(page, 'Indicators', 'Indicators');
  await page.getByRole('navigation', { name: 'Indicators by result' }).getByRole('button', { name: STATISTICS }).click();
  const target = page.getByRole('textbox', { name: 'Target for 2010-11', exact: true });
  await target.fill('47');
  await target.press('Enter');
  await expectSaved(page);

  await openTab(page, 'History', 'History');
  const entries = page.locator('.history-entry');
  const targetEntry = entries.filter({ hasText: /Nairobi office (set|changed) the target for 2010-11 of indicator [\d.]+ “Countries that have applied the ILO module.*” (from .+ )?to 47/ });
  const statementEntry = entries.filter({ hasText: `Nairobi office changed the statement of goal 1 from “${oldStatement.slice(0, 40)}` });
  await expect(targetEntry).toHaveCount(1);
  await expect(statementEntry).toHaveCount(1);
  await expect(statementEntry).toContainText(`to “${NEW_STATEMENT}”`);
  await expect(entries.first()).toContainText('Made on this computer');
  // The newest entry is the target, then the statement; the oldest made the sample plan.
  await expect(entries.first()).toContainText('target for 2010-11');
  await expect(entries.last()).toContainText(/created the plan with \d+ results, \d+ indicators/);
  await expect(page.getByRole('heading', { name: 'Imported plan files' })).toBeVisible();
  await expect(page.getByText('No plan files have been imported into this plan here.')).toBeVisible();
  await expectNoSeriousViolations(page);

  // The plan as it was just before the statement was edited: read-only, the old statement.
  const before = statementEntry.locator('xpath=following-sibling::li[1]');
  await before.getByRole('button', { name: /^View the plan as it was at / }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^The plan as of / })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('Read-only');
  const chain = page.getByRole('table');
  await expect(chain.getByRole('row').nth(1)).toContainText(oldStatement);
  await expect(chain).not.toContainText(NEW_STATEMENT);
  await expect(chain.getByRole('textbox')).toHaveCount(0);
  await expectNoSeriousViolations(page);

  // Restoring says what it changes, then does it as a new change.
  await page.getByRole('button', { name: 'Restore this version…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this version?' });
  await expect(dialog).toContainText('Results: 1 changed back');
  await expect(dialog).toContainText('Indicators: 1 changed back');
  await expect(dialog).toContainText('other offices receive it');
  await expectNoSeriousViolations(page);
  await dialog.getByRole('button', { name: 'Restore this version' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/^Restored the plan as it was on /)).toBeVisible();
  await expect(entries.first()).toContainText('Nairobi office restored an earlier version of the plan');
  await expect(entries.first()).toContainText('Restore');
  await expectSaved(page);

  await openTab(page, 'Results chain', 'Results chain');
  await expect(row(page, '1')).toContainText(oldStatement);

  // Ctrl+Z takes the restore back: the edited statement returns.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Control+z');
  await expect(row(page, '1')).toContainText(NEW_STATEMENT);
  await expectSaved(page);
  await openTab(page, 'History', 'History');
  await expect(entries.first()).toContainText('Nairobi office undid an earlier change');

  // After a reload the history is read from the stored plan.
  await page.reload();
  await openTab(page, 'History', 'History');
  await expect(entries.first()).toContainText('undid an earlier change');
  await expect(entries.filter({ hasText: 'restored an earlier version' })).toHaveCount(1);
});
