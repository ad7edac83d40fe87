/**
 * Plan files in the web app: the office's name on first start, Save plan file (a
 * download), opening a file back through the file chooser ("nothing new"), a damaged
 * file refused by name, and drag and drop of another office's file opening the preview
 * of what it changes. Every dialog is checked with axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectSaved, openApp, openPlanFile, row, SAMPLE_TITLE, savePlanFile } from './helpers';

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

const header = (page: Page) => page.getByRole('banner');

/** Drags a file over the window (the overlay shows) and drops it. */
async function dropFile(page: Page, file: { name: string; bytes: Buffer }): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, base64 }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type: 'application/json' }));
      return transfer;
    },
    { name: file.name, base64: file.bytes.toString('base64') },
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await expect(page.getByText('Drop the plan file to open it')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByText('Drop the plan file to open it')).toBeHidden();
}

/** A second office: its own browser profile, named, with the plan of `file` added from it. */
async function otherOffice(browser: Browser, file: { name: string; bytes: Buffer }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openApp(page, 'Nairobi office');
  await openPlanFile(page, file);
  const add = page.getByRole('dialog', { name: `Add the plan “${SAMPLE_TITLE}”` });
  await expect(add).toContainText('This computer already has a plan called');
  await expect(add).toContainText('Headquarters');
  await expectNoSeriousViolations(page);
  await add.getByRole('button', { name: 'Add plan' }).click();
  await expect(add).toBeHidden();
  return { context, page };
}

test('first start asks for the office’s name before anything else; an empty name is refused in place', async ({ page }) => {
  await page.goto('/');
  const dialog = page.getByRole('dialog', { name: 'Name this office' });
  await expect(dialog).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expectNoSeriousViolations(page);
  // Escape does not skip it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();

  const name = dialog.getByRole('textbox', { name: 'Office name' });
  await expect(name).toBeFocused();
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog.getByText('Enter the name of this office.')).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousViolations(page);

  await name.fill('Nairobi office');
  await name.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.locator('.app-header-plan')).toHaveText(SAMPLE_TITLE);
  await expectSaved(page);
  // Named once: a reload goes straight to the plan.
  await page.reload();
  await expect(page.locator('.app-header-plan')).toHaveText(SAMPLE_TITLE);
  await expect(page.getByRole('dialog', { name: 'Name this office' })).toHaveCount(0);
});

test('Save plan file downloads a .rbmplan; opened back it holds nothing new; the office can then get changes only', async ({ page }) => {
  await openApp(page);
  await expectSaved(page);
  await header(page).getByRole('button', { name: 'Save plan file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save plan file' });
  await expect(dialog.getByRole('radio', { name: 'Whole plan (recommended)' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: /^Only the changes/ })).toBeDisabled();
  await expectNoSeriousViolations(page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  const file = await savePlanFile(page, 'Dakar office');
  expect(file.name).toMatch(/\.rbmplan$/);
  expect(file.name).toContain('Dakar office');
  const envelope = JSON.parse(file.bytes.toString('utf8')) as { format: string; kind: string; from: { office: string }; title: string };
  expect(envelope).toMatchObject({ format: 'rbm-plan', kind: 'full', from: { office: 'Headquarters' }, title: SAMPLE_TITLE });
  await expect(page.getByText(`Saved the plan file ${file.name}.`)).toBeVisible();

  await openPlanFile(page, file);
  const preview = page.getByRole('dialog', { name: `What “${file.name}” from Headquarters changes` });
  await expect(preview).toContainText('This file holds nothing new');
  await expectNoSeriousViolations(page);
  await preview.getByRole('button', { name: 'Close' }).click();
  await expect(preview).toBeHidden();

  // Dakar office was sent a file: a changes-only file can now be made for it.
  await header(page).getByRole('button', { name: 'Save plan file…' }).click();
  const again = page.getByRole('dialog', { name: 'Save plan file' });
  const office = again.getByRole('combobox', { name: 'For office' });
  await office.fill('dakar office');
  const changes = again.getByRole('radio', { name: /^Only the changes/ });
  await expect(changes).toBeEnabled();
  await changes.check();
  await expect(again).toContainText('since the last file exchanged with Dakar office');
  await office.fill('Lima office');
  await expect(changes).toBeDisabled();
  await expect(again.getByRole('radio', { name: 'Whole plan (recommended)' })).toBeChecked();
  await again.getByRole('button', { name: 'Cancel' }).click();
});

test('a damaged file is refused with a message naming the file, and nothing changes', async ({ page }) => {
  await openApp(page);
  await expectSaved(page);
  await openPlanFile(page, { name: 'damaged.rbmplan', bytes: Buffer.from('{"format": "rbm-plan", "formatVersion": 1, "payl') });
  const alert = page.getByRole('alertdialog', { name: 'Could not open "damaged.rbmplan"' });
  await expect(alert).toContainText('it is not valid JSON');
  await expect(alert).toContainText('Nothing on this computer was changed.');
  await expectNoSeriousViolations(page);
  await alert.getByRole('button', { name: 'OK' }).click();
  await expect(alert).toBeHidden();
  await expect(page.locator('.app-header-plan')).toHaveText(SAMPLE_TITLE);

  // From the library too.
  await page.getByRole('button', { name: 'Plan library' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('main').getByRole('button', { name: 'Open plan file…' }).click();
  await (await chooser).setFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(page.getByRole('alertdialog', { name: 'Could not open "notes.txt"' })).toBeVisible();
});

test('another office’s file dropped on the window opens the preview of what it changes; Apply merges it', async ({ page, browser }) => {
  await openApp(page);
  await expectSaved(page);
  const master = await savePlanFile(page, 'Nairobi office');

  // Nairobi adds the plan, changes an outcome's statement and sends its file back.
  const nairobi = await otherOffice(browser, master);
  await nairobi.page.getByRole('button', { name: 'Results chain', exact: true }).click();
  await row(nairobi.page, '1.1').click();
  await nairobi.page.keyboard.press('F2');
  await nairobi.page.locator('.tree-editor').fill('Labour migration governed by one strategy');
  await nairobi.page.keyboard.press('Enter');
  await expectSaved(nairobi.page);
  const back = await savePlanFile(nairobi.page, 'Headquarters');
  await nairobi.context.close();

  await dropFile(page, back);
  const preview = page.getByRole('dialog', { name: `What “${back.name}” from Nairobi office changes` });
  await expect(preview).toBeVisible();
  const changed = preview.getByRole('region', { name: 'Changed (1)' });
  await expect(changed).toContainText('Outcome 1.1 “Labour migration governed by one strategy”');
  // A long statement is shown as the words that changed, marked (and labelled for screen readers).
  await expect(changed).toContainText('statement:');
  await expect(changed.locator('.pf-text-diff ins').filter({ hasText: 'governed by' })).toContainText('added:');
  await expect(changed.locator('.pf-text-diff del').filter({ hasText: 'pursues' })).toContainText('removed:');
  await expectNoSeriousViolations(page);
  await preview.getByRole('button', { name: 'Apply changes' }).click();
  await expect(preview).toBeHidden();
  await expect(page.getByText(`Merged "${back.name}" from Nairobi office: 0 added, 1 changed, 0 deleted.`)).toBeVisible();
  await expectSaved(page);
  await page.getByRole('button', { name: 'Results chain', exact: true }).click();
  await expect(row(page, '1.1')).toContainText('Labour migration governed by one strategy');
});
