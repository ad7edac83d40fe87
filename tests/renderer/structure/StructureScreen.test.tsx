// @vitest-environment happy-dom
/**
 * The units, objectives and components screen with a real store: the sample's units as a
 * tree with their roles, objectives with their tags and components with their results;
 * on a new plan, adding each (bad input refused at the field, nothing written), the
 * plan's owner, editing in place, moving, and deleting with a confirmation that says
 * what will change and an Undo that restores it all.
 */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { StructureScreen } from '../../../renderer/features/structure/StructureScreen';
import { initI18n } from '../../../renderer/i18n';
import { Notices } from '../../../renderer/ui/Notices';
import { bootedApp, createOpenPlan, newEnv, type App } from '../store/harness';
import { renderInApp, sampleApp, settle } from '../screen-harness';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('en');
});
afterEach(cleanup);

function show(app: App) {
  return renderInApp(
    app,
    i18n,
    <>
      <StructureScreen />
      <Notices />
    </>,
  );
}

const section = (name: string) => screen.getByRole('region', { name });
const units = () => section('Organisation units');
const objectives = () => section('Strategic objectives');
const components = () => section('Components');
const unitByCode = (app: App, code: string) => Object.values(app.s().view!.units).find((u) => u.code === code);
const rowCodes = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((r) => (r.querySelector('input') as HTMLInputElement).value);

async function blankApp(): Promise<App> {
  const app = await bootedApp(newEnv());
  await createOpenPlan(app);
  return app;
}

function fill(scope: HTMLElement, name: string, value: string) {
  fireEvent.change(within(scope).getByRole('textbox', { name }), { target: { value } });
}

function choose(scope: HTMLElement, name: string, label: string) {
  const select = within(scope).getByRole('combobox', { name }) as HTMLSelectElement;
  const option = [...select.options].find((o) => o.text.trim() === label);
  if (!option) throw new Error(`no option ${label} in ${name}: ${[...select.options].map((o) => o.text).join(' | ')}`);
  fireEvent.change(select, { target: { value: option.value } });
}

describe('StructureScreen on the sample plan', () => {
  it('shows the units as a tree with their roles, the objectives with their tags and the components with their results', async () => {
    const app = await sampleApp();
    show(app);
    const view = app.s().view!;
    const table = within(units()).getByRole('table', { name: 'Organisation units' });
    const codes = rowCodes(table);
    expect(codes).toHaveLength(Object.keys(view.units).length);
    // MIGRANT sits right under the Social Protection Sector, one level in.
    expect(codes.indexOf('MIGRANT')).toBe(codes.indexOf('ED_PROTECT') + 1);
    const migrant = unitByCode(app, 'MIGRANT')!;
    const migrantRow = table.querySelector(`tr[data-unit-id="${migrant.id}"]`) as HTMLElement;
    expect((within(migrantRow).getByRole('combobox', { name: 'Unit MIGRANT is part of' }) as HTMLSelectElement).value).toBe(unitByCode(app, 'ED_PROTECT')!.id);
    const roles = Object.values(view.responsibilities).filter((r) => r.unitId === migrant.id).length;
    expect(migrantRow).toHaveTextContent(`${roles} roles`);
    expect(migrantRow).toHaveTextContent('Owns the plan');
    expect((within(units()).getByRole('combobox', { name: 'Unit that owns the plan' }) as HTMLSelectElement).value).toBe(migrant.id);

    // A unit cannot be put under itself or one of its own units.
    const protect = table.querySelector(`tr[data-unit-id="${unitByCode(app, 'ED_PROTECT')!.id}"]`) as HTMLElement;
    const parents = [...(within(protect).getByRole('combobox', { name: 'Unit ED_PROTECT is part of' }) as HTMLSelectElement).options].map((o) => o.text.trim());
    expect(parents).not.toContain('MIGRANT – International Migration Programme');
    expect(parents).not.toContain('ED_PROTECT – Social Protection Sector');
    expect(parents).toContain('PROGRAM – Bureau of Programming and Management');

    const so3 = Object.values(view.objectives).find((o) => o.code === 'SO3')!;
    const tagged = Object.values(view.results).map((r) => r.objectiveTags[so3.id]);
    const so3Row = objectives().querySelector(`tr[data-objective-id="${so3.id}"]`) as HTMLElement;
    expect(so3Row).toHaveTextContent(`${tagged.filter((x) => x === 'principal').length} principal, ${tagged.filter((x) => x === 'significant').length} significant`);

    const first = view.components[view.componentOrder[0]!]!;
    const filed = Object.values(view.results).filter((r) => r.componentId === first.id).length;
    expect(components().querySelector(`tr[data-component-id="${first.id}"]`)).toHaveTextContent(`${filed} results`);
  });

  it('says what deleting MIGRANT changes, deletes it with its references, and Undo restores them', async () => {
    const app = await sampleApp();
    show(app);
    const view = app.s().view!;
    const migrant = unitByCode(app, 'MIGRANT')!;
    const roles = Object.values(view.responsibilities).filter((r) => r.unitId === migrant.id).length;
    const risks = Object.values(view.risks).filter((r) => r.ownerUnitId === migrant.id).length;
    const mitigations = Object.values(view.mitigations).filter((r) => r.ownerUnitId === migrant.id).length;
    fireEvent.click(within(units()).getByRole('button', { name: 'Delete unit MIGRANT' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete unit MIGRANT?' });
    expect(dialog).toHaveTextContent(`MIGRANT is named in ${roles} responsibilities and owns ${risks} risks, ${mitigations} mitigations, and the plan; they will lose it. You can undo this.`);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await settle();
    const after = app.s().view!;
    expect(after.units[migrant.id]).toBeUndefined();
    expect(Object.values(after.responsibilities).some((r) => r.unitId === migrant.id)).toBe(false);
    expect(Object.values(after.risks).some((r) => r.ownerUnitId === migrant.id)).toBe(false);
    expect(after.plan.ownerUnitId).toBeNull();
    expect(within(units()).queryByRole('button', { name: 'Delete unit MIGRANT' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await settle();
    const restored = app.s().view!;
    expect(restored.units[migrant.id]).toEqual(migrant);
    expect(Object.values(restored.responsibilities).filter((r) => r.unitId === migrant.id)).toHaveLength(roles);
    expect(restored.plan.ownerUnitId).toBe(migrant.id);
  });

  it('says which results lose an objective\'s tag, and which results leave a component', async () => {
    const app = await sampleApp();
    show(app);
    const view = app.s().view!;
    const so4 = Object.values(view.objectives).find((o) => o.code === 'SO4')!;
    const tags = Object.values(view.results).map((r) => r.objectiveTags[so4.id]).filter(Boolean);
    fireEvent.click(within(objectives()).getByRole('button', { name: 'Delete strategic objective SO4' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete strategic objective SO4?' });
    expect(dialog).toHaveTextContent(`${tags.length} results are tagged with SO4 (`);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await settle();
    expect(app.s().view!.objectives[so4.id]).toBeDefined();

    const first = view.components[view.componentOrder[0]!]!;
    const filed = Object.values(view.results).filter((r) => r.componentId === first.id).length;
    fireEvent.click(within(components()).getByRole('button', { name: `Delete component ${first.code}` }));
    const confirm = screen.getByRole('dialog', { name: `Delete component ${first.code}?` });
    expect(confirm).toHaveTextContent(`${filed} results are filed under ${first.code}; they will move to “No component”.`);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await settle();
    expect(app.s().view!.components[first.id]).toBeUndefined();
    expect(Object.values(app.s().view!.results).some((r) => r.componentId === first.id)).toBe(false);
  });
});

describe('StructureScreen on a new plan', () => {
  it('starts empty, refuses a unit without name or kind, and adds units, one under the other', async () => {
    const app = await blankApp();
    show(app);
    expect(units()).toHaveTextContent('This plan has no units yet.');
    expect(units()).toHaveTextContent('Add the plan’s units below, then choose the one that owns the plan.');
    expect(objectives()).toHaveTextContent('This plan has no strategic objectives yet.');
    expect(components()).toHaveTextContent('This plan has no components yet.');

    const form = within(units()).getByRole('form', { name: 'Add a unit' });
    fireEvent.click(within(form).getByRole('button', { name: 'Add unit' }));
    await settle();
    expect(within(form).getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Enter the unit’s name.');
    expect(within(form).getByRole('combobox', { name: 'Kind' })).toHaveAccessibleDescription('Choose the kind of unit.');
    expect(document.activeElement).toBe(within(form).getByRole('textbox', { name: 'Name' }));
    expect(Object.keys(app.s().view!.units)).toHaveLength(0);

    fill(form, 'Code', 'ED_PROTECT');
    fill(form, 'Name', 'Social Protection Sector');
    choose(form, 'Kind', 'Sector');
    fireEvent.click(within(form).getByRole('button', { name: 'Add unit' }));
    await settle();
    expect(unitByCode(app, 'ED_PROTECT')).toMatchObject({ name: 'Social Protection Sector', kind: 'sector', parentId: null });
    expect(screen.getByText('Unit ED_PROTECT added.')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Code' })).toHaveValue('');

    // The same code again is refused at the field, whatever its case.
    fill(form, 'Code', 'ed_protect');
    fill(form, 'Name', 'Another sector');
    fireEvent.click(within(form).getByRole('button', { name: 'Add unit' }));
    await settle();
    expect(within(form).getByRole('textbox', { name: 'Code' })).toHaveAccessibleDescription('The code ed_protect is already used by Social Protection Sector.');
    expect(Object.keys(app.s().view!.units)).toHaveLength(1);

    fill(form, 'Code', 'MIGRANT');
    fill(form, 'Name', 'International Migration Programme');
    choose(form, 'Kind', 'Programme');
    choose(form, 'Part of', 'ED_PROTECT – Social Protection Sector');
    fireEvent.click(within(form).getByRole('button', { name: 'Add unit' }));
    await settle();
    expect(unitByCode(app, 'MIGRANT')!.parentId).toBe(unitByCode(app, 'ED_PROTECT')!.id);
    expect(rowCodes(within(units()).getByRole('table', { name: 'Organisation units' }))).toEqual(['ED_PROTECT', 'MIGRANT']);

    // The plan's owner.
    choose(units(), 'Unit that owns the plan', 'MIGRANT – International Migration Programme');
    await settle();
    expect(app.s().view!.plan.ownerUnitId).toBe(unitByCode(app, 'MIGRANT')!.id);
    choose(units(), 'Unit that owns the plan', 'No owner unit');
    await settle();
    expect(app.s().view!.plan.ownerUnitId).toBeNull();
  });

  it('edits a unit in place; a code in use is refused with a message and the cell shows the stored code', async () => {
    const app = await blankApp();
    show(app);
    const form = within(units()).getByRole('form', { name: 'Add a unit' });
    for (const [code, name] of [['A', 'Unit A'], ['B', 'Unit B']]) {
      fill(form, 'Code', code!);
      fill(form, 'Name', name!);
      choose(form, 'Kind', 'Department');
      fireEvent.click(within(form).getByRole('button', { name: 'Add unit' }));
      await settle();
    }
    const name = within(units()).getByRole('textbox', { name: 'Name of B' });
    fireEvent.change(name, { target: { value: 'Unit B, renamed' } });
    fireEvent.keyDown(name, { key: 'Enter' });
    await settle();
    expect(unitByCode(app, 'B')!.name).toBe('Unit B, renamed');

    const code = within(units()).getByRole('textbox', { name: 'Code of Unit B, renamed' });
    fireEvent.change(code, { target: { value: 'a' } });
    fireEvent.blur(code);
    await settle();
    expect(screen.getByRole('alert')).toHaveTextContent('The code a is already used by Unit A.');
    expect(code).toHaveValue('B');
    expect(unitByCode(app, 'B')).toBeDefined();

    // Put A under B, then B cannot be put under A.
    choose(units(), 'Unit A is part of', 'B – Unit B, renamed');
    await settle();
    expect(unitByCode(app, 'A')!.parentId).toBe(unitByCode(app, 'B')!.id);
    const options = [...(within(units()).getByRole('combobox', { name: 'Unit B is part of' }) as HTMLSelectElement).options].map((o) => o.text.trim());
    expect(options).toEqual(['Top level']);

    // A loop two offices' moves can leave after a merge (the generic command does not check): shown, flagged, undone by choosing.
    await act(() => app.s().dispatch('updateEntity', { collection: 'units', id: unitByCode(app, 'B')!.id, fields: { parentId: unitByCode(app, 'A')!.id } } as never));
    await settle();
    const loopSelect = within(units()).getByRole('combobox', { name: 'Unit B is part of' }) as HTMLSelectElement;
    expect(loopSelect.value).toBe(unitByCode(app, 'A')!.id);
    expect(units()).toHaveTextContent('⚠ In a loop with its own units: choose another parent');
    expect(rowCodes(within(units()).getByRole('table', { name: 'Organisation units' }))).toEqual(['A', 'B']);
    choose(units(), 'Unit B is part of', 'Top level');
    await settle();
    expect(unitByCode(app, 'B')!.parentId).toBeNull();
    expect(units()).not.toHaveTextContent('In a loop');
  });

  it('adds objectives and components, moves them, and keeps the focus on the moved row\'s button', async () => {
    const app = await blankApp();
    show(app);
    const oform = within(objectives()).getByRole('form', { name: 'Add a strategic objective' });
    fireEvent.click(within(oform).getByRole('button', { name: 'Add objective' }));
    await settle();
    expect(within(oform).getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription('Enter the strategic objective’s title.');
    for (const [code, title] of [['SO1', 'Standards'], ['SO2', 'Employment']]) {
      fill(oform, 'Code', code!);
      fill(oform, 'Title', title!);
      fireEvent.click(within(oform).getByRole('button', { name: 'Add objective' }));
      await settle();
    }
    const table = within(objectives()).getByRole('table', { name: 'Strategic objectives' });
    expect(rowCodes(table)).toEqual(['SO1', 'SO2']);
    expect(within(objectives()).getByRole('button', { name: 'Move SO1 up' })).toBeDisabled();
    const down = within(objectives()).getByRole('button', { name: 'Move SO1 down' });
    down.focus();
    fireEvent.click(down);
    await settle();
    await settle();
    expect(rowCodes(table)).toEqual(['SO2', 'SO1']);
    // Now last, SO1 can only go up: its other button has the focus.
    expect(document.activeElement).toBe(within(objectives()).getByRole('button', { name: 'Move SO1 up' }));

    const cform = within(components()).getByRole('form', { name: 'Add a component' });
    fill(cform, 'Code', '(i)');
    fill(cform, 'Name', 'Multilateral framework');
    fill(cform, 'Description (optional)', 'Adopted in 2005.');
    fireEvent.click(within(cform).getByRole('button', { name: 'Add component' }));
    await settle();
    const component = Object.values(app.s().view!.components)[0]!;
    expect(component).toMatchObject({ code: '(i)', name: 'Multilateral framework', description: 'Adopted in 2005.' });
    const description = within(components()).getByRole('textbox', { name: 'Description of component 1' });
    fireEvent.change(description, { target: { value: 'Non-binding principles and guidelines.' } });
    fireEvent.keyDown(description, { key: 'Enter', ctrlKey: true });
    await settle();
    expect(app.s().view!.components[component.id]!.description).toBe('Non-binding principles and guidelines.');
    expect(components()).toHaveTextContent('None');
  });
});
