// @vitest-environment happy-dom
/**
 * The partners register on the sample plan with a real store: the list and filters,
 * adding a partner (with the checks that refuse bad input and warn of a duplicate),
 * linking it to a result with an expected outcome, the flag on a link without one,
 * editing, removing a link, and deleting with confirmation and Undo.
 */
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ResultId } from '../../../shared/model';
import { PartnersScreen } from '../../../renderer/features/partners/PartnersScreen';
import { initI18n } from '../../../renderer/i18n';
import { Notices } from '../../../renderer/ui/Notices';
import type { App } from '../store/harness';
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
      <PartnersScreen />
      <Notices />
    </>,
  );
}

const list = () => screen.getByRole('list', { name: 'Partners' });
const names = () => within(list()).getAllByRole('button').map((b) => b.querySelector('.partner-item-name')?.textContent);
const detail = (name: string) => screen.getByRole('region', { name });
const partnerNamed = (app: App, name: string) => Object.values(app.s().view!.partners).find((p) => p.name === name);

describe('PartnersScreen', () => {
  it('lists the sample\'s partners with type and results, filters by type and searches', async () => {
    const app = await sampleApp();
    show(app);
    expect(names()).toContain('International Organization for Migration (IOM)');
    expect(names()).toHaveLength(Object.keys(app.s().view!.partners).length);
    expect(screen.getByRole('status')).toHaveTextContent('Every link states its expected outcome.');
    const iom = within(list()).getByRole('button', { name: /^International Organization for Migration \(IOM\)/ });
    expect(iom).toHaveTextContent('International organisation');
    expect(iom).toHaveTextContent('2 results');

    fireEvent.change(screen.getByRole('combobox', { name: 'Type' }), { target: { value: 'un_agency' } });
    expect(names()).toEqual(['United Nations Development Programme (UNDP)']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Type' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'remittance' } });
    expect(names()).toEqual(['World Bank (WB)']);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'nobody by this name' } });
    expect(screen.getByText('No partner matches these filters.')).toBeInTheDocument();
  });

  it('refuses a partner without a name or type, warns of a duplicate name, and adds one that is valid', async () => {
    const app = await sampleApp();
    show(app);
    const count = Object.keys(app.s().view!.partners).length;
    fireEvent.click(screen.getByRole('button', { name: 'Add partner' }));
    const dialog = screen.getByRole('dialog', { name: 'Add partner' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add partner' }));
    await settle();
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Enter the partner’s name.');
    expect(within(dialog).getByRole('combobox', { name: 'Type' })).toHaveAccessibleDescription('Choose the partner’s type.');
    expect(Object.keys(app.s().view!.partners)).toHaveLength(count);

    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), { target: { value: 'international organization for migration' } });
    expect(within(dialog).getByText(/A partner named “International Organization for Migration” is already in the register/)).toBeInTheDocument();

    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), { target: { value: '  Migrant Forum in Asia ' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Acronym (optional)' }), { target: { value: 'MFA' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Type' }), { target: { value: 'ngo' } });
    expect(within(dialog).queryByText(/already in the register/)).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add partner' }));
    await settle();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(partnerNamed(app, 'Migrant Forum in Asia')).toMatchObject({ acronym: 'MFA', type: 'ngo', links: {} });
    // The new partner is chosen, and says it has no result yet.
    expect(detail('Migrant Forum in Asia (MFA)')).toHaveTextContent('This partner is not linked to any result yet.');
    expect(screen.getByText('Added the partner “Migrant Forum in Asia”.')).toBeInTheDocument();
  });

  it('links a result, flags it until its expected outcome is stated, edits the outcome, and removes the link', async () => {
    const app = await sampleApp();
    show(app);
    fireEvent.click(within(list()).getByRole('button', { name: /^Global Migration Group/ }));
    const gmg = detail('Global Migration Group (GMG)');
    const select = within(gmg).getByRole('combobox', { name: 'Result to link' }) as HTMLSelectElement;
    const option = [...select.options].find((o) => o.text.startsWith('1.8 '))!;
    fireEvent.change(select, { target: { value: option.value } });
    fireEvent.click(within(gmg).getByRole('button', { name: 'Link result' }));
    await settle();
    const partner = () => partnerNamed(app, 'Global Migration Group')!;
    expect(partner().links[option.value as ResultId]).toEqual({ expectedOutcome: '' });
    expect(screen.getByRole('status')).toHaveTextContent('1 partner has a link with no expected outcome.');
    expect(within(list()).getByRole('button', { name: /^Global Migration Group/ })).toHaveTextContent('⚠ 1 link without an expected outcome');
    const outcome = within(gmg).getByRole('textbox', { name: 'Expected outcome with Global Migration Group (GMG) on Outcome 1.8' });
    expect(document.activeElement).toBe(outcome);
    expect(outcome).toHaveAccessibleDescription('⚠ No expected outcome stated yet.');

    fireEvent.change(outcome, { target: { value: 'GMG members share labour migration statistics with the ILO database.' } });
    fireEvent.blur(outcome);
    await settle();
    expect(partner().links[option.value as ResultId]).toEqual({ expectedOutcome: 'GMG members share labour migration statistics with the ILO database.' });
    expect(screen.getByRole('status')).toHaveTextContent('Every link states its expected outcome.');

    fireEvent.click(within(gmg).getByRole('button', { name: 'Remove the link of Global Migration Group (GMG) to Outcome 1.8' }));
    await settle();
    expect(partner().links[option.value as ResultId]).toBeUndefined();
    expect(app.s().undoLabel?.key).toBe('detail.history.removePartnerLink');
  });

  it('edits a partner\'s details, refusing an empty name', async () => {
    const app = await sampleApp();
    show(app);
    fireEvent.click(within(list()).getByRole('button', { name: /^World Bank/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Edit the details of World Bank (WB)' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit partner' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), { target: { value: '' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await settle();
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Check the fields marked above.');
    expect(partnerNamed(app, 'World Bank')).toBeDefined();
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), { target: { value: 'The World Bank' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Acronym (optional)' }), { target: { value: 'IBRD' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await settle();
    expect(partnerNamed(app, 'The World Bank')).toMatchObject({ acronym: 'IBRD', type: 'international_organisation' });
    expect(Object.keys(partnerNamed(app, 'The World Bank')!.links)).toHaveLength(2);
  });

  it('deletes a partner after confirmation (its links with it), and Undo brings it back', async () => {
    const app = await sampleApp();
    show(app);
    fireEvent.click(within(list()).getByRole('button', { name: /^World Bank/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete World Bank (WB)' }));
    const confirm = screen.getByRole('dialog', { name: 'Delete this partner?' });
    expect(confirm).toHaveTextContent('“World Bank (WB)” will be removed from the register, with its links to 2 results and the expected outcomes stated there. Undo brings it back.');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(partnerNamed(app, 'World Bank')).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Delete World Bank (WB)' }));
    fireEvent.click(within(screen.getByRole('dialog', { name: 'Delete this partner?' })).getByRole('button', { name: 'Delete partner' }));
    await settle();
    expect(partnerNamed(app, 'World Bank')).toBeUndefined();
    expect(names()).not.toContain('World Bank (WB)');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await settle();
    expect(Object.keys(partnerNamed(app, 'World Bank')!.links)).toHaveLength(2);
    expect(names()).toContain('World Bank (WB)');
  });
});
