/**
 * Conflicts in the web app: headquarters sends its plan file; two offices (made here with
 * the app's own document code) set the same indicator target to different values and send
 * their files back; headquarters opens both through the file chooser and applies them.
 * The Conflicts screen lists the field with both offices' values, links to the indicator,
 * and settles it by keeping one: the item goes, the plan shows the value kept. Axe runs on
 * the screen with a conflict listed and when empty.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { IndicatorId, ReportingPeriodId } from '../../shared/model';
import { PlanSession, updateEntity } from '../../shared/plan-doc';
import { readAnyPlanFile, writePlanFile } from '../../shared/plan-file';
import { expectSaved, openApp, openPlanFile, savePlanFile } from './helpers';

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}


/** Opens a file through the header's Open plan file… button and the file chooser, and applies what it changes. */
async function openAndApply(page: Page, file: { name: string; bytes: Uint8Array }, office: string): Promise<void> {
  await openPlanFile(page, file);
  const preview = page.getByRole('dialog', { name: `What “${file.name}” from ${office} changes` });
  await preview.getByRole('button', { name: 'Apply changes' }).click();
  await expect(preview).toBeHidden();
  await expectSaved(page);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const clock = (iso: string) => {
  let t = new Date(iso).getTime();
  return { now: () => new Date((t += 1000)) };
};

test('a conflict made by two offices\' files is listed with both offices and settled by keeping one', async ({ page }) => {
  await openApp(page);
  await expectSaved(page);
  const master = await readAnyPlanFile(new Uint8Array((await savePlanFile(page)).bytes), { actor: 'f'.repeat(32), office: 'reader', clock: clock('2026-01-01T00:00:00Z') });
  if (master.kind !== 'full') throw new Error('expected a whole plan');
  const view = master.engine.state.view;
  const period = view.periodOrder[1] as ReportingPeriodId;
  const periodLabel = view.periods[period]!.label;
  const id = Object.keys(view.indicators).find((i) => view.indicators[i]!.measureType === 'number' && view.indicators[i]!.targets[period] !== undefined) as IndicatorId;
  // Values unlike the current target (the sample's ids are random, so which indicator this is varies): both edits really change it.
  const current = Number(view.indicators[id]!.targets[period]);
  const [nairobiValue, dakarValue] = [current + 1, current + 2];

  // Each office sets the same target in its own copy and writes its file.
  const officeFile = async (office: string, actor: string, start: string, value: number) => {
    const s = PlanSession.load([master.payload], { actor, office, clock: clock(start) });
    s.run(updateEntity, { collection: 'indicators', id, fields: { targets: { [period]: value } } });
    const bytes = await writePlanFile({ snapshot: s.snapshot(), view: s.view }, { from: { office, actorId: actor }, createdAt: start });
    return { name: `${office}.rbmplan`, bytes };
  };
  await openAndApply(page, await officeFile('Nairobi office', 'b'.repeat(32), '2026-02-01T08:00:00.000Z', nairobiValue), 'Nairobi office');
  await openAndApply(page, await officeFile('Dakar office', 'c'.repeat(32), '2026-03-01T09:30:00.000Z', dakarValue), 'Dakar office');

  const nav = page.getByRole('navigation', { name: 'Plan sections' });
  await nav.getByRole('button', { name: 'Conflicts (1)' }).click();
  const screen = page.getByRole('region', { name: 'Conflicts' });
  await expect(screen.getByText('1 field holds more than one value.')).toBeVisible();
  const values = screen.getByRole('list', { name: `Values of target for ${periodLabel}` });
  await expect(values.getByRole('listitem')).toHaveCount(2);
  await expect(values.getByRole('listitem').filter({ hasText: 'Nairobi office' })).toContainText('1 Feb 2026');
  await expect(values.getByRole('listitem').filter({ hasText: 'Dakar office' })).toContainText('1 Mar 2026');
  await expect(values.getByText('shown now')).toHaveCount(1);
  const shownItem = values.getByRole('listitem').filter({ hasText: 'shown now' });
  const shownOffice = (await shownItem.textContent())!.includes('Nairobi office') ? 'Nairobi office' : 'Dakar office';
  const keptOffice = shownOffice === 'Nairobi office' ? 'Dakar office' : 'Nairobi office';
  const kept = keptOffice === 'Nairobi office' ? nairobiValue : dakarValue;
  await expectNoSeriousViolations(page);
  await page.screenshot({ path: test.info().outputPath('conflicts-listed.png') });
  // Another value can be written; Escape closes the form and changes nothing.
  await screen.getByRole('button', { name: /^Write another value for target for / }).click();
  await expect(screen.getByRole('textbox', { name: `New value for target for ${periodLabel}` })).toBeFocused();
  await expectNoSeriousViolations(page);
  await page.screenshot({ path: test.info().outputPath('conflicts-write-other.png') });
  await page.keyboard.press('Escape');
  await expect(screen.getByRole('button', { name: /^Write another value for target for / })).toBeFocused();

  // The indicator's place in the plan shows the value shown now.
  await screen.getByRole('button', { name: /^Show indicator .* in the plan$/ }).click();
  const target = page.getByRole('textbox', { name: `Target for ${periodLabel}`, exact: true });
  await expect(target).toHaveValue(String(kept === nairobiValue ? dakarValue : nairobiValue));
  await nav.getByRole('button', { name: 'Conflicts (1)' }).click();

  // Keep the other office's value (keyboard: focus the button, press Enter).
  const keep = screen.getByRole('button', { name: new RegExp(`^Keep ${kept} from ${keptOffice} for target for ${periodLabel} of indicator `) });
  await keep.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(new RegExp(`^Conflict settled: target for ${periodLabel} of indicator .* is now ${kept}\\.`))).toBeVisible();
  await expect(screen.getByText('No conflicts: every field has one value.')).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Conflicts', exact: true })).toBeVisible();
  await expectSaved(page);
  await expectNoSeriousViolations(page);
  await page.screenshot({ path: test.info().outputPath('conflicts-empty.png') });

  // Ctrl+Z brings the conflict back (both values again, side by side); keeping one settles it again.
  await page.keyboard.press('Control+z');
  await expect(screen.getByText('1 field holds more than one value.')).toBeVisible();
  await expect(values.getByRole('listitem')).toHaveCount(2);
  await expect(values.getByText('put back by undo')).toHaveCount(2);
  await screen.getByRole('button', { name: new RegExp(`^Keep ${kept} from `) }).click();
  await expect(screen.getByText('No conflicts: every field has one value.')).toBeVisible();
  await expectSaved(page);

  // The Indicators screen, with this indicator chosen, shows the value kept.
  await nav.getByRole('button', { name: 'Indicators', exact: true }).click();
  const definition = view.indicators[id]!.definition;
  await page.getByRole('navigation', { name: 'Indicators by result' }).getByRole('button', { name: new RegExp(`^${escapeRegExp(definition.slice(0, 40))}`) }).click();
  await expect(page.getByRole('textbox', { name: `Target for ${periodLabel}`, exact: true })).toHaveValue(String(kept));

  // The settlement is saved: after a reload the plan still has one value there.
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await nav.getByRole('button', { name: 'Conflicts', exact: true }).click();
  await expect(screen.getByText('No conflicts: every field has one value.')).toBeVisible();
});
