/**
 * The organisation around the plan: the ILO's four strategic objectives and the
 * units the evaluation names. Labour migration is cross-cutting (para. 6), so the
 * units are the lead programme, the programming bureau, the four technical sectors
 * that contributed (para. 7), the five regional offices whose DWCPs were sampled
 * (para. 12) and the Turin training centre (para. 15).
 */
import type { StrategicObjective, StrategicObjectiveId, Unit, UnitId } from '../model';
import { spreadKeys } from '../plan-doc/sort-key';
import { LIVE } from './build-context';

/** The four strategic objectives, worded as in paras 6 and 20. */
export const OBJECTIVE_SPECS = [
  { code: 'SO1', title: 'Promote and realize standards and fundamental principles and rights at work' },
  { code: 'SO2', title: 'Create greater opportunities for women and men to secure decent employment and income' },
  { code: 'SO3', title: 'Enhance the coverage and effectiveness of social protection for all' },
  { code: 'SO4', title: 'Strengthen tripartism and social dialogue' },
] as const;
export type ObjectiveCode = (typeof OBJECTIVE_SPECS)[number]['code'];
export const OBJECTIVE_CODES: readonly ObjectiveCode[] = OBJECTIVE_SPECS.map((s) => s.code);

interface UnitSpec {
  readonly key: string;
  readonly code: string;
  readonly name: string;
  readonly kind: Unit['kind'];
  readonly parent: string | null;
}

/**
 * Sector codes are the ILO's own (ED_NORM appears in the GB.301/4 address, para. 14 n. 10).
 * MIGRANT sits in the Social Protection Sector: the programme and budget plans its work
 * under Strategic Objective No. 3 (para. 6).
 */
export const UNIT_SPECS = [
  { key: 'PROGRAM', code: 'PROGRAM', name: 'Bureau of Programming and Management', kind: 'department', parent: null },
  { key: 'NORM', code: 'ED_NORM', name: 'Standards and Fundamental Principles and Rights at Work Sector', kind: 'sector', parent: null },
  { key: 'EMP', code: 'ED_EMP', name: 'Employment Sector', kind: 'sector', parent: null },
  { key: 'PROTECT', code: 'ED_PROTECT', name: 'Social Protection Sector', kind: 'sector', parent: null },
  { key: 'DIALOGUE', code: 'ED_DIALOGUE', name: 'Social Dialogue Sector', kind: 'sector', parent: null },
  { key: 'MIGRANT', code: 'MIGRANT', name: 'International Migration Programme', kind: 'programme', parent: 'PROTECT' },
  { key: 'RO_AFRICA', code: 'RO-AFRICA', name: 'Regional Office for Africa', kind: 'regional_office', parent: null },
  { key: 'RO_AMERICAS', code: 'RO-AMERICAS', name: 'Regional Office for Latin America and the Caribbean', kind: 'regional_office', parent: null },
  { key: 'RO_ARAB', code: 'RO-ARAB STATES', name: 'Regional Office for the Arab States', kind: 'regional_office', parent: null },
  { key: 'RO_ASIA', code: 'RO-ASIA', name: 'Regional Office for Asia and the Pacific', kind: 'regional_office', parent: null },
  { key: 'RO_EUROPE', code: 'RO-EUROPE', name: 'Regional Office for Europe and Central Asia', kind: 'regional_office', parent: null },
  { key: 'ITC', code: 'ITC-ILO', name: 'International Training Centre of the ILO, Turin', kind: 'training_centre', parent: null },
] as const satisfies readonly UnitSpec[];
export type UnitKey = (typeof UNIT_SPECS)[number]['key'];
export const UNIT_KEYS: readonly UnitKey[] = UNIT_SPECS.map((s) => s.key);

/** The five regional offices, for responsibilities shared by all regions. */
export const REGIONAL_OFFICES = ['RO_AFRICA', 'RO_AMERICAS', 'RO_ARAB', 'RO_ASIA', 'RO_EUROPE'] as const satisfies readonly UnitKey[];

export function buildObjectives(ids: Record<ObjectiveCode, StrategicObjectiveId>): StrategicObjective[] {
  const keys = spreadKeys(OBJECTIVE_SPECS.length);
  return OBJECTIVE_SPECS.map((spec, i) => ({ ...LIVE, id: ids[spec.code], code: spec.code, title: spec.title, sortKey: keys[i]! }));
}

export function buildUnits(ids: Record<UnitKey, UnitId>): Unit[] {
  return UNIT_SPECS.map((spec: UnitSpec & { key: UnitKey; parent: UnitKey | null }) => ({
    ...LIVE,
    id: ids[spec.key],
    code: spec.code,
    name: spec.name,
    kind: spec.kind,
    parentId: spec.parent === null ? null : ids[spec.parent],
  }));
}
