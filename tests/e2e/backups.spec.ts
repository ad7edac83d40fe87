import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectSaved, openApp, row, SAMPLE_TITLE } from './helpers';

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

async function openTab(page: Page, name: string, heading: string | RegExp) {
  await page.getByRole('navigation', { name: 'Plan sections' }).getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** Rewrites the first result's statement in the results chain. */
async function setFirstStatement(page: Page, text: string) {
  await openTab(page, 'Results chain', 'Results chain');
  const first = row(page, '1');
  await first.click();
  await page.keyboard.press('Enter');
  await page.locator('.tree-editor').fill(text);
  await page.keyboard.press('Enter');
  await expect(first).toContainText(text);
  await expectSaved(page);
}

/** The backups table's rows whose reason is `reason`. */
function backupRows(page: Page, reason: string) {
  return page.getByRole('table').getByRole('row').filter({ hasText: reason });
}

async function restoreFrom(page: Page, reason: string) {
  await backupRows(page, reason).first().getByRole('button', { name: /^Restore the backup taken / }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('First, the plan as it is now is backed up');
  await expect(dialog).toContainText(SAMPLE_TITLE);
  return dialog;
}

test('back up now, edit, restore the backup, undo the restore from the backup taken before it, download a backup', async ({ page }) => {
  await openApp(page, 'Nairobi office');
  await expectSaved(page);
  await setFirstStatement(page, 'Version A of the goal');

  await openTab(page, 'Backups', 'Backups');
  await expect(page.getByText(/Copies of this plan kept in this browser/)).toBeVisible();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(`“${SAMPLE_TITLE}” is backed up.`)).toBeVisible();
  const manual = backupRows(page, 'Backed up by hand');
  await expect(manual).toHaveCount(1);
  await expect(manual).toContainText(SAMPLE_TITLE);
  await expect(manual).toContainText(/last changed \d/);
  await expect(manual).toContainText(/\d+(\.\d)? KB/);
  await expect(page.getByText('No backup of this plan has been downloaded yet.')).toBeVisible();
  await expectNoSeriousViolations(page);

  await setFirstStatement(page, 'Version B of the goal');

  // Restore the backup taken by hand: the plan is as it was then.
  await openTab(page, 'Backups', 'Backups');
  const dialog = await restoreFrom(page, 'Backed up by hand');
  await expectNoSeriousViolations(page);
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`“${SAMPLE_TITLE}” is restored as it was in the backup. Undo takes it back.`)).toBeVisible();
  await expect(backupRows(page, 'Before restoring a backup')).toHaveCount(1);
  await expectSaved(page);
  await openTab(page, 'Results chain', 'Results chain');
  await expect(row(page, '1')).toContainText('Version A of the goal');

  // The backup taken before the restore brings the later version back.
  await openTab(page, 'Backups', 'Backups');
  const again = await restoreFrom(page, 'Before restoring a backup');
  await again.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(again).toBeHidden();
  await expectSaved(page);
  await openTab(page, 'Results chain', 'Results chain');
  await expect(row(page, '1')).toContainText('Version B of the goal');

  // Download the newest backup: a plan file of this plan.
  await openTab(page, 'Backups', 'Backups');
  const download = page.waitForEvent('download');
  await page.getByRole('table').getByRole('row').nth(1).getByRole('button', { name: /^Download the backup taken / }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/ - backup \d{4}-\d{2}-\d{2} \d{2}h\d{2}\.rbmplan$/);
  const envelope = JSON.parse(await readFile(await file.path(), 'utf8')) as { format: string; title: string; kind: string };
  expect(envelope).toMatchObject({ format: 'rbm-plan', title: SAMPLE_TITLE, kind: 'full' });
  await expect(page.getByText(/^A backup of this plan was last downloaded /)).toBeVisible();
  await expectNoSeriousViolations(page);

  // Still there after a reload: the backups live in the browser's database.
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await openTab(page, 'Backups', 'Backups');
  await expect(backupRows(page, 'Backed up by hand')).toHaveCount(1);
  await expect(backupRows(page, 'Before restoring a backup')).toHaveCount(2);
});

test('a plan whose stored document is damaged is restored from a backup where it fails to open', async ({ page }) => {
  await openApp(page, 'Nairobi office');
  await expectSaved(page);
  await setFirstStatement(page, 'Kept in the backup');
  await openTab(page, 'Backups', 'Backups');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(backupRows(page, 'Backed up by hand')).toHaveCount(1);
  await expectSaved(page);

  // The plan's stored document is damaged (and its view cache gone), behind the app's back.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('rbm-planner');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['docChunks', 'viewCache'], 'readwrite');
          tx.objectStore('docChunks').openCursor().onsuccess = (event) => {
            const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
            if (!cursor) return;
            cursor.update({ ...cursor.value, bytes: new Uint8Array([0x85, 0x6f, 0x4a, 0x83, 1, 2, 3]) });
            cursor.continue();
          };
          tx.objectStore('viewCache').clear();
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'The plan could not be opened' })).toBeVisible();
  const recovery = page.getByRole('region', { name: 'Restore the plan from a backup' });
  await expect(recovery).toContainText('Backed up by hand');
  await expectNoSeriousViolations(page);
  await recovery.getByRole('button', { name: /^Restore the plan from the backup taken / }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Replace the damaged plan with this backup?' });
  await expect(dialog).toContainText('This cannot be undone.');
  await dialog.getByRole('button', { name: 'Replace with this backup' }).click();
  await expect(page.getByText(`“${SAMPLE_TITLE}” is restored from its backup and open again.`)).toBeVisible();
  await openTab(page, 'Results chain', 'Results chain');
  await expect(row(page, '1')).toContainText('Kept in the backup');
});
