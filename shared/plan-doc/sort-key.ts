/**
 * Fractional sort keys: siblings are ordered by a string key, and inserting between
 * two siblings makes a key between theirs, so a move changes one field and two
 * offices' inserts merge without renumbering. Equal keys (two offices inserting at
 * the same place) are ordered by id, so every copy shows the same order.
 *
 * Keys are strings over base-62 digits compared as plain strings, never ending in
 * the zero digit (so there is always room before a key).
 */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE = DIGITS.length;
const ZERO = DIGITS[0]!;

function digit(ch: string | undefined): number {
  return ch === undefined ? 0 : DIGITS.indexOf(ch);
}

/** A key strictly between a and b ('' = before everything, null = after everything). */
function midpoint(a: string, b: string | null): string {
  if (b !== null) {
    let n = 0;
    while ((a[n] ?? ZERO) === b[n]) n++;
    if (n > 0) return b.slice(0, n) + midpoint(a.slice(n), b.slice(n));
  }
  const da = a ? digit(a[0]) : 0;
  const db = b !== null ? digit(b[0]) : BASE;
  if (db - da > 1) return DIGITS[Math.round((da + db) / 2)]!;
  if (b !== null && b.length > 1) return b.slice(0, 1);
  return DIGITS[da]! + midpoint(a.slice(1), null);
}

/** Appending after `a`: step the first digit that can grow, so long runs of appends stay short. */
function after(a: string): string {
  for (let i = 0; i < a.length; i++) {
    const d = digit(a[i]);
    if (d < BASE - 1) return a.slice(0, i) + DIGITS[d + 1]!;
  }
  return a + DIGITS[BASE / 2]!;
}

export function isValidSortKey(key: string): boolean {
  return key.length > 0 && !key.endsWith(ZERO) && [...key].every((ch) => DIGITS.includes(ch));
}

/**
 * A key that sorts after `before` and before `afterKey` (either may be null for an
 * open end). If the two are equal or out of order (concurrent inserts elsewhere),
 * the result sorts after `before`.
 */
export function keyBetween(before: string | null, afterKey: string | null): string {
  if (before !== null && afterKey !== null && before >= afterKey) return after(before);
  if (afterKey === null) return before === null ? DIGITS[BASE / 2]! : after(before);
  return midpoint(before ?? '', afterKey);
}

/** `n` evenly spread short keys, for building many siblings at once. */
export function spreadKeys(n: number): string[] {
  if (n <= 0) return [];
  let width = 1;
  while (Math.pow(BASE, width) - 1 < n + 1) width++;
  const span = Math.pow(BASE, width);
  const keys: string[] = [];
  for (let i = 1; i <= n; i++) {
    let value = Math.floor((i * span) / (n + 1));
    let key = '';
    for (let w = 0; w < width; w++) {
      key = DIGITS[value % BASE]! + key;
      value = Math.floor(value / BASE);
    }
    keys.push(key.replace(/0+$/, '') || DIGITS[1]!);
  }
  return keys;
}

/** Sort comparator for entities ordered by sort key, ties broken by id. */
export function bySortKey<T extends { sortKey: string; id: string }>(a: T, b: T): number {
  if (a.sortKey !== b.sortKey) return a.sortKey < b.sortKey ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
