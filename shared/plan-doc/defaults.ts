/** New entities as the app creates them: every field set, to the model's defaults. */
import type { Indicator, IndicatorId, ResultId, Risk, RiskId } from '../model';

export function blankIndicator(id: IndicatorId, resultId: ResultId, sortKey: string, definition = ''): Indicator {
  return {
    id,
    resultId,
    sortKey,
    definition,
    unitOfMeasure: '',
    measureType: 'number',
    qualitativeStages: [],
    direction: 'increase',
    cumulative: false,
    baseline: { value: null, date: null, source: '' },
    benchmark: { value: null, comparator: '' },
    targets: {},
    targetsNotApplicable: {},
    finalTarget: null,
    meansOfVerification: { source: '', method: '', frequency: '', collectedBy: '' },
    disaggregation: [],
    actuals: {},
    illustrative: false,
    deletedAt: null,
    deletedBy: null,
  };
}

export function blankRisk(id: RiskId, description: string, resultIds: readonly ResultId[]): Risk {
  return {
    id,
    description,
    category: 'operational',
    likelihood: 3,
    impact: 3,
    residualLikelihood: null,
    residualImpact: null,
    ownerUnitId: null,
    resultIds: [...resultIds],
    source: '',
    deletedAt: null,
    deletedBy: null,
  };
}
