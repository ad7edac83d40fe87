/**
 * Outcomes for what the Office delivers to constituents, one per component area the
 * evaluation describes: standards (paras 12-14), the Multilateral Framework (para. 10),
 * migration and development with Recommendation 4 (paras 11, 21), capacity building
 * (para. 15) and the knowledge base (para. 16).
 */
import { cite } from './seed-source';
import type { ResultSpec } from './tree-spec';

const standards = {
  key: 'standards',
  statement:
    'Member States ratify and apply Conventions Nos 97 and 143 and other standards relevant to migrant workers more widely, with ILO support planned through Decent Work Country Programmes',
  description: `The ILC resolution asks the ILO to better promote ratification of Conventions Nos 97 and 143 and the application of their principles, and of other standards relevant to migrant workers ${cite(13)}. Between 2005 and 2007 ILO support contributed to five additional ratifications of each ${cite(14)}, yet migration standards are not well reflected in DWCPs ${cite(12)}.`,
  assumptions: `Member States request technical support; ratification remains their decision ${cite([10, 14])}.`,
  component: '(ii)',
  tags: { SO1: 'principal', SO3: 'significant' },
  children: [
    {
      key: 'ratificationSupport',
      statement:
        'Technical support on the ratification and application of Conventions Nos 97 and 143 and other relevant standards (private employment agencies, social security, protection of wages, labour inspection, occupational safety and health) provided to requesting member States',
      description: `${cite([13, 14])}`,
      children: [
        {
          key: 'respondRequests',
          statement: "Respond to member States' requests for support on ratifying and applying the migration Conventions and related standards",
          description: `${cite([13, 14])}`,
        },
      ],
    },
    {
      key: 'legislativeProfiles',
      statement: 'Legislative profiles based on the principles of Conventions Nos 97 and 143 kept up to date and extended to more countries',
      description: `Profiles for 55 countries help identify the main obstacles to ratification and implementation ${cite(14)}.`,
      children: [
        {
          key: 'updateProfiles',
          statement: 'Update the existing legislative profiles and draw up profiles for countries preparing a DWCP',
          description: `${cite([12, 14])}`,
        },
      ],
    },
    {
      key: 'dwcpStandards',
      statement: 'Ratification and implementation of the migration Conventions considered in new Decent Work Country Programmes',
      description: `In 40 of the 48 DWCPs sampled no consideration was given to the status of these standards; the problem may lie less with the tools than with their placement as a cross-cutting issue in the DWCP ${cite([12, 14])}.`,
      assumptions: `Constituents agree to include labour migration among their DWCP priorities where it is relevant ${cite(12)}.`,
      children: [
        {
          key: 'dwcpGuidance',
          statement: 'Issue guidance to regional offices on considering the status of Conventions Nos 97 and 143 when DWCPs are prepared',
          description: `${cite(12)}`,
        },
        {
          key: 'dwcpReview',
          statement: "Repeat the evaluation's desk review of DWCPs each biennium",
          description: `Same sample rule as the evaluation's ${cite(12)}.`,
        },
      ],
    },
  ],
} as const satisfies ResultSpec;

const mflmPolicies = {
  key: 'mflmPolicies',
  statement:
    'Governments develop more effective, rights-based labour migration policies and institutions, guided by the ILO Multilateral Framework on Labour Migration',
  description: `The Framework gives non-binding principles and guidelines for assisting governments, mindful of labour market needs and of the sovereign right of all nations to determine their own migration policies ${cite(10)}. Policy advice has already led to labour migration policies and institutions in a number of member States ${cite(15)}.`,
  assumptions: `Governments ask for ILO advice; the Framework is non-binding and each nation determines its own migration policy ${cite(10)}.`,
  component: '(i)',
  tags: { SO3: 'principal', SO1: 'significant' },
  children: [
    {
      key: 'policyAdvice',
      statement: 'Policy advice based on the Multilateral Framework delivered to requesting governments',
      description: `${cite([10, 15])}`,
      children: [
        {
          key: 'adviseGovernments',
          statement: "Advise governments on formulating labour migration policies and setting up institutions, using the Framework's principles and guidelines",
          description: `${cite([10, 15])}`,
        },
        {
          key: 'countPolicies',
          statement: "Record the policies and institutions set up with ILO advice, to establish this outcome's baseline",
          description: `The evaluation reports "a number of member States" without a count ${cite([7, 15])}.`,
        },
      ],
    },
    {
      key: 'regionalStrategies',
      statement: 'Regional strategies for coordinated labour migration activities applied by the regional offices',
      description: `Regular budget and technical cooperation resources helped develop regional strategies aimed at more coordinated approaches ${cite(9)}.`,
      children: [
        {
          key: 'reviewRegional',
          statement: 'Review the regional strategies against this plan and the Multilateral Framework',
          description: `${cite([9, 10])}`,
        },
      ],
    },
  ],
} as const satisfies ResultSpec;

const development = {
  key: 'development',
  statement:
    'Member States strengthen the positive linkages between labour migration and development, within the Global Employment Agenda and Decent Work Country Programmes',
  description: `Responds to Recommendation 4. Linkages include remittances, skills acquisition and investment by transnational communities, the relation between migrants' rights and development, and the effect of the migration of highly skilled workers on social services ${cite(21)}. Remittance flows to developing countries reached $251 billion in 2007 (World Bank data) ${cite(11)}. The Office will step up its related activities ${cite(27)}.`,
  assumptions: `Tripartite partners and other stakeholders cooperate in the action, as Recommendation 4 foresees ${cite(21)}.`,
  component: '(iii)',
  tags: { SO2: 'principal', SO3: 'significant' },
  children: [
    {
      key: 'costBenefit',
      statement: 'Costs and benefits of migration assessed for countries of origin and destination, with policy advice formulated',
      description: `Recommendation 4 (i) ${cite(21)}.`,
      children: [
        {
          key: 'assessCostBenefit',
          statement: 'Assess the costs and benefits of migration for selected countries of origin and destination and formulate advice',
          description: `${cite(21)}`,
        },
        {
          key: 'advisoryCommittee',
          statement:
            'Evaluate the resource and other implications of an ILO Advisory Committee on Labour Migration and Development before a decision is taken',
          description: `The evaluation suggests a tripartite committee with international institutions, migrants' associations and researchers; the Office will first evaluate its implications ${cite([22, 27])}.`,
        },
      ],
    },
    {
      key: 'remittances',
      statement: 'Member States assisted with policies for the productive use of remittances and the productive reintegration of return migrants',
      description: `Recommendation 4 (ii) and (iii) ${cite(21)}; the Office has commissioned studies on remittances and job creation ${cite(11)}.`,
      children: [
        {
          key: 'remittancePolicies',
          statement: 'Assist member States in developing policies that facilitate the productive use of remittances and their poverty-alleviating impact',
          description: `${cite(21)}`,
        },
        {
          key: 'reintegration',
          statement: 'Propose measures for the productive reintegration of return migrants, including through small enterprise promotion',
          description: `${cite(21)}`,
        },
      ],
    },
    {
      key: 'diaspora',
      statement: 'Advice provided on engaging transnational communities in development and on measures to mitigate brain drain',
      description: `Recommendation 4 (iv) and (v) ${cite(21)}.`,
      children: [
        {
          key: 'transnational',
          statement: 'Advise countries of origin on engaging transnational communities in their development',
          description: `${cite(21)}`,
        },
        {
          key: 'brainDrain',
          statement: 'Identify and advocate measures to mitigate brain drain, including its effect on the provision of social services',
          description: `${cite(21)}`,
        },
      ],
    },
    {
      key: 'rightsDevelopment',
      statement: "Analysis of how respect for migrant workers' rights interacts with the development benefits of migration published, with related policy measures advocated",
      description: `Recommendation 4 (vi) ${cite(21)}.`,
      children: [
        {
          key: 'analyseRights',
          statement: "Analyse the interaction between respect for migrant workers' rights and the development benefits of migration, and advocate the policy measures it supports",
          description: `${cite(21)}`,
        },
      ],
    },
    {
      key: 'socialPartners',
      statement: "Social partners' capacity to promote the ILO's rights-based approach to labour migration strengthened",
      description: `Recommendation 4 (vii) ${cite(21)}; social partners already take part in projects in which social dialogue is both a means and an objective ${cite(15)}.`,
      component: '(v)',
      tags: { SO4: 'principal', SO3: 'significant' },
      children: [
        {
          key: 'socialPartnerTraining',
          statement: "Work with workers' and employers' organisations on their role in labour migration policy and on the rights-based approach",
          description: `${cite([15, 21])}`,
        },
      ],
    },
    {
      key: 'youthFund',
      statement:
        "Employment components of joint programmes under the Spain–UNDP Fund on Youth Employment and Migration delivered, including the recognition of migrant workers' skills",
      description: `The Office played a central role in operationalizing the Fund and tapped its resources for projects with other international organizations ${cite(11)}.`,
      children: [
        {
          key: 'fundProgrammes',
          statement: "Deliver the ILO's employment components of the joint programmes financed by the Fund, with the other organisations involved",
          description: `${cite(11)}`,
        },
        {
          key: 'skillsRecognition',
          statement: "Advise on the recognition of migrant workers' skills",
          description: `${cite(11)}`,
        },
      ],
    },
  ],
} as const satisfies ResultSpec;

const capacity = {
  key: 'capacity',
  statement: 'Constituents are better able to design and implement labour migration policies, with ILO technical cooperation and training',
  description: `The Office expanded its policy advice and stepped up technical cooperation; extra-budgetary resources mobilized by MIGRANT rose more than twelvefold between 2004 and 2008, and projects involved all sectors. Regular budget resources have not followed ${cite(15)}.`,
  assumptions: `Donors keep funding technical cooperation on labour migration, on which the work now depends ${cite(15)}.`,
  component: '(iv)',
  tags: { SO3: 'principal', SO4: 'significant' },
  children: [
    {
      key: 'turinCourse',
      statement: 'Capacity-building course on labour migration for constituents delivered each year with the International Training Centre of the ILO, Turin',
      description: `Three annual sessions designed and delivered by MIGRANT with the Turin centre ${cite(15)}.`,
      children: [
        {
          key: 'reviseCurriculum',
          statement: 'Revise the course curriculum to cover the Multilateral Framework and migration and development linkages',
          description: `${cite([10, 15, 21])}`,
        },
        {
          key: 'deliverCourse',
          statement: "Deliver the annual session, with places for government, workers' and employers' participants",
          description: `${cite(15)}`,
        },
      ],
    },
    {
      key: 'technicalCooperation',
      statement: 'Technical cooperation projects on labour migration funded and implemented with all sectors and the social partners',
      description: `${cite(15)}`,
      assumptions: `Other units keep raising resources for their own migration projects ${cite(15)}.`,
      children: [
        {
          key: 'mobiliseResources',
          statement: 'Mobilize extra-budgetary resources for technical cooperation on labour migration',
          description: `${cite(15)}`,
        },
        {
          key: 'involveSectors',
          statement: 'Involve all sectors and the social partners in project design and implementation',
          description: `${cite(15)}`,
        },
      ],
    },
  ],
} as const satisfies ResultSpec;

const knowledge = {
  key: 'knowledge',
  statement: 'The Office and constituents base labour migration policy on better information and knowledge of global trends',
  description: `Headquarters and field projects continued research and publications; a statistics module was developed and the International Labour Migration database is being modernized ${cite(16)}.`,
  component: '(vi)',
  tags: { SO3: 'principal', SO2: 'significant' },
  children: [
    {
      key: 'statisticsModule',
      statement: 'Module for the collection of labour migration statistics applied in more countries',
      description: `The Office supported a number of countries in applying it ${cite(16)}.`,
      children: [
        {
          key: 'supportModule',
          statement: 'Support national statistical offices in applying the module',
          description: `${cite(16)}`,
        },
      ],
    },
    {
      key: 'migrationDatabase',
      statement: 'International Labour Migration database modernized and expanded',
      description: `${cite(16)}`,
      children: [
        {
          key: 'modernizeDatabase',
          statement: 'Complete the modernization of the database and extend its coverage',
          description: `${cite(16)}`,
        },
      ],
    },
    {
      key: 'research',
      statement: 'Research on labour migration published, including on the impact of remittances on job creation and development',
      description: `${cite([11, 16])}`,
      children: [
        {
          key: 'remittanceStudies',
          statement: 'Commission studies on the impact of remittances on job creation and development in countries of origin, using shared data on remittance flows',
          description: `${cite(11)}`,
        },
      ],
    },
  ],
} as const satisfies ResultSpec;

export const PROGRAMME_OUTCOMES = [standards, mflmPolicies, development, capacity, knowledge] as const;
