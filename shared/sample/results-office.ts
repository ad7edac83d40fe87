/**
 * Outcomes on how the Office organises itself for labour migration: the evaluation's
 * Recommendations 1 (strategy paper), 2 (collaboration with other international
 * organisations) and 3 (labour migration goals under every strategic objective).
 */
import { cite } from './seed-source';
import type { ResultSpec } from './tree-spec';

const strategy = {
  key: 'strategy',
  statement:
    'The Office pursues labour migration through one Office-wide strategy, with a shared vision and responsibilities designated to every sector and region',
  description: `Responds to Recommendation 1. The seven components were addressed under MIGRANT's direction, but no implementation plan was built on the 2004 resolution and no common strategy for all sectors was developed ${cite([5, 7])}. The evaluation calls for an internal strategy paper that formally recognizes the cross-cutting nature of labour migration and designates responsibilities to all parts of the Office ${cite(18)}; the Office has undertaken to develop it and to define the role and functions of MIGRANT ${cite(24)}. The outcome spans all seven components, so it is not filed under one.`,
  assumptions: `The necessary resources are made available to develop the strategy paper, as Recommendation 1 asks ${cite(18)}.`,
  component: null,
  tags: { SO3: 'principal', SO1: 'significant', SO2: 'significant', SO4: 'significant' },
  children: [
    {
      key: 'strategyPaper',
      statement:
        'Office-wide strategy paper on labour migration adopted, setting out the vision, the definition of the issue, responsibilities, its cross-cutting status, programming priorities, the mainstreaming policy and the mandate and authority of MIGRANT',
      description: `The contents are those listed in Recommendation 1 ${cite(18)}; the narrative sections of this plan are its draft.`,
      children: [
        {
          key: 'draftPaper',
          statement: "Draft the strategy paper's sections from the evaluation's findings and the Office's comments",
          description: `${cite([17, 18, 23, 24, 25, 26, 27])}`,
        },
        {
          key: 'consultPaper',
          statement: 'Consult the four sectors, PROGRAM, the regional offices and the Turin centre on the draft',
          description: `Responsibilities are to be shared across the Office, so every part of it is consulted ${cite([18, 24])}.`,
        },
      ],
    },
    {
      key: 'responsibilityMatrix',
      statement: 'Role and functions of MIGRANT and the responsibilities of sectors and regions for labour migration results defined and agreed',
      description: `The Office will identify responsibilities of sectors and regions and clearly define the role and functions of MIGRANT ${cite(24)}.`,
      children: [
        {
          key: 'defineMigrantRole',
          statement: 'Define the mandate, authority and functions of MIGRANT as the unit providing technical leadership and backstopping',
          description: `${cite([5, 18, 24])}`,
        },
        {
          key: 'agreeMatrix',
          statement: 'Agree with each sector and regional office the results of this plan for which it is responsible or accountable',
          description: `${cite([18, 24])}`,
        },
      ],
    },
    {
      key: 'regularBudget',
      statement: 'Regular budget resources and staffing for labour migration proposed in the programme and budget, as the 2004 resolution requested',
      description: `Resources and staffing have not followed, which has affected implementation; regular budget resources are not reflected in the programme and budget for the mainstreaming activities needed to strengthen MIGRANT ${cite([15, 17])}.`,
      children: [
        {
          key: 'costProposal',
          statement: 'Prepare a costed proposal for regular budget resources and staff for labour migration for the 2012-13 programme and budget',
          description: `${cite([15, 17, 18])}`,
        },
      ],
    },
  ],
} as const satisfies ResultSpec;

const collaboration = {
  key: 'collaboration',
  statement:
    "The ILO's work on labour migration complements that of IOM, other members of the Global Migration Group and other international and regional organisations, with the expected outcome of each collaboration agreed in advance",
  description: `Responds to Recommendation 2. The ILO's normative function, with its mandate on employment, social protection and social dialogue, is its comparative advantage; coordination within and outside the Global Migration Group exists, but there is room for more ${cite(19)}. The Office will develop a strategy on collaboration, taking account of the mandates of GMG members and guided by the rights-based approach ${cite(25)}.`,
  assumptions: `Partner organisations are willing to agree outcomes ex ante and to build on existing products and shared data ${cite(19)}.`,
  component: '(vii)',
  tags: { SO3: 'principal', SO1: 'significant', SO4: 'significant' },
  children: [
    {
      key: 'collaborationStrategy',
      statement: "Strategy for collaboration with other international organisations adopted, defining the ILO's sphere of action on labour migration",
      description: `The strategy should ensure complementarities and synergies without compromising the ILO's normative and technical comparative advantages, and support the tripartite constituents ${cite([19, 25])}.`,
      children: [
        {
          key: 'mapMandates',
          statement: 'Map the mandates and labour migration work of GMG members and other international and regional agencies',
          description: `${cite(25)}`,
        },
        {
          key: 'draftCollaboration',
          statement: 'Draft the collaboration strategy and consult the tripartite constituents on it',
          description: `${cite([19, 25])}`,
        },
      ],
    },
    {
      key: 'exAnteOutcomes',
      statement: 'Expected outcomes agreed ex ante with each main partner, building on existing products and shared data',
      description: `Recommendation 2 ${cite(19)}. The partners of this plan carry their expected outcome on each result they contribute to.`,
      children: [
        {
          key: 'agreeWithIom',
          statement: 'Agree with IOM the expected outcomes of joint work and the data each organisation shares',
          description: `${cite(19)}`,
        },
        {
          key: 'gmgParticipation',
          statement: "Take part in the Global Migration Group and the Global Forum on Migration and Development, carrying the ILO's rights-based approach",
          description: `ILO participation in relevant international initiatives is component (vii) of the plan of action ${cite([4, 19, 21])}.`,
        },
      ],
    },
  ],
} as const satisfies ResultSpec;

const crossCutting = {
  key: 'crossCutting',
  statement:
    'Labour migration goals are identified under each of the four strategic objectives, so that resources for migration work are planned and tracked throughout the Office',
  description: `Responds to Recommendation 3. The programme and budget plans migration work under Strategic Objective No. 3 only (Outcome 3b, 3b.2, now intermediate Outcome 3c), which misses the work under the other three objectives and makes expenditure by sector nearly impossible to obtain ${cite([6, 20])}. Reporting at the level of the immediate outcome and better indicators under the SPF 2010-15 are the Office's first steps ${cite(26)}.`,
  component: '(vii)',
  tags: { SO1: 'significant', SO2: 'significant', SO3: 'significant', SO4: 'significant' },
  children: [
    {
      key: 'pbMethod',
      statement: 'Method for identifying labour migration goals under each strategic objective introduced by MIGRANT and PROGRAM',
      description: `Recommendation 3 ${cite(20)}.`,
      children: [
        {
          key: 'reviewPbCoverage',
          statement: 'Review which labour migration work under Strategic Objectives 1, 2 and 4 the programme and budget does not capture',
          description: `${cite([6, 20])}`,
        },
        {
          key: 'designMethod',
          statement: 'Design with PROGRAM the method for identifying labour migration goals and tagging resources by strategic objective',
          description: `${cite(20)}`,
        },
        {
          key: 'applyMethod',
          statement: 'Apply the method in preparing the programme and budget proposals for 2012-13',
          description: `The SPF 2010-15 is the timely opportunity ${cite([26, 28])}.`,
        },
      ],
    },
    {
      key: 'resourceTracking',
      statement: 'Expenditure on labour migration reported by sector, strategic objective and funding source',
      description: `Reporting at the immediate outcome level should allow monitoring of the resources dedicated to labour migration ${cite([6, 26])}.`,
      children: [
        {
          key: 'reportImmediateOutcome',
          statement: 'Report implementation and resources at the level of the immediate outcome on labour migration, by sector and funding source',
          description: `${cite(26)}`,
        },
      ],
    },
    {
      key: 'outcomeStrategy',
      statement: 'Labour migration outcome strategy under the SPF 2010-15 sets indicators, baselines, targets, risks and mitigating strategies',
      description: `A strategy should include at a minimum indicators, baselines, benchmarks, targets and means of verification, and risks with mitigating strategies ${cite([7, 26])}; outcomes in the programme and budget are not accompanied by evidence of ultimate impact ${cite(20)}.`,
      children: [
        {
          key: 'setBaselines',
          statement: "Establish the baselines missing from this plan's indicators",
          description: `${cite(7)}`,
        },
        {
          key: 'impactEvidence',
          statement: "Commission an evaluation of the outcomes and impact of the Office's work on labour migration at the end of the plan period",
          description: `${cite(20)}`,
        },
      ],
    },
  ],
} as const satisfies ResultSpec;

export const OFFICE_OUTCOMES = [strategy, collaboration, crossCutting] as const;
