/**
 * Field offices exchanging real plan files, the way the app does it: each copy is
 * written with writePlanFile, read back with readAnyPlanFile (every check), previewed
 * with PlanSession.previewImport and applied with adopt. Random edits, files sent in
 * random order, duplicated and stale (older files an office sent before). Properties:
 * - reading a file gives exactly the plan that was written (save then load is the identity);
 * - importing a file a second time changes nothing;
 * - once everyone has received everyone's latest file through a hub, all copies are the
 *   same plan with the same heads.
 * (tests/shared/plan-doc/merge-properties.test.ts checks lost writes, conflicts and cycles
 * on the same kind of exchange without the file layer.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportingPeriodId, ResultId } from '../../../shared/model';
import { CommandError, PlanSession, addResult, blankIndicator, addEntity, updateEntity, updateResult, type PlanView } from '../../../shared/plan-doc';
import { readAnyPlanFile, writePlanFile } from '../../../shared/plan-file';
import { blankData, tickingClock } from '../../fixtures/plans';

const OFFICES = ['HQ', 'Nairobi', 'Dakar', 'Bangkok'] as const;
const actorOf = (i: number) => String.fromCharCode(97 + i).repeat(32);

function session(bytes: Uint8Array | null, i: number): PlanSession {
  const options = { actor: actorOf(i), office: OFFICES[i]!, clock: tickingClock(`2026-0${i + 1}-01T00:00:00.000Z`) };
  if (bytes) return PlanSession.load([bytes], options);
  const s = PlanSession.create(blankData(), options);
  s.run(addResult, { id: 'r_goal' as ResultId, parentId: null, statement: 'Goal' });
  s.run(addResult, { id: 'r_out' as ResultId, parentId: 'r_goal' as ResultId, statement: 'Outcome' });
  s.run(addEntity, { collection: 'indicators', entity: blankIndicator('i_1' as never, 'r_out' as ResultId, 'a0', 'Indicator') });
  return s;
}

async function fileOf(s: PlanSession, i: number): Promise<Uint8Array> {
  return writePlanFile({ snapshot: s.snapshot(), view: s.view }, { from: { office: OFFICES[i]!, actorId: actorOf(i) }, createdAt: '2026-11-29T00:00:00.000Z' });
}

/** Canonical JSON of a view (key order differs between an edited and a loaded view). */
const canon = (view: PlanView) =>
  JSON.stringify({ ...view, heads: [...view.heads].sort() }, (_k, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );

type Op =
  | { kind: 'statement'; office: number; result: number; word: number }
  | { kind: 'target'; office: number; period: number; value: number }
  | { kind: 'add'; office: number; under: number }
  | { kind: 'send'; from: number; to: number; stale: number };

const office = fc.integer({ min: 0, max: 3 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('statement' as const), office, result: fc.nat(20), word: fc.nat(5) }),
  fc.record({ kind: fc.constant('target' as const), office, period: fc.nat(5), value: fc.integer({ min: 0, max: 50 }) }),
  fc.record({ kind: fc.constant('add' as const), office, under: fc.nat(20) }),
  fc.record({ kind: fc.constant('send' as const), from: office, to: office, stale: fc.nat(2) }),
  fc.record({ kind: fc.constant('send' as const), from: office, to: office, stale: fc.constant(0) }),
);

interface Office {
  session: PlanSession;
  /** Files this office wrote, oldest first (a stale file is an older one). */
  readonly sent: Uint8Array[];
  added: number;
}

/** Reads a file as the app does and merges it into `to`; checks identity on read and idempotence. */
async function receive(to: Office, file: Uint8Array, i: number): Promise<void> {
  const contents = await readAnyPlanFile(file, { actor: 'f'.repeat(32), office: 'reader', clock: tickingClock() });
  if (contents.kind !== 'full') throw new Error('expected a full file');
  const preview = to.session.previewImport(contents.payload);
  expect(to.session.adopt(preview)).toBe(true);
  to.session.markSaved(to.session.heads());
  const again = to.session.previewImport(contents.payload);
  expect(again.changed).toBe(false);
  expect(again.entities).toEqual([]);
  // The office keeps working on the merged plan after a reload, as the app does.
  to.session = session(to.session.snapshot().bytes, i);
}

async function apply(op: Op, offices: Office[]): Promise<void> {
  if (op.kind === 'send') {
    const from = offices[op.from]!;
    const file = await fileOf(from.session, op.from);
    // Save then read is the identity: the file holds exactly the sender's plan.
    const read = await readAnyPlanFile(file, { actor: 'f'.repeat(32), office: 'reader', clock: tickingClock() });
    if (read.kind !== 'full') throw new Error('expected a full file');
    expect(canon(read.engine.state.view)).toBe(canon(from.session.view));
    from.sent.push(file);
    if (op.from === op.to) return;
    await receive(offices[op.to]!, from.sent[Math.max(0, from.sent.length - 1 - op.stale)]!, op.to);
    return;
  }
  const o = offices[op.office]!;
  const s = o.session;
  const results = Object.keys(s.view.results).sort() as ResultId[];
  try {
    if (op.kind === 'statement') s.run(updateResult, { id: results[op.result % results.length]!, fields: { statement: `${['alpha', 'beta', 'gamma', 'delta', 'eta', 'zeta'][op.word]} ${OFFICES[op.office]}` } });
    if (op.kind === 'target') s.run(updateEntity, { collection: 'indicators', id: 'i_1', fields: { targets: { [s.view.periodOrder[op.period % s.view.periodOrder.length] as ReportingPeriodId]: op.value } } });
    if (op.kind === 'add') {
      const parents = results.filter((id) => s.view.results[id]!.level !== 'activity');
      s.run(addResult, { id: `r_${op.office}_${o.added++}` as ResultId, parentId: parents[op.under % parents.length]!, statement: `Added by ${OFFICES[op.office]}` });
    }
  } catch (e) {
    if (!(e instanceof CommandError)) throw e;
  }
}

describe('offices exchanging plan files (write, read, preview, adopt)', () => {
  it('read what was written, import twice without change, and converge whatever the order', async () => {
    const start = session(null, 0).snapshot().bytes;
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 4, maxLength: 20 }), fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }), async (ops, order) => {
        const offices: Office[] = OFFICES.map((_, i) => ({ session: session(start, i), sent: [], added: 0 }));
        for (const op of ops) await apply(op, offices);
        // Everyone sends the hub a file, then the hub sends everyone its file.
        const hub = order[0]!;
        for (const i of order) await apply({ kind: 'send', from: i, to: hub, stale: 0 }, offices);
        for (const i of order) await apply({ kind: 'send', from: hub, to: i, stale: 0 }, offices);
        const heads = offices[hub]!.session.heads().sort();
        const view = canon(offices[hub]!.session.view);
        for (const o of offices) {
          expect(o.session.heads().sort()).toEqual(heads);
          expect(canon(o.session.view)).toBe(view);
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
