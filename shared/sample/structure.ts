/**
 * The results chain and its components as entities. The tree is written in
 * results-office.ts and results-programme.ts under the goal below; here each node
 * gets its level from its depth, its component and strategic-objective tags from
 * itself or its parent, and a sort key among its siblings.
 */
import {
  levelAtDepth,
  type Component,
  type ComponentId,
  type Result,
  type ResultId,
  type Significance,
  type StrategicObjectiveId,
} from '../model';
import { spreadKeys } from '../plan-doc/sort-key';
import { LIVE } from './build-context';
import { COMPONENT_SPECS, type ComponentCode } from './components';
import type { ObjectiveCode } from './organisation';
import { OFFICE_OUTCOMES } from './results-office';
import { PROGRAMME_OUTCOMES } from './results-programme';
import { cite } from './seed-source';
import type { ResultKeysOf, ResultSpec } from './tree-spec';

/** The long-term goal of the 2004 plan of action (paras 2-4), with every outcome under it. */
export const RESULT_TREE = {
  key: 'goal',
  statement:
    "Women and men migrant workers' rights are protected and their access to decent work is improved, as called for by the International Labour Conference in 2004",
  description: `The long-term goal of the Plan of Action for Migrant Workers that the 92nd Session of the International Labour Conference (2004) called upon the Office and its constituents to carry out ${cite(4)}. It rests on the ILO's constitutional mandate to protect the interests of workers employed in countries other than their own, and on its mandate on employment and the efficient operation of labour markets, to which migrant labour contributes ${cite(2)}. The work covers labour migration, or those aspects of migration related to labour ${cite(3)}.`,
  assumptions: `Constituents remain committed to the plan of action the Conference asked them and the Office to carry out ${cite(4)}.`,
  component: null,
  tags: { SO3: 'principal', SO1: 'significant', SO2: 'significant', SO4: 'significant' },
  children: [...OFFICE_OUTCOMES, ...PROGRAMME_OUTCOMES],
} as const satisfies ResultSpec;

export type ResultKey = ResultKeysOf<typeof RESULT_TREE>;

/** Every result key, parents before children, siblings in order. */
export function resultKeys(): ResultKey[] {
  const keys: ResultKey[] = [];
  const walk = (spec: ResultSpec): void => {
    keys.push(spec.key as ResultKey);
    spec.children?.forEach(walk);
  };
  walk(RESULT_TREE);
  return keys;
}

export function buildComponents(ids: Record<ComponentCode, ComponentId>): Component[] {
  const keys = spreadKeys(COMPONENT_SPECS.length);
  return COMPONENT_SPECS.map((spec, i) => ({
    ...LIVE,
    id: ids[spec.code],
    code: spec.code,
    name: spec.name,
    description: spec.description,
    sortKey: keys[i]!,
  }));
}

interface ResultRefs {
  readonly results: Record<ResultKey, ResultId>;
  readonly components: Record<ComponentCode, ComponentId>;
  readonly objectives: Record<ObjectiveCode, StrategicObjectiveId>;
}

type Tags = Readonly<Partial<Record<ObjectiveCode, Significance>>>;

export function buildResults(refs: ResultRefs): Result[] {
  const results: Result[] = [];
  const walk = (spec: ResultSpec, depth: number, parentId: ResultId | null, sortKey: string, inherited: { component: ComponentCode | null; tags: Tags }): void => {
    const level = levelAtDepth(depth);
    if (level === null) throw new Error(`Result "${spec.key}" is nested below the activity level.`);
    const component = spec.component === undefined ? inherited.component : spec.component;
    const tags = spec.tags ?? inherited.tags;
    const id = refs.results[spec.key as ResultKey];
    const objectiveTags: Record<StrategicObjectiveId, Significance> = {};
    for (const [code, significance] of Object.entries(tags) as [ObjectiveCode, Significance][]) {
      objectiveTags[refs.objectives[code]] = significance;
    }
    results.push({
      ...LIVE,
      id,
      level,
      statement: spec.statement,
      description: spec.description,
      assumptions: spec.assumptions ?? '',
      parentId,
      sortKey,
      componentId: component === null ? null : refs.components[component],
      objectiveTags,
    });
    const children = spec.children ?? [];
    const keys = spreadKeys(children.length);
    children.forEach((child, i) => walk(child, depth + 1, id, keys[i]!, { component, tags }));
  };
  walk(RESULT_TREE, 0, null, spreadKeys(1)[0]!, { component: null, tags: {} });
  return results;
}
