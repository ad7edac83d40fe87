/**
 * Resources in the browser: the sample's roll-up by strategic objective shows amounts by
 * source; an allocation to a result for which an objective is "significant" grows that
 * objective by the share of it and the total by all of it; the share can be changed; a bad
 * amount is refused with a message; a deleted allocation comes back with Undo.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectSaved, openApp } from './helpers';

/** Column of each figure in an objective row (after the row header). */
const COL = { rbPlanned: 0, rbSecured: 1, rbGap: 2, ebPlanned: 3, totalPlanned: 6 } as const;

async function openResources(page: Page): Promise<void> {
  await openApp(page);
  await expectSaved(page);
  await page.getByRole('button', { name: 'Resources', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Resources', level: 1 })).toBeVisible();
}

const objectiveRow = (page: Page, code: string) => page.getByTestId(`objective-row-${code}`);
const parse = (text: string) => Number(text.replace(/[^\d.-]/g, ''));

async function figure(row: Locator, column: number): Promise<number> {
  return parse((await row.getByRole('cell').nth(column).textContent()) ?? '');
}

/** The row's "Principal A + significant B (40% of C)" line, as numbers. */
async function breakdown(row: Locator): Promise<{ principal: number; significant: number; share: string; before: number }> {
  const text = (await row.locator('.res-row-hint').textContent()) ?? '';
  const m = /Principal ([\d,.]+) \+ significant ([\d,.]+) \(([\d.]+%) of ([\d,.]+)\)/.exec(text);
  expect(m, text).not.toBeNull();
  return { principal: parse(m![1]!), significant: parse(m![2]!), share: m![3]!, before: parse(m![4]!) };
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

test('the sample answers what is spent under each strategic objective, by source, and the roll-up follows new allocations and the share', async ({ page }) => {
  await openResources(page);
  const table = page.getByRole('table', { name: /Allocations counted under each strategic objective/ });
  await expect(table).toBeVisible();
  for (const code of ['SO1', 'SO2', 'SO3', 'SO4']) {
    const row = objectiveRow(page, code);
    await expect(row).toBeVisible();
    expect(await figure(row, COL.rbPlanned), `${code} regular budget`).toBeGreaterThan(0);
    expect(await figure(row, COL.ebPlanned), `${code} extra-budgetary`).toBeGreaterThan(0);
    expect(await figure(row, COL.totalPlanned)).toBe((await figure(row, COL.rbPlanned)) + (await figure(row, COL.ebPlanned)));
  }
  await expect(page.getByRole('figure', { name: 'Counted under each objective, by source' }).locator('svg')).toBeVisible();
  // The answer and its charts, from the top of the screen.
  const charts = await page.locator('.resources-charts').boundingBox();
  await page.screenshot({ path: 'docs/screenshot-resources.png', fullPage: true, clip: { x: 0, y: 0, width: 1366, height: Math.ceil(charts!.y + charts!.height + 16) } });

  const so1 = objectiveRow(page, 'SO1');
  const total = page.getByTestId('objective-row-total');
  const so1Before = await figure(so1, COL.rbPlanned);
  const totalBefore = await figure(total, COL.rbPlanned);
  const so1GapBefore = await figure(so1, COL.rbGap);

  // Result 1.1.1 (the strategy paper) serves SO1 as a significant objective.
  await page.getByRole('button', { name: 'Add allocation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add allocation' });
  const resultSelect = dialog.getByRole('combobox', { name: 'Result' });
  const value = await resultSelect.locator('option', { hasText: /^1\.1\.1 / }).getAttribute('value');
  await resultSelect.selectOption(value!);
  await dialog.getByRole('combobox', { name: 'Reporting period' }).selectOption({ label: '2010-11' });
  await dialog.getByRole('combobox', { name: 'Funding source' }).selectOption({ label: 'Regular budget' });
  await dialog.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Planned' });

  // A bad amount is refused with a message, and nothing is added.
  await dialog.getByRole('textbox', { name: 'Amount' }).fill('-5');
  await dialog.getByRole('button', { name: 'Add allocation' }).click();
  await expect(dialog.getByText('An amount cannot be negative.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Amount' }).fill('100,000');
  await dialog.getByRole('button', { name: 'Add allocation' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Allocation added: 1\.1\.1, 2010-11, Regular budget, \$100,000/)).toBeVisible();

  await expect.poll(() => figure(so1, COL.rbPlanned)).toBe(so1Before + 40_000);
  expect(await figure(total, COL.rbPlanned)).toBe(totalBefore + 100_000);
  expect(await figure(so1, COL.rbGap)).toBe(so1GapBefore + 40_000);
  await expectSaved(page);

  // The share: 50 % instead of 40 %.
  const shareField = page.getByRole('textbox', { name: /Share counted for a “significant” objective/ });
  await expect(shareField).toHaveValue('40');
  const at40 = await breakdown(so1);
  expect(at40.share).toBe('40%');
  expect(await figure(so1, COL.totalPlanned)).toBe(at40.principal + at40.significant);
  await shareField.fill('50');
  await shareField.press('Enter');
  await expect.poll(async () => (await breakdown(so1)).share).toBe('50%');
  const at50 = await breakdown(so1);
  expect(at50.before).toBe(at40.before);
  expect(at50.significant).toBe(at40.before / 2);
  expect(await figure(so1, COL.totalPlanned)).toBe(at40.principal + at40.before / 2);
  expect(await figure(total, COL.rbPlanned)).toBe(totalBefore + 100_000);

  // A share out of range is refused with a message and changes nothing.
  await shareField.fill('140');
  await shareField.press('Enter');
  await expect(page.getByText('Enter a share between 0 and 100 %.')).toBeVisible();
  await expect(shareField).toHaveValue('50');
  await expectSaved(page);
});

test('amounts are validated in the table, and a deleted allocation comes back with Undo', async ({ page }) => {
  await openResources(page);
  const total = page.getByTestId('objective-row-total');
  const totalBefore = await figure(total, COL.totalPlanned);

  const amount = page.getByRole('textbox', { name: 'Amount of 1.2.1, 2010-11, Regular budget' });
  await expect(amount).toHaveValue('$50,000');
  await amount.fill('fifty');
  await amount.press('Enter');
  await expect(page.getByText('“fifty” is not an amount. Enter a number such as 125000 or 125,000.50.')).toBeVisible();
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await amount.fill('50000.125');
  await amount.press('Enter');
  await expect(page.getByText('USD amounts have at most 2 decimals.')).toBeVisible();
  expect(await figure(total, COL.totalPlanned)).toBe(totalBefore);

  await amount.fill('75000');
  await amount.press('Enter');
  await expect.poll(() => figure(total, COL.totalPlanned)).toBe(totalBefore + 25_000);
  await amount.blur();
  await expect(amount).toHaveValue('$75,000');

  const currency = page.getByRole('textbox', { name: 'Currency of 1.2.1, 2010-11, Regular budget' });
  await currency.fill('US');
  await currency.press('Enter');
  await expect(page.getByText('A currency is a three-letter ISO code, such as USD or EUR.')).toBeVisible();
  await currency.press('Escape');

  // Filtering by result keeps the row; deleting it drops it from the roll-up until Undo.
  await page.getByRole('combobox', { name: 'Source', exact: true }).selectOption({ label: 'Regular budget' });
  await expect(page.getByText(/^Showing \d+ of \d+ allocations$/)).toBeVisible();
  await page.getByRole('button', { name: 'Delete allocation 1.2.1, 2010-11, Regular budget' }).click();
  await expect.poll(() => figure(total, COL.totalPlanned)).toBe(totalBefore - 50_000);
  const notice = page.getByRole('listitem').filter({ hasText: 'Allocation deleted: 1.2.1, 2010-11, Regular budget, $75,000.' });
  await notice.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(() => figure(total, COL.totalPlanned)).toBe(totalBefore + 25_000);
  await expect(page.getByRole('textbox', { name: 'Amount of 1.2.1, 2010-11, Regular budget' })).toHaveValue('$75,000');
  await expectSaved(page);
});

test('the resources screen, its tabs and its dialog have no serious accessibility violations and work by keyboard', async ({ page }) => {
  // axe takes several seconds a run on this page when the machine is busy.
  test.setTimeout(240_000);
  await openResources(page);
  await expectNoSeriousViolations(page);
  const units = page.getByRole('tab', { name: 'By unit' });
  await units.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'By component' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('table', { name: /Allocations by component/ })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('table', { name: /Allocations by reporting period/ })).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('table', { name: /Allocations by funding source/ })).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.getByRole('button', { name: 'Add allocation' }).click();
  await expect(page.getByRole('dialog', { name: 'Add allocation' })).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});
