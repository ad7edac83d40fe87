/** Shared steps of the end-to-end tests: start the app and wait until it is ready. */
import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';

export const SAMPLE_TITLE = 'Office-wide strategy on labour migration, 2010-15';

/**
 * Opens the app and waits for start-up to finish (the header is shown). On first start
 * the app asks for this office's name: it is given (`officeName`, "Headquarters" unless
 * said) and start-up goes on.
 */
export async function openApp(page: Page, officeName = 'Headquarters'): Promise<void> {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const office = page.getByRole('dialog', { name: 'Name this office' });
  await expect(nav.or(office)).toBeVisible();
  if (await office.isVisible()) {
    await office.getByRole('textbox', { name: 'Office name' }).fill(officeName);
    await office.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(nav).toBeVisible();
}

/** Waits until everything edited is stored. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveAttribute('data-save-state', 'saved');
}

export function tree(page: Page) {
  return page.getByRole('tree');
}

export function row(page: Page, number: string) {
  return page.locator(`[role="treeitem"]:has(> .tree-number:text-is("${number}"))`);
}

/** Creates a blank plan through the library's dialog; the plan opens on its results chain. */
export async function createPlan(page: Page, title: string, template?: string): Promise<void> {
  await page.getByRole('button', { name: 'Plan library' }).click();
  await page.getByRole('button', { name: 'New plan', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog.getByRole('textbox', { name: 'Organisation' }).fill('International Labour Office');
  if (template) await dialog.getByRole('radio', { name: template }).check();
  await dialog.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByRole('heading', { name: 'Results chain' })).toBeVisible();
}

/** A plan file as the browser saved it or as a test hands it to the app. */
export interface PlanFileOnDisk {
  readonly name: string;
  readonly bytes: Buffer;
}

/** Saves the open plan's file through the header's Save plan file… dialog (for `office` when given); returns the download. */
export async function savePlanFile(page: Page, office?: string): Promise<PlanFileOnDisk> {
  await page.getByRole('banner').getByRole('button', { name: 'Save plan file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save plan file' });
  if (office !== undefined) await dialog.getByRole('combobox', { name: 'For office' }).fill(office);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  const file = await download;
  await expect(dialog).toBeHidden();
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Opens a file through the header's Open plan file… button and the file chooser. */
export async function openPlanFile(page: Page, file: { readonly name: string; readonly bytes: Uint8Array }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('banner').getByRole('button', { name: 'Open plan file…' }).click();
  await (await chooser).setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.bytes) });
}
