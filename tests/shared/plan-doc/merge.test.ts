/**
 * previewMerge by example: what an office's copy changes (added, changed with before and
 * after, deleted, narrative text inline), the conflicts with each office's value, name
 * and time, and results a merge leaves unplaced. The local document is never touched.
 */
import * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import type { ReportingPeriodId, ResultId } from '../../../shared/model';
import {
  MergeError,
  PlanSession,
  addResult,
  deleteEntity,
  deleteResult,
  diffWords,
  listConflicts,
  moveResult,
  previewMerge,
  setSectionBody,
  updateEntity,
  updateResult,
} from '../../../shared/plan-doc';
import { ACTOR_A, ACTOR_B, ACTOR_C, blankData, tickingClock, sampleOffices } from '../../fixtures/plans';

const offices = sampleOffices;

describe('previewMerge', () => {
  it('reports nothing for a copy with nothing new, and leaves the local document as it was', () => {
    const { hq, nairobi } = offices();
    const heads = hq.heads();
    const preview = previewMerge(hq.document, nairobi.document);
    expect(preview.changed).toBe(false);
    expect(preview.entities).toEqual([]);
    expect(preview.counts).toMatchObject({ added: 0, changed: 0, deleted: 0, conflicts: 0, unplaced: 0 });
    expect(hq.heads()).toEqual(heads);
  });

  it('shows an added result, and the merged document holds it while the local one does not', () => {
    const { hq, nairobi } = offices();
    const parent = hq.view.rootIds[0]!;
    nairobi.run(addResult, { id: 'r_added0001' as ResultId, parentId: parent, statement: 'Migrant workers reached in Kenya' });
    const preview = previewMerge(hq.document, nairobi.document);
    expect(preview.changed).toBe(true);
    expect(preview.entities).toEqual([{ kind: 'added', target: 'results', id: 'r_added0001', fields: [] }]);
    expect(preview.counts).toMatchObject({ added: 1, changed: 0, deleted: 0 });
    expect(preview.after.results['r_added0001']!.statement).toBe('Migrant workers reached in Kenya');
    expect(hq.view.results['r_added0001']).toBeUndefined();
    expect(A.getHeads(preview.merged)).toEqual(preview.after.heads);
  });

  it('shows a changed indicator target with its value before and after', () => {
    const { hq, nairobi } = offices();
    const [, period] = hq.view.periodOrder as readonly ReportingPeriodId[];
    const id = Object.keys(hq.view.indicators).find((i) => hq.view.indicators[i]!.targets[period!] !== undefined)!;
    const old = hq.view.indicators[id]!.targets[period!]!;
    nairobi.run(updateEntity, { collection: 'indicators', id, fields: { targets: { [period!]: old + 3 } } });
    const preview = previewMerge(hq.document, nairobi.document);
    expect(preview.entities).toEqual([{ kind: 'changed', target: 'indicators', id, fields: [{ path: ['targets', period], before: old, after: old + 3 }] }]);
    expect(preview.counts).toMatchObject({ changed: 1, fields: 1 });
  });

  it('shows a deleted risk (and its mitigations) as deleted', () => {
    const { hq, nairobi } = offices();
    const riskId = Object.values(hq.view.mitigations)[0]!.riskId;
    const mitigations = Object.values(hq.view.mitigations).filter((m) => m.riskId === riskId).map((m) => m.id);
    nairobi.run(deleteEntity, { collection: 'risks', id: riskId });
    const preview = previewMerge(hq.document, nairobi.document);
    expect(preview.entities).toContainEqual({ kind: 'deleted', target: 'risks', id: riskId, fields: [] });
    expect(preview.entities.filter((e) => e.kind === 'deleted' && e.target === 'mitigations').map((e) => e.id).sort()).toEqual(mitigations.sort());
    expect(preview.counts.deleted).toBe(1 + mitigations.length);
    expect(preview.after.risks[riskId]).toBeUndefined();
  });

  it('shows a narrative section\'s text change inline as equal, inserted and deleted words', () => {
    const { hq, nairobi } = offices();
    const sectionId = hq.view.sectionOrder[0]!;
    nairobi.run(setSectionBody, { id: sectionId, body: 'The office will protect migrant workers in East Africa.' });
    const base = PlanSession.load([A.save(nairobi.document)], { actor: ACTOR_A, office: 'HQ', clock: tickingClock() });
    const dakar = PlanSession.load([A.save(nairobi.document)], { actor: ACTOR_C, office: 'Dakar', clock: tickingClock('2026-03-01T00:00:00.000Z') });
    dakar.run(setSectionBody, { id: sectionId, body: 'The office will defend the rights of migrant workers in West Africa.' });
    const preview = previewMerge(base.document, dakar.document);
    const change = preview.entities.find((e) => e.target === 'sections')!;
    expect(change.kind).toBe('changed');
    const body = change.fields.find((f) => f.path[0] === 'body')!;
    expect(body.before).toBe('The office will protect migrant workers in East Africa.');
    expect(body.after).toBe('The office will defend the rights of migrant workers in West Africa.');
    expect(body.segments).toEqual([
      { kind: 'equal', text: 'The office will ' },
      { kind: 'deleted', text: 'protect' },
      { kind: 'inserted', text: 'defend the rights of' },
      { kind: 'equal', text: ' migrant workers in ' },
      { kind: 'deleted', text: 'East' },
      { kind: 'inserted', text: 'West' },
      { kind: 'equal', text: ' Africa.' },
    ]);
  });

  it('lists a same-field conflict with both offices\' values, names and times', () => {
    const { hq, nairobi, dakar } = offices();
    const id = hq.view.tree[1]!.id;
    nairobi.run(updateResult, { id, fields: { statement: 'Statement from Nairobi' } });
    dakar.run(updateResult, { id, fields: { statement: 'Statement from Dakar' } });
    const first = previewMerge(hq.document, nairobi.document);
    expect(first.conflicts).toEqual([]);
    const preview = previewMerge(first.merged, dakar.document);
    expect(preview.counts.conflicts).toBe(1);
    const conflict = preview.conflicts[0]!;
    expect(conflict).toMatchObject({ target: 'results', id, path: ['statement'] });
    const values = conflict.values.map((v) => ({ value: v.value, office: v.office, command: v.command }));
    expect(values).toEqual(expect.arrayContaining([
      { value: 'Statement from Nairobi', office: 'Nairobi', command: 'updateResult' },
      { value: 'Statement from Dakar', office: 'Dakar', command: 'updateResult' },
    ]));
    expect(conflict.values.find((v) => v.office === 'Nairobi')!.time).toMatch(/^2026-02-01T/);
    expect(conflict.values.find((v) => v.office === 'Dakar')!.time).toMatch(/^2026-03-01T/);
    // The shown value is the merged document's; exactly one is shown.
    expect(conflict.values.filter((v) => v.shown)).toHaveLength(1);
    expect(conflict.values[0]!.shown).toBe(true);
    expect(preview.after.results[id]!.statement).toBe(conflict.values[0]!.value);
    // The same conflict is found by a scan of the whole merged plan.
    expect(listConflicts(preview.merged)).toEqual(preview.conflicts);
  });

  it('puts results two offices moved into each other under Unplaced, none lost', () => {
    const hq = PlanSession.create(blankData(), { actor: ACTOR_A, office: 'HQ', clock: tickingClock() });
    const [goal, o1, o2] = ['r_goal00001', 'r_outcome01', 'r_outcome02'] as ResultId[];
    hq.run(addResult, { id: goal!, parentId: null, statement: 'Goal' });
    hq.run(addResult, { id: o1!, parentId: goal!, statement: 'Outcome one' });
    hq.run(addResult, { id: o2!, parentId: goal!, statement: 'Outcome two' });
    const nairobi = PlanSession.load([A.save(hq.document)], { actor: ACTOR_B, office: 'Nairobi', clock: tickingClock() });
    const dakar = PlanSession.load([A.save(hq.document)], { actor: ACTOR_C, office: 'Dakar', clock: tickingClock() });
    nairobi.run(moveResult, { id: o2!, parentId: o1!, afterId: null });
    dakar.run(moveResult, { id: o1!, parentId: o2!, afterId: null });
    const merged = previewMerge(previewMerge(hq.document, nairobi.document).merged, dakar.document);
    expect(merged.unplaced).toEqual([{ id: o1, reason: 'cycle', parentId: o2, before: false }]);
    expect(merged.counts.unplaced).toBe(2);
    expect(merged.after.tree.map((n) => n.id).sort()).toEqual([goal, o1, o2].sort());
    expect(merged.after.tree.filter((n) => n.unplaced).map((n) => n.id).sort()).toEqual([o1, o2].sort());
  });

  it('shows the children of a result deleted in another copy as unplaced', () => {
    const { hq, nairobi } = offices();
    const outcome = hq.view.tree.find((n) => n.depth === 1 && n.childIds.length > 0)!;
    const parent = outcome.id;
    nairobi.run(addResult, { id: 'r_newchild1' as ResultId, parentId: parent, statement: 'New output' });
    hq.run(deleteResult, { id: parent });
    const preview = previewMerge(hq.document, nairobi.document);
    expect(preview.entities).toContainEqual({ kind: 'added', target: 'results', id: 'r_newchild1', fields: [] });
    expect(preview.unplaced).toEqual([{ id: 'r_newchild1', reason: 'missingParent', parentId: parent, before: false }]);
  });

  it('refuses a copy of another plan and bytes it cannot read', () => {
    const { hq } = offices();
    const other = PlanSession.create(blankData('Another plan'), { actor: ACTOR_B, office: 'Elsewhere', clock: tickingClock() });
    expect(() => previewMerge(hq.document, other.document)).toThrow(MergeError);
    expect(() => previewMerge(hq.document, A.save(other.document))).toThrow(/otherPlan/);
    expect(() => previewMerge(hq.document, new Uint8Array([1, 2, 3, 4]))).toThrow(MergeError);
  });

  it('merges Automerge bytes (a saved copy) like a document', () => {
    const { hq, nairobi } = offices();
    const id = hq.view.tree[2]!.id;
    nairobi.run(updateResult, { id, fields: { statement: 'From bytes' } });
    const preview = previewMerge(hq.document, A.save(nairobi.document));
    expect(preview.entities).toEqual([{ kind: 'changed', target: 'results', id, fields: [{ path: ['statement'], before: hq.view.results[id]!.statement, after: 'From bytes' }] }]);
  });
});

describe('diffWords', () => {
  it('gives back both texts and keeps long unchanged ends as one run', () => {
    const before = `${'word '.repeat(5000)}middle ${'tail '.repeat(5000)}`;
    const after = `${'word '.repeat(5000)}centre ${'tail '.repeat(5000)}`;
    const segments = diffWords(before, after);
    expect(segments.map((s) => s.kind)).toEqual(['equal', 'deleted', 'inserted', 'equal']);
    expect(segments.filter((s) => s.kind !== 'inserted').map((s) => s.text).join('')).toBe(before);
    expect(segments.filter((s) => s.kind !== 'deleted').map((s) => s.text).join('')).toBe(after);
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('', 'new')).toEqual([{ kind: 'inserted', text: 'new' }]);
  });
});
