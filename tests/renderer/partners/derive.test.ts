/**
 * The partners register read from a plan: filtering and order, links in the results
 * chain's order with the missing expected outcomes flagged, the results still to link,
 * and the checks of a partner's details.
 */
import { describe, expect, it } from 'vitest';
import type { Partner, PartnerId, ResultId } from '../../../shared/model';
import { checkPartner, countByType, linkableResults, NO_PARTNER_FILTERS, partnerLabel, partnerLinks, partnerRows, summarise } from '../../../renderer/features/partners/derive';
import { completePlan, viewOf } from '../../shared/analysis/quality-plans';

const LIVE = { deletedAt: null, deletedBy: null } as const;

function partner(id: string, name: string, type: Partner['type'], links: Record<string, string> = {}, acronym = ''): Partner {
  return { ...LIVE, id: id as PartnerId, name, acronym, type, links: Object.fromEntries(Object.entries(links).map(([r, expectedOutcome]) => [r, { expectedOutcome }])) };
}

/** g > o > p > a, with three partners; one links to a result that is gone. */
function plan() {
  const data = completePlan();
  data.partners = [
    partner('pa_iom', 'International Organization for Migration', 'international_organisation', { p: 'Division of labour agreed', g: 'Joint position', o: '  ' }, 'IOM'),
    partner('pa_undp', 'United Nations Development Programme', 'un_agency', { a: 'Joint programmes delivered', gone: 'Old outcome' }, 'UNDP'),
    partner('pa_ngo', 'Migrant rights network', 'ngo'),
  ];
  return viewOf(data);
}

describe('partnerRows', () => {
  const view = plan();
  const names = (filters = NO_PARTNER_FILTERS) => partnerRows(view, filters).map((r) => r.partner.acronym || r.partner.name);

  it('lists partners by name, with their links counted and the links without an expected outcome flagged', () => {
    expect(names()).toEqual(['IOM', 'Migrant rights network', 'UNDP']);
    const [iom, ngo, undp] = partnerRows(view, NO_PARTNER_FILTERS);
    expect(iom).toMatchObject({ links: 3, missingOutcomes: 1 });
    expect(ngo).toMatchObject({ links: 0, missingOutcomes: 0 });
    // A link to a result no longer in the plan is not counted.
    expect(undp).toMatchObject({ links: 1, missingOutcomes: 0 });
  });

  it('filters by type and searches names, acronyms and expected outcomes, ignoring case', () => {
    expect(names({ type: 'un_agency', search: '' })).toEqual(['UNDP']);
    expect(names({ type: 'government', search: '' })).toEqual([]);
    expect(names({ type: '', search: 'iom' })).toEqual(['IOM']);
    expect(names({ type: '', search: 'JOINT' })).toEqual(['IOM', 'UNDP']);
    expect(names({ type: 'ngo', search: 'joint' })).toEqual([]);
    expect(names({ type: '', search: '  network ' })).toEqual(['Migrant rights network']);
  });

  it('counts partners by type', () => {
    expect(countByType(view)).toMatchObject({ international_organisation: 1, un_agency: 1, ngo: 1, government: 0 });
  });
});

describe('partnerLinks and linkableResults', () => {
  const view = plan();

  it('gives the links in the results chain\'s order, blank outcomes marked missing, links to gone results apart', () => {
    const iom = partnerLinks(view, view.partners.pa_iom!);
    expect(iom.linked.map((l) => `${l.node.number} ${l.missing ? 'missing' : l.expectedOutcome}`)).toEqual(['1 Joint position', '1.1 missing', '1.1.1 Division of labour agreed']);
    expect(iom.gone).toEqual([]);
    const undp = partnerLinks(view, view.partners.pa_undp!);
    expect(undp.linked.map((l) => l.resultId)).toEqual(['a']);
    expect(undp.gone).toEqual(['gone' as ResultId]);
  });

  it('offers the results not linked yet, in order', () => {
    expect(linkableResults(view, view.partners.pa_iom!).map((n) => n.id)).toEqual(['a']);
    expect(linkableResults(view, view.partners.pa_ngo!).map((n) => n.number)).toEqual(['1', '1.1', '1.1.1', '1.1.1.1']);
  });

  it('summarises one partner as the list does', () => {
    expect(summarise(view, view.partners.pa_iom!)).toMatchObject({ links: 3, missingOutcomes: 1 });
    expect(partnerLabel(view.partners.pa_iom!)).toBe('International Organization for Migration (IOM)');
    expect(partnerLabel(view.partners.pa_ngo!)).toBe('Migrant rights network');
  });
});

describe('checkPartner', () => {
  const view = plan();

  it('requires a name and a type, and limits the lengths', () => {
    expect(checkPartner(view, { name: '  ', acronym: '', type: '' }, null).errors).toEqual({ name: 'partners.errors.nameRequired', type: 'partners.errors.typeRequired' });
    expect(checkPartner(view, { name: 'x'.repeat(301), acronym: 'y'.repeat(31), type: 'ngo' }, null).errors).toEqual({ name: 'partners.errors.nameTooLong', acronym: 'partners.errors.acronymTooLong' });
    expect(checkPartner(view, { name: 'x'.repeat(300), acronym: 'y'.repeat(30), type: 'ngo' }, null).errors).toEqual({});
  });

  it('warns of a name already in the register (ignoring case and spacing), but not of the partner itself', () => {
    const input = { name: ' international  organization for MIGRATION ', acronym: '', type: 'international_organisation' as const };
    expect(checkPartner(view, input, null).duplicateOf?.id).toBe('pa_iom');
    expect(checkPartner(view, input, null).errors).toEqual({});
    expect(checkPartner(view, input, 'pa_iom').duplicateOf).toBeNull();
    expect(checkPartner(view, { ...input, name: 'European Union' }, null).duplicateOf).toBeNull();
  });
});
