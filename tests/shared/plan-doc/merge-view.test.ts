/**
 * The merge behind an import's preview builds the merged view incrementally (the local
 * view with the entities the merge touched read again) and merges whichever way is
 * cheaper (the copy lacking fewer changes receives the other's). Both must be invisible:
 * for random edits on two offices, the preview's `after` equals a full materialisation of
 * the merged document, and merging the other office's copy as a loaded document, as its
 * saved bytes, as the changes since the shared base, or with Automerge's own A.merge gives
 * the same heads, the same view and the same conflicts.
 */
import * as A from '@automerge/automerge';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndicatorId, NarrativeSectionId, ReportingPeriodId, ResultId } from '../../../shared/model';
import {
  CommandError,
  PlanSession,
  addEntity,
  addResult,
  addSection,
  blankIndicator,
  deleteEntity,
  deleteResult,
  listConflicts,
  moveResult,
  previewMerge,
  setSectionBody,
  updateEntity,
  updatePlan,
  updateResult,
  type MergePreview,
  type PlanView,
} from '../../../shared/plan-doc';
import { materialize } from '../../../shared/plan-doc/view';
import { ACTOR_A, ACTOR_B, blankData, tickingClock } from '../../fixtures/plans';

const r = (s: string) => s as ResultId;

function basePlan(): Uint8Array {
  const hq = PlanSession.create(blankData(), { actor: ACTOR_A, office: 'HQ', clock: tickingClock() });
  hq.run(addResult, { id: r('g'), parentId: null, statement: 'Goal' });
  for (const o of ['o1', 'o2']) {
    hq.run(addResult, { id: r(o), parentId: r('g'), statement: `Outcome ${o}` });
    hq.run(addResult, { id: r(`${o}a`), parentId: r(o), statement: `Output ${o}a` });
    hq.run(addEntity, { collection: 'indicators', entity: blankIndicator(`i_${o}` as IndicatorId, r(o), 'a0', `Indicator ${o}`) });
  }
  hq.run(addSection, { id: 's1' as NarrativeSectionId, title: 'Vision' });
  hq.run(setSectionBody, { id: 's1' as NarrativeSectionId, body: 'The plan serves migrant workers.' });
  return A.save(hq.document);
}

type Edit =
  | { kind: 'statement'; pick: number; word: number }
  | { kind: 'target'; pick: number; period: number; value: number }
  | { kind: 'addResult'; pick: number }
  | { kind: 'move'; pick: number; to: number }
  | { kind: 'deleteResult'; pick: number }
  | { kind: 'addIndicator'; pick: number }
  | { kind: 'deleteIndicator'; pick: number }
  | { kind: 'title'; word: number }
  | { kind: 'body'; word: number };

const WORDS = ['alpha', 'beta', 'gamma', 'delta'];
const pick = fc.nat(40);
const word = fc.nat(3);
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('statement' as const), pick, word }),
  fc.record({ kind: fc.constant('target' as const), pick, period: fc.nat(5), value: fc.integer({ min: 0, max: 9 }) }),
  fc.record({ kind: fc.constant('addResult' as const), pick }),
  fc.record({ kind: fc.constant('move' as const), pick, to: pick }),
  fc.record({ kind: fc.constant('deleteResult' as const), pick }),
  fc.record({ kind: fc.constant('addIndicator' as const), pick }),
  fc.record({ kind: fc.constant('deleteIndicator' as const), pick }),
  fc.record({ kind: fc.constant('title' as const), word }),
  fc.record({ kind: fc.constant('body' as const), word }),
);

const at = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);

function attempt(run: () => unknown): void {
  try {
    run();
  } catch (e) {
    if (!(e instanceof CommandError)) throw e;
  }
}

let added = 0;
function edit(s: PlanSession, e: Edit, office: string): void {
  const view = s.view;
  const results = Object.keys(view.results).sort() as ResultId[];
  const indicators = Object.keys(view.indicators).sort() as IndicatorId[];
  switch (e.kind) {
    case 'statement': {
      const id = at(results, e.pick);
      if (id) attempt(() => s.run(updateResult, { id, fields: { statement: `${WORDS[e.word]} ${office}` } }));
      return;
    }
    case 'target': {
      const id = at(indicators, e.pick);
      const period = at(view.periodOrder, e.period) as ReportingPeriodId | undefined;
      if (id && period) attempt(() => s.run(updateEntity, { collection: 'indicators', id, fields: { targets: { [period]: e.value } } }));
      return;
    }
    case 'addResult':
      attempt(() => s.run(addResult, { id: r(`r${added++}`), parentId: at(results, e.pick) ?? null, statement: `Added by ${office}` }));
      return;
    case 'move': {
      const id = at(results, e.pick);
      if (id) attempt(() => s.run(moveResult, { id, parentId: at([null, ...results], e.to) ?? null, afterId: null }));
      return;
    }
    case 'deleteResult': {
      const id = at(results, e.pick);
      if (id) attempt(() => s.run(deleteResult, { id }));
      return;
    }
    case 'addIndicator': {
      const result = at(results, e.pick);
      if (result) attempt(() => s.run(addEntity, { collection: 'indicators', entity: blankIndicator(`i${added++}` as IndicatorId, result, 'b0', `Added by ${office}`) }));
      return;
    }
    case 'deleteIndicator': {
      const id = at(indicators, e.pick);
      if (id) attempt(() => s.run(deleteEntity, { collection: 'indicators', id }));
      return;
    }
    case 'title':
      attempt(() => s.run(updatePlan, { title: `Plan ${WORDS[e.word]} ${office}` }));
      return;
    case 'body':
      if (view.sections['s1']) attempt(() => s.run(setSectionBody, { id: 's1' as NarrativeSectionId, body: `The plan serves ${WORDS[e.word]} workers (${office}).` }));
      return;
  }
}

/** The view as plain data with sorted keys (the incremental view appends new keys; key order carries no meaning). */
function canonical(view: PlanView): string {
  return JSON.stringify(view, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : value,
  );
}

const sortedHeads = (heads: readonly string[]) => [...heads].sort();

function same(a: MergePreview, b: MergePreview): void {
  expect(sortedHeads(A.getHeads(a.merged))).toEqual(sortedHeads(A.getHeads(b.merged)));
  expect(canonical(a.after)).toBe(canonical(b.after));
  expect(a.entities).toEqual(b.entities);
  expect(a.conflicts).toEqual(b.conflicts);
  expect(a.counts).toEqual(b.counts);
}

describe('the preview of a merge', () => {
  it('builds the same merged document and view whichever way it merges, and its incremental view equals a full materialisation', () => {
    const base = basePlan();
    fc.assert(
      fc.property(fc.array(editArb, { maxLength: 12 }), fc.array(editArb, { maxLength: 12 }), (localEdits, fieldEdits) => {
        const local = PlanSession.load([base], { actor: ACTOR_A, office: 'HQ', clock: tickingClock('2026-02-01T00:00:00.000Z') });
        const field = PlanSession.load([base], { actor: ACTOR_B, office: 'Nairobi', clock: tickingClock('2026-03-01T00:00:00.000Z') });
        const baseHeads = field.heads();
        for (const e of localEdits) edit(local, e, 'HQ');
        for (const e of fieldEdits) edit(field, e, 'Nairobi');

        const fromDoc = previewMerge(local.document, field.document, { localView: local.view });
        // The view the preview shows is the one a full read of the merged document gives.
        expect(canonical(fromDoc.after)).toBe(canonical(materialize(fromDoc.merged)));
        expect(A.getActorId(fromDoc.merged)).toBe(ACTOR_A);

        // The field office's copy as saved bytes, as the changes since the shared base, and without the local view.
        same(previewMerge(local.document, A.save(field.document), { localView: local.view }), fromDoc);
        const changes = A.saveSince(field.document, baseHeads);
        if (changes.length > 0) same(previewMerge(local.document, changes), fromDoc);
        // Automerge's own merge of the same copy gives the same document.
        const merged = A.merge(A.clone(local.document), field.document);
        expect(sortedHeads(A.getHeads(merged))).toEqual(sortedHeads(A.getHeads(fromDoc.merged)));
        expect(canonical(materialize(merged))).toBe(canonical(fromDoc.after));
        expect(listConflicts(merged)).toEqual(listConflicts(fromDoc.merged));

        // The merged document carries on as the local copy: an edit after adopting it is the local office's.
        expect(local.adopt(local.previewImport(field))).toBe(true);
        expect(canonical(local.view)).toBe(canonical(materialize(local.document)));
        local.run(updatePlan, { title: 'After the import' });
        expect(local.view.plan.title).toBe('After the import');
        expect(canonical(local.view)).toBe(canonical(materialize(local.document)));
      }),
      { numRuns: 60 },
    );
  });

  it('leaves both copies as they were, and a second merge of the same copy changes nothing', () => {
    const base = basePlan();
    const local = PlanSession.load([base], { actor: ACTOR_A, office: 'HQ', clock: tickingClock() });
    const field = PlanSession.load([base], { actor: ACTOR_B, office: 'Nairobi', clock: tickingClock() });
    field.run(updateResult, { id: r('o1'), fields: { statement: 'Changed in Nairobi' } });
    local.run(updateResult, { id: r('o2'), fields: { statement: 'Changed at HQ' } });
    const localHeads = local.heads();
    const fieldHeads = field.heads();
    const preview = previewMerge(local.document, field.document, { localView: local.view });
    expect(preview.counts.changed).toBe(1);
    expect(preview.after.results['o1']!.statement).toBe('Changed in Nairobi');
    expect(preview.after.results['o2']!.statement).toBe('Changed at HQ');
    expect(local.heads()).toEqual(localHeads);
    expect(field.heads()).toEqual(fieldHeads);
    expect(local.view.results['o1']!.statement).toBe('Outcome o1');
    expect(previewMerge(preview.merged, field.document).changed).toBe(false);
  });

  it("refuses another plan's history given the same id, as a document and as bytes", () => {
    const a = PlanSession.create(blankData(), { actor: ACTOR_A, office: 'HQ', clock: tickingClock() });
    const b = PlanSession.create(blankData(), { actor: ACTOR_B, office: 'Nairobi', clock: tickingClock('2026-05-01T00:00:00.000Z') });
    expect(a.view.plan.id).toBe(b.view.plan.id);
    expect(() => previewMerge(a.document, b.document)).toThrow(/otherPlan/);
    expect(() => previewMerge(a.document, A.save(b.document))).toThrow(/otherPlan/);
  });
});
