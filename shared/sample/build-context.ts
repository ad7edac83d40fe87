/**
 * What every part of the sample is built with: the random source for ids and the
 * references (entity ids by readable key) that let one file point at another's
 * entities without knowing their random ids.
 */
import { makeId, type IdKind, type RandomHex } from '../model';

/** A live (not deleted) entity's tombstone fields. */
export const LIVE = { deletedAt: null, deletedBy: null } as const;

/**
 * Fresh ids for a list of readable keys, in the keys' order (so a build is
 * deterministic for a given random source).
 */
export function idsByKey<K extends string, T extends string>(
  keys: readonly K[],
  kind: IdKind,
  randomHex: RandomHex,
): Record<K, T> {
  const ids = {} as Record<K, T>;
  for (const key of keys) ids[key] = makeId<T>(kind, randomHex);
  return ids;
}
