/**
 * Storage errors in Chromium with real IndexedDB (issue 7, promise 3), without test hooks
 * in the product:
 * - a full disk: the origin's quota is lowered through the DevTools protocol
 *   (Storage.overrideQuotaForOrigin), so the browser itself refuses the next save (Chromium
 *   caches an open database's free space for a while: the edit is made once that has
 *   passed); the banner explains it, the edit stays shown, axe finds nothing serious, and
 *   once there is room Retry saves it;
 * - the database closed under the app: another connection opens it at a higher version
 *   (as another tab with an upgrade would), so the app's connection is closed; the next
 *   save reopens it.
 * After each, a reload shows the plan whole with every edit. An I/O error and a database
 * that cannot be reopened are played on fake-indexeddb with injected faults
 * (tests/renderer/store/faults-recovery.test.tsx).
 */
import AxeBuilder from '@axe-core/playwright';
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

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
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

test('a full disk: the banner says so, the edit stays, Retry saves it once there is room', async ({ page, baseURL }) => {
  test.setTimeout(150_000);
  await openApp(page);
  await createPlan(page, TITLE);
  await addGoal(page, 'Decent work for migrant workers');
  await expect(row(page, '1')).toContainText('Decent work for migrant workers');
  await expectSaved(page);

  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  const cdp = await page.context().newCDPSession(page);
  // The browser now refuses anything more for this origin, as with a full disk. Chromium
  // keeps an open database's free space cached for up to half a minute: the edit comes after.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  await page.waitForTimeout(40_000);

  await addGoal(page, 'Typed while the disk is full');
  const banner = page.getByRole('alert', { name: 'Changes not saved' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('The disk is full');
  await expect(banner).toContainText('They are kept in this window');
  const status = page.getByRole('status', { name: 'Save status' });
  await expect(status).toHaveAttribute('data-save-state', 'error');
  await expect(status).toContainText('Not saved (see the message above)');
  // The edit is still shown: not a blank screen, not a lost plan.
  await expect(row(page, '2')).toContainText('Typed while the disk is full');
  await expect(row(page, '1')).toContainText('Decent work for migrant workers');
  await expectNoSeriousViolations(page);

  // Retry while the disk is still full: the message stays. The retry must have run to its end
  // (saving, then error) before room is made again, or it could succeed once there is room.
  await status.evaluate((el) => {
    const states: (string | null)[] = [];
    (window as unknown as { __saveStates: (string | null)[] }).__saveStates = states;
    new MutationObserver(() => states.push(el.getAttribute('data-save-state'))).observe(el, { attributes: true, attributeFilter: ['data-save-state'] });
  });
  await banner.getByRole('button', { name: 'Retry saving' }).click();
  await page.waitForFunction(() => {
    const states = (window as unknown as { __saveStates: (string | null)[] }).__saveStates;
    return states.includes('saving') && states[states.length - 1] === 'error';
  });
  await expect(status).toHaveAttribute('data-save-state', 'error');
  await expect(banner).toBeVisible();

  // Room again: Retry saves, and the banner goes.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await banner.getByRole('button', { name: 'Retry saving' }).click();
  await expectSaved(page);
  await expect(banner).toBeHidden();
  await expectStoredAfterReload(page, ['Decent work for migrant workers', 'Typed while the disk is full']);
});

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
