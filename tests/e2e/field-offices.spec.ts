/**
 * Two offices, two browser profiles (each its own Chromium user-data folder, so its own
 * IndexedDB): headquarters sends the sample plan to the Nairobi office; both edit it
 * offline, including the same target; Nairobi sends its file back; headquarters sees
 * Nairobi's changes in the preview with the conflict marked, applies them, resolves the
 * conflict, and sends the plan back; Nairobi applies it. Both then hold the same plan:
 * the files they write have the same heads and the same contents.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readPlanFile } from '../../shared/plan-file';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { expectSaved, openApp, openPlanFile, row, SAMPLE_TITLE, savePlanFile, type PlanFileOnDisk } from './helpers';

const BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
const STATISTICS = /^Countries that have applied the ILO module/;


/** A browser profile of its own: a fresh user-data folder, as on another office's computer. */
async function profile(folders: string[]): Promise<{ context: BrowserContext; page: Page }> {
  const folder = await mkdtemp(join(tmpdir(), 'rbm-office-'));
  folders.push(folder);
  const context = await launch(folder);
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

async function launch(folder: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(folder, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    baseURL: BASE_URL,
    viewport: { width: 1366, height: 860 },
    acceptDownloads: true,
  });
}

/** Saves once everything edited is stored. */
async function saveFor(page: Page, office: string): Promise<PlanFileOnDisk> {
  await expectSaved(page);
  return savePlanFile(page, office);
}

async function openIndicator(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Indicators', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Indicators', level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: 'Indicators by result' }).getByRole('button', { name: STATISTICS }).click();
}

async function typeCell(page: Page, label: string, text: string): Promise<void> {
  const cell = page.getByRole('textbox', { name: label, exact: true });
  await cell.fill(text);
  await cell.press('Enter');
}

async function editStatement(page: Page, number: string, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Results chain', exact: true }).click();
  await row(page, number).click();
  await page.keyboard.press('Enter');
  const editor = page.locator('.tree-editor');
  await expect(editor).toBeFocused();
  await editor.fill(text);
  await page.keyboard.press('Enter');
  await expect(row(page, number)).toContainText(text);
}

/** What a plan file holds, read as the app reads it: its heads and its plan. */
async function contentsOf(file: PlanFileOnDisk) {
  const clock = { now: () => new Date('2026-11-29T00:00:00Z') };
  const read = await readPlanFile(new Uint8Array(file.bytes), { actor: 'f'.repeat(32), office: 'test', clock });
  const { heads: _heads, ...view } = read.engine.state.view;
  return { heads: [...read.envelope.heads].sort(), view: JSON.stringify(view, (_k, v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v)) };
}

test('headquarters and a field office exchange plan files, resolve a conflict, and end with the same plan', async () => {
  test.setTimeout(240_000);
  const folders: string[] = [];
  const hq = await profile(folders);
  const nairobi = await profile(folders);
  try {
    // Headquarters starts with the sample plan and sends it to Nairobi.
    await openApp(hq.page, 'Headquarters');
    await expect(hq.page.locator('.app-header-plan')).toHaveText(SAMPLE_TITLE);
    const master = await saveFor(hq.page, 'Nairobi office');

    // Nairobi's first start makes its own sample plan; headquarters' file is another plan with the same title.
    await openApp(nairobi.page, 'Nairobi office');
    await openPlanFile(nairobi.page, master);
    const add = nairobi.page.getByRole('dialog', { name: `Add the plan “${SAMPLE_TITLE}”` });
    await add.getByRole('button', { name: 'Add plan' }).click();
    await expect(add).toBeHidden();
    await expectSaved(nairobi.page);

    // Both edit offline: the same target differently, and each something of its own.
    await openIndicator(nairobi.page);
    await typeCell(nairobi.page, 'Target for 2010-11', '7');
    await editStatement(nairobi.page, '1.1', 'Nairobi: policies on labour migration are improved');
    await openIndicator(hq.page);
    await typeCell(hq.page, 'Target for 2010-11', '9');
    await typeCell(hq.page, 'Target for 2012-13', '15');

    // Nairobi sends its file; headquarters previews it.
    const fromNairobi = await saveFor(nairobi.page, 'Headquarters');
    await openPlanFile(hq.page, fromNairobi);
    const preview = hq.page.getByRole('dialog', { name: `What “${fromNairobi.name}” from Nairobi office changes` });
    await expect(preview).toContainText('Nairobi: policies on labour migration are improved');
    await expect(preview).toContainText('target for 2010-11');
    await expect(preview.getByText(/conflict/i).first()).toBeVisible();
    // The README's picture of an import's preview.
    await hq.page.screenshot({ path: 'docs/screenshot-import-preview.png' });
    await preview.getByRole('button', { name: 'Apply' }).click();
    await expect(preview).toBeHidden();
    await expectSaved(hq.page);

    // The conflict: both values listed with their offices; headquarters keeps Nairobi's.
    await hq.page.getByRole('button', { name: 'Conflicts (1)', exact: true }).click();
    await expect(hq.page.getByRole('heading', { name: 'Conflicts', level: 1 })).toBeVisible();
    await expect(hq.page.getByText('Nairobi office').first()).toBeVisible();
    await hq.page.screenshot({ path: 'docs/screenshot-conflicts.png' });
    await hq.page.getByRole('button', { name: /Keep .*7.*Nairobi office/ }).click();
    await expect(hq.page.getByText(/No conflicts/)).toBeVisible();
    await expectSaved(hq.page);

    // Headquarters sends the merged plan back; Nairobi applies it.
    const merged = await saveFor(hq.page, 'Nairobi office');
    await openPlanFile(nairobi.page, merged);
    const back = nairobi.page.getByRole('dialog', { name: `What “${merged.name}” from Headquarters changes` });
    await expect(back).toContainText('target for 2012-13');
    await back.getByRole('button', { name: 'Apply' }).click();
    await expect(back).toBeHidden();
    await expectSaved(nairobi.page);
    await openIndicator(nairobi.page);
    await expect(nairobi.page.getByRole('textbox', { name: 'Target for 2010-11', exact: true })).toHaveValue('7');
    await expect(nairobi.page.getByRole('textbox', { name: 'Target for 2012-13', exact: true })).toHaveValue('15');

    // Both end with the same plan.
    const fromHq = await contentsOf(await saveFor(hq.page, 'Archive'));
    const fromOffice = await contentsOf(await saveFor(nairobi.page, 'Archive'));
    expect(fromOffice.heads).toEqual(fromHq.heads);
    expect(fromOffice.view).toBe(fromHq.view);
  } finally {
    await hq.context.close();
    await nairobi.context.close();
    await Promise.all(folders.map((f) => rm(f, { recursive: true, force: true })));
  }
});
