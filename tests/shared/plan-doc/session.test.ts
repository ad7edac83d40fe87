import * as A from '@automerge/automerge';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResultId, UnitId } from '../../../shared/model';
import {
  addEntity,
  addResult,
  CommandError,
  deleteEntity,
  deleteResult,
  moveResult,
  PlanSession,
  updateEntity,
  updatePlan,
  updateResult,
} from '../../../shared/plan-doc';
import { materialize } from '../../../shared/plan-doc/view';
import { ACTOR_A, ACTOR_B, newSession, tickingClock } from '../../fixtures/plans';

const rid = (s: string) => s as ResultId;

/** The view without its heads: two views of the same plan compare equal. */
const content = (s: PlanSession) => {
  const { heads: _heads, ...rest } = s.view;
  return JSON.parse(JSON.stringify(rest));
};

describe('undo and redo', () => {
  it('undoes and redoes an add, an edit, a move and a delete exactly', () => {
    const s = newSession();
    const snapshots = [content(s)];
    s.run(addResult, { id: rid('g'), parentId: null, statement: 'Goal' });
    snapshots.push(content(s));
    s.run(addResult, { id: rid('o1'), parentId: rid('g'), statement: 'One' });
    s.run(addResult, { id: rid('o2'), parentId: rid('g'), statement: 'Two' });
    snapshots.push(content(s));
    s.run(updateResult, { id: rid('o1'), fields: { statement: 'One, better', assumptions: 'Funding holds' } });
    snapshots.push(content(s));
    s.run(moveResult, { id: rid('o2'), parentId: rid('o1'), afterId: null });
    snapshots.push(content(s));
    s.run(deleteResult, { id: rid('o1') });
    snapshots.push(content(s));

    const expectedAfterUndo = [...snapshots].reverse().slice(1);
    const undoneTo: unknown[] = [];
    for (let i = 0; i < 4; i++) {
      expect(s.undo()).toBe(true);
      undoneTo.push(content(s));
    }
    // Four undos: delete, move, edit, add o2 (the adds of o1 and o2 were separate edits).
    expect(undoneTo[0]).toEqual(expectedAfterUndo[0]);
    expect(undoneTo[1]).toEqual(expectedAfterUndo[1]);
    expect(undoneTo[2]).toEqual(expectedAfterUndo[2]);
    for (let i = 0; i < 4; i++) expect(s.redo()).toBe(true);
    expect(content(s)).toEqual(snapshots[snapshots.length - 1]);
    expect(s.redo()).toBe(false);
  });

  it('restores a deleted subtree with its indicators on undo', () => {
    const s = newSession();
    s.run(addResult, { id: rid('g'), parentId: null });
    s.run(addResult, { id: rid('o'), parentId: rid('g') });
    const indicator = baseIndicator('i1', 'o');
    s.run(addEntity, { collection: 'indicators', entity: indicator });
    s.run(deleteResult, { id: rid('o') });
    expect(s.view.indicators['i1']).toBeUndefined();
    s.undo();
    expect(s.view.indicators['i1']).toBeDefined();
    expect(s.view.indicatorsByResult['o']).toEqual(['i1']);
  });

  it('undo of a create tombstones rather than erasing, and redo brings it back', () => {
    const s = newSession();
    s.run(addResult, { id: rid('g'), parentId: null, statement: 'G' });
    s.undo();
    expect(s.view.results['g']).toBeUndefined();
    expect(Object.values(s.document.collections.results).some((b) => 'g' in b)).toBe(true);
    s.redo();
    expect(s.view.results['g']!.statement).toBe('G');
  });

  it('a new edit clears redo', () => {
    const s = newSession();
    s.run(addResult, { id: rid('g'), parentId: null });
    s.undo();
    expect(s.canRedo()).toBe(true);
    s.run(addResult, { id: rid('h'), parentId: null });
    expect(s.canRedo()).toBe(false);
  });

  it('a refused command records nothing and leaves the document unchanged', () => {
    const s = newSession();
    const heads = s.heads();
    expect(() => s.run(updatePlan, { title: '   ' })).toThrow(CommandError);
    expect(() => s.run(updatePlan, { periodStart: '2016-01-01' })).toThrow(CommandError);
    expect(s.heads()).toEqual(heads);
    expect(s.canUndo()).toBe(false);
  });

  it('undo and redo agree with a fresh materialisation for random edit sequences', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(5), fc.nat(20), fc.string({ maxLength: 8 })), { maxLength: 25 }), fc.nat(30), (ops, undos) => {
        const s = newSession();
        let n = 0;
        for (const [kind, pick, text] of ops) {
          const ids = s.view.tree.map((t) => t.id);
          const target = ids.length ? ids[pick % ids.length]! : null;
          try {
            if (kind === 0 || !target) s.run(addResult, { id: rid(`r${n++}`), parentId: null, statement: text });
            else if (kind === 1) s.run(addResult, { id: rid(`r${n++}`), parentId: target, statement: text });
            else if (kind === 2) s.run(updateResult, { id: target, fields: { statement: text } });
            else if (kind === 3) s.run(deleteResult, { id: target });
            else if (kind === 4) s.run(moveResult, { id: target, parentId: null, afterId: null });
            else s.run(updateResult, { id: target, fields: { description: text } });
          } catch (e) {
            if (!(e instanceof CommandError)) throw e;
          }
        }
        for (let i = 0; i < undos; i++) s.undo();
        const fresh = materialize(s.document);
        expect(JSON.parse(JSON.stringify({ ...fresh, heads: [] }))).toEqual(JSON.parse(JSON.stringify({ ...s.view, heads: [] })));
      }),
      { numRuns: 60 },
    );
  });
});

describe('saving and loading', () => {
  it('round-trips through stored chunks, and unsaved changes stay until marked saved', () => {
    const s = newSession();
    const first = s.unsavedChanges()!;
    s.markSaved(first.heads);
    expect(s.unsavedChanges()).toBeNull();
    s.run(addResult, { id: rid('g'), parentId: null, statement: 'Goal' });
    const failed = s.unsavedChanges()!; // a write that fails: not marked saved
    s.run(updateResult, { id: rid('g'), fields: { statement: 'Goal, revised' } });
    const retry = s.unsavedChanges()!;
    expect(retry.bytes.length).toBeGreaterThan(failed.bytes.length);
    s.markSaved(retry.heads);
    const loaded = PlanSession.load([first.bytes, retry.bytes], { actor: ACTOR_B, office: 'Field', clock: tickingClock() });
    expect(loaded.view.results['g']!.statement).toBe('Goal, revised');
    expect(content(loaded)).toEqual(content(s));
    expect(loaded.hasUnsaved()).toBe(false);
  });

  it('refuses a document from a newer version of the app', () => {
    const s = newSession();
    const doc = A.change(A.clone(s.document), (d) => {
      d.schemaVersion = 99;
    });
    expect(() => PlanSession.load([A.save(doc)], { actor: ACTOR_B, office: 'x', clock: tickingClock() })).toThrow(/newerVersion/);
  });

  it('refuses to open without changes whose stored bytes were damaged', () => {
    const s = newSession();
    const first = s.unsavedChanges()!;
    s.markSaved(first.heads);
    s.run(addResult, { id: rid('g'), parentId: null, statement: 'Goal' });
    const second = s.unsavedChanges()!;
    const damaged = second.bytes.map((b, i) => (i > 8 ? b ^ 0xff : b));
    const options = { actor: ACTOR_B, office: 'x', clock: tickingClock() };
    expect(() => PlanSession.load([first.bytes, damaged], options, second.heads)).toThrow(/unreadable/);
    expect(PlanSession.load([first.bytes, second.bytes], options, second.heads).view.results['g']).toBeDefined();
  });

  it('refuses bytes that are not a plan', () => {
    expect(() => PlanSession.load([new Uint8Array([1, 2, 3])], { actor: ACTOR_B, office: 'x', clock: tickingClock() })).toThrow(/unreadable/);
    expect(() => PlanSession.load([A.save(A.from({ a: 1 }))], { actor: ACTOR_B, office: 'x', clock: tickingClock() })).toThrow(/notAPlan/);
  });

  it('records the office and command on each change', () => {
    const s = newSession({ office: 'Nairobi office' });
    s.run(addResult, { id: rid('g'), parentId: null });
    const last = A.getHistory(s.document).at(-1)!.change;
    expect(JSON.parse(last.message!)).toEqual({ office: 'Nairobi office', command: 'addResult' });
  });
});

describe('plan and entity commands', () => {
  it('updates the plan title and period with validation', () => {
    const s = newSession();
    s.run(updatePlan, { title: 'Renamed', status: 'under_review' });
    expect(s.view.plan.title).toBe('Renamed');
    expect(s.view.plan.status).toBe('under_review');
    expect(() => s.run(updatePlan, { ownerUnitId: 'u_missing' as UnitId })).toThrow('errors.unknownUnit');
  });

  it('adds, updates and deletes a unit; a risk delete takes its mitigations', () => {
    const s = newSession();
    s.run(addEntity, { collection: 'units', entity: { id: 'u1' as UnitId, code: 'MIGRANT', name: 'International Migration Programme', kind: 'programme', parentId: null, deletedAt: null, deletedBy: null } });
    s.run(updateEntity, { collection: 'units', id: 'u1', fields: { name: 'Migration Programme' } });
    expect(s.view.units['u1']!.name).toBe('Migration Programme');
    expect(() => s.run(updateEntity, { collection: 'units', id: 'u1', fields: { name: '' } })).toThrow(CommandError);
    s.run(addEntity, { collection: 'risks', entity: { id: 'k1', description: 'Resources do not follow', category: 'financial', likelihood: 4, impact: 4, residualLikelihood: null, residualImpact: null, ownerUnitId: null, resultIds: [], source: '', deletedAt: null, deletedBy: null } as never });
    s.run(addEntity, { collection: 'mitigations', entity: { id: 'g1', riskId: 'k1', action: 'Mobilise', ownerUnitId: null, dueDate: null, status: 'planned', deletedAt: null, deletedBy: null } as never });
    s.run(deleteEntity, { collection: 'risks', id: 'k1' });
    expect(s.view.mitigations['g1']).toBeUndefined();
  });

  it('adds and removes members of a set field one by one', () => {
    const s = newSession();
    s.run(addEntity, { collection: 'risks', entity: { id: 'k1', description: 'R', category: 'financial', likelihood: 1, impact: 1, residualLikelihood: null, residualImpact: null, ownerUnitId: null, resultIds: ['r1', 'r2'], source: '', deletedAt: null, deletedBy: null } as never });
    const result = s.run(updateEntity, { collection: 'risks', id: 'k1', fields: { resultIds: ['r2', 'r3'] } as never });
    expect(result.changed).toBe(true);
    expect(s.view.risks['k1']!.resultIds).toEqual(['r2', 'r3']);
    // Undo and redo put back exactly the members changed.
    s.undo();
    expect(s.view.risks['k1']!.resultIds).toEqual(['r1', 'r2']);
    s.redo();
    expect(s.view.risks['k1']!.resultIds).toEqual(['r2', 'r3']);
  });

  it('reads a set field an older document stored as a list, and makes it a set on its first edit', () => {
    const s = newSession();
    s.run(addEntity, { collection: 'risks', entity: { id: 'k1', description: 'R', category: 'financial', likelihood: 1, impact: 1, residualLikelihood: null, residualImpact: null, ownerUnitId: null, resultIds: [], source: '', deletedAt: null, deletedBy: null } as never });
    // The older layout: the members as a list of strings.
    const legacy = A.change(s.document, (d) => {
      const bucket = Object.values(d.collections.risks).find((b) => 'k1' in b)!;
      (bucket['k1'] as Record<string, unknown>)['resultIds'] = [new A.ImmutableString('r2'), new A.ImmutableString('r1'), new A.ImmutableString('r2')];
    });
    const old = PlanSession.load([A.save(legacy)], { actor: ACTOR_B, office: 'Field', clock: tickingClock() });
    expect(old.view.risks['k1']!.resultIds).toEqual(['r1', 'r2']);
    old.run(updateEntity, { collection: 'risks', id: 'k1', fields: { resultIds: ['r1', 'r3'] } as never });
    expect(old.view.risks['k1']!.resultIds).toEqual(['r1', 'r3']);
    const bucket = Object.values(old.document.collections.risks).find((b) => 'k1' in b)!;
    expect(Array.isArray(bucket['k1']!['resultIds'])).toBe(false);
    old.undo();
    expect(old.view.risks['k1']!.resultIds).toEqual(['r1', 'r2']);
  });
});

describe('merging copies', () => {
  it('keeps both offices\' concurrent additions and shows a same-field conflict', () => {
    const hq = newSession({ actor: ACTOR_A, office: 'HQ' });
    hq.run(addResult, { id: rid('g'), parentId: null, statement: 'Goal' });
    const field = PlanSession.load([A.save(hq.document)], { actor: ACTOR_B, office: 'Field', clock: tickingClock() });
    hq.run(addResult, { id: rid('o-hq'), parentId: rid('g') });
    field.run(addResult, { id: rid('o-field'), parentId: rid('g') });
    hq.run(updateResult, { id: rid('g'), fields: { statement: 'HQ goal' } });
    field.run(updateResult, { id: rid('g'), fields: { statement: 'Field goal' } });
    const merged = A.merge(A.clone(hq.document), field.document);
    const view = materialize(merged);
    expect(view.tree[0]!.childIds).toHaveLength(2);
    const bucket = Object.values(merged.collections.results).find((b) => 'g' in b)!;
    const conflicts = A.getConflicts(bucket['g']!, 'statement');
    expect(Object.values(conflicts ?? {}).map(String).sort()).toEqual(['Field goal', 'HQ goal']);
  });

  it('shows a result whose parent another office deleted under Unplaced', () => {
    const hq = newSession({ actor: ACTOR_A });
    hq.run(addResult, { id: rid('g'), parentId: null });
    hq.run(addResult, { id: rid('o'), parentId: rid('g') });
    const field = PlanSession.load([A.save(hq.document)], { actor: ACTOR_B, office: 'Field', clock: tickingClock() });
    hq.run(deleteResult, { id: rid('o') });
    field.run(addResult, { id: rid('p'), parentId: rid('o'), statement: 'Field output' });
    const view = materialize(A.merge(A.clone(hq.document), field.document));
    const node = view.tree.find((n) => n.id === 'p')!;
    expect(node.unplaced).toBe(true);
    expect(node.number).toBe('U1');
  });

  it('breaks a cycle made by two offices\' moves and lists it under Unplaced', () => {
    const hq = newSession({ actor: ACTOR_A });
    hq.run(addResult, { id: rid('g'), parentId: null });
    hq.run(addResult, { id: rid('o1'), parentId: rid('g') });
    hq.run(addResult, { id: rid('o2'), parentId: rid('g') });
    const field = PlanSession.load([A.save(hq.document)], { actor: ACTOR_B, office: 'Field', clock: tickingClock() });
    hq.run(moveResult, { id: rid('o1'), parentId: rid('o2'), afterId: null });
    field.run(moveResult, { id: rid('o2'), parentId: rid('o1'), afterId: null });
    const view = materialize(A.merge(A.clone(hq.document), field.document));
    expect(view.tree.map((n) => n.id).sort()).toEqual(['g', 'o1', 'o2']);
    expect(view.tree.filter((n) => n.unplaced).map((n) => n.number)).toEqual(['U1', 'U1.1']);
  });
});

function baseIndicator(id: string, resultId: string) {
  return {
    id, resultId, sortKey: 'V', definition: 'Ratifications', unitOfMeasure: 'ratifications', measureType: 'number', qualitativeStages: [],
    direction: 'increase', cumulative: true, baseline: { value: 5, date: '2007-12-31', source: 'para. 14' }, benchmark: { value: null, comparator: '' },
    targets: {}, targetsNotApplicable: {}, finalTarget: null, meansOfVerification: { source: '', method: '', frequency: '', collectedBy: '' },
    disaggregation: [], actuals: {}, illustrative: false, deletedAt: null, deletedBy: null,
  } as never;
}
