/**
 * Branded ids: a ResultId cannot be passed where an IndicatorId is expected.
 * Ids are opaque strings made by the caller (see `makeId`), never by domain code,
 * so commands stay pure and tests deterministic.
 */
import { z } from 'zod';

const idSchema = <B extends string>(_brand: B) => z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/).brand<B>();

export const PlanIdSchema = idSchema('PlanId');
export const ResultIdSchema = idSchema('ResultId');
export const ComponentIdSchema = idSchema('ComponentId');
export const IndicatorIdSchema = idSchema('IndicatorId');
export const MilestoneIdSchema = idSchema('MilestoneId');
export const RiskIdSchema = idSchema('RiskId');
export const MitigationIdSchema = idSchema('MitigationId');
export const UnitIdSchema = idSchema('UnitId');
export const ResponsibilityIdSchema = idSchema('ResponsibilityId');
export const PartnerIdSchema = idSchema('PartnerId');
export const StrategicObjectiveIdSchema = idSchema('StrategicObjectiveId');
export const ResourceAllocationIdSchema = idSchema('ResourceAllocationId');
export const NarrativeSectionIdSchema = idSchema('NarrativeSectionId');
export const ReportingPeriodIdSchema = idSchema('ReportingPeriodId');

export type PlanId = z.infer<typeof PlanIdSchema>;
export type ResultId = z.infer<typeof ResultIdSchema>;
export type ComponentId = z.infer<typeof ComponentIdSchema>;
export type IndicatorId = z.infer<typeof IndicatorIdSchema>;
export type MilestoneId = z.infer<typeof MilestoneIdSchema>;
export type RiskId = z.infer<typeof RiskIdSchema>;
export type MitigationId = z.infer<typeof MitigationIdSchema>;
export type UnitId = z.infer<typeof UnitIdSchema>;
export type ResponsibilityId = z.infer<typeof ResponsibilityIdSchema>;
export type PartnerId = z.infer<typeof PartnerIdSchema>;
export type StrategicObjectiveId = z.infer<typeof StrategicObjectiveIdSchema>;
export type ResourceAllocationId = z.infer<typeof ResourceAllocationIdSchema>;
export type NarrativeSectionId = z.infer<typeof NarrativeSectionIdSchema>;
export type ReportingPeriodId = z.infer<typeof ReportingPeriodIdSchema>;

/** Id prefixes make ids readable in files and logs (r_..., i_...). */
export const ID_PREFIX = {
  plan: 'p',
  result: 'r',
  component: 'c',
  indicator: 'i',
  milestone: 'm',
  risk: 'k',
  mitigation: 'g',
  unit: 'u',
  responsibility: 'x',
  partner: 'n',
  objective: 'o',
  resource: 'a',
  section: 's',
  period: 'd',
} as const;
export type IdKind = keyof typeof ID_PREFIX;

/** Source of randomness for ids: 128 bits as 32 lowercase hex characters. */
export type RandomHex = () => string;

/**
 * Makes an id of a kind from a random source. The brand is asserted here, the one
 * place where a string becomes an id.
 */
export function makeId<T extends string>(kind: IdKind, randomHex: RandomHex): T {
  return `${ID_PREFIX[kind]}_${randomHex().slice(0, 20)}` as T;
}

/** Asserts a string read from a trusted source (the plan document) is an id. */
export function asId<T extends string>(value: string): T {
  return value as T;
}
