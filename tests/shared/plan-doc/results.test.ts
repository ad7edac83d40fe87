import { describe, expect, it } from 'vitest';
import type { ResultId } from '../../../shared/model';
import {
  addResult,
  CommandError,
  deleteResult,
  indentResult,
  moveResult,
  outdentResult,
  reorderResult,
  updateResult,
  type PlanSession,
} from '../../../shared/plan-doc';
import { newSession } from '../../fixtures/plans';

const rid = (s: string) => s as ResultId;

/** goal g; outcomes o1, o2 under it; output p1 under o1; activity a1 under p1. */
function chain(): PlanSession {
  const s = newSession();
  s.run(addResult, { id: rid('g'), parentId: null, statement: 'Goal' });
  s.run(addResult, { id: rid('o1'), parentId: rid('g'), statement: 'Outcome one' });
  s.run(addResult, { id: rid('o2'), parentId: rid('g'), statement: 'Outcome two' });
  s.run(addResult, { id: rid('p1'), parentId: rid('o1'), statement: 'Output' });
  s.run(addResult, { id: rid('a1'), parentId: rid('p1'), statement: 'Activity' });
  return s;
}

const numbers = (s: PlanSession) => s.view.tree.map((n) => `${n.number} ${n.id} ${s.view.results[n.id]!.level}`);

describe('results commands', () => {
  it('adds a four-level chain with levels and numbering following the tree', () => {
    expect(numbers(chain())).toEqual(['1 g goal', '1.1 o1 outcome', '1.1.1 p1 output', '1.1.1.1 a1 activity', '1.2 o2 outcome']);
  });

  it('inserts after a given sibling, or first with null', () => {
    const s = chain();
    s.run(addResult, { id: rid('o3'), parentId: rid('g'), afterId: rid('o1') });
    s.run(addResult, { id: rid('o0'), parentId: rid('g'), afterId: null });
    expect(s.view.tree[0]!.childIds).toEqual(['o0', 'o1', 'o3', 'o2']);
  });

  it('refuses a child below the activity level', () => {
    const s = chain();
    expect(() => s.run(addResult, { id: rid('x'), parentId: rid('a1') })).toThrow(CommandError);
    expect(s.view.results['x']).toBeUndefined();
  });

  it('inherits the component of the parent', () => {
    const s = newSession();
    s.run(addResult, { id: rid('g'), parentId: null, componentId: null });
    s.run(addResult, { id: rid('o'), parentId: rid('g') });
    expect(s.view.results['o']!.componentId).toBeNull();
  });

  it('edits a statement and keeps other results identical (structural sharing)', () => {
    const s = chain();
    const before = s.view;
    s.run(updateResult, { id: rid('o1'), fields: { statement: 'Better outcome' } });
    expect(s.view.results['o1']!.statement).toBe('Better outcome');
    expect(s.view.results['o2']).toBe(before.results['o2']);
    expect(s.view.tree).toBe(before.tree);
  });

  it('reorders siblings up and down', () => {
    const s = chain();
    s.run(reorderResult, { id: rid('o2'), direction: 'up' });
    expect(s.view.tree[0]!.childIds).toEqual(['o2', 'o1']);
    s.run(reorderResult, { id: rid('o2'), direction: 'down' });
    expect(s.view.tree[0]!.childIds).toEqual(['o1', 'o2']);
    expect(() => s.run(reorderResult, { id: rid('o1'), direction: 'up' })).toThrow(CommandError);
  });

  it('indents under the previous sibling and re-levels the subtree', () => {
    const s = chain();
    s.run(addResult, { id: rid('p2'), parentId: rid('o1') });
    s.run(indentResult, { id: rid('p2') });
    expect(s.view.results['p2']!.parentId).toBe('p1');
    expect(s.view.results['p2']!.level).toBe('activity');
  });

  it('outdents to follow its former parent', () => {
    const s = chain();
    s.run(outdentResult, { id: rid('p1') });
    expect(s.view.results['p1']!.level).toBe('outcome');
    expect(s.view.results['a1']!.level).toBe('output');
    expect(s.view.tree[0]!.childIds).toEqual(['o1', 'p1', 'o2']);
  });

  it('re-parents a subtree and refuses moves into itself or too deep', () => {
    const s = chain();
    s.run(moveResult, { id: rid('p1'), parentId: rid('o2'), afterId: null });
    expect(s.view.results['p1']!.parentId).toBe('o2');
    expect(numbers(s)).toContain('1.2.1.1 a1 activity');
    expect(() => s.run(moveResult, { id: rid('o2'), parentId: rid('a1'), afterId: null })).toThrow(/moveIntoOwnSubtree|noLevelBelowActivity/);
    expect(() => s.run(moveResult, { id: rid('o2'), parentId: rid('o1'), afterId: null })).toThrow('errors.moveTooDeep');
  });

  it('deletes a subtree with its indicators as tombstones', () => {
    const s = chain();
    s.run(deleteResult, { id: rid('o1') });
    expect(Object.keys(s.view.results).sort()).toEqual(['g', 'o2']);
    const raw = s.document.collections.results;
    const all = Object.values(raw).flatMap((b) => Object.values(b));
    expect(all).toHaveLength(5);
  });
});
