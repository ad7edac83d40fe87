import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectSaved, openApp } from './helpers';

async function openRisks(page: Page) {
  await openApp(page);
  await page.getByRole('button', { name: 'Risks', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Risk register', level: 1 })).toBeVisible();
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

const register = (page: Page) => page.getByRole('region', { name: 'Register', exact: true });
const heatMap = (page: Page, name: 'Inherent rating' | 'Residual rating, after mitigation') => page.getByRole('region', { name });
const riskRow = (page: Page, start: string) => register(page).getByRole('row').filter({ has: page.getByRole('button', { name: new RegExp(`^Edit risk: ${start}`) }) });

async function openEditor(page: Page, start: string) {
  await register(page).getByRole('button', { name: new RegExp(`^Edit risk: ${start}`) }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit risk' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('the sample register shows the highest risks and whose mitigations are late, as of the status date', async ({ page }) => {
  await openRisks(page);
  await expect(page.getByTestId('risk-status-date')).toHaveText('Mitigations are overdue when due before the status date, 31 Jan 2012.');

  const highest = page.getByRole('region', { name: 'Highest risks' });
  await expect(highest.getByTestId('band-count-extreme')).toHaveText('3');
  await expect(highest).toContainText('The 3 risks rated extreme:');
  await expect(highest.getByRole('listitem').filter({ hasText: '16 Extreme' })).toHaveCount(3);

  const overdue = page.getByRole('region', { name: /^Overdue mitigations/ });
  await expect(overdue.getByRole('heading')).toHaveText('Overdue mitigations (3)');
  // Longest overdue first, with whose action it is.
  const late = overdue.getByRole('row').nth(1);
  await expect(late.getByRole('rowheader')).toContainText('Agree the responsibility matrix');
  await expect(late.getByRole('cell').nth(0)).toContainText('International Migration Programme (MIGRANT)');
  await expect(late.getByRole('cell').nth(1)).toHaveText('⚠ Overdue since 30 Sep 2010');
  await expect(late.getByRole('cell').nth(2)).toHaveText('In progress');
  await expect(overdue.getByRole('row').nth(3)).toContainText('Bureau of Programming and Management (PROGRAM)');

  // The register starts with the highest scores; each row states its band in words.
  const rows = register(page).getByRole('row');
  await expect(rows.nth(2)).toContainText('16 Extreme');
  await expect(register(page).getByRole('columnheader', { name: 'Score', exact: true }).first()).toHaveAttribute('aria-sort', 'descending');
  await expect(register(page).getByRole('status')).toHaveText('Showing 6 of 6 risks.');

  // Sorting by a header, then filtering to the risks with late mitigations.
  await register(page).getByRole('button', { name: 'Risk', exact: true }).click();
  await expect(register(page).getByRole('columnheader', { name: 'Risk' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.nth(2)).toContainText('Collaboration with IOM');
  await register(page).getByRole('checkbox', { name: 'Only risks with overdue mitigations' }).check();
  await expect(register(page).getByRole('status')).toHaveText('Showing 3 of 6 risks.');
  await expect(register(page).getByText('1 overdue')).toHaveCount(3);
  await register(page).getByRole('combobox', { name: 'Owner unit' }).selectOption({ label: 'Bureau of Programming and Management (PROGRAM)' });
  await expect(register(page).getByRole('status')).toHaveText('Showing 1 of 6 risks.');
  await expect(riskRow(page, 'Resources and staffing')).toBeVisible();
  await register(page).getByRole('button', { name: 'Clear filters' }).click();
  await expect(register(page).getByRole('status')).toHaveText('Showing 6 of 6 risks.');
  await register(page).getByRole('button', { name: 'Score', exact: true }).first().click();

  await page.getByRole('heading', { name: 'Risk register', level: 1 }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'docs/screenshot-risks.png' });
  await expectNoSeriousViolations(page);
});

test('rate a risk and find it in the right heat-map cell, which lists it in the register', async ({ page }) => {
  await openRisks(page);
  const inherent = heatMap(page, 'Inherent rating');
  await expect(inherent.getByRole('button', { name: /^Likelihood 3, impact 3: 2 risks/ })).toBeVisible();
  await expect(inherent.getByRole('button', { name: /^Likelihood 5, impact 2: no risks/ })).toBeDisabled();

  const dialog = await openEditor(page, 'Collaboration with IOM');
  await dialog.getByRole('combobox', { name: 'Likelihood', exact: true }).selectOption({ label: '5 – Almost certain' });
  await dialog.getByRole('combobox', { name: 'Impact', exact: true }).selectOption({ label: '2 – Minor' });
  await expect(dialog.getByText('Score: 10, High')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expectSaved(page);

  await expect(inherent.getByRole('button', { name: /^Likelihood 3, impact 3: 1 risk / })).toBeVisible();
  const cell = inherent.getByRole('button', { name: 'Likelihood 5, impact 2: 1 risk (score 10, high)' });
  await cell.click();
  await expect(cell).toHaveAttribute('aria-pressed', 'true');
  await expect(register(page).getByText('Risks in the inherent heat-map cell likelihood 5, impact 2.')).toBeVisible();
  await expect(register(page).getByRole('status')).toHaveText('Showing 1 of 6 risks.');
  const row = riskRow(page, 'Collaboration with IOM');
  await expect(row).toBeVisible();
  await expect(row).toContainText('10 High');
  await page.screenshot({ path: 'test-results/e2e/risks-cell.png' });

  // The way back: all risks again.
  await register(page).getByRole('button', { name: 'Show all risks' }).click();
  await expect(register(page).getByRole('status')).toHaveText('Showing 6 of 6 risks.');
  await expect(cell).toHaveAttribute('aria-pressed', 'false');

  // The residual map is its own: the risk's residual rating (2, 3) did not move.
  await heatMap(page, 'Residual rating, after mitigation').getByRole('button', { name: /^Likelihood 2, impact 3: 2 risks/ }).click();
  await expect(register(page).getByRole('status')).toHaveText('Showing 2 of 6 risks.');
  await expect(riskRow(page, 'Collaboration with IOM')).toBeVisible();

  // It survives a reload.
  await page.reload();
  await page.getByRole('button', { name: 'Risks', exact: true }).click();
  await expect(heatMap(page, 'Inherent rating').getByRole('button', { name: /^Likelihood 5, impact 2: 1 risk/ })).toBeVisible();
});

test('add a mitigation with a past due date and see it flagged overdue; bad input is refused with a message', async ({ page }) => {
  await openRisks(page);
  await expect(riskRow(page, 'Countries of origin')).toContainText('–');
  const dialog = await openEditor(page, 'Countries of origin');
  const form = dialog.getByRole('form', { name: 'New mitigation' });

  // No action: a message, nothing added.
  await form.getByRole('button', { name: 'Add mitigation' }).click();
  await expect(form.getByRole('alert')).toHaveText('Describe the action.');
  await expect(dialog.getByRole('group', { name: /^Mitigation \d/ })).toHaveCount(1);

  await form.getByRole('textbox', { name: 'Action' }).fill('Brief the tripartite partners on the cost-benefit assessments');
  await form.getByRole('combobox', { name: 'Owner unit' }).selectOption({ label: 'International Migration Programme (MIGRANT)' });
  await form.getByLabel('Due date').fill('2011-11-30');
  await form.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'In progress' });
  await form.getByRole('button', { name: 'Add mitigation' }).click();
  const added = dialog.getByRole('group', { name: /^Mitigation 1/ });
  await expect(added).toContainText('Overdue since 30 Nov 2011');
  await expect(added.getByRole('textbox', { name: 'Action' })).toHaveValue('Brief the tripartite partners on the cost-benefit assessments');
  await expect(form.getByRole('textbox', { name: 'Action' })).toHaveValue('');

  // A residual rating above the inherent one is allowed but warned about.
  await dialog.getByRole('combobox', { name: 'Residual likelihood' }).selectOption({ label: '2 – Unlikely' });
  await expect(dialog.getByText(/Set both the residual likelihood and impact, or neither/)).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Residual impact' }).selectOption({ label: '5 – Severe' });
  await expect(dialog.getByText(/The residual rating is above the inherent one/)).toBeVisible();
  await expectNoSeriousViolations(page);

  // An empty description is refused, and the old one kept.
  const description = dialog.getByRole('textbox', { name: 'Description' });
  await description.fill('   ');
  await description.blur();
  await expect(dialog.getByText('A risk needs a description; the previous one is kept.')).toBeVisible();
  await expect(description).toHaveValue(/^Countries of origin and destination/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expectSaved(page);

  await expect(riskRow(page, 'Countries of origin')).toContainText('1 overdue');
  await expect(riskRow(page, 'Countries of origin')).toContainText('Above inherent');
  await expect(page.getByRole('region', { name: /^Overdue mitigations/ }).getByRole('heading')).toHaveText('Overdue mitigations (4)');
  await expect(page.getByRole('region', { name: 'Highest risks' })).toContainText('1 risk has a residual rating above its inherent one');
});

test('deleting a risk removes its mitigations too, and undo brings both back', async ({ page }) => {
  await openRisks(page);
  const overdueHeading = page.getByRole('region', { name: /^Overdue mitigations/ }).getByRole('heading');
  await expect(overdueHeading).toHaveText('Overdue mitigations (3)');
  const dialog = await openEditor(page, 'Insufficient internal coordination');
  await dialog.getByRole('button', { name: 'Delete risk' }).click();
  await expect(dialog).toBeHidden();
  await expect(register(page).getByRole('status')).toHaveText('Showing 5 of 5 risks.');
  await expect(overdueHeading).toHaveText('Overdue mitigations (2)');
  const notice = page.getByRole('listitem').filter({ hasText: 'Deleted the risk “Insufficient internal coordination' });
  await notice.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(register(page).getByRole('status')).toHaveText('Showing 6 of 6 risks.');
  await expect(overdueHeading).toHaveText('Overdue mitigations (3)');
  await expectSaved(page);
});

test('"Go to risk" from a result\'s panel opens the register with the risk selected and focused', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Logframe', exact: true }).click();
  await page.locator('[role="row"]:has(.cell-number:text-is("1.1")) [role="gridcell"]').first().click();
  const panel = page.getByRole('complementary', { name: 'Result details' });
  const risks = panel.getByRole('region', { name: 'Risks' });
  await expect(risks.getByText('Extreme').first()).toBeVisible();
  await risks.getByRole('button', { name: /^Go to risk: Resources and staffing/ }).click();
  await expect(page.getByRole('heading', { name: 'Risk register', level: 1 })).toBeVisible();
  const row = riskRow(page, 'Resources and staffing');
  await expect(row).toHaveAttribute('aria-current', 'true');
  await expect(row.getByRole('button', { name: /^Edit risk: Resources and staffing/ })).toBeFocused();
});
