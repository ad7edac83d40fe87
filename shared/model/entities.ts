/**
 * The domain model: every entity of a plan as plain data, with zod schemas that are
 * the single source of truth for the types. The vocabulary is DOMAIN.md's.
 *
 * These are the shapes the app reads (the view) and that a plan's data is validated
 * against. How they are laid out inside the Automerge document is private to
 * shared/plan-doc.
 */
import { z } from 'zod';
import { isIsoDate } from '../dates';
import {
  ComponentIdSchema,
  IndicatorIdSchema,
  MilestoneIdSchema,
  MitigationIdSchema,
  NarrativeSectionIdSchema,
  PartnerIdSchema,
  PlanIdSchema,
  ReportingPeriodIdSchema,
  ResourceAllocationIdSchema,
  ResponsibilityIdSchema,
  ResultIdSchema,
  RiskIdSchema,
  StrategicObjectiveIdSchema,
  UnitIdSchema,
} from './ids';

export const IsoDateSchema = z.string().refine(isIsoDate, { message: 'expected a date as yyyy-MM-dd' });
export const IsoDateTimeSchema = z.string().min(20).max(40);
const text = (max: number) => z.string().max(max);
export const ShortText = text(500);
export const LongText = text(20_000);
const optionalDate = IsoDateSchema.nullable();
const finite = z.number().finite();

/** Tombstone: deletes never remove an entity, so a concurrent edit elsewhere is not lost. */
export const TombstoneSchema = z.object({
  deletedAt: IsoDateTimeSchema.nullable(),
  deletedBy: ShortText.nullable(),
});

export const RESULT_LEVELS = ['goal', 'outcome', 'output', 'activity'] as const;
export const ResultLevelSchema = z.enum(RESULT_LEVELS);
export type ResultLevel = z.infer<typeof ResultLevelSchema>;

export const PLAN_STATUSES = ['draft', 'under_review', 'approved'] as const;
export const PlanStatusSchema = z.enum(PLAN_STATUSES);
export type PlanStatus = z.infer<typeof PlanStatusSchema>;

export const SIGNIFICANCES = ['principal', 'significant'] as const;
export const SignificanceSchema = z.enum(SIGNIFICANCES);
export type Significance = z.infer<typeof SignificanceSchema>;

export const RACI_ROLES = ['R', 'A', 'C', 'I'] as const;
export const RaciRoleSchema = z.enum(RACI_ROLES);
export type RaciRole = z.infer<typeof RaciRoleSchema>;

export const MEASURE_TYPES = ['number', 'percentage', 'qualitative'] as const;
export const MeasureTypeSchema = z.enum(MEASURE_TYPES);
export type MeasureType = z.infer<typeof MeasureTypeSchema>;

export const DIRECTIONS = ['increase', 'decrease'] as const;
export const DirectionSchema = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof DirectionSchema>;

export const MILESTONE_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export const MilestoneStatusSchema = z.enum(MILESTONE_STATUSES);

export const MITIGATION_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export const MitigationStatusSchema = z.enum(MITIGATION_STATUSES);

export const UNIT_KINDS = ['department', 'sector', 'programme', 'regional_office', 'country_office', 'training_centre', 'other'] as const;
export const UnitKindSchema = z.enum(UNIT_KINDS);

export const PARTNER_TYPES = ['un_agency', 'international_organisation', 'government', 'workers_organisation', 'employers_organisation', 'ngo', 'other'] as const;
export const PartnerTypeSchema = z.enum(PARTNER_TYPES);

export const FUNDING_SOURCES = ['regular_budget', 'extra_budgetary'] as const;
export const FundingSourceSchema = z.enum(FUNDING_SOURCES);

export const FUNDING_STATUSES = ['planned', 'secured'] as const;
export const FundingStatusSchema = z.enum(FUNDING_STATUSES);

export const RISK_CATEGORIES = ['strategic', 'operational', 'financial', 'institutional', 'political', 'external'] as const;
export const RiskCategorySchema = z.enum(RISK_CATEGORIES);

const rating = z.number().int().min(1).max(5);

/**
 * Indicator status thresholds as shares of what was due by the status date: at or above
 * `onTrack` an indicator is on track, at or above `atRisk` at risk, below it off track.
 */
export const MonitoringSettingsSchema = z
  .object({ onTrack: z.number().min(0).max(2), atRisk: z.number().min(0).max(2) })
  .refine((m) => m.atRisk <= m.onTrack, { message: 'the at-risk threshold must not exceed the on-track one' });
export type MonitoringSettings = z.infer<typeof MonitoringSettingsSchema>;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** A disaggregation category (e.g. "Women", "Africa"), used as a map key in the document. */
export const CategorySchema = z
  .string()
  .min(1)
  .max(100)
  .refine((c) => c.trim() === c && !FORBIDDEN_KEYS.has(c), { message: 'not a usable category name' });

/**
 * IATI organisation types (the OrganisationType codelist) a reporting organisation can have.
 * 10 government, 11 local government, 15 other public sector, 21-24 NGOs (international,
 * national, regional, partner country), 30 public-private partnership, 40 multilateral,
 * 60 foundation, 70-73 private sector, 80 academic, training and research, 90 other.
 */
export const IATI_ORGANISATION_TYPES = ['10', '11', '15', '21', '22', '23', '24', '30', '40', '60', '70', '71', '72', '73', '80', '90'] as const;
/**
 * An IATI organisation identifier: {registration agency}-{registration number}, e.g.
 * XM-DAC-41302 (agency XM-DAC, number 41302). IATI identifiers hold no spaces, "/", "&",
 * "|" or "?".
 */
export const IATI_ORG_REF = /^[A-Z]{2}-[A-Z0-9]{2,}-[^\s/&|?]+$/;
/** An IATI activity identifier: the reporting organisation's identifier, a hyphen, its own id. */
export const IATI_ACTIVITY_ID = /^[^\s/&|?]+$/;
export const IatiSettingsSchema = z
  .object({
    reportingOrgRef: z.string().max(100).regex(IATI_ORG_REF),
    reportingOrgType: z.enum(IATI_ORGANISATION_TYPES),
    /** The organisation's name as registered with IATI; absent means the plan's organisation. */
    reportingOrgName: ShortText.optional(),
    activityId: z.string().max(200).regex(IATI_ACTIVITY_ID),
  })
  .refine((s) => s.activityId.startsWith(`${s.reportingOrgRef}-`) && s.activityId.length > s.reportingOrgRef.length + 1, {
    message: 'the activity identifier must start with the reporting organisation identifier and a hyphen',
    path: ['activityId'],
  });
export type IatiSettings = z.infer<typeof IatiSettingsSchema>;

export const PlanSchema = z.object({
  id: PlanIdSchema,
  title: text(300).min(1),
  organisation: ShortText,
  ownerUnitId: UnitIdSchema.nullable(),
  periodStart: IsoDateSchema,
  periodEnd: IsoDateSchema,
  status: PlanStatusSchema,
  versionLabel: text(100),
  /** Which template's level names and matrix columns the plan uses (see issue on templates). */
  templateId: text(50),
  currency: z.string().regex(/^[A-Z]{3}$/),
  createdAt: IsoDateTimeSchema,
  /**
   * Soft limits from donor guidance that the quality check warns above. Optional so that
   * plans saved before it still load; absent means the defaults (shared/analysis).
   */
  qualityLimits: z
    .object({ maxOutputsPerOutcome: z.number().int().min(1).max(100), maxOutcomes: z.number().int().min(1).max(100) })
    .optional(),
  /**
   * The date progress is reported as of ("status date"): overdue milestones and
   * mitigations, the timeline's today line and the periods counted "to date" use it.
   * Absent or null means today. A plan reviewed after its period sets it to the review date.
   */
  statusDate: IsoDateSchema.nullable().optional(),
  /** Thresholds of the indicator status (shared/analysis/progress); absent means the defaults. */
  monitoring: MonitoringSettingsSchema.optional(),
  /**
   * Share of a result's resources counted for a strategic objective it serves as a
   * "significant" (not principal) objective; OECD policy-marker convention, default 0.4.
   */
  significantShare: z.number().min(0).max(1).optional(),
  /** How the plan is identified in an IATI results export; absent until the user sets it. */
  iati: IatiSettingsSchema.optional(),
  /**
   * The language every text of the plan is written in first (ISO 639-1); absent means
   * English. Further languages and translations: translations.ts.
   */
  language: z.string().regex(/^[a-z]{2}$/).optional(),
});
export type Plan = z.infer<typeof PlanSchema>;

export const ReportingPeriodSchema = TombstoneSchema.extend({
  id: ReportingPeriodIdSchema,
  label: text(100).min(1),
  start: IsoDateSchema,
  end: IsoDateSchema,
});
export type ReportingPeriod = z.infer<typeof ReportingPeriodSchema>;

export const ComponentSchema = TombstoneSchema.extend({
  id: ComponentIdSchema,
  code: text(20),
  name: text(300).min(1),
  description: LongText,
  sortKey: z.string().min(1),
});
export type Component = z.infer<typeof ComponentSchema>;

export const ResultSchema = TombstoneSchema.extend({
  id: ResultIdSchema,
  level: ResultLevelSchema,
  statement: text(2000),
  description: LongText,
  assumptions: LongText,
  parentId: ResultIdSchema.nullable(),
  sortKey: z.string().min(1),
  componentId: ComponentIdSchema.nullable(),
  /** Strategic objectives the result serves, with the significance of its contribution. */
  objectiveTags: z.record(StrategicObjectiveIdSchema, SignificanceSchema),
  /** When the work on the result is planned (the timeline's spans); optional, absent in older plans. */
  startDate: optionalDate.optional(),
  endDate: optionalDate.optional(),
});
export type Result = z.infer<typeof ResultSchema>;

export const BaselineSchema = z.object({
  value: finite.nullable(),
  date: optionalDate,
  /** Where the figure comes from, e.g. the seed's paragraph. */
  source: ShortText,
});
export const BenchmarkSchema = z.object({
  value: finite.nullable(),
  /** What the benchmark compares with, e.g. a peer organisation's value. */
  comparator: ShortText,
});
export const MeansOfVerificationSchema = z.object({
  source: ShortText,
  method: ShortText,
  frequency: ShortText,
  collectedBy: ShortText,
});
export const ActualSchema = z.object({
  value: finite.nullable(),
  date: optionalDate,
  evidence: LongText,
  link: ShortText,
  /** The value per disaggregation category, where reported. */
  byCategory: z.record(CategorySchema, finite).optional(),
});
export type Actual = z.infer<typeof ActualSchema>;

export const IndicatorSchema = TombstoneSchema.extend({
  id: IndicatorIdSchema,
  resultId: ResultIdSchema,
  sortKey: z.string().min(1),
  definition: text(2000),
  unitOfMeasure: ShortText,
  measureType: MeasureTypeSchema,
  /** Ordered stages for a qualitative indicator; its values are stage indexes. */
  qualitativeStages: z.array(ShortText),
  direction: DirectionSchema,
  cumulative: z.boolean(),
  baseline: BaselineSchema,
  benchmark: BenchmarkSchema,
  /** Target per reporting period. */
  targets: z.record(ReportingPeriodIdSchema, finite),
  /** Periods for which a target is explicitly not applicable. */
  targetsNotApplicable: z.record(ReportingPeriodIdSchema, z.literal(true)),
  finalTarget: finite.nullable(),
  meansOfVerification: MeansOfVerificationSchema,
  /** Disaggregation categories, e.g. ["Women", "Men"] or the regions. */
  disaggregation: z.array(CategorySchema),
  /** Target per reporting period and disaggregation category. */
  categoryTargets: z.record(ReportingPeriodIdSchema, z.record(CategorySchema, finite)).optional(),
  actuals: z.record(ReportingPeriodIdSchema, ActualSchema),
  /** True where figures are illustrative rather than sourced (the sample plan marks them). */
  illustrative: z.boolean(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const MilestoneSchema = TombstoneSchema.extend({
  id: MilestoneIdSchema,
  resultId: ResultIdSchema,
  title: text(500).min(1),
  dueDate: IsoDateSchema,
  status: MilestoneStatusSchema,
  completedDate: optionalDate,
});
export type Milestone = z.infer<typeof MilestoneSchema>;

export const RiskSchema = TombstoneSchema.extend({
  id: RiskIdSchema,
  description: text(2000).min(1),
  category: RiskCategorySchema,
  likelihood: rating,
  impact: rating,
  residualLikelihood: rating.nullable(),
  residualImpact: rating.nullable(),
  ownerUnitId: UnitIdSchema.nullable(),
  resultIds: z.array(ResultIdSchema),
  source: ShortText,
});
export type Risk = z.infer<typeof RiskSchema>;

export const MitigationSchema = TombstoneSchema.extend({
  id: MitigationIdSchema,
  riskId: RiskIdSchema,
  action: text(2000).min(1),
  ownerUnitId: UnitIdSchema.nullable(),
  dueDate: optionalDate,
  status: MitigationStatusSchema,
});
export type Mitigation = z.infer<typeof MitigationSchema>;

export const UnitSchema = TombstoneSchema.extend({
  id: UnitIdSchema,
  code: text(30),
  name: text(300).min(1),
  kind: UnitKindSchema,
  parentId: UnitIdSchema.nullable(),
});
export type Unit = z.infer<typeof UnitSchema>;

export const ResponsibilitySchema = TombstoneSchema.extend({
  id: ResponsibilityIdSchema,
  unitId: UnitIdSchema,
  resultId: ResultIdSchema,
  role: RaciRoleSchema,
});
export type Responsibility = z.infer<typeof ResponsibilitySchema>;

export const PartnerLinkSchema = z.object({
  /** The expected outcome of the collaboration on this result, stated ex ante. */
  expectedOutcome: LongText,
});
export const PartnerSchema = TombstoneSchema.extend({
  id: PartnerIdSchema,
  name: text(300).min(1),
  acronym: text(30),
  type: PartnerTypeSchema,
  links: z.record(ResultIdSchema, PartnerLinkSchema),
});
export type Partner = z.infer<typeof PartnerSchema>;

export const StrategicObjectiveSchema = TombstoneSchema.extend({
  id: StrategicObjectiveIdSchema,
  code: text(20),
  title: text(500).min(1),
  sortKey: z.string().min(1),
});
export type StrategicObjective = z.infer<typeof StrategicObjectiveSchema>;

export const ResourceAllocationSchema = TombstoneSchema.extend({
  id: ResourceAllocationIdSchema,
  resultId: ResultIdSchema,
  periodId: ReportingPeriodIdSchema,
  source: FundingSourceSchema,
  amount: finite.min(0),
  currency: z.string().regex(/^[A-Z]{3}$/),
  status: FundingStatusSchema,
  note: ShortText,
});
export type ResourceAllocation = z.infer<typeof ResourceAllocationSchema>;

export const NarrativeSectionSchema = TombstoneSchema.extend({
  id: NarrativeSectionIdSchema,
  /** Stable key of a template section (e.g. "vision"), or "custom". */
  key: text(50),
  title: text(300).min(1),
  /** Markdown-subset body; stored as collaborative text so concurrent edits merge. */
  body: text(200_000),
  sortKey: z.string().min(1),
});
export type NarrativeSection = z.infer<typeof NarrativeSectionSchema>;

/** Every entity of a plan, as plain data: what a new plan document is made from. */
export const PlanDataSchema = z.object({
  plan: PlanSchema,
  periods: z.array(ReportingPeriodSchema),
  components: z.array(ComponentSchema),
  results: z.array(ResultSchema),
  indicators: z.array(IndicatorSchema),
  milestones: z.array(MilestoneSchema),
  risks: z.array(RiskSchema),
  mitigations: z.array(MitigationSchema),
  units: z.array(UnitSchema),
  responsibilities: z.array(ResponsibilitySchema),
  partners: z.array(PartnerSchema),
  objectives: z.array(StrategicObjectiveSchema),
  resources: z.array(ResourceAllocationSchema),
  sections: z.array(NarrativeSectionSchema),
});
export type PlanData = z.infer<typeof PlanDataSchema>;

/** The entity collections of a plan, by name. */
export type CollectionName = Exclude<keyof PlanData, 'plan'>;
export const COLLECTIONS = [
  'periods', 'components', 'results', 'indicators', 'milestones', 'risks', 'mitigations',
  'units', 'responsibilities', 'partners', 'objectives', 'resources', 'sections',
] as const satisfies readonly CollectionName[];

export type EntityOf<C extends CollectionName> = PlanData[C][number];
