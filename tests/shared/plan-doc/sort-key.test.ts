import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidSortKey, keyBetween, spreadKeys } from '../../../shared/plan-doc/sort-key';

describe('sort keys', () => {
  it('makes a key strictly between two keys, for any pair', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 60 }), (choices) => {
        // Build keys by repeated insertion at random places and check order is kept.
        const keys: string[] = [keyBetween(null, null)];
        for (const atEnd of choices) {
          const i = atEnd ? keys.length : Math.floor(keys.length / 2);
          const k = keyBetween(keys[i - 1] ?? null, keys[i] ?? null);
          keys.splice(i, 0, k);
        }
        for (let i = 1; i < keys.length; i++) expect(keys[i - 1]! < keys[i]!).toBe(true);
        for (const k of keys) expect(isValidSortKey(k)).toBe(true);
      }),
    );
  });

  it('keeps keys short when appending many items', () => {
    let last: string | null = null;
    for (let i = 0; i < 300; i++) last = keyBetween(last, null);
    expect(last!.length).toBeLessThanOrEqual(12);
  });

  it('inserts before the first key', () => {
    const first = keyBetween(null, null);
    const before = keyBetween(null, first);
    expect(before < first).toBe(true);
    expect(isValidSortKey(before)).toBe(true);
  });

  it('falls after the lower key when the bounds are equal or reversed (concurrent inserts)', () => {
    expect(keyBetween('V', 'V') > 'V').toBe(true);
    expect(keyBetween('k', 'V') > 'k').toBe(true);
  });

  it('spreads n ordered distinct keys', () => {
    for (const n of [1, 2, 7, 61, 62, 500]) {
      const keys = spreadKeys(n);
      expect(keys).toHaveLength(n);
      expect(new Set(keys).size).toBe(n);
      for (let i = 1; i < n; i++) expect(keys[i - 1]! < keys[i]!).toBe(true);
      for (const k of keys) expect(isValidSortKey(k)).toBe(true);
    }
  });
});
