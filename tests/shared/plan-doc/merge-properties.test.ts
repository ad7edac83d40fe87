/**
 * Field-office sync as a property: three offices and headquarters edit copies of one plan
 * with random commands (statements, indicator targets, added, moved and deleted results,
 * a narrative section) and exchange full copies in random order, with duplicates and
 * stale copies. Then:
 * - after every merge the results tree has no cycles and loses no result (each live
 *   result is placed or unplaced, once), merging the same copy again changes nothing, and
 *   every conflict of the merged plan was there before or is listed by the preview;
 * - after everyone has everyone's work, all four have the same heads and the same view,
 *   whatever order the copies were merged in;
 * - no edit is silently lost: every modelled write is the final value, one of the values
 *   of its field's conflict, or was overwritten by a change made after seeing it.
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
  deleteResult,
  listConflicts,
  moveResult,
  previewMerge,
  setSectionBody,
  updateEntity,
  updateResult,
  type MergeConflict,
  type PlanDoc,
  type PlanView,
} from '../../../shared/plan-doc';
import { bucketOf, decodeValue, type DocMap } from '../../../shared/plan-doc/layout';
import { materialize } from '../../../shared/plan-doc/view';
import { ACTOR_A, blankData, tickingClock } from '../../fixtures/plans';

const OFFICES = ['HQ', 'Nairobi', 'Dakar', 'Bangkok'] as const;
const ACTORS = [ACTOR_A, 'b'.repeat(32), 'c'.repeat(32), 'd'.repeat(32)];
const WORDS = ['alpha', 'beta', 'gamma', 'delta'];

/** The plan every office starts from: a goal, two outcomes with outputs, indicators, a section. */
function basePlan(): Uint8Array {
  const hq = PlanSession.create(blankData(), { actor: ACTOR_A, office: 'HQ', clock: tickingClock() });
  const r = (s: string) => s as ResultId;
  hq.run(addResult, { id: r('r_goal'), parentId: null, statement: 'Goal' });
  for (const o of ['o1', 'o2']) {
    hq.run(addResult, { id: r(`r_${o}`), parentId: r('r_goal'), statement: `Outcome ${o}` });
    for (const p of ['a', 'b']) hq.run(addResult, { id: r(`r_${o}${p}`), parentId: r(`r_${o}`), statement: `Output ${o}${p}` });
    hq.run(addEntity, { collection: 'indicators', entity: blankIndicator(`i_${o}` as IndicatorId, r(`r_${o}`), 'a0', `Indicator ${o}`) });
  }
  hq.run(addSection, { id: 's_vision' as NarrativeSectionId, title: 'Vision' });
  hq.run(setSectionBody, { id: 's_vision' as NarrativeSectionId, body: 'The plan serves migrant workers.' });
  return A.save(hq.document);
}

interface Write {
  readonly target: 'results' | 'indicators';
  readonly id: string;
  readonly path: readonly string[];
  readonly value: unknown;
  /** The change that made it (the office's only head right after the edit). */
  readonly hash: string;
}

interface Office {
  readonly index: number;
  session: PlanSession;
  /** Copies this office has sent (oldest first): a stale copy is an older one. */
  readonly sent: Uint8Array[];
  added: number;
}

type Op =
  | { kind: 'statement'; office: number; pick: number; word: number }
  | { kind: 'target'; office: number; pick: number; period: number; value: number }
  | { kind: 'add'; office: number; pick: number }
  | { kind: 'move'; office: number; pick: number; to: number }
  | { kind: 'delete'; office: number; pick: number }
  | { kind: 'body'; office: number; word: number }
  | { kind: 'exchange'; from: number; to: number; stale: number };

const office = fc.integer({ min: 0, max: 3 });
const pick = fc.nat(50);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('statement' as const), office, pick, word: fc.nat(3) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('target' as const), office, pick, period: fc.nat(5), value: fc.integer({ min: 0, max: 20 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('add' as const), office, pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('move' as const), office, pick, to: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), office, pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('body' as const), office, word: fc.nat(3) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('exchange' as const), from: office, to: office, stale: fc.nat(3) }) },
);

function open(bytes: Uint8Array, index: number): PlanSession {
  return PlanSession.load([bytes], { actor: ACTORS[index]!, office: OFFICES[index]!, clock: tickingClock(`2026-0${index + 1}-01T00:00:00.000Z`) });
}

const sortedIds = (map: Readonly<Record<string, unknown>>) => Object.keys(map).sort();
const at = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);

/** Runs a command; a refused one (a move into its own subtree, too deep, ...) is not an edit. */
function attempt(run: () => { changed: boolean }): boolean {
  try {
    return run().changed;
  } catch (e) {
    if (e instanceof CommandError) return false;
    throw e;
  }
}

function checkTree(view: PlanView): void {
  const ids = view.tree.map((n) => n.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect([...ids].sort()).toEqual(sortedIds(view.results));
  // Each displayed parent comes before its child, so the displayed tree has no cycle.
  for (const node of view.tree) if (node.parentId !== null) expect(view.treeIndex[node.parentId]!).toBeLessThan(view.treeIndex[node.id]!);
}

function applyOp(op: Op, offices: Office[], writes: Write[]): void {
  if (op.kind === 'exchange') {
    const from = offices[op.from]!;
    const to = offices[op.to]!;
    from.sent.push(A.save(from.session.document));
    const copy = from.sent[Math.max(0, from.sent.length - 1 - op.stale)]!;
    const preview = previewMerge(to.session.document, copy);
    checkTree(preview.after);
    // Every conflict of the merged plan was there before or is listed by the preview.
    const key = (c: MergeConflict) => `${c.target}/${c.id}/${c.path.join('/')}`;
    const known = new Set([...listConflicts(to.session.document), ...preview.conflicts].map(key));
    for (const c of listConflicts(preview.merged)) expect(known, key(c)).toContain(key(c));
    const again = previewMerge(preview.merged, copy);
    expect(again.changed).toBe(false);
    expect(A.getHeads(again.merged).sort()).toEqual(A.getHeads(preview.merged).sort());
    if (preview.changed) to.session = open(A.save(preview.merged), to.index);
    return;
  }
  const o = offices[op.office]!;
  const s = o.session;
  const view = s.view;
  const results = sortedIds(view.results) as ResultId[];
  const head = () => s.heads()[0]!;
  switch (op.kind) {
    case 'statement': {
      const id = at(results, op.pick);
      const statement = `${WORDS[op.word]} ${OFFICES[o.index]}`;
      if (id && attempt(() => s.run(updateResult, { id, fields: { statement } }))) writes.push({ target: 'results', id, path: ['statement'], value: statement, hash: head() });
      return;
    }
    case 'target': {
      const id = at(sortedIds(view.indicators), op.pick);
      const period = at(view.periodOrder, op.period) as ReportingPeriodId;
      if (id && attempt(() => s.run(updateEntity, { collection: 'indicators', id, fields: { targets: { [period]: op.value } } }))) {
        writes.push({ target: 'indicators', id, path: ['targets', period], value: op.value, hash: head() });
      }
      return;
    }
    case 'add': {
      const parent = at(results.filter((id) => view.results[id]!.level !== 'activity'), op.pick) ?? null;
      const id = `r_${o.index}_${o.added++}` as ResultId;
      attempt(() => s.run(addResult, { id, parentId: parent, statement: `Added by ${OFFICES[o.index]}` }));
      return;
    }
    case 'move': {
      const id = at(results, op.pick);
      const parent = at([null, ...results], op.to) ?? null;
      if (!id) return;
      const was = view.results[id]!.parentId;
      if (attempt(() => s.run(moveResult, { id, parentId: parent, afterId: null })) && was !== parent) {
        writes.push({ target: 'results', id, path: ['parentId'], value: parent, hash: head() });
      }
      return;
    }
    case 'delete': {
      const id = at(results, op.pick);
      if (id) attempt(() => s.run(deleteResult, { id }));
      return;
    }
    case 'body': {
      if (view.sections['s_vision']) attempt(() => s.run(setSectionBody, { id: 's_vision' as NarrativeSectionId, body: `The plan serves ${WORDS[op.word]} workers (${OFFICES[o.index]}).` }));
      return;
    }
  }
}

/** Every office sends its latest copy to `hub` in the given order, then the hub's copy to everyone. */
function syncAll(offices: Office[], hub: number, order: readonly number[]): void {
  for (const i of order) applyOp({ kind: 'exchange', from: i, to: hub, stale: 0 }, offices, []);
  for (const i of order) applyOp({ kind: 'exchange', from: hub, to: i, stale: 0 }, offices, []);
}

function rawValue(doc: PlanDoc, write: Write): unknown {
  let node: unknown = doc.collections[write.target][bucketOf(write.target, write.id)]?.[write.id];
  for (const key of write.path) node = node === undefined || node === null ? undefined : (node as DocMap)[key];
  return decodeValue(node);
}

/** Hashes of each change's ancestors (itself excluded). */
function ancestry(doc: PlanDoc): Map<string, Set<string>> {
  const deps = new Map(A.getChangesMetaSince(doc, []).map((c) => [c.hash, c.deps]));
  const memo = new Map<string, Set<string>>();
  const of = (hash: string): Set<string> => {
    const known = memo.get(hash);
    if (known) return known;
    const out = new Set<string>();
    const stack = [...(deps.get(hash) ?? [])];
    while (stack.length > 0) {
      const h = stack.pop()!;
      if (out.has(h)) continue;
      out.add(h);
      stack.push(...(deps.get(h) ?? []));
    }
    memo.set(hash, out);
    return out;
  };
  for (const h of deps.keys()) of(h);
  return memo;
}

/** The view as canonical JSON: keys sorted (a view updated edit by edit lists a new entity last, a loaded one in id order). */
const viewJson = (view: PlanView) =>
  JSON.stringify({ ...view, heads: [...view.heads].sort() }, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : value,
  );

describe('field offices exchanging plan files', () => {
  const base = basePlan();

  it('converge, keep every edit (or its conflict), and never leave a cycle or lose a result', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 5, maxLength: 30 }), fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }), (ops, order) => {
        const offices: Office[] = OFFICES.map((_, index) => ({ index, session: open(base, index), sent: [], added: 0 }));
        const writes: Write[] = [];
        for (const op of ops) applyOp(op, offices, writes);
        const hub = order[0]!;
        syncAll(offices, hub, order);

        const heads = offices[0]!.session.heads().sort();
        const view = viewJson(offices[0]!.session.view);
        for (const o of offices) {
          expect(o.session.heads().sort()).toEqual(heads);
          expect(viewJson(o.session.view)).toBe(view);
          checkTree(o.session.view);
        }
        // Merged in the opposite order, the same plan.
        const reversed = [...offices].reverse().reduce<PlanDoc>((doc, o) => previewMerge(doc, A.save(o.session.document)).merged, open(base, 0).document);
        expect(A.getHeads(reversed).sort()).toEqual(heads);
        expect(viewJson(materialize(reversed))).toBe(view);

        // No edit silently lost.
        const doc = offices[0]!.session.document;
        const conflicts = new Map(listConflicts(doc).map((c) => [`${c.target}/${c.id}/${c.path.join('/')}`, c.values.map((v) => v.value)]));
        const seen = ancestry(doc);
        for (const w of writes) {
          const key = `${w.target}/${w.id}/${w.path.join('/')}`;
          const kept = rawValue(doc, w) === w.value || (conflicts.get(key) ?? []).includes(w.value);
          const overwritten = writes.some((later) => later !== w && `${later.target}/${later.id}/${later.path.join('/')}` === key && seen.get(later.hash)?.has(w.hash));
          if (!kept && !overwritten) throw new Error(`lost write ${key} = ${JSON.stringify(w.value)} (${w.hash})`);
        }
      }),
      {
        numRuns: 60,
        // Found in CI: two offices moved the same result; the level conflict the merge left was
        // not flagged by any patch, so the preview did not list it.
        examples: [
          [
            [
              { kind: 'exchange', from: 0, to: 0, stale: 0 },
              { kind: 'move', office: 3, pick: 36, to: 0 },
              { kind: 'exchange', from: 0, to: 0, stale: 0 },
              { kind: 'move', office: 0, pick: 24, to: 9 },
              { kind: 'move', office: 1, pick: 17, to: 0 },
            ],
            [3, 0, 1, 2],
          ],
        ],
      },
    );
  }, 120_000);
});
