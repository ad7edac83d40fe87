/**
 * axe-core (WCAG rules) on every screen of the app and every dialog that can be opened:
 * the first-start dialog, the library and its dialogs (new plan, rename, delete), every
 * screen in a plan's navigation, the detail panels, the header's dialogs (export, print
 * preview, save plan file, the preview of an opened plan file), the Conflicts screen with a
 * conflict and its "write another value" form, a version from History and the restore
 * dialog, and the confirmations of deletes. None may have a serious or critical violation.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { IndicatorId, ReportingPeriodId } from '../../shared/model';
import { PlanSession, updateEntity } from '../../shared/plan-doc';
import { readAnyPlanFile, writePlanFile } from '../../shared/plan-file';
import { expectSaved, openApp, openPlanFile, savePlanFile } from './helpers';

async function expectNoSeriousViolations(page: Page, where = '') {
  // Legacy mode: axe's default opens a page per frame and fails on the print preview's frame, which may not run scripts.
  const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`), where).toEqual([]);
}

const dialog = (page: Page, name?: string | RegExp) => (name === undefined ? page.getByRole('dialog').or(page.getByRole('alertdialog')).first() : page.getByRole('dialog', { name }));

async function closeDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

const clock = (iso: string) => {
  let t = new Date(iso).getTime();
  return { now: () => new Date((t += 1000)) };
};

test('first start, the library and its dialogs, and the logframe cell editor have no serious violations', async ({ page }) => {
  await page.goto('/');
  await expect(dialog(page, 'Name this office')).toBeVisible();
  await expectNoSeriousViolations(page, 'first start');
  await openApp(page);
  await expectSaved(page);
  await expectNoSeriousViolations(page, 'plan opened');

  await page.getByRole('button', { name: 'Logframe', exact: true }).click();
  await expect(page.getByRole('grid')).toBeVisible();
  await page.getByRole('grid').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  await expectNoSeriousViolations(page, 'matrix cell editor');
  await closeDialog(page);
  await page.getByRole('button', { name: 'Result details' }).click();
  await expectNoSeriousViolations(page, 'matrix with result details');

  await page.getByRole('button', { name: 'Plan library' }).click();
  await expectNoSeriousViolations(page, 'library');
  await page.getByRole('button', { name: 'New plan', exact: true }).click();
  await expect(dialog(page, 'New plan')).toBeVisible();
  await expectNoSeriousViolations(page, 'new plan dialog');
  await closeDialog(page);
  await page.getByRole('button', { name: /^Rename / }).first().click();
  await expect(dialog(page)).toBeVisible();
  await expectNoSeriousViolations(page, 'rename dialog');
  await closeDialog(page);
  await page.getByRole('button', { name: /^Delete / }).first().click();
  await expect(dialog(page)).toBeVisible();
  await expectNoSeriousViolations(page, 'delete plan confirmation');
  await page.keyboard.press('Escape');
});

test('every screen listed in a plan\'s navigation has no serious accessibility violations', async ({ page }) => {
  test.setTimeout(300_000);
  await openApp(page);
  await expectSaved(page);
  const nav = page.getByRole('navigation', { name: 'Plan sections' });
  const names = await nav.getByRole('button').allTextContents();
  expect(names.length).toBeGreaterThanOrEqual(17);
  for (const name of names) {
    await nav.getByRole('button', { name, exact: true }).click();
    await expect(nav.getByRole('button', { name, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page, name);
  }
});

test('the dialogs of screens (sections, partners, units, risks, results) have no serious violations', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  await expectSaved(page);
  // Results chain: the result's details beside the tree, and the delete of a result.
  await page.getByRole('button', { name: 'Results chain', exact: true }).click();
  await page.getByRole('treeitem').nth(1).click();
  await expectNoSeriousViolations(page, 'results chain with details');
  // Strategy paper: rename a section.
  await page.getByRole('button', { name: 'Strategy paper', exact: true }).click();
  await page.getByRole('button', { name: 'Rename', exact: true }).first().click();
  await expect(dialog(page)).toBeVisible();
  await expectNoSeriousViolations(page, 'rename section');
  await closeDialog(page);
  await page.getByRole('button', { name: 'Add section' }).click();
  await expect(dialog(page)).toBeVisible();
  await expectNoSeriousViolations(page, 'add section');
  await closeDialog(page);
  // Partners: add a partner.
  await page.getByRole('button', { name: 'Partners', exact: true }).click();
  await page.getByRole('button', { name: 'Add partner' }).first().click();
  await expect(dialog(page)).toBeVisible();
  await expectNoSeriousViolations(page, 'add partner');
  await closeDialog(page);
  // Units and objectives: the confirmation of a unit's delete (it says what goes with it).
  await page.getByRole('button', { name: 'Units and objectives', exact: true }).click();
  await page.getByRole('button', { name: /^Delete unit / }).first().click();
  await expect(dialog(page)).toBeVisible();
  await expectNoSeriousViolations(page, 'delete unit confirmation');
  await closeDialog(page);
  // Indicators: an indicator's editor with its progress panel.
  await page.getByRole('button', { name: 'Indicators', exact: true }).click();
  await page.getByRole('navigation', { name: 'Indicators by result' }).getByRole('button').first().click();
  await expectNoSeriousViolations(page, 'indicator editor');
});

test('the header\'s dialogs, an opened plan file, conflicts, history and restore have no serious violations', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  await expectSaved(page);
  await page.getByRole('button', { name: 'Export…' }).click();
  const exportDialog = dialog(page, 'Export the plan');
  await expect(exportDialog).toBeVisible();
  await expectNoSeriousViolations(page, 'export dialog');
  await exportDialog.getByRole('radio', { name: /PDF/ }).check();
  await exportDialog.getByRole('button', { name: 'Open print preview' }).click();
  await expect(dialog(page, /Print preview/)).toBeVisible();
  await expect(dialog(page, /Print preview/).locator('iframe')).toHaveAttribute('srcdoc', /<html/);
  await expectNoSeriousViolations(page, 'print preview');
  await closeDialog(page);

  await page.getByRole('banner').getByRole('button', { name: 'Save plan file…' }).click();
  await expect(dialog(page, 'Save plan file')).toBeVisible();
  await expectNoSeriousViolations(page, 'save plan file');
  await closeDialog(page);

  // Two offices set the same target: each file's preview, then the Conflicts screen.
  const master = await readAnyPlanFile(new Uint8Array((await savePlanFile(page)).bytes), { actor: 'f'.repeat(32), office: 'reader', clock: clock('2026-01-01T00:00:00Z') });
  if (master.kind !== 'full') throw new Error('expected a whole plan');
  const view = master.engine.state.view;
  const period = view.periodOrder[1] as ReportingPeriodId;
  const id = Object.keys(view.indicators).find((i) => view.indicators[i]!.measureType === 'number' && view.indicators[i]!.targets[period] !== undefined) as IndicatorId;
  const current = Number(view.indicators[id]!.targets[period]);
  for (const [office, actor, value] of [['Nairobi office', 'b'.repeat(32), current + 1], ['Dakar office', 'c'.repeat(32), current + 2]] as const) {
    const s = PlanSession.load([master.payload], { actor, office, clock: clock('2026-02-01T08:00:00.000Z') });
    s.run(updateEntity, { collection: 'indicators', id, fields: { targets: { [period]: value } } });
    const bytes = await writePlanFile({ snapshot: s.snapshot(), view: s.view }, { from: { office, actorId: actor }, createdAt: '2026-02-01T09:00:00.000Z' });
    await openPlanFile(page, { name: `${office}.rbmplan`, bytes });
    const preview = dialog(page, `What “${office}.rbmplan” from ${office} changes`);
    await expect(preview).toBeVisible();
    await expectNoSeriousViolations(page, `preview of ${office}'s file`);
    await preview.getByRole('button', { name: 'Apply changes' }).click();
    await expect(preview).toBeHidden();
    await expectSaved(page);
  }
  await page.getByRole('button', { name: /^Conflicts/ }).first().click();
  await expect(page.getByRole('button', { name: /^Write another value/ }).first()).toBeVisible();
  await expectNoSeriousViolations(page, 'conflicts with a conflict');
  // "Write another value…" opens its form in place.
  await page.getByRole('button', { name: /^Write another value/ }).first().click();
  await expect(page.locator('form.conflict-new-value')).toBeVisible();
  await expectNoSeriousViolations(page, 'write another value');

  await page.getByRole('button', { name: 'History', exact: true }).click();
  await page.getByRole('button', { name: /^View the plan as it was at/ }).nth(1).click();
  await expect(page.getByRole('region', { name: 'Results chain' })).toBeVisible();
  await expectNoSeriousViolations(page, 'a version from history');
  await page.getByRole('button', { name: 'Back to the history' }).first().click();
  await page.getByRole('button', { name: /^Restore this version/ }).nth(1).click();
  await expect(dialog(page)).toBeVisible();
  await expectNoSeriousViolations(page, 'restore dialog');
  await closeDialog(page);
});
