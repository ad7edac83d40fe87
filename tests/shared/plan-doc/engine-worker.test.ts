/**
 * The worker engine (engine-client.ts's WorkerEngine talking to engine-server.ts) against
 * InProcessEngine: client and server run here over an in-memory channel that
 * structured-clones every message (and detaches what is transferred), as between a window
 * and a Web Worker. The same commands give the same states (view, heads, undo and redo),
 * the same saved bytes, imports, history, past views and conflicts; the view is rebuilt
 * from deltas with structural sharing; errors keep their class and code.
 */
import * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../shared/dates';
import type { IndicatorId, PlanData, ResultId } from '../../../shared/model';
import { CommandError, MergeError, PlanDocumentError, PlanSession } from '../../../shared/plan-doc';
import { InProcessEngine, type PlanEngine } from '../../../shared/plan-doc/engine';
import { EngineGoneError, WorkerEngine, portEngines } from '../../../shared/plan-doc/engine-client';
import type { EnginePort } from '../../../shared/plan-doc/engine-protocol';
import { serveEngine } from '../../../shared/plan-doc/engine-server';
import { decodeViewCache } from '../../../shared/plan-doc/view-cache';
import { buildSamplePlan } from '../../../shared/sample';
import { ACTOR_A, ACTOR_B, counterHex } from '../../fixtures/plans';

const rid = (s: string) => s as ResultId;
const CLOCK = '2026-01-01T00:00:00.000Z';
const OPTIONS = { actor: ACTOR_A, office: 'HQ', clock: fixedClock(CLOCK) };

/** A window and a worker joined by an in-memory channel; `sent` counts the bytes of JSON-able messages each way. */
function channel() {
  const listeners: [((m: unknown) => void)[], ((m: unknown) => void)[]] = [[], []];
  const failures: ((e: Error) => void)[] = [];
  let closed = false;
  const messages: unknown[][] = [[], []];
  const end = (self: 0 | 1): EnginePort => ({
    post(message, transfer = []) {
      // As postMessage: a structured clone, the transferred buffers detached from the sender.
      const copy = structuredClone(message, { transfer });
      messages[self].push(copy);
      setTimeout(() => {
        if (!closed) for (const l of listeners[self === 0 ? 1 : 0]) l(copy);
      }, 0);
    },
    onMessage: (l) => listeners[self].push(l),
    onFailure: (l) => failures.push(l),
    close: () => (closed = true),
  });
  const client = end(0);
  serveEngine(end(1), { clock: fixedClock(CLOCK) });
  return { client, fromServer: messages[1]!, fail: (e: Error) => failures.forEach((l) => l(e)) };
}

function sampleData(): PlanData {
  return buildSamplePlan({ randomHex: counterHex(), clock: fixedClock(CLOCK), officeName: 'HQ' });
}

/** Both engines on the same stored plan. */
async function pair(data = sampleData()) {
  const seed = InProcessEngine.create(data, OPTIONS);
  const stored = (await seed.unsavedChanges())!;
  const local = InProcessEngine.load([stored.bytes], OPTIONS, stored.heads);
  const ch = channel();
  const remote = await WorkerEngine.load(ch.client, [stored.bytes.slice()], { actor: ACTOR_A, office: 'HQ' }, stored.heads, null);
  return { local, remote, stored, ch };
}

function expectSameState(a: PlanEngine, b: PlanEngine): void {
  expect(b.state.heads).toEqual(a.state.heads);
  expect(b.state.view).toEqual(a.state.view);
  expect({ canUndo: b.state.canUndo, canRedo: b.state.canRedo, undoLabel: b.state.undoLabel, redoLabel: b.state.redoLabel }).toEqual({
    canUndo: a.state.canUndo,
    canRedo: a.state.canRedo,
    undoLabel: a.state.undoLabel,
    redoLabel: a.state.redoLabel,
  });
}

async function both<T>(engines: { local: PlanEngine; remote: PlanEngine }, work: (e: PlanEngine) => Promise<T>): Promise<[T, T]> {
  const a = await work(engines.local);
  const b = await work(engines.remote);
  expectSameState(engines.local, engines.remote);
  return [a, b];
}

describe('WorkerEngine over a structured-cloning channel, against InProcessEngine', () => {
  it('loads the same view and state, and the same view whether sent as JSON or already shown', async () => {
    const { local, remote, stored } = await pair();
    expectSameState(local, remote);
    expect(Object.isFrozen(remote.state.view.results[remote.state.view.rootIds[0]!])).toBe(true);
    // Shown already (from the view cache): the view is kept as it is, not sent again.
    const ch = channel();
    const shown = local.state.view;
    const json = (await local.cachedView()).json;
    const again = await WorkerEngine.load(ch.client, [stored.bytes.slice()], { actor: ACTOR_A, office: 'HQ' }, stored.heads, { view: shown, json });
    expect(again.state.view).toBe(shown);
    const reply = ch.fromServer[0] as { value: { viewJson: string | null } };
    expect(reply.value.viewJson).toBeNull();
    expect((await again.cachedView()).json).toBe(json);
    // A cache of the right heads whose content is not the document's view is replaced by the live view.
    const wrong = json.replace(JSON.stringify(shown.plan.title), JSON.stringify('Not the plan'));
    const wrongView = decodeViewCache(wrong, stored.heads)!;
    expect(wrongView.plan.title).toBe('Not the plan');
    const fixed = await WorkerEngine.load(channel().client, [stored.bytes.slice()], { actor: ACTOR_A, office: 'HQ' }, stored.heads, { view: wrongView, json: wrong });
    expect(fixed.state.view).toEqual(local.state.view);
  });

  it('gives the same states for a sequence of commands, undo and redo; after an edit only what changed crosses, and the rest of the view keeps its identity', async () => {
    const engines = await pair();
    const { local, remote, ch } = engines;
    const root = local.state.view.rootIds[0]!;
    const other = local.state.view.rootIds[1] ?? local.state.view.tree[1]!.id;
    await both(engines, (e) => e.run('addResult', { id: rid('r_new'), parentId: root, statement: 'Added' }));
    const before = remote.state.view;
    ch.fromServer.length = 0;
    await both(engines, (e) => e.run('updateResult', { id: rid('r_new'), fields: { statement: 'Edited' } }));
    const after = remote.state.view;
    expect(after.results[other]).toBe(before.results[other]);
    expect(after.indicators).toBe(before.indicators);
    expect(after.tree).toBe(before.tree);
    expect(after.results['r_new']?.statement).toBe('Edited');
    // The answer carried the one result, not the plan's thousands of fields.
    expect(JSON.stringify(ch.fromServer).length).toBeLessThan(4000);

    const indicator = Object.keys(local.state.view.indicators)[0]! as IndicatorId;
    await both(engines, (e) => e.run('updateEntity', { collection: 'indicators', id: indicator, fields: { definition: 'Renamed indicator' } }));
    await both(engines, (e) => e.run('updatePlan', { title: 'Renamed plan' }));
    await both(engines, (e) => e.run('moveResult', { id: rid('r_new'), parentId: null, afterId: null }));
    await both(engines, (e) => e.run('deleteResult', { id: rid('r_new') }));
    await both(engines, (e) => e.undo());
    await both(engines, (e) => e.undo());
    await both(engines, (e) => e.redo());
    expect(remote.state.canRedo).toBe(true);
    expect(remote.state.view.plan.title).toBe('Renamed plan');
  });

  it('gives the same unsaved bytes and markSaved, snapshots and data', async () => {
    const engines = await pair();
    await both(engines, (e) => e.run('addResult', { id: rid('r1'), parentId: null }));
    const [a, b] = await both(engines, (e) => e.unsavedChanges());
    expect(b!.heads).toEqual(a!.heads);
    expect(b!.bytes).toEqual(a!.bytes);
    await both(engines, (e) => e.markSaved(a!.heads));
    expect(await engines.remote.unsavedChanges()).toBeNull();
    const [s1, s2] = await both(engines, (e) => e.snapshot());
    expect(s2).toEqual(s1);
    const [d1, d2] = await both(engines, (e) => e.data());
    expect(d2).toEqual(d1);
  });

  it('previews and applies an import of bytes and of another engine alike; a stale preview is refused', async () => {
    const engines = await pair();
    const base = await engines.local.snapshot();
    const office = PlanSession.load([base.bytes], { actor: ACTOR_B, office: 'Nairobi', clock: fixedClock('2026-02-01T00:00:00.000Z') });
    const root = office.view.rootIds[0]!;
    office.run((await import('../../../shared/plan-doc')).addResult, { id: rid('r_field'), parentId: root, statement: 'From the field' });
    const incoming = A.save(office.document);

    const [p1, p2] = await both(engines, (e) => e.previewImport(incoming));
    expect(p2).toEqual(p1);
    expect(p2.after.results['r_field']?.statement).toBe('From the field');
    expect(p2.before).toBe(engines.remote.state.view);
    const [r1, r2] = await both(engines, (e) => e.applyImport(e === engines.local ? p1 : p2));
    expect(r1).not.toBe(false);
    expect(r2).not.toBe(false);
    expect(engines.remote.state.view.results['r_field']).toBeDefined();

    // Another engine (a plan file read on the window's thread) is sent as its bytes.
    const fileEngine = InProcessEngine.load([incoming], { ...OPTIONS, actor: 'f'.repeat(32) });
    const [q1, q2] = await both(engines, (e) => e.previewImport(fileEngine));
    expect(q2.changed).toBe(q1.changed);
    // An edit after a preview makes it stale on both.
    const [n1, n2] = await both(engines, (e) => e.previewImport(incoming));
    await both(engines, (e) => e.run('addResult', { id: rid('r_after'), parentId: null }));
    expect(await engines.local.applyImport(n1)).toBe(false);
    expect(await engines.remote.applyImport(n2)).toBe(false);
    await expect(engines.remote.previewImport(new Uint8Array([1, 2, 3]))).rejects.toBeInstanceOf(MergeError);
  });

  it('gives the same history, past views, version comparisons, restores and conflicts', async () => {
    const engines = await pair();
    const root = engines.local.state.view.rootIds[0]!;
    await both(engines, (e) => e.run('updateResult', { id: root, fields: { statement: 'First' } }));
    const firstHeads = [...engines.local.state.heads];
    await both(engines, (e) => e.run('updateResult', { id: root, fields: { statement: 'Second' } }));
    const [h1, h2] = await both(engines, (e) => e.history({ limit: 10 }));
    expect(h2).toEqual(h1);
    const [v1, v2] = await both(engines, (e) => e.viewAt(firstHeads));
    expect(v2).toEqual(v1);
    expect(v2.results[root]?.statement).toBe('First');
    const [c1, c2] = await both(engines, (e) => e.compareVersion(firstHeads));
    expect(c2).toEqual(c1);
    await both(engines, (e) => e.restoreVersion(firstHeads));
    expect(engines.remote.state.view.results[root]?.statement).toBe('First');
    const [s1, s2] = await both(engines, (e) => e.snapshotAt(firstHeads));
    expect(s2.heads).toEqual(s1.heads);

    // Two offices write the same field: the import leaves a conflict, listed alike.
    const base = await engines.local.snapshot();
    const office = PlanSession.load([base.bytes], { actor: ACTOR_B, office: 'Nairobi', clock: fixedClock('2026-02-01T00:00:00.000Z') });
    const { updateResult } = await import('../../../shared/plan-doc');
    office.run(updateResult, { id: root, fields: { statement: 'Nairobi says' } });
    await both(engines, (e) => e.run('updateResult', { id: root, fields: { statement: 'HQ says' } }));
    const incoming = A.save(office.document);
    const [p1, p2] = await both(engines, (e) => e.previewImport(incoming));
    await both(engines, (e) => e.applyImport(e === engines.local ? p1 : p2));
    const [k1, k2] = await both(engines, (e) => e.conflicts());
    expect(k2).toEqual(k1);
    expect(k2.length).toBeGreaterThan(0);
    await both(engines, (e) => e.run('resolveConflict', { target: k1[0]!.target, id: k1[0]!.id, path: k1[0]!.path, value: k1[0]!.values[1]!.value } as never));
    await both(engines, (e) => e.undo());
    const [u1, u2] = await both(engines, (e) => e.conflicts());
    expect(u2).toEqual(u1);
    await both(engines, (e) => e.setOffice('HQ renamed'));
    await both(engines, (e) => e.run('addResult', { id: rid('r_renamed'), parentId: null }));
  });

  it('refuses what InProcessEngine refuses, with the same error class and code, and goes on', async () => {
    const engines = await pair();
    const attempt = (e: PlanEngine) => e.run('updateResult', { id: rid('r_missing'), fields: { statement: 'x' } }).then(() => null, (err: unknown) => err);
    const [e1, e2] = await both(engines, (e) => attempt(e));
    expect(e1).toBeInstanceOf(CommandError);
    expect(e2).toBeInstanceOf(CommandError);
    expect((e2 as CommandError).code).toBe((e1 as CommandError).code);
    expect((e2 as CommandError).params).toEqual((e1 as CommandError).params);
    await expect(engines.remote.viewAt(['0'.repeat(64)])).rejects.toBeInstanceOf(CommandError);
    await both(engines, (e) => e.run('addResult', { id: rid('r_ok'), parentId: null }));
  });

  it('fails a load of unreadable chunks with PlanDocumentError; a failed or disposed worker fails every waiting and later call', async () => {
    const engines = portEngines(() => channel().client);
    await expect(engines.load([new Uint8Array([1, 2, 3])], OPTIONS, ['0'.repeat(64)], null)).rejects.toBeInstanceOf(PlanDocumentError);
    const created = await engines.create(sampleData(), OPTIONS);
    expect(created.state.view.plan.title).toBeTruthy();
    created.dispose();
    await expect(created.run('addResult', { id: rid('r1'), parentId: null })).rejects.toBeInstanceOf(EngineGoneError);

    const ch = channel();
    const stored = (await InProcessEngine.create(sampleData(), OPTIONS).unsavedChanges())!;
    const remote = await WorkerEngine.load(ch.client, [stored.bytes], { actor: ACTOR_A, office: 'HQ' }, stored.heads, null);
    const waiting = remote.run('addResult', { id: rid('r1'), parentId: null });
    ch.fail(new Error('worker crashed'));
    await expect(waiting).rejects.toThrow('worker crashed');
    await expect(remote.snapshot()).rejects.toThrow('worker crashed');
  });

  it('moves the stored chunks to the worker (transferred, not copied)', async () => {
    const stored = (await InProcessEngine.create(sampleData(), OPTIONS).unsavedChanges())!;
    const chunk = stored.bytes.slice();
    await WorkerEngine.load(channel().client, [chunk], { actor: ACTOR_A, office: 'HQ' }, stored.heads, null);
    expect(chunk.byteLength).toBe(0);
  });
});
