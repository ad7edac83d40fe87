import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanId } from '../../../shared/model';
import { openDatabase, type RbmDatabase } from '../../../renderer/db/db';
import { StorageError } from '../../../renderer/db/errors';
import { PlanRepository, type NewPlanListing } from '../../../renderer/db/plan-repository';

/** A clock the test moves by hand. */
function manualClock(iso = '2026-01-01T00:00:00.000Z') {
  let at = new Date(iso).getTime();
  return { now: () => new Date(at), advance: (ms: number) => void (at += ms) };
}

const opened: RbmDatabase[] = [];
function setup() {
  const db = openDatabase(`plans-${crypto.randomUUID()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  opened.push(db);
  const clock = manualClock();
  return { db, clock, repo: new PlanRepository(db, clock) };
}
afterEach(() => opened.splice(0).forEach((db) => db.close()));

const id = (s: string) => s as PlanId;
const bytes = (...b: number[]) => new Uint8Array(b);
const listing = (planId: string, title = `Plan ${planId}`): NewPlanListing => ({
  id: id(planId),
  title,
  organisation: 'ILO',
  periodStart: '2026-01-01',
  periodEnd: '2027-12-31',
  status: 'draft',
});

async function rejection(p: Promise<unknown>): Promise<StorageError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(StorageError);
  return e as StorageError;
}

describe('PlanRepository: create, list, load', () => {
  it('creates a plan whose listing is dated by the clock and whose first chunk is the snapshot', async () => {
    const { repo } = setup();
    const created = await repo.create(listing('p_1'), bytes(1, 2, 3), ['h1']);
    expect(created).toEqual({ ...listing('p_1'), createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deletedAt: null });
    expect(await repo.getListing(id('p_1'))).toEqual(created);
    const loaded = await repo.loadChunks(id('p_1'));
    expect(loaded.chunks).toEqual([bytes(1, 2, 3)]);
    expect(loaded.count).toBe(1);
  });

  it('gives, with the chunks, the heads recorded at the last save (for the loaded document to match)', async () => {
    const { repo } = setup();
    await repo.create(listing('p_1'), bytes(1), ['h1']);
    expect((await repo.loadChunks(id('p_1'))).heads).toEqual(['h1']);
    await repo.appendChanges(id('p_1'), bytes(2), ['h2', 'h3']);
    expect((await repo.loadChunks(id('p_1'))).heads).toEqual(['h2', 'h3']);
  });

  it('keeps a createdAt given by the caller', async () => {
    const { repo } = setup();
    const created = await repo.create({ ...listing('p_1'), createdAt: '2020-05-05T10:00:00.000Z' }, bytes(1), []);
    expect(created.createdAt).toBe('2020-05-05T10:00:00.000Z');
    expect(created.updatedAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('lists plans most recently updated first', async () => {
    const { repo, clock } = setup();
    await repo.create(listing('p_a'), bytes(1), []);
    clock.advance(1000);
    await repo.create(listing('p_b'), bytes(1), []);
    clock.advance(1000);
    await repo.appendChanges(id('p_a'), bytes(2), []);
    expect((await repo.list()).map((p) => p.id)).toEqual(['p_a', 'p_b']);
  });

  it('loads chunks in the order they were saved, snapshot first', async () => {
    const { repo } = setup();
    await repo.create(listing('p_1'), bytes(0), ['h0']);
    for (let i = 1; i <= 12; i++) await repo.appendChanges(id('p_1'), bytes(i), [`h${i}`]);
    const loaded = await repo.loadChunks(id('p_1'));
    expect(loaded.chunks.map((c) => c[0])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(loaded.count).toBe(13);
    expect(loaded.maxSeq).toBe((await repo.chunkInfo(id('p_1'))).maxSeq);
  });

  it("does not mix another plan's chunks into a plan's", async () => {
    const { repo } = setup();
    await repo.create(listing('p_1'), bytes(10), []);
    await repo.create(listing('p_2'), bytes(20), []);
    await repo.appendChanges(id('p_1'), bytes(11), []);
    await repo.appendChanges(id('p_2'), bytes(21), []);
    expect((await repo.loadChunks(id('p_1'))).chunks).toEqual([bytes(10), bytes(11)]);
    expect((await repo.loadChunks(id('p_2'))).chunks).toEqual([bytes(20), bytes(21)]);
  });

  it('refuses to create a plan whose id is already stored, and keeps the stored one', async () => {
    const { repo } = setup();
    await repo.create(listing('p_1', 'Original'), bytes(1), []);
    const e = await rejection(repo.create(listing('p_1', 'Intruder'), bytes(9), []));
    expect(e.kind).toBe('conflict');
    expect(e.message).toContain('p_1');
    expect((await repo.getListing(id('p_1')))?.title).toBe('Original');
    expect((await repo.loadChunks(id('p_1'))).chunks).toEqual([bytes(1)]);
  });

  it('reports an unknown plan as not found', async () => {
    const { repo } = setup();
    expect((await rejection(repo.loadChunks(id('p_none')))).kind).toBe('not_found');
    expect((await rejection(repo.appendChanges(id('p_none'), bytes(1), []))).kind).toBe('not_found');
    expect((await rejection(repo.chunkInfo(id('p_none')))).kind).toBe('not_found');
    expect((await rejection(repo.rename(id('p_none'), 'x'))).kind).toBe('not_found');
    expect(await repo.getListing(id('p_none'))).toBeUndefined();
  });
});

describe('PlanRepository: appendChanges', () => {
  it("moves the listing's updatedAt to the clock's time and applies the patch", async () => {
    const { repo, clock } = setup();
    await repo.create(listing('p_1'), bytes(1), []);
    clock.advance(60_000);
    const result = await repo.appendChanges(id('p_1'), bytes(2), ['h2'], { title: 'Renamed', status: 'approved' });
    expect(result.chunkCount).toBe(2);
    const after = await repo.getListing(id('p_1'));
    expect(after).toMatchObject({ title: 'Renamed', status: 'approved', updatedAt: '2026-01-01T00:01:00.000Z', createdAt: '2026-01-01T00:00:00.000Z' });
  });

  it('ignores listing fields outside the patchable ones', async () => {
    const { repo } = setup();
    await repo.create(listing('p_1'), bytes(1), []);
    const sneaky = { title: 'T', id: 'p_other', deletedAt: 'x' } as unknown as { title: string };
    await repo.appendChanges(id('p_1'), bytes(2), [], sneaky);
    expect(await repo.getListing(id('p_1'))).toMatchObject({ id: 'p_1', title: 'T', deletedAt: null });
  });
});

describe('PlanRepository: compaction', () => {
  it('leaves exactly one snapshot followed by the chunks saved after upToSeq, all readable', async () => {
    const { db, repo } = setup();
    await repo.create(listing('p_1'), bytes(0), ['h0']);
    await repo.appendChanges(id('p_1'), bytes(1), ['h1']);
    const { seq: upTo } = await repo.appendChanges(id('p_1'), bytes(2), ['h2']);
    await repo.appendChanges(id('p_1'), bytes(3), ['h3']); // saved while the snapshot was being made
    const result = await repo.compact(id('p_1'), bytes(0, 1, 2), ['h2'], upTo);
    expect(result.chunkCount).toBe(2);
    const rows = await db.docChunks.where('planId').equals('p_1').sortBy('seq');
    expect(rows.map((r) => [r.kind, Array.from(r.bytes), r.heads])).toEqual([
      ['snapshot', [0, 1, 2], ['h2']],
      ['changes', [3], ['h3']],
    ]);
    expect((await repo.loadChunks(id('p_1'))).chunks).toEqual([bytes(0, 1, 2), bytes(3)]);
    const info = await repo.chunkInfo(id('p_1'));
    expect(info.count).toBe(2);
    expect(info.maxSeq).toBe(rows[1]!.seq);
  });

  it('keeps appending after a compaction in load order', async () => {
    const { repo } = setup();
    await repo.create(listing('p_1'), bytes(0), []);
    const { seq } = await repo.appendChanges(id('p_1'), bytes(1), []);
    await repo.compact(id('p_1'), bytes(9), [], seq);
    await repo.appendChanges(id('p_1'), bytes(2), []);
    expect((await repo.loadChunks(id('p_1'))).chunks).toEqual([bytes(9), bytes(2)]);
  });

  it('leaves the old chunks intact when writing the snapshot fails midway', async () => {
    const { db, repo } = setup();
    await repo.create(listing('p_1'), bytes(0), ['h0']);
    await repo.appendChanges(id('p_1'), bytes(1), ['h1']);
    const { seq } = await repo.appendChanges(id('p_1'), bytes(2), ['h2']);
    const before = await repo.loadChunks(id('p_1'));
    // The old chunks are deleted first in the transaction; the snapshot write then fails.
    db.docChunks.hook('creating', (_key, chunk) => {
      if (chunk.kind === 'snapshot') throw new Error('disk gave up');
    });
    const e = await rejection(repo.compact(id('p_1'), bytes(0, 1, 2), ['h2'], seq));
    expect(e.kind).toBe('unknown');
    expect(await repo.loadChunks(id('p_1'))).toEqual(before);
  });

  it('leaves the old chunks intact when moving the later chunks fails', async () => {
    const { db, repo } = setup();
    await repo.create(listing('p_1'), bytes(0), []);
    const { seq } = await repo.appendChanges(id('p_1'), bytes(1), []);
    await repo.appendChanges(id('p_1'), bytes(2), []);
    const before = await repo.loadChunks(id('p_1'));
    db.docChunks.hook('creating', (_key, chunk) => {
      if (chunk.kind === 'changes') throw new Error('disk gave up');
    });
    await rejection(repo.compact(id('p_1'), bytes(0, 1), [], seq));
    expect(await repo.loadChunks(id('p_1'))).toEqual(before);
  });

  it('refuses a snapshot claiming chunks that are not stored', async () => {
    const { repo } = setup();
    await repo.create(listing('p_1'), bytes(0), []);
    const { maxSeq } = await repo.chunkInfo(id('p_1'));
    expect((await rejection(repo.compact(id('p_1'), bytes(9), [], maxSeq + 5))).kind).toBe('conflict');
    expect((await repo.loadChunks(id('p_1'))).chunks).toEqual([bytes(0)]);
  });

  it('does nothing when the chunks up to upToSeq were already compacted', async () => {
    const { repo } = setup();
    await repo.create(listing('p_1'), bytes(0), []);
    const { seq } = await repo.appendChanges(id('p_1'), bytes(1), []);
    await repo.compact(id('p_1'), bytes(0, 1), [], seq);
    expect(await repo.compact(id('p_1'), bytes(7), [], seq)).toEqual({ chunkCount: 1 });
    expect((await repo.loadChunks(id('p_1'))).chunks).toEqual([bytes(0, 1)]);
  });
});

describe('PlanRepository: rename, delete, restore, purge', () => {
  it('renames the listing and moves its updatedAt', async () => {
    const { repo, clock } = setup();
    await repo.create(listing('p_1'), bytes(0), []);
    clock.advance(5000);
    await repo.rename(id('p_1'), 'New title');
    expect(await repo.getListing(id('p_1'))).toMatchObject({ title: 'New title', updatedAt: '2026-01-01T00:00:05.000Z' });
  });

  it('hides a soft-deleted plan from list and loading, and restore brings it back whole', async () => {
    const { repo, clock } = setup();
    await repo.create(listing('p_1'), bytes(0), []);
    await repo.create(listing('p_2'), bytes(5), []);
    await repo.appendChanges(id('p_1'), bytes(1), []);
    clock.advance(1000);
    await repo.markDeleted(id('p_1'));
    expect((await repo.list()).map((p) => p.id)).toEqual(['p_2']);
    expect((await repo.listDeleted()).map((p) => [p.id, p.deletedAt])).toEqual([['p_1', '2026-01-01T00:00:01.000Z']]);
    expect((await rejection(repo.loadChunks(id('p_1')))).kind).toBe('not_found');
    await repo.restore(id('p_1'));
    expect((await repo.list()).map((p) => p.id).sort()).toEqual(['p_1', 'p_2']);
    expect(await repo.listDeleted()).toEqual([]);
    expect((await repo.loadChunks(id('p_1'))).chunks).toEqual([bytes(0), bytes(1)]);
  });

  it('keeps the first deletion date when a plan is deleted twice', async () => {
    const { repo, clock } = setup();
    await repo.create(listing('p_1'), bytes(0), []);
    await repo.markDeleted(id('p_1'));
    clock.advance(1000);
    await repo.markDeleted(id('p_1'));
    expect((await repo.getListing(id('p_1')))?.deletedAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it("purges everything of one plan and nothing of another's", async () => {
    const { db, repo } = setup();
    for (const p of ['p_1', 'p_2']) {
      await repo.create(listing(p), bytes(0), []);
      await repo.appendChanges(id(p), bytes(1), []);
      await repo.putViewCache(id(p), ['h'], '{}');
      await db.imports.add({ planId: id(p), fileName: `${p}.rbmplan`, office: 'Geneva', fileCreatedAt: 'x', fileKind: 'full', importedAt: 'x', headsBefore: [], headsAfter: [], counts: {}, undoneAt: null });
      await repo.recordSent(id(p), 'Nairobi', 'full', ['h']);
    }
    await repo.purge(id('p_1'));
    expect(await repo.getListing(id('p_1'))).toBeUndefined();
    expect(await db.docChunks.where('planId').equals('p_1').count()).toBe(0);
    expect(await repo.getViewCache(id('p_1'))).toBeUndefined();
    expect(await db.imports.where('planId').equals('p_1').count()).toBe(0);
    expect(await repo.listSent(id('p_1'))).toEqual([]);
    expect(await repo.listSent(id('p_2'))).toHaveLength(1);
    expect((await repo.loadChunks(id('p_2'))).count).toBe(2);
    expect(await repo.getViewCache(id('p_2'))).toBeDefined();
    expect(await db.imports.where('planId').equals('p_2').count()).toBe(1);
    await expect(repo.purge(id('p_1'))).resolves.toBeUndefined();
  });

  it('purges only the plans deleted before the given instant', async () => {
    const { repo, clock } = setup();
    for (const p of ['p_old', 'p_recent', 'p_live']) await repo.create(listing(p), bytes(0), []);
    await repo.markDeleted(id('p_old'));
    clock.advance(10 * 86_400_000);
    await repo.markDeleted(id('p_recent'));
    const purged = await repo.purgeDeletedBefore('2026-01-05T00:00:00.000Z');
    expect(purged).toEqual(['p_old']);
    expect(await repo.getListing(id('p_old'))).toBeUndefined();
    expect(await repo.getListing(id('p_recent'))).toBeDefined();
    expect((await repo.list()).map((p) => p.id)).toEqual(['p_live']);
  });
});

describe('PlanRepository: view cache', () => {
  it('stores the view with its heads and the time it was saved', async () => {
    const { repo, clock } = setup();
    await repo.create(listing('p_1'), bytes(0), []);
    clock.advance(2000);
    await repo.putViewCache(id('p_1'), ['h1'], '{"a":1}');
    await repo.putViewCache(id('p_1'), ['h2'], '{"a":2}');
    expect(await repo.getViewCache(id('p_1'))).toEqual({ planId: 'p_1', heads: ['h2'], json: '{"a":2}', savedAt: '2026-01-01T00:00:02.000Z' });
  });

  it('refuses to cache the view of a plan that is not stored', async () => {
    const { repo } = setup();
    expect((await rejection(repo.putViewCache(id('p_gone'), [], '{}'))).kind).toBe('not_found');
  });
});
