/**
 * The strategy paper Recommendation 1 calls for (para. 18), as the plan's narrative
 * sections, in the order the recommendation lists their subjects. Drafted from the
 * evaluation and the Office's comments on it, with their paragraphs cited, the way a
 * first draft for consultation would read.
 */
import { makeId, type NarrativeSection, type NarrativeSectionId, type RandomHex } from '../model';
import { spreadKeys } from '../plan-doc/sort-key';
import { LIVE } from './build-context';
import { cite } from './seed-source';

const vision = `By 2015 the International Labour Office works as one on labour migration. Every sector and region knows its part in the Plan of Action for Migrant Workers that the International Labour Conference called for at its 92nd Session in 2004, and the ILO's rights-based approach shapes labour migration policy in member States ${cite([4, 18])}.

The vision rests on the ILO's constitutional mandate to protect the interests of workers employed in countries other than their own, and on its mandate on employment and the efficient operation of labour markets, to which migrant labour contributes ${cite(2)}. It answers the independent evaluation of the Office's strategy for the protection of migrant workers, 2001-07, which found the expectations of the 2004 resolution yet to be realized ${cite(17)}, and uses the preparation of the Strategic Policy Framework 2010-15 as the opportunity to act on its recommendations ${cite(28)}.`;

const issueDefinition = `The Office's work concerns **labour migration**: those aspects of international migration related to labour ${cite(3)}. Each year millions of women and men cross borders in search of decent work and a better livelihood for their families; for many, migration is a strategy for survival, and some seek refuge from famine, war, natural disaster, conflict or persecution ${cite(2)}.

Labour migration is treated as a labour market and decent work issue within the Decent Work Agenda ${cite(11)}. It has two faces, which this strategy holds together:

- **protection**: all ILO Conventions apply to migrant workers, regardless of their status, as the Committee of Experts has repeatedly stressed ${cite(2)};
- **development**: remittances, skills acquisition and investment by transnational communities benefit countries of origin, and migrant labour sustains economic activity in countries of destination ${cite([11, 21])}.

The work follows the ILO's common principles of action: support a fair globalization, contribute to poverty reduction, promote relevant labour standards, advance gender equality, support the efficient operation of labour markets and decent employment, and involve constituents in social and tripartite dialogue ${cite(3)}.`;

const mandate = `The International Migration Programme (MIGRANT) is the central ILO unit providing technical leadership and backstopping on the protection of migrant workers, and has directed the Office's work on the seven components of the plan of action ${cite(5)}. Under this strategy MIGRANT:

1. leads the preparation, monitoring and review of this plan and reports on it;
2. gives technical backstopping to the sectors, the regional offices and technical cooperation projects on labour migration;
3. proposes, with PROGRAM, the labour migration goals under each strategic objective (Recommendation 3) ${cite(20)};
4. speaks for the Office on labour migration with other international organisations, within the collaboration strategy ${cite(25)}.

The evaluation found that resources and staffing have not followed the 2004 resolution and that regular budget resources for mainstreaming are not reflected in the programme and budget ${cite([15, 17])}. The authority set out here therefore comes with the resource proposal in outcome 1 of this plan. *The role and functions of MIGRANT are to be confirmed when this paper is adopted* ${cite(24)}.`;

const responsibilities = `Labour migration is not the work of one unit: the strategy designates responsibilities to all parts of the Office, so that everyone considers it in their work ${cite(18)}. Each result of this plan has one accountable unit and one or more responsible units; the matrix is agreed with each sector and region ${cite(24)}.

- **MIGRANT**: the strategy, collaboration, the Multilateral Framework, capacity building and the knowledge base ${cite([5, 10, 15, 16])}.
- **Standards and Fundamental Principles and Rights at Work Sector**: ratification and application of Conventions Nos 97 and 143 and other standards relevant to migrant workers ${cite([13, 14])}.
- **Employment Sector**: migration and development within the Global Employment Agenda, including remittances, return and skills ${cite([11, 21])}.
- **Social Dialogue Sector**: the social partners' capacity to promote the rights-based approach ${cite([15, 21])}.
- **Social Protection Sector**: home of MIGRANT and of the programme and budget outcome on migrant workers under Strategic Objective No. 3 ${cite(6)}.
- **Bureau of Programming and Management (PROGRAM)**: labour migration goals under each strategic objective and the tracking of resources ${cite([20, 26])}.
- **Regional offices**: labour migration in Decent Work Country Programmes and regional strategies ${cite([9, 12])}.
- **International Training Centre of the ILO, Turin**: the capacity-building course for constituents ${cite(15)}.`;

const crossCutting = `Migration is a cross-cutting issue that falls under the various spheres of action of the ILO ${cite(6)}. Yet the programme and budget has planned it under Strategic Objective No. 3 only (Outcome 3b in 2002-03 and 2004-05, Outcome 3b.2 in 2006-07, intermediate Outcome 3c and immediate Objective 3c.1 in 2008-09), which misses the work done under the other three strategic objectives and makes expenditure by sector nearly impossible to obtain ${cite([6, 20])}.

This paper formally recognizes labour migration as cross-cutting ${cite(18)}. Every result of this plan is tagged with the strategic objectives it serves, as **principal** or **significant**, so that resources can be planned and tracked across the Office ${cite(20)}. The evaluation's reading of the Decent Work Country Programmes points the same way: the problem may lie less with the migration tools than with their placement as a cross-cutting issue in integrated programmes ${cite(14)}.`;

const priorities = `For 2010-15 the Office gives priority to:

1. **Standards in country programmes**: only 8 of 48 DWCPs sampled referred to ILO assistance on Conventions Nos 97 and 143 ${cite(12)};
2. **Migration and development**: the seven lines of action of Recommendation 4, from costs and benefits of migration to the social partners' capacities ${cite(21)};
3. **Constituents' capacity**: policy advice under the Multilateral Framework, technical cooperation and the course with the Turin centre ${cite([10, 15])};
4. **Knowledge**: the labour migration statistics module and the International Labour Migration database ${cite(16)};
5. **Results-based implementation**: indicators, baselines and evidence of outcomes and impact ${cite([7, 20])}.

Requests from member States for technical support come first within each priority ${cite(14)}.`;

const mainstreaming = `Mainstreaming means that every part of the Office considers labour migration in its work ${cite(18)}. In practice:

- from the 2012-13 programme and budget, each strategic objective carries labour migration goals, identified by MIGRANT with PROGRAM ${cite(20)};
- regional offices consider the ratification and implementation status of the migration Conventions when DWCPs are prepared ${cite(12)};
- technical cooperation projects involve all sectors and the social partners, with social dialogue as both a means and an objective ${cite(15)};
- regular budget resources for mainstreaming are proposed in the programme and budget, as the 2004 resolution requested ${cite(15)};
- indicators that count people are disaggregated by sex, in line with the principle of advancing gender equality ${cite(3)}.`;

const collaboration = `The ILO is the only international organization active in all areas related to labour: its normative function, with its mandate on employment, social protection and social dialogue, is its comparative advantage. Its interventions and those of other UN agencies and the International Organization for Migration should be complementary and result in organized labour migration and the protection of migrant workers ${cite(19)}.

Taking account of the mandates of the members of the Global Migration Group and other international and regional agencies, the Office will develop a strategy on collaboration that supports the tripartite constituents and is guided by the rights-based approach ${cite(25)}. For each collaboration, the outcome expected is stated *ex ante*, building on existing products and shared data (Recommendation 2) ${cite(19)}; the partners of this plan carry those expected outcomes on the results they contribute to.

## Advisory committee

The evaluation suggests an ILO Advisory Committee on Labour Migration and Development ${cite(22)}. Its resource and other implications will be evaluated before a decision is taken ${cite(27)}.`;

const monitoring = `The evaluation found no implementation plan with indicators, baselines or targets ${cite([5, 7])}, and outcomes noted in the programme and budget without evidence of the ultimate impact of the Office's work ${cite(20)}. This plan sets indicators on its results, with the evaluation's own figures as baselines:

- 8 of 48 DWCPs sampled referring to assistance on Conventions Nos 97 and 143 ${cite(12)};
- five additional ratifications each of Conventions Nos 97 and 143 in 2005-07, and legislative profiles for 55 countries ${cite(14)};
- extra-budgetary resources mobilized by MIGRANT up more than twelvefold between 2004 and 2008, and three annual sessions of the course with the Turin centre ${cite(15)};
- labour migration outcomes under 1 of the 4 strategic objectives ${cite([6, 20])}.

Targets are *illustrative* until they are agreed with the responsible units, and are marked as such. Where the evaluation gives no figure, establishing the baseline is the first milestone ${cite(7)}. Progress is reported each biennium at the level of the immediate outcome, with its resources, risks and mitigating strategies ${cite(26)}; the plan is reviewed at mid-term and its outcomes and impact evaluated at the end ${cite(20)}.`;

/** Keys and titles are the template's; the order is Recommendation 1's. */
export const SECTION_SPECS = [
  { key: 'vision', title: 'Vision', body: vision },
  { key: 'issue-definition', title: 'How the issue is defined', body: issueDefinition },
  { key: 'mandate', title: 'Mandate and authority of MIGRANT', body: mandate },
  { key: 'responsibilities', title: 'Who is responsible for what, and how responsibilities are shared', body: responsibilities },
  { key: 'cross-cutting', title: 'Status of labour migration as a cross-cutting issue', body: crossCutting },
  { key: 'priorities', title: 'Priorities for programming', body: priorities },
  { key: 'mainstreaming', title: 'Policy for mainstreaming', body: mainstreaming },
  { key: 'collaboration', title: 'Collaboration with other international organisations', body: collaboration },
  { key: 'monitoring', title: 'Results-based monitoring', body: monitoring },
] as const;

export function buildSections(randomHex: RandomHex): NarrativeSection[] {
  const keys = spreadKeys(SECTION_SPECS.length);
  return SECTION_SPECS.map((spec, i) => ({
    ...LIVE,
    id: makeId<NarrativeSectionId>('section', randomHex),
    key: spec.key,
    title: spec.title,
    body: spec.body,
    sortKey: keys[i]!,
  }));
}
