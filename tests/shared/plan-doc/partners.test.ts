import * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../shared/dates';
import type { PartnerId, ResultId } from '../../../shared/model';
import { addEntity, addResult, CommandError, PlanSession, setPartnerLink, type SetPartnerLinkArgs } from '../../../shared/plan-doc';
import { materialize } from '../../../shared/plan-doc/view';
import { ACTOR_B, newSession } from '../../fixtures/plans';

const rid = (s: string) => s as ResultId;
const pid = (s: string) => s as PartnerId;

/** Goal `g`, outcome `o`, and partner `iom` already linked to `g`. */
function planWithPartner(): PlanSession {
  const s = newSession();
  s.run(addResult, { id: rid('g'), parentId: null, statement: 'Goal' });
  s.run(addResult, { id: rid('o'), parentId: rid('g'), statement: 'Outcome' });
  s.run(addEntity, {
    collection: 'partners',
    entity: {
      id: pid('iom'),
      name: 'International Organization for Migration',
      acronym: 'IOM',
      type: 'international_organisation',
      links: { [rid('g')]: { expectedOutcome: 'A division of labour is agreed.' } },
      deletedAt: null,
      deletedBy: null,
    },
  });
  return s;
}

const links = (s: PlanSession) => s.view.partners['iom']!.links;

describe('setPartnerLink', () => {
  it('links a partner to a result, keeping its other links', () => {
    const s = planWithPartner();
    s.run(setPartnerLink, { partnerId: pid('iom'), resultId: rid('o'), expectedOutcome: 'Joint data.' });
    expect(links(s)).toEqual({ g: { expectedOutcome: 'A division of labour is agreed.' }, o: { expectedOutcome: 'Joint data.' } });
    expect(s.undoLabel()).toEqual({ key: 'detail.history.setPartnerLink' });
  });

  it('edits the expected outcome of an existing link', () => {
    const s = planWithPartner();
    s.run(setPartnerLink, { partnerId: pid('iom'), resultId: rid('g'), expectedOutcome: 'Interventions complement each other.' });
    expect(links(s)['g' as ResultId]).toEqual({ expectedOutcome: 'Interventions complement each other.' });
  });

  it('removes a link with null, and records nothing for a link that is not there', () => {
    const s = planWithPartner();
    s.run(setPartnerLink, { partnerId: pid('iom'), resultId: rid('g'), expectedOutcome: null });
    expect(links(s)).toEqual({});
    expect(s.undoLabel()).toEqual({ key: 'detail.history.removePartnerLink' });
    expect(s.run(setPartnerLink, { partnerId: pid('iom'), resultId: rid('g'), expectedOutcome: null }).changed).toBe(false);
  });

  it('is undone and redone exactly', () => {
    const s = planWithPartner();
    s.run(setPartnerLink, { partnerId: pid('iom'), resultId: rid('g'), expectedOutcome: 'Edited.' });
    s.run(setPartnerLink, { partnerId: pid('iom'), resultId: rid('o'), expectedOutcome: '' });
    s.run(setPartnerLink, { partnerId: pid('iom'), resultId: rid('g'), expectedOutcome: null });
    expect(links(s)).toEqual({ o: { expectedOutcome: '' } });
    s.undo();
    expect(links(s)).toEqual({ g: { expectedOutcome: 'Edited.' }, o: { expectedOutcome: '' } });
    s.undo();
    s.undo();
    expect(links(s)).toEqual({ g: { expectedOutcome: 'A division of labour is agreed.' } });
    s.redo();
    s.redo();
    s.redo();
    expect(links(s)).toEqual({ o: { expectedOutcome: '' } });
  });

  it('refuses an unknown partner, an unknown result and an over-long outcome, changing nothing', () => {
    const s = planWithPartner();
    const refused = (args: SetPartnerLinkArgs, code: string) => {
      const view = s.view;
      expect(() => s.run(setPartnerLink, args)).toThrow(new CommandError(code));
      expect(s.view).toBe(view);
    };
    refused({ partnerId: pid('nope'), resultId: rid('g'), expectedOutcome: 'x' }, 'detail.errors.unknownPartner');
    refused({ partnerId: pid('nope'), resultId: rid('g'), expectedOutcome: null }, 'detail.errors.unknownPartner');
    refused({ partnerId: pid('iom'), resultId: rid('nope'), expectedOutcome: 'x' }, 'errors.resultNotFound');
    refused({ partnerId: pid('iom'), resultId: rid('o'), expectedOutcome: 'x'.repeat(20_001) }, 'detail.errors.outcomeTooLong');
  });

  it('keeps both offices\' links to different results after a merge', () => {
    const hq = planWithPartner();
    const field = PlanSession.load([A.save(hq.document)], { actor: ACTOR_B, office: 'Field', clock: fixedClock('2026-01-02T00:00:00.000Z') });
    hq.run(setPartnerLink, { partnerId: pid('iom'), resultId: rid('g'), expectedOutcome: null });
    field.run(setPartnerLink, { partnerId: pid('iom'), resultId: rid('o'), expectedOutcome: 'Field view.' });
    const merged = materialize(A.merge(A.clone(hq.document), field.document));
    expect(merged.partners['iom']!.links).toEqual({ o: { expectedOutcome: 'Field view.' } });
  });
});
