/**
 * Storage errors in Chromium with real IndexedDB (issue 7, promise 3), without test hooks
 * in the product: the database closed under the app. Another connection opens it at a
 * higher version (as another tab with an upgrade would), so the app's connection is
 * closed; the next save reopens it, and a reload shows the plan whole with every edit.
 *
 * A full disk is not played here: lowering the origin's quota through the DevTools protocol
 * (Storage.overrideQuotaForOrigin) made writes to a new database fail, but not those to the
 * app's existing one, in this Chromium. The message and Retry for a full disk, an I/O error
 * and a database that cannot be reopened are tested on fake-indexeddb with injected faults
 * (tests/renderer/store/faults-recovery.test.tsx).
 */
import { expect, test, type Page } from '@playwright/test';
import { createPlan, expectSaved, openApp, row } from './helpers';

const TITLE = 'Storage errors plan';

async function addGoal(page: Page, statement: string): Promise<void> {
  await page.getByRole('button', { name: 'Add goal' }).first().click();
  await page.locator('.tree-editor').fill(statement);
  await page.keyboard.press('Enter');
}

/** The plan's goals as the results chain shows them. */
async function goals(page: Page): Promise<string[]> {
  return page.locator('[role="treeitem"]').allInnerTexts();
}

/**
 * Another tab opens the app's database at a higher version (same tables): the app's
 * connection must yield (Dexie closes it), and the app's next write opens it again.
 */
async function upgradeFromAnotherConnection(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const info = (await indexedDB.databases()).find((d) => d.name === 'rbm-planner');
    const version = (info?.version ?? 0) + 1;
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('rbm-planner', version);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(new Error(String(request.error)));
      request.onblocked = () => reject(new Error('blocked: the app did not close its connection'));
    });
    return version;
  });
}

/** After a reload: the app reopens the plan, whole, with every goal. */
async function expectStoredAfterReload(page: Page, expected: string[]): Promise<void> {
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Results chain' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(TITLE);
  for (const [i, goal] of expected.entries()) await expect(row(page, String(i + 1))).toContainText(goal);
  expect((await goals(page)).length).toBe(expected.length);
}

test('the database closed under the app by another connection upgrading it: the next save reopens it', async ({ page }) => {
  await openApp(page);
  await createPlan(page, TITLE);
  await addGoal(page, 'Before the other window');
  await expectSaved(page);

  // Another tab opens the database at a higher version (same tables): this page's connection must yield.
  const upgradedTo = await upgradeFromAnotherConnection(page);
  expect(upgradedTo).toBeGreaterThan(1);

  await addGoal(page, 'After the other window');
  await expectSaved(page);
  await expect(page.getByRole('alert', { name: 'Changes not saved' })).toBeHidden();
  await expectStoredAfterReload(page, ['Before the other window', 'After the other window']);
});
