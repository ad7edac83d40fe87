/**
 * Generic commands for the entity collections that have no special rules yet
 * (units, partners, objectives, indicators, ...): add, update, delete as tombstone.
 * Every entity is validated against its model schema before anything is written.
 */
import type { z } from 'zod';
import {
  ComponentSchema,
  IndicatorSchema,
  MilestoneSchema,
  MitigationSchema,
  NarrativeSectionSchema,
  PartnerSchema,
  ReportingPeriodSchema,
  ResourceAllocationSchema,
  ResponsibilitySchema,
  RiskSchema,
  StrategicObjectiveSchema,
  UnitSchema,
  type CollectionName,
  type EntityOf,
  ResultSchema,
} from '../../model';
import type { Patch } from '../tx';
import { CommandError, defineCommand } from './types';

export const ENTITY_SCHEMAS: { [C in CollectionName]: z.ZodType<EntityOf<C>> } = {
  periods: ReportingPeriodSchema,
  components: ComponentSchema,
  results: ResultSchema,
  indicators: IndicatorSchema,
  milestones: MilestoneSchema,
  risks: RiskSchema,
  mitigations: MitigationSchema,
  units: UnitSchema,
  responsibilities: ResponsibilitySchema,
  partners: PartnerSchema,
  objectives: StrategicObjectiveSchema,
  resources: ResourceAllocationSchema,
  sections: NarrativeSectionSchema,
};

/** Collections whose entities are added through the generic command (results have their own). */
export type GenericCollection = Exclude<CollectionName, 'results'>;

function validate<C extends CollectionName>(collection: C, entity: unknown): EntityOf<C> {
  const parsed = ENTITY_SCHEMAS[collection].safeParse(entity);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CommandError('errors.invalidEntity', { collection, field: issue?.path.join('.') ?? '' });
  }
  return parsed.data;
}

export const addEntity = defineCommand<{ readonly collection: GenericCollection; readonly entity: EntityOf<GenericCollection> }>({
  name: 'addEntity',
  label: ({ collection }) => ({ key: 'history.addEntity', params: { collection } }),
  run({ tx, view }, { collection, entity }) {
    if (view[collection][entity.id] || tx.get(collection, entity.id)) throw new CommandError('errors.duplicateId');
    tx.create(collection, validate(collection, entity));
  },
});

export const updateEntity = defineCommand<{ readonly collection: GenericCollection; readonly id: string; readonly fields: Patch<EntityOf<GenericCollection>> }>({
  name: 'updateEntity',
  label: ({ collection }) => ({ key: 'history.updateEntity', params: { collection } }),
  run({ tx, view }, { collection, id, fields }) {
    const current = view[collection][id];
    if (!current) throw new CommandError('errors.entityNotFound', { collection });
    validate(collection, mergeDeep(current, fields));
    tx.update(collection, id, fields);
  },
});

export const deleteEntity = defineCommand<{ readonly collection: GenericCollection; readonly id: string }>({
  name: 'deleteEntity',
  label: ({ collection }) => ({ key: 'history.deleteEntity', params: { collection } }),
  run({ tx, view }, { collection, id }) {
    // Units, objectives and components are referenced across the plan: their own delete
    // commands (structure.ts) take the references along.
    if (collection === 'units' || collection === 'objectives' || collection === 'components') throw new CommandError('errors.useStructureDelete', { collection });
    if (!view[collection][id]) throw new CommandError('errors.entityNotFound', { collection });
    tx.tombstone(collection, id);
    if (collection === 'risks') for (const m of Object.values(view.mitigations)) if (m.riskId === id) tx.tombstone('mitigations', m.id);
  },
});

function mergeDeep(base: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch) || base === null || typeof base !== 'object' || Array.isArray(base)) return patch;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete out[k];
    else out[k] = mergeDeep(out[k], v);
  }
  return out;
}
