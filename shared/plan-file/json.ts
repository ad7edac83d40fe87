/**
 * JSON read defensively: nesting is bounded before parsing (a hostile file cannot exhaust
 * the stack), and the keys that could reach an object's prototype are refused outright.
 */
import { PlanFileError } from './errors';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Far deeper than the envelope needs (it is 3 levels deep). */
export const MAX_DEPTH = 32;

/** Throws tooDeep when arrays and objects nest deeper than `max` (strings are skipped). */
function checkDepth(text: string, max: number): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) throw new PlanFileError('tooDeep', { max });
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
}

/** Parses JSON text; refuses deep nesting and prototype-polluting keys. */
export function parseJsonSafely(text: string, maxDepth = MAX_DEPTH): unknown {
  checkDepth(text, maxDepth);
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new PlanFileError('forbiddenKey', { key });
      return value;
    });
  } catch (e) {
    if (e instanceof PlanFileError) throw e;
    throw new PlanFileError('notJson', { detail: e instanceof Error ? e.message : String(e) });
  }
}
