/** The results chain's levels and the rules between them. */
import { RESULT_LEVELS, type ResultLevel } from './entities';

export function levelDepth(level: ResultLevel): number {
  return RESULT_LEVELS.indexOf(level);
}

/** The level a child of `level` has, or null below the activity level. */
export function childLevel(level: ResultLevel): ResultLevel | null {
  return RESULT_LEVELS[levelDepth(level) + 1] ?? null;
}

export function parentLevel(level: ResultLevel): ResultLevel | null {
  const depth = levelDepth(level);
  return depth > 0 ? (RESULT_LEVELS[depth - 1] ?? null) : null;
}

export function levelAtDepth(depth: number): ResultLevel | null {
  return RESULT_LEVELS[depth] ?? null;
}
