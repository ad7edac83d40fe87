import { expect, test } from '@playwright/test';
import { createPlan, openApp } from './helpers';

const CASES = [
  { template: 'Blank', goal: 'Goal', columns: ['Intervention logic', 'Indicators (baseline, targets)', 'Means of verification', 'Assumptions', 'Risks'] },
  { template: 'Organisation results chain', goal: 'Goal', columns: ['Intervention logic', 'Indicators (baseline, targets)', 'Means of verification', 'Assumptions', 'Risks'] },
  { template: 'EU logframe', goal: 'Overall objective', columns: ['Intervention logic', 'Objectively verifiable indicators', 'Sources of verification', 'Assumptions'] },
  { template: 'DFID / FCDO logframe', goal: 'Impact', columns: ['Intervention logic', 'Indicator', 'Baseline', 'Milestones', 'Final target', 'Source', 'Assumptions'] },
  { template: 'UN results matrix', goal: 'Impact', columns: ['Results', 'Indicators, baseline and target', 'Means of verification', 'Risks and assumptions', 'Role of partners', 'Indicative resources'] },
];

for (const c of CASES) {
  test(`create a plan from the ${c.template} template: its level names and matrix columns`, async ({ page }) => {
    await openApp(page);
    await createPlan(page, `${c.template} plan`, c.template);
    await page.getByRole('button', { name: 'Add goal' }).first().click();
    await page.locator('.tree-editor').fill('Long-term change');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('treeitem').first()).toContainText(c.goal);
    await page.getByRole('button', { name: 'Logframe', exact: true }).click();
    const headers = await page.getByRole('columnheader').allTextContents();
    expect(headers.slice(2)).toEqual(c.columns);
    await expect(page.locator('.matrix-row .col-level').first()).toContainText(c.goal);
  });
}
