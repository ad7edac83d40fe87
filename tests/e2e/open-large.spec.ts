/**
 * Opening a plan in the built app: the document runs in a Web Worker (the plan engine's),
 * the plan is painted at once from its view cache when the cache holds the stored
 * document's last heads, and the live view (the worker's) replaces it once the document is
 * loaded; edits then save. A cache of other heads is never shown. The caches are altered
 * with the raw IndexedDB API, as a stale or wrong cache would be.
 */
import { expect, test, type Page } from '@playwright/test';
import { createPlan, expectSaved, openApp } from './helpers';

interface CacheRow {
  planId: string;
  heads: string[];
  json: string;
  savedAt: string;
}

interface Seen {
  __rbmSeen?: Record<string, number>;
}

/** Before the app's scripts: notes the time at which each watched text first appears in the page. */
function watchTexts(texts: string[]): void {
  const seen: Record<string, number> = {};
  (window as unknown as Seen).__rbmSeen = seen;
  const check = () => {
    const text = document.body?.textContent ?? '';
    for (const t of texts) if (!(t in seen) && (text.includes(t) || document.title.includes(t))) seen[t] = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
}

/** The open plan's stored view cache and its document's last heads, read with the raw IndexedDB API. */
async function storedCache(page: Page): Promise<{ cache: CacheRow | null; heads: string[] }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('rbm-planner');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      const tx = db.transaction(['settings', 'viewCache', 'docChunks'], 'readonly');
      const get = <T,>(req: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((req.onsuccess = () => resolve(req.result)), (req.onerror = () => reject(req.error))));
      const planId = (await get(tx.objectStore('settings').get('lastPlanId')) as { value: string }).value;
      const cache = ((await get(tx.objectStore('viewCache').get(planId))) as CacheRow | undefined) ?? null;
      const chunks = (await get(tx.objectStore('docChunks').index('planId').getAll(planId))) as { seq: number; heads: string[] }[];
      chunks.sort((a, b) => a.seq - b.seq);
      return { cache, heads: chunks[chunks.length - 1]!.heads };
    } finally {
      db.close();
    }
  });
}

async function putCache(page: Page, row: CacheRow): Promise<void> {
  await page.evaluate(async (r) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('rbm-planner');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('viewCache', 'readwrite');
        tx.objectStore('viewCache').put(r);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    } finally {
      db.close();
    }
  }, row);
}

/** Waits until the view cache holds the stored document's last heads (written a few seconds after a save). */
async function currentCache(page: Page): Promise<CacheRow> {
  let row: CacheRow | null = null;
  await expect
    .poll(
      async () => {
        const { cache, heads } = await storedCache(page);
        row = cache;
        return cache !== null && cache.heads.length === heads.length && heads.every((h) => cache.heads.includes(h));
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  return row!;
}

async function addGoal(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Logframe', exact: true }).click();
  const grid = page.getByRole('grid');
  const addGoalButton = page.getByRole('button', { name: 'Add goal' });
  await expect(grid.or(addGoalButton).first()).toBeVisible();
  if (await addGoalButton.isVisible()) {
    await addGoalButton.focus();
    await page.keyboard.press('Enter');
  } else {
    // Ctrl+Enter on the selected result adds one below it.
    await grid.focus();
    await page.keyboard.press('Control+Enter');
  }
  await expect(page.locator('.cell-editor')).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('grid')).toContainText(text);
  await expectSaved(page);
}

function engineWorkers(page: Page) {
  return page.workers().filter((w) => w.url().includes('engine-worker'));
}

test('the plan engine runs in a worker; a reload paints the plan from its view cache, the live view replaces it, and edits save', async ({ page }) => {
  await page.addInitScript(watchTexts, ['Painted from the cache']);
  await openApp(page);
  await createPlan(page, 'Cached plan');
  await addGoal(page, 'Goal typed before the reload');
  expect(engineWorkers(page).length).toBeGreaterThan(0);

  // The cache of the plan as saved, altered in one visible place (its title) but kept of the same heads.
  const cache = await currentCache(page);
  expect(JSON.parse(cache.json).plan.title).toBe('Cached plan');
  await putCache(page, { ...cache, json: cache.json.replace('"title":"Cached plan"', '"title":"Painted from the cache"') });

  await page.reload();
  // Painted from the cache first, then the document (loaded in the worker) replaces it with the live view.
  await expect.poll(() => page.evaluate(() => (window as unknown as Seen).__rbmSeen?.['Painted from the cache'] ?? null)).not.toBeNull();
  await expect(page).toHaveTitle(/Cached plan/);
  await expect(page.getByText('Goal typed before the reload').first()).toBeVisible();
  expect(engineWorkers(page).length).toBeGreaterThan(0);

  // The plan is live: another edit saves and survives the next reload.
  await addGoal(page, 'Goal typed after the reload');
  await page.reload();
  await page.getByRole('button', { name: 'Logframe', exact: true }).click();
  await expect(page.getByRole('grid')).toContainText('Goal typed before the reload');
  await expect(page.getByRole('grid')).toContainText('Goal typed after the reload');
  await expect(page).toHaveTitle(/Cached plan/);
});

test('a view cache of other heads than the stored document is never shown', async ({ page }) => {
  await page.addInitScript(watchTexts, ['Stale cache title', 'Saved after the cache']);
  await openApp(page);
  await createPlan(page, 'Plan with a stale cache');
  await addGoal(page, 'First goal');
  const cache = await currentCache(page);
  // A cache of an earlier state (other heads), whose title would show if it were painted.
  await putCache(page, { ...cache, heads: ['0'.repeat(64)], json: cache.json.replace('"title":"Plan with a stale cache"', '"title":"Stale cache title"') });

  await page.reload();
  await page.getByRole('button', { name: 'Logframe', exact: true }).click();
  await expect(page.getByRole('grid')).toContainText('First goal');
  await expect(page).toHaveTitle(/Plan with a stale cache/);
  expect(await page.evaluate(() => (window as unknown as Seen).__rbmSeen?.['Stale cache title'] ?? null)).toBeNull();
  // And the app writes a cache of the stored heads again.
  const rewritten = await currentCache(page);
  expect(JSON.parse(rewritten.json).plan.title).toBe('Plan with a stale cache');
});
