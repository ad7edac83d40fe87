/**
 * Units, strategic objectives and components on a new plan, in the browser: a plan made
 * from the library starts without them; added on their screen, the units become columns
 * of the responsibility matrix, the objective a row of the resources by strategic
 * objective, the component a choice of the logframe's filter. Deleting a unit that holds
 * a role says so first, and Undo brings the unit and its role back; after a reload all of
 * it is kept. No serious accessibility issue.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createPlan, expectSaved, openApp } from './helpers';

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const unitsTable = (page: Page) => page.getByRole('table', { name: 'Organisation units' });
/** The text of a select's chosen option. */
const chosen = (select: Locator) => select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text.trim());
const raciGrid = (page: Page) => page.getByRole('grid', { name: 'Responsibilities of the units for each result' });

async function openStructure(page: Page) {
  await page.getByRole('button', { name: 'Units and objectives', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Units, objectives and components', level: 1 })).toBeVisible();
}

async function addUnit(page: Page, code: string, name: string, kind: string) {
  const form = page.getByRole('form', { name: 'Add a unit' });
  await form.getByRole('textbox', { name: 'Code' }).fill(code);
  await form.getByRole('textbox', { name: 'Name' }).fill(name);
  await form.getByRole('combobox', { name: 'Kind' }).selectOption({ label: kind });
  await form.getByRole('button', { name: 'Add unit' }).click();
  await expect(unitsTable(page).getByRole('textbox', { name: `Name of ${code}` })).toHaveValue(name);
}

test('add units, an objective and a component to a new plan, find them in the matrix, the resources and the logframe; delete a unit and undo', async ({ page }) => {
  // Several accessibility scans and a reload on a machine shared with other work.
  test.setTimeout(240_000);
  await openApp(page);
  await expectSaved(page);
  await createPlan(page, 'Labour migration in West Africa, 2027-30');
  await page.getByRole('button', { name: 'Add goal' }).first().click();
  await page.locator('.tree-editor').fill('Migrant workers in West Africa are protected');
  await page.keyboard.press('Enter');

  // A new plan has none of them.
  await openStructure(page);
  await expect(region(page, 'Organisation units')).toContainText('This plan has no units yet.');
  await expect(region(page, 'Strategic objectives')).toContainText('This plan has no strategic objectives yet.');
  await expect(region(page, 'Components')).toContainText('This plan has no components yet.');

  // A unit without a name or kind is refused at its fields.
  const unitForm = page.getByRole('form', { name: 'Add a unit' });
  await unitForm.getByRole('button', { name: 'Add unit' }).click();
  await expect(unitForm.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Enter the unit’s name.');
  await expect(unitForm.getByRole('combobox', { name: 'Kind' })).toHaveAccessibleDescription('Choose the kind of unit.');
  await expect(unitForm.getByRole('textbox', { name: 'Name' })).toBeFocused();

  await addUnit(page, 'ED_PROTECT', 'Social Protection Sector', 'Sector');
  await addUnit(page, 'MIGRANT', 'International Migration Programme', 'Programme');
  await unitsTable(page).getByRole('combobox', { name: 'Unit MIGRANT is part of' }).selectOption({ label: 'ED_PROTECT – Social Protection Sector' });
  await page.getByRole('combobox', { name: 'Unit that owns the plan' }).selectOption({ label: 'MIGRANT – International Migration Programme' });

  const objectiveForm = page.getByRole('form', { name: 'Add a strategic objective' });
  await objectiveForm.getByRole('textbox', { name: 'Code' }).fill('SO3');
  await objectiveForm.getByRole('textbox', { name: 'Title' }).fill('Enhance the coverage and effectiveness of social protection for all');
  await objectiveForm.getByRole('button', { name: 'Add objective' }).click();
  await expect(page.getByRole('textbox', { name: 'Code of strategic objective 1' })).toHaveValue('SO3');

  const componentForm = page.getByRole('form', { name: 'Add a component' });
  await componentForm.getByRole('textbox', { name: 'Code' }).fill('(iv)');
  await componentForm.getByRole('textbox', { name: 'Name' }).fill('Capacity building, awareness raising and technical assistance');
  await componentForm.getByRole('textbox', { name: 'Description (optional)' }).fill('Policy advice to member States and courses with the Turin centre.');
  await componentForm.getByRole('button', { name: 'Add component' }).click();
  await expect(page.getByRole('textbox', { name: 'Code of component 1' })).toHaveValue('(iv)');
  await expectSaved(page);
  await expectNoSeriousViolations(page);
  await page.screenshot({ path: 'scratch/structure/e2e-structure.png', fullPage: true });

  // The units are the matrix's columns; MIGRANT is given a role on the goal.
  await page.getByRole('button', { name: 'Responsibilities', exact: true }).click();
  await expect(raciGrid(page).getByRole('columnheader', { name: 'Social Protection Sector (ED_PROTECT)' })).toBeVisible();
  const migrantHeader = raciGrid(page).getByRole('columnheader', { name: 'International Migration Programme (MIGRANT)' });
  await expect(migrantHeader).toBeVisible();
  const migrantCol = Number(await migrantHeader.getAttribute('data-col'));
  await raciGrid(page).focus();
  const activeColumn = () => page.evaluate(() => Number(document.querySelector('[role="grid"]')?.getAttribute('aria-activedescendant')?.split('-').pop() ?? -1));
  for (let i = 0; i < 5 && (await activeColumn()) !== migrantCol; i++) await page.keyboard.press('ArrowRight');
  expect(await activeColumn()).toBe(migrantCol);
  await page.keyboard.press('a');
  const goalRow = raciGrid(page).getByRole('row').nth(1);
  await expect(goalRow.getByRole('gridcell').nth(migrantCol - 1)).toHaveText('AAccountable');
  await expectSaved(page);

  // The objective is a row of the resources by strategic objective.
  await page.getByRole('button', { name: 'Resources', exact: true }).click();
  await expect(page.getByTestId('objective-row-SO3')).toContainText('Enhance the coverage and effectiveness of social protection for all');

  // The component is a choice of the logframe's filter.
  await page.getByRole('button', { name: 'Logframe', exact: true }).click();
  const filter = page.getByRole('combobox', { name: 'Component', exact: true });
  await expect(filter.locator('option')).toContainText(['All', 'No component', '(iv) Capacity building, awareness raising and technical assistance']);

  // Deleting MIGRANT says what it will change; Undo brings everything back.
  await openStructure(page);
  await unitsTable(page).getByRole('button', { name: 'Delete unit MIGRANT' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete unit MIGRANT?' });
  await expect(confirm).toContainText('MIGRANT is named in 1 responsibility and owns the plan; they will lose it. You can undo this.');
  await expectNoSeriousViolations(page);
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(unitsTable(page).getByRole('textbox', { name: 'Name of MIGRANT' })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Unit that owns the plan' })).toHaveValue('');
  await expect(page.getByRole('heading', { name: 'Organisation units' })).toBeFocused();
  await page.getByRole('listitem').filter({ hasText: 'Unit MIGRANT deleted.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(unitsTable(page).getByRole('textbox', { name: 'Name of MIGRANT' })).toHaveValue('International Migration Programme');
  await expect.poll(() => chosen(page.getByRole('combobox', { name: 'Unit that owns the plan' }))).toBe('MIGRANT – International Migration Programme');
  await expect(unitsTable(page).locator('tr', { has: page.getByRole('textbox', { name: 'Name of MIGRANT' }) })).toContainText('1 role');
  await expectSaved(page);

  // After a reload everything is kept, the role included.
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await openStructure(page);
  await expect(unitsTable(page).getByRole('textbox', { name: 'Name of ED_PROTECT' })).toHaveValue('Social Protection Sector');
  expect(await chosen(unitsTable(page).getByRole('combobox', { name: 'Unit MIGRANT is part of' }))).toBe('ED_PROTECT – Social Protection Sector');
  expect(await chosen(page.getByRole('combobox', { name: 'Unit that owns the plan' }))).toBe('MIGRANT – International Migration Programme');
  await expect(page.getByRole('textbox', { name: 'Title of strategic objective 1' })).toHaveValue('Enhance the coverage and effectiveness of social protection for all');
  await expect(page.getByRole('textbox', { name: 'Description of component 1' })).toHaveValue('Policy advice to member States and courses with the Turin centre.');
  await page.getByRole('button', { name: 'Responsibilities', exact: true }).click();
  await expect(raciGrid(page).getByRole('row').nth(1).getByRole('gridcell').nth(migrantCol - 1)).toHaveText('AAccountable');
  await expectNoSeriousViolations(page);
});
