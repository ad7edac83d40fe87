/**
 * Risks the evaluation names (constraints, in its words, para. 7), each with the
 * mitigating action the recommendations and the Office's comments point to
 * (paras 18-27). Ratings are the planners' judgement, not the evaluation's, and so is
 * each mitigation's progress as of the sample's status date (31 January 2012): some
 * done, some under way, three late, so the register shows whose actions are overdue.
 * Each risk's source says so beside its citation.
 */
import {
  makeId,
  type Mitigation,
  type MitigationId,
  type RandomHex,
  type ResultId,
  type Risk,
  type RiskId,
  type UnitId,
} from '../model';
import { LIVE } from './build-context';
import type { UnitKey } from './organisation';
import { seedCitation } from './seed-source';
import type { ResultKey } from './structure';

interface MitigationSpec {
  readonly action: string;
  readonly owner: UnitKey;
  readonly dueDate: string;
  /** Progress as of the status date, 2012-01-31 (illustrative). */
  readonly status: Mitigation['status'];
}

/** Appended to each risk's citation: what in the risk is not the evaluation's. */
const JUDGEMENT = "ratings and mitigation progress are the planners' judgement";

interface RiskSpec {
  readonly description: string;
  readonly category: Risk['category'];
  readonly likelihood: number;
  readonly impact: number;
  readonly residual: readonly [likelihood: number, impact: number] | null;
  readonly owner: UnitKey;
  readonly results: readonly ResultKey[];
  readonly source: string;
  readonly mitigations: readonly MitigationSpec[];
}

export const RISK_SPECS: readonly RiskSpec[] = [
  {
    description:
      'Resources and staffing do not follow the plan of action: regular budget resources are not reflected in the programme and budget, and the work stays dependent on extra-budgetary projects.',
    category: 'financial',
    likelihood: 4,
    impact: 4,
    residual: [3, 4],
    owner: 'PROGRAM',
    results: ['strategy', 'regularBudget', 'capacity', 'technicalCooperation'],
    source: seedCitation([15, 17], JUDGEMENT),
    mitigations: [
      {
        action: 'Propose regular budget resources and staff for labour migration in the 2012-13 programme and budget, costed from this plan (Recommendation 1).',
        owner: 'MIGRANT',
        dueDate: '2011-03-31',
        status: 'done',
      },
      {
        action: 'Track regular budget and extra-budgetary resources for labour migration by result, source and biennium, and report them with the immediate outcome.',
        owner: 'PROGRAM',
        dueDate: '2011-12-31',
        status: 'in_progress',
      },
    ],
  },
  {
    description:
      'Insufficient internal coordination between MIGRANT, the sectors and the regions leaves the ILO insufficiently present in operational activities on international labour migration.',
    category: 'institutional',
    likelihood: 4,
    impact: 4,
    residual: [2, 4],
    owner: 'MIGRANT',
    results: ['strategy', 'responsibilityMatrix', 'mflmPolicies', 'development'],
    source: seedCitation(17, JUDGEMENT),
    mitigations: [
      {
        action: 'Adopt the strategy paper identifying the responsibilities of sectors and regions and clearly defining the role and functions of MIGRANT.',
        owner: 'MIGRANT',
        dueDate: '2010-06-30',
        status: 'done',
      },
      {
        action: 'Agree the responsibility matrix of this plan with every sector and regional office, and review it at mid-term.',
        owner: 'MIGRANT',
        dueDate: '2010-09-30',
        status: 'in_progress',
      },
    ],
  },
  {
    description:
      'The programme and budget mechanism keeps capturing labour migration under Strategic Objective No. 3 only, so work under the other three objectives is not planned and expenditure by sector remains nearly impossible to obtain.',
    category: 'institutional',
    likelihood: 4,
    impact: 3,
    residual: [2, 3],
    owner: 'PROGRAM',
    results: ['crossCutting', 'pbMethod', 'resourceTracking'],
    source: seedCitation([6, 20], JUDGEMENT),
    mitigations: [
      {
        action: 'Introduce, with MIGRANT, methods for identifying labour migration goals under each strategic objective in the 2012-13 programme and budget (Recommendation 3).',
        owner: 'PROGRAM',
        dueDate: '2010-12-31',
        status: 'done',
      },
      {
        action: 'Report implementation and resources at the level of the immediate outcome on labour migration, with the improved SPF 2010-15 indicators.',
        owner: 'PROGRAM',
        // The programme implementation report for 2010-11 goes to the Governing Body in March 2012.
        dueDate: '2012-03-31',
        status: 'planned',
      },
    ],
  },
  {
    description:
      'International labour standards on migration remain absent from Decent Work Country Programmes, so ILO assistance on Conventions Nos 97 and 143 is neither requested nor planned.',
    category: 'strategic',
    likelihood: 4,
    impact: 4,
    residual: [3, 4],
    owner: 'NORM',
    results: ['standards', 'dwcpStandards'],
    source: seedCitation([12, 14], JUDGEMENT),
    mitigations: [
      {
        action: 'Give regional offices guidance and the legislative profiles for considering the status of the migration Conventions when DWCPs are prepared.',
        owner: 'MIGRANT',
        dueDate: '2010-12-31',
        status: 'in_progress',
      },
    ],
  },
  {
    description:
      "Collaboration with IOM, GMG members and other agencies duplicates rather than complements, blurring the ILO's normative and technical comparative advantage.",
    category: 'external',
    likelihood: 3,
    impact: 3,
    residual: [2, 3],
    owner: 'MIGRANT',
    results: ['collaboration', 'collaborationStrategy'],
    source: seedCitation([19, 25], JUDGEMENT),
    mitigations: [
      {
        action: 'Develop the collaboration strategy taking account of the mandates of GMG members and other agencies, with outcomes agreed ex ante (Recommendation 2).',
        owner: 'MIGRANT',
        dueDate: '2010-12-31',
        status: 'done',
      },
    ],
  },
  {
    description:
      'Countries of origin and destination weigh the costs and benefits of migration differently, including the loss of highly skilled workers from social services; advice on migration and development may not be taken up where it touches their sovereign migration policy.',
    category: 'political',
    likelihood: 3,
    impact: 3,
    residual: null,
    owner: 'EMP',
    results: ['development', 'costBenefit', 'diaspora'],
    source: seedCitation([10, 21], JUDGEMENT),
    mitigations: [
      {
        action: 'Base advice on assessments of costs and benefits for both countries of origin and destination, prepared with tripartite partners (Recommendation 4 (i)).',
        owner: 'EMP',
        dueDate: '2012-12-31',
        status: 'in_progress',
      },
    ],
  },
];

interface RiskRefs {
  readonly results: Record<ResultKey, ResultId>;
  readonly units: Record<UnitKey, UnitId>;
}

export function buildRisks(refs: RiskRefs, randomHex: RandomHex): { risks: Risk[]; mitigations: Mitigation[] } {
  const risks: Risk[] = [];
  const mitigations: Mitigation[] = [];
  for (const spec of RISK_SPECS) {
    const riskId = makeId<RiskId>('risk', randomHex);
    risks.push({
      ...LIVE,
      id: riskId,
      description: spec.description,
      category: spec.category,
      likelihood: spec.likelihood,
      impact: spec.impact,
      residualLikelihood: spec.residual?.[0] ?? null,
      residualImpact: spec.residual?.[1] ?? null,
      ownerUnitId: refs.units[spec.owner],
      resultIds: spec.results.map((key) => refs.results[key]),
      source: spec.source,
    });
    for (const m of spec.mitigations) {
      mitigations.push({
        ...LIVE,
        id: makeId<MitigationId>('mitigation', randomHex),
        riskId,
        action: m.action,
        ownerUnitId: refs.units[m.owner],
        dueDate: m.dueDate,
        status: m.status,
      });
    }
  }
  return { risks, mitigations };
}
