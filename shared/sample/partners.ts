/**
 * Partners and the outcome expected of each collaboration, stated ex ante as
 * Recommendation 2 asks (para. 19), on the results they contribute to. The social
 * partners are here as well: Recommendation 4 asks for action "in cooperation with
 * tripartite partners" and for their capacities to be strengthened (para. 21).
 */
import { makeId, type Partner, type PartnerId, type RandomHex, type ResultId } from '../model';
import { LIVE } from './build-context';
import { cite } from './seed-source';
import type { ResultKey } from './structure';

interface PartnerSpec {
  readonly name: string;
  readonly acronym: string;
  readonly type: Partner['type'];
  readonly links: readonly (readonly [result: ResultKey, expectedOutcome: string])[];
}

export const PARTNER_SPECS: readonly PartnerSpec[] = [
  {
    name: 'International Organization for Migration',
    acronym: 'IOM',
    type: 'international_organisation',
    links: [
      ['collaboration', `A division of labour with IOM is agreed, so that the two organisations' interventions complement each other and result in organized labour migration and the protection of migrant workers ${cite(19)}.`],
      ['exAnteOutcomes', `Joint expected outcomes and the data each organisation shares are agreed before joint work starts, building on existing products ${cite(19)}.`],
    ],
  },
  {
    name: 'Global Migration Group',
    acronym: 'GMG',
    type: 'other',
    links: [
      ['collaboration', `Joint GMG positions and products on labour migration reflect the ILO's normative function and rights-based approach ${cite([19, 25])}.`],
      ['gmgParticipation', `The ILO takes part in GMG work as component (vii) of the plan of action foresees, with its contribution defined by the collaboration strategy ${cite([4, 19])}.`],
    ],
  },
  {
    name: 'United Nations Development Programme',
    acronym: 'UNDP',
    type: 'un_agency',
    links: [
      ['youthFund', `Joint programmes under the Spain–UNDP Fund on Youth Employment and Migration carry employment components designed and delivered by the ILO, with the other organisations involved ${cite(11)}.`],
      ['development', `Migration and development linkages are addressed jointly in the countries where Fund programmes operate ${cite([11, 21])}.`],
    ],
  },
  {
    name: 'World Bank',
    acronym: 'WB',
    type: 'international_organisation',
    links: [
      ['research', `World Bank data on remittance flows (Migration and Remittances Team) are used in ILO studies of the impact of remittances on job creation ${cite(11)}.`],
      ['remittances', `Shared remittance data underpin ILO advice on the productive use of remittances ${cite([11, 21])}.`],
    ],
  },
  {
    name: "Workers' organisations",
    acronym: '',
    type: 'workers_organisation',
    links: [
      ['socialPartners', `Workers' organisations promote the ILO's rights-based approach to labour migration in national policy dialogue ${cite(21)}.`],
      ['technicalCooperation', `Workers' organisations take an active part in labour migration projects, in which social dialogue is both a means and an objective ${cite(15)}.`],
    ],
  },
  {
    name: "Employers' organisations",
    acronym: '',
    type: 'employers_organisation',
    links: [
      ['socialPartners', `Employers' organisations promote the rights-based approach and take part in the recognition of migrant workers' skills ${cite([11, 21])}.`],
      ['technicalCooperation', `Employers' organisations take an active part in labour migration projects ${cite(15)}.`],
    ],
  },
];

export function buildPartners(results: Record<ResultKey, ResultId>, randomHex: RandomHex): Partner[] {
  return PARTNER_SPECS.map((spec) => {
    const links: Partner['links'] = {};
    for (const [result, expectedOutcome] of spec.links) links[results[result]] = { expectedOutcome };
    return { ...LIVE, id: makeId<PartnerId>('partner', randomHex), name: spec.name, acronym: spec.acronym, type: spec.type, links };
  });
}
