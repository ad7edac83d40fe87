import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndicatorId, ResultId } from '../../../shared/model';
import { addEntity, addResult, blankIndicator, deleteEntity, updateEntity, type Patch } from '../../../shared/plan-doc';
import { materialize } from '../../../shared/plan-doc/view';
import { newSession } from '../../fixtures/plans';

const plain = (v: unknown) => JSON.parse(JSON.stringify({ ...(v as object), heads: [] }));

describe('incremental view of indicators', () => {
  it('matches a fresh materialisation after random adds, moves between results, reorders and deletes of indicators', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(3), fc.nat(10), fc.nat(3), fc.constantFrom('A', 'M', 'V', 'k')), { maxLength: 30 }), (ops) => {
        const s = newSession();
        const results = ['r0', 'r1', 'r2', 'r3'] as ResultId[];
        s.run(addResult, { id: results[0]!, parentId: null });
        for (const r of results.slice(1)) s.run(addResult, { id: r, parentId: results[0]! });
        let n = 0;
        for (const [kind, pick, target, key] of ops) {
          const ids = Object.keys(s.view.indicators);
          const id = ids[pick % Math.max(1, ids.length)];
          if (kind === 0 || !id) s.run(addEntity, { collection: 'indicators', entity: blankIndicator(`i${n++}` as IndicatorId, results[target]!, key) });
          else if (kind === 1) s.run(updateEntity, { collection: 'indicators', id, fields: { resultId: results[target]! } as Patch<never> });
          else if (kind === 2) s.run(updateEntity, { collection: 'indicators', id, fields: { sortKey: key } as Patch<never> });
          else s.run(deleteEntity, { collection: 'indicators', id });
        }
        expect(plain(s.view)).toEqual(plain(materialize(s.document)));
      }),
      { numRuns: 80 },
    );
  });

  it("keeps the identity of a result's indicator list when only a figure changes", () => {
    const s = newSession();
    s.run(addResult, { id: 'g' as ResultId, parentId: null });
    s.run(addEntity, { collection: 'indicators', entity: blankIndicator('i1' as IndicatorId, 'g' as ResultId, 'V') });
    const before = s.view.indicatorsByResult;
    s.run(updateEntity, { collection: 'indicators', id: 'i1', fields: { finalTarget: 10 } as Patch<never> });
    expect(s.view.indicatorsByResult).toBe(before);
    expect(s.view.indicators['i1']!.finalTarget).toBe(10);
  });
});
