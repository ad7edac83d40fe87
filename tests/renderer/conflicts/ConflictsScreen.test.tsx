// @vitest-environment happy-dom
/**
 * The Conflicts screen with a real store: two offices' plan files give an indicator target
 * two values; the screen lists both with their offices, which is shown, and settles the
 * conflict by keeping one or writing another; the item goes, a notice says so, Undo brings
 * it back; the navigation counts the conflicts; an empty plan says there are none.
 */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorId, ReportingPeriodId } from '../../../shared/model';
import { PlanSession, updateEntity } from '../../../shared/plan-doc';
import { readAnyPlanFile, writePlanFile } from '../../../shared/plan-file';
import { ConflictsNavLabel } from '../../../renderer/features/conflicts/ConflictsNavLabel';
import { ConflictsScreen } from '../../../renderer/features/conflicts/ConflictsScreen';
import { initI18n } from '../../../renderer/i18n';
import { tickingClock } from '../../fixtures/plans';
import type { App } from '../store/harness';
import { renderInApp, sampleApp, settle } from '../screen-harness';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('en');
});
afterEach(cleanup);

/** The open plan's whole document, as a full plan file of it carries it. */
async function planBytes(app: App): Promise<Uint8Array> {
  const platform = app.s().platform as unknown as { saved: { bytes: Uint8Array }[] };
  expect(await app.s().savePlanFile({ office: '', kind: 'full' })).toBe(true);
  const contents = await readAnyPlanFile(platform.saved.at(-1)!.bytes, { actor: 'f'.repeat(32), office: 'x', clock: tickingClock() });
  if (contents.kind !== 'full') throw new Error('expected a full file');
  return contents.payload;
}

/** A plan file from an office that set the target to `value` in its own copy. */
async function officeFile(base: Uint8Array, office: string, actor: string, start: string, edit: { id: IndicatorId; period: ReportingPeriodId; value: number }): Promise<Uint8Array> {
  const s = PlanSession.load([base], { actor, office, clock: tickingClock(start) });
  s.run(updateEntity, { collection: 'indicators', id: edit.id, fields: { targets: { [edit.period]: edit.value } } });
  return writePlanFile({ snapshot: s.snapshot(), view: s.view }, { from: { office, actorId: actor }, createdAt: start });
}

async function receive(app: App, bytes: Uint8Array, name: string): Promise<void> {
  await app.s().receivePlanFile({ ok: true, name, bytes });
  expect(app.s().incoming?.mode).toBe('merge');
  expect(await app.s().applyIncoming()).toBe(true);
}

/** The sample plan with one indicator target set to 5 by Nairobi and 8 by Dakar. */
async function conflictedApp() {
  const app = await sampleApp();
  const view = app.s().view!;
  const period = view.periodOrder[1] as ReportingPeriodId;
  const id = Object.keys(view.indicators).find((i) => view.indicators[i]!.targets[period] !== undefined && view.indicators[i]!.measureType === 'number') as IndicatorId;
  const base = await planBytes(app);
  await receive(app, await officeFile(base, 'Nairobi office', 'b'.repeat(32), '2026-02-01T08:00:00.000Z', { id, period, value: 5 }), 'nairobi.rbmplan');
  await receive(app, await officeFile(base, 'Dakar office', 'c'.repeat(32), '2026-03-01T09:30:00.000Z', { id, period, value: 8 }), 'dakar.rbmplan');
  return { app, id, period };
}

function show(app: App) {
  return renderInApp(
    app,
    i18n,
    <>
      <nav>
        <button type="button">
          <ConflictsNavLabel />
        </button>
      </nav>
      <ConflictsScreen />
    </>,
  );
}

describe('ConflictsScreen', () => {
  it('says there are no conflicts in a plan no office merged into, and where they come from', async () => {
    const app = await sampleApp();
    show(app);
    await settle();
    expect(screen.getByRole('heading', { level: 1, name: 'Conflicts' })).toBeInTheDocument();
    expect(screen.getByText('No conflicts: every field has one value.')).toBeInTheDocument();
    expect(screen.getByText(/when two offices change the same field/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Conflicts' })).toBeInTheDocument();
  });

  it('lists both offices\' values and settles the conflict by keeping one; Undo brings it back', async () => {
    const { app, id, period } = await conflictedApp();
    show(app);
    await settle();
    expect(screen.getByRole('button', { name: 'Conflicts (1)' })).toBeInTheDocument();
    expect(screen.getByText('1 field holds more than one value.')).toBeInTheDocument();
    const group = screen.getByRole('region', { name: /^Indicator / });
    const values = within(group).getByRole('list', { name: /^Values of target for / });
    const items = within(values).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items.map((li) => li.textContent)).toEqual(expect.arrayContaining([expect.stringContaining('Nairobi office'), expect.stringContaining('Dakar office')]));
    // Exactly one value is the one the plan shows now, and it is the plan's value.
    const shown = items.filter((li) => within(li).queryByText('shown now'));
    expect(shown).toHaveLength(1);
    const shownValue = app.s().view!.indicators[id]!.targets[period];
    expect(shown[0]!.textContent).toContain(String(shownValue));
    expect(within(items.find((li) => li.textContent!.includes('Nairobi office'))!).getByText('1 Feb 2026, 08:00', { exact: false })).toBeInTheDocument();

    // Keep Nairobi's 5 (whichever is shown).
    fireEvent.click(within(group).getByRole('button', { name: /^Keep 5 from Nairobi office for target for .* of indicator / }));
    await settle();
    expect(app.s().view!.indicators[id]!.targets[period]).toBe(5);
    expect(screen.getByText('No conflicts: every field has one value.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Conflicts' })).toBeInTheDocument();
    const notice = app.s().notices.at(-1)!;
    expect(notice.message).toMatchObject({ key: 'conflicts.notices.resolved', params: { value: '5' } });
    expect(app.s().undoLabel).toEqual({ key: 'conflicts.history.resolve' });

    await act(async () => notice.action!.run());
    await settle();
    expect(screen.getByText('1 field holds more than one value.')).toBeInTheDocument();
    const back = within(screen.getByRole('region', { name: /^Indicator / })).getAllByRole('listitem');
    expect(back.map((li) => li.textContent)).toEqual(expect.arrayContaining([expect.stringContaining('5'), expect.stringContaining('8')]));
    expect(app.s().view!.indicators[id]!.targets[period]).toBe(shownValue);
  });

  it('writes another value after checking it is a number', async () => {
    const { app, id, period } = await conflictedApp();
    show(app);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: /^Write another value for target for / }));
    const input = screen.getByLabelText(/^New value for target for /);
    expect(input).toHaveFocus();
    fireEvent.change(input, { target: { value: 'seven' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save value' }));
    await settle();
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a number');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(app.s().conflicts).toHaveLength(1);

    fireEvent.change(input, { target: { value: '7' } });
    fireEvent.submit(input.closest('form')!);
    await settle();
    expect(app.s().view!.indicators[id]!.targets[period]).toBe(7);
    expect(app.s().conflicts).toEqual([]);
    expect(screen.getByText('No conflicts: every field has one value.')).toBeInTheDocument();
  });

  it('closes the new-value form with Escape and gives the focus back to its button', async () => {
    const { app } = await conflictedApp();
    show(app);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: /^Write another value for / }));
    fireEvent.keyDown(screen.getByLabelText(/^New value for /), { key: 'Escape' });
    expect(screen.queryByLabelText(/^New value for /)).toBeNull();
    expect(screen.getByRole('button', { name: /^Write another value for / })).toHaveFocus();
  });
});
