// @vitest-environment happy-dom
/**
 * The plan-file dialogs with the real store: headquarters and a field office, each with
 * its own database, exchange files; the preview lists what the office's file changes
 * (before → after, narrative text inline, a conflict with both offices' values), Apply
 * merges it and Cancel leaves the plan as it was.
 */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { NarrativeSectionId, RandomHex, ResultId } from '../../../shared/model';
import { PlanFilesHost } from '../../../renderer/features/planfiles/PlanFilesHost';
import { LISTED } from '../../../renderer/features/planfiles/ImportPreviewDialog';
import { initI18n } from '../../../renderer/i18n';
import { bootedApp, createOpenPlan, newEnv, settled, type App, type Env } from '../store/harness';
import { renderInApp, settle } from '../screen-harness';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('en');
});
afterEach(cleanup);

const rid = (s: string) => s as ResultId;

function officeEnv(letter: string): Env {
  let n = 0;
  const randomHex: RandomHex = () => (++n).toString(16).padStart(8, '0') + letter.repeat(24);
  return { ...newEnv(), randomHex };
}

async function saveFile(app: App, env: Env, office = ''): Promise<Uint8Array> {
  expect(await app.s().savePlanFile({ office, kind: 'full' })).toBe(true);
  return env.platform.saved.at(-1)!.bytes;
}

/** HQ with a plan (goal, outcome, the default narrative sections) and an office that added HQ's file. */
async function hqAndOffice() {
  const hqEnv = officeEnv('c');
  const hq = await bootedApp(hqEnv);
  await hq.s().setOfficeName('Headquarters');
  await createOpenPlan(hq);
  await hq.s().dispatch('addResult', { id: rid('r_goal'), parentId: null, statement: 'Decent work for migrants' });
  await hq.s().dispatch('addResult', { id: rid('r_out'), parentId: rid('r_goal'), statement: 'Policies improved' });
  const sectionId = hq.s().view!.sectionOrder[0]! as NarrativeSectionId;
  await hq.s().dispatch('setSectionBody', { id: sectionId, body: 'The Office works with governments on labour migration policy.' });
  await settled(hq);
  const first = await saveFile(hq, hqEnv, 'Nairobi office');
  const officeEnvironment = officeEnv('d');
  const office = await bootedApp(officeEnvironment);
  await office.s().setOfficeName('Nairobi office');
  await office.s().receivePlanFile({ ok: true, name: 'master.rbmplan', bytes: first });
  expect(await office.s().applyIncoming()).toBe(true);
  return { hq, hqEnv, office, officeEnvironment, sectionId };
}

/** Renders the host for `app` and receives `bytes` as a file named `name`. */
async function receive(app: App, bytes: Uint8Array, name: string) {
  renderInApp(app, i18n, <PlanFilesHost />);
  await act(async () => {
    await app.s().receivePlanFile({ ok: true, name, bytes });
  });
  await settle();
}

/** Waits (letting the store's promises run) until no element of `role` is shown. */
async function gone(role: string) {
  await vi.waitFor(
    async () => {
      await settle(5);
      expect(screen.queryByRole(role)).toBeNull();
    },
    { timeout: 5000, interval: 10 },
  );
}

const previewDialog = (name: string) => screen.getByRole('dialog', { name: `What “${name}” from Nairobi office changes` });

describe('ImportPreviewDialog', () => {
  it('lists a changed statement before → after and narrative text inline; Apply merges it', async () => {
    const { hq, office, officeEnvironment, sectionId } = await hqAndOffice();
    await office.s().dispatch('updateResult', { id: rid('r_out'), fields: { statement: 'Labour migration policies improved' } });
    await office.s().dispatch('setSectionBody', { id: sectionId, body: 'The Office works closely with governments and social partners on labour migration policy.' });
    await office.s().dispatch('addResult', { id: rid('r_out2'), parentId: rid('r_goal'), statement: 'Data on migrants improved' });
    const long = 'Governments stay engaged in the dialogue on labour migration policy throughout the plan period, as they committed';
    await office.s().dispatch('updateResult', { id: rid('r_goal'), fields: { assumptions: long } });
    await settled(office);
    const file = await saveFile(office, officeEnvironment, 'Headquarters');

    await receive(hq, file, 'from-nairobi.rbmplan');
    const dialog = previewDialog('from-nairobi.rbmplan');
    // The counts.
    const count = (label: string) => within(dialog).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(count('Added')).toBe('1');
    expect(count('Changed')).toBe('3');
    expect(count('Conflicts')).toBe('0');

    // The changed statement, with the outcome named as the app numbers it.
    const changed = within(dialog).getByRole('region', { name: 'Changed (3)' });
    const outcome = within(changed).getByText('Outcome 1.1 “Labour migration policies improved”').closest('li')!;
    const statement = within(outcome).getByText('statement:').closest('li')!;
    expect(statement).toHaveTextContent('statement: before: “Policies improved” → after: “Labour migration policies improved”');
    expect(within(statement).getByText('“Policies improved”')).toHaveClass('pf-before');
    expect(within(statement).getByText('“Labour migration policies improved”')).toHaveClass('pf-after');

    // The narrative section's text: inserted words marked inline, with a text label.
    const section = within(changed).getByText(/^Narrative section “/).closest('li')!;
    const inserted = section.querySelector('ins')!;
    expect(inserted).toHaveTextContent('added:');
    expect(inserted).toHaveTextContent('closely');
    expect(section.querySelectorAll('ins').length).toBeGreaterThanOrEqual(1);
    expect(section.querySelector('.pf-text-diff')).toHaveTextContent('The Office works');

    // Long text is shown as the words changed (before → after would cut it off).
    const goal = within(changed).getByText(/^Goal 1 “Decent work for migrants”$/).closest('li')!;
    expect(within(goal).getByText('assumptions:').closest('li')!.querySelector('ins')).toHaveTextContent('Governments stay engaged');

    const added = within(dialog).getByRole('region', { name: 'Added (1)' });
    expect(added).toHaveTextContent('Outcome 1.2 “Data on migrants improved”');
    // Nothing is applied yet.
    expect(hq.s().view!.results[rid('r_out')]!.statement).toBe('Policies improved');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Apply changes' }));
    await gone('dialog');
    expect(hq.s().view!.results[rid('r_out')]!.statement).toBe('Labour migration policies improved');
    expect(hq.s().view!.results[rid('r_out2')]).toBeDefined();
    // The import is recorded (the list is refreshed just after the dialog closes).
    await vi.waitFor(() => expect(hq.s().imports).toHaveLength(1));
  });

  it('marks a conflict on the field, with both values and offices; Cancel leaves the plan as it was', async () => {
    const { hq, office, officeEnvironment } = await hqAndOffice();
    await hq.s().dispatch('updateResult', { id: rid('r_out'), fields: { statement: 'HQ wording' } });
    await office.s().dispatch('updateResult', { id: rid('r_out'), fields: { statement: 'Nairobi wording' } });
    await office.s().dispatch('updateResult', { id: rid('r_out'), fields: { assumptions: 'Governments stay engaged' } });
    await settled(hq);
    await settled(office);
    const file = await saveFile(office, officeEnvironment);
    const before = hq.s().view;

    await receive(hq, file, 'nairobi.rbmplan');
    const dialog = previewDialog('nairobi.rbmplan');
    const notes = within(dialog).getAllByRole('note', { name: 'Conflict' });
    expect(notes).toHaveLength(1);
    const note = notes[0]!;
    expect(note).toHaveTextContent('“HQ wording”, by Headquarters on');
    expect(note).toHaveTextContent('“Nairobi wording”, by Nairobi office on');
    expect(note).toHaveTextContent('(shown now)');
    // The conflict sits on the statement of the outcome the file changes.
    const field = note.closest('li')!;
    expect(within(field).getByText('statement:')).toHaveClass('pf-field-name');
    expect(field.closest('li.pf-entity')).toHaveTextContent(/^Outcome 1\.1/);
    expect(within(dialog).getByText('Conflicts', { selector: 'dt' }).nextElementSibling).toHaveTextContent('1');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await settle();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(hq.s().incoming).toBeNull();
    expect(hq.s().view).toBe(before);
    expect(hq.s().view!.results[rid('r_out')]!.statement).toBe('HQ wording');
    expect(hq.s().imports).toHaveLength(0);
  });

  it('lists a result the merge leaves unplaced, with the reason', async () => {
    const { hq, office, officeEnvironment } = await hqAndOffice();
    // HQ deletes the outcome while Nairobi adds an output under it.
    expect(await hq.s().dispatch('deleteResult', { id: rid('r_out') })).toBe(true);
    await office.s().dispatch('addResult', { id: rid('r_orphan'), parentId: rid('r_out'), statement: 'Country profiles drafted' });
    await settled(hq);
    await settled(office);
    await receive(hq, await saveFile(office, officeEnvironment), 'orphan.rbmplan');
    const dialog = previewDialog('orphan.rbmplan');
    const unplaced = within(dialog).getByRole('region', { name: 'Results left unplaced (1)' });
    expect(unplaced).toHaveTextContent('Output U1 “Country profiles drafted”: its parent result was deleted');
    expect(within(dialog).getByText('Unplaced results', { selector: 'dt' }).nextElementSibling).toHaveTextContent('1');
  });

  it('says when a file holds nothing new, and Close changes nothing', async () => {
    const { hq, hqEnv } = await hqAndOffice();
    const own = await saveFile(hq, hqEnv);
    await receive(hq, own, 'own.rbmplan');
    const dialog = screen.getByRole('dialog', { name: /^What “own\.rbmplan” from Headquarters changes$/ });
    expect(dialog).toHaveTextContent('This file holds nothing new');
    expect(within(dialog).queryByRole('button', { name: 'Apply changes' })).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await settle();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(hq.s().imports).toHaveLength(0);
  });

  it('lists the first entities of a large file per group, and all of them on request', async () => {
    const { hq, office, officeEnvironment } = await hqAndOffice();
    const total = LISTED + 30;
    for (let i = 0; i < total; i++) await office.s().dispatch('addResult', { id: rid(`r_many${String(i).padStart(4, '0')}`), parentId: rid('r_out'), statement: `Output number ${i}` });
    await settled(office);
    const file = await saveFile(office, officeEnvironment);
    await receive(hq, file, 'big.rbmplan');
    const group = within(previewDialog('big.rbmplan')).getByRole('region', { name: `Added (${total})` });
    expect(group.querySelectorAll('li.pf-entity')).toHaveLength(LISTED);
    expect(group).toHaveTextContent(`Showing the first ${LISTED} of ${total}.`);
    expect(within(group).getByRole('button', { name: `Show all ${total}` })).toBeInTheDocument();
    fireEvent.click(within(group).getByRole('button', { name: 'Show 30 more' }));
    expect(group.querySelectorAll('li.pf-entity')).toHaveLength(total);
    expect(within(group).queryByRole('button', { name: /^Show/ })).toBeNull();
  });

  it('offers a file of a plan not here as a new plan, beside one with the same title', async () => {
    const hqEnv = officeEnv('c');
    const hq = await bootedApp(hqEnv);
    await createOpenPlan(hq, { title: 'Country programme' });
    const file = await saveFile(hq, hqEnv);
    const other = await bootedApp(officeEnv('e'));
    await other.s().setOfficeName('Dakar office');
    await createOpenPlan(other, { title: 'Country programme' });
    await receive(other, file, 'programme.rbmplan');
    const dialog = screen.getByRole('dialog', { name: 'Add the plan “Country programme”' });
    expect(within(dialog).getByRole('note')).toHaveTextContent('This computer already has a plan called “Country programme”');
    expect(dialog).toHaveTextContent('Test office');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add plan' }));
    await gone('dialog');
    expect(other.s().plans.filter((p) => p.title === 'Country programme')).toHaveLength(2);
  });

  it('names a file that could not be opened and why; OK closes', async () => {
    const app = await bootedApp(newEnv());
    await createOpenPlan(app);
    await receive(app, new TextEncoder().encode('not a plan'), 'broken.rbmplan');
    const alert = screen.getByRole('alertdialog', { name: 'Could not open "broken.rbmplan"' });
    expect(alert).toHaveTextContent('it is not valid JSON');
    fireEvent.click(within(alert).getByRole('button', { name: 'OK' }));
    await settle();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(app.s().incomingError).toBeNull();
  });
});
