/**
 * The seven components of the Plan of Action for Migrant Workers called for by the
 * 92nd Session of the International Labour Conference in 2004 (para. 4), with what the
 * evaluation found under each. The plan groups its results under them.
 */
import { cite } from './seed-source';

export const COMPONENT_SPECS = [
  {
    code: '(i)',
    name: 'Development of a non-binding multilateral framework for a rights-based approach to labour migration',
    description: `The Multilateral Framework on Labour Migration was discussed and adopted by a tripartite meeting of experts in 2005: non-binding principles and guidelines to help governments develop more effective labour migration policies ${cite(10)}.`,
  },
  {
    code: '(ii)',
    name: 'Identification of relevant action to be taken for wider application of international labour standards and other relevant instruments',
    description: `Only 8 of 48 Decent Work Country Programmes sampled refer to ILO assistance on Conventions Nos 97 and 143; ILO support contributed to five additional ratifications of each in 2005-07, and legislative profiles exist for 55 countries ${cite([12, 13, 14])}.`,
  },
  {
    code: '(iii)',
    name: 'Support for implementation of the Global Employment Agenda at the national level',
    description: `Labour migration is a critical pillar of decent work, job growth and development. The Office helped operationalize the Spain–UNDP Fund on Youth Employment and Migration, took up the recognition of migrant workers' skills and studied the impact of remittances ${cite(11)}.`,
  },
  {
    code: '(iv)',
    name: 'Capacity building, awareness raising and technical assistance',
    description: `Policy advice led to labour migration policies and institutions in a number of member States; extra-budgetary resources mobilized by MIGRANT rose more than twelvefold between 2004 and 2008; three annual sessions of a course were delivered with the Turin centre. Regular budget resources have not followed ${cite(15)}.`,
  },
  {
    code: '(v)',
    name: 'Strengthening social dialogue',
    description: `Social partners were active participants in technical cooperation projects, in which social dialogue was both a means of action and an objective ${cite(15)}. Recommendation 4 asks the Office to strengthen their capacities to promote the rights-based approach ${cite(21)}.`,
  },
  {
    code: '(vi)',
    name: 'Improving the information and knowledge base on global trends in labour migration',
    description: `Research and publications continued; a module for the collection of labour migration statistics was developed and applied in a number of countries; the International Labour Migration database is being modernized and expanded ${cite(16)}.`,
  },
  {
    code: '(vii)',
    name: 'Mechanisms to ensure Governing Body follow-up of the plan of action and ILO participation in relevant international initiatives concerning migration',
    description: `Follow-up runs through the programme and budget, which captures migration work under Strategic Objective No. 3 only ${cite([6, 20])}; international participation includes the Global Migration Group, where there is room for further cooperation ${cite(19)}.`,
  },
] as const;

export type ComponentCode = (typeof COMPONENT_SPECS)[number]['code'];
export const COMPONENT_CODES: readonly ComponentCode[] = COMPONENT_SPECS.map((s) => s.code);
