/**
 * The shape of the sample's results chain as written: a nested tree whose depth
 * gives the level (goal, outcome, output, activity), so a result can never sit at
 * the wrong level, and whose readable keys let the other files refer to results.
 */
import type { Significance } from '../model';
import type { ComponentCode } from './components';
import type { ObjectiveCode } from './organisation';

export interface ResultSpec {
  readonly key: string;
  readonly statement: string;
  readonly description: string;
  readonly assumptions?: string;
  /** Omitted: the parent's component; null: no component. */
  readonly component?: ComponentCode | null;
  /** Omitted: the parent's tags. */
  readonly tags?: Readonly<Partial<Record<ObjectiveCode, Significance>>>;
  readonly children?: readonly ResultSpec[];
}

/** Every key in a tree written `as const`. */
export type ResultKeysOf<S> = S extends { readonly key: infer K extends string }
  ? K | (S extends { readonly children: readonly (infer C)[] } ? ResultKeysOf<C> : never)
  : never;
