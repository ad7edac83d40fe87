/**
 * Partners' contributions to results (Recommendation 2): the link from a partner to a
 * result carries the collaboration's expected outcome, stated ex ante. Links live in
 * the partner's `links` map keyed by result id, so two offices linking the same partner
 * to different results both keep their link after a merge.
 */
import { PartnerLinkSchema, type PartnerId, type ResultId } from '../../model';
import { CommandError, defineCommand } from './types';

export interface SetPartnerLinkArgs {
  readonly partnerId: PartnerId;
  readonly resultId: ResultId;
  /** The expected collaborative outcome; null removes the partner from the result. */
  readonly expectedOutcome: string | null;
}

export const setPartnerLink = defineCommand<SetPartnerLinkArgs>({
  name: 'setPartnerLink',
  label: ({ expectedOutcome }) => ({ key: expectedOutcome === null ? 'detail.history.removePartnerLink' : 'detail.history.setPartnerLink' }),
  run({ tx, view }, { partnerId, resultId, expectedOutcome }) {
    const partner = view.partners[partnerId];
    if (!partner) throw new CommandError('detail.errors.unknownPartner');
    const current = partner.links[resultId];
    if (expectedOutcome === null) {
      // A link to a result deleted since may still be removed; a missing link is a no-op.
      if (current) tx.update('partners', partnerId, { links: { [resultId]: undefined } });
      return;
    }
    if (!view.results[resultId]) throw new CommandError('errors.resultNotFound');
    if (!PartnerLinkSchema.safeParse({ expectedOutcome }).success) throw new CommandError('detail.errors.outcomeTooLong');
    // Written per key: the partner's other links are left as they are.
    tx.update('partners', partnerId, { links: { [resultId]: { expectedOutcome } } });
  },
});
