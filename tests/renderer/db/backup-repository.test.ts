/** Backups in the browser's database (renderer/db/backup-repository.ts, schema version 3) on fake-indexeddb. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupRepository, LATEST_SCHEMA_VERSION, openDatabase, SCHEMA_VERSIONS, StorageError, type RbmDatabase } from '../../../renderer/db';
import { KEEP_DAILY_DAYS, KEEP_RECENT } from '../../../shared/backups';
import type { BackupWriteRequest } from '../../../shared/ipc';

const opened: RbmDatabase[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

const HEAD = 'b'.repeat(64);

function setup(start = '2026-03-01T09:00:00.000Z') {
  const db = openDatabase(`backups-${crypto.randomUUID()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  opened.push(db);
  let t = new Date(start).getTime();
  let n = 0;
  const repo = new BackupRepository(db, { now: () => new Date(t) }, () => (++n).toString(16).padStart(8, '0'));
  return { db, repo, advance: (ms: number) => (t += ms) };
}

const request = (over: Partial<BackupWriteRequest> = {}): BackupWriteRequest => ({
  planId: 'p_plan1',
  reason: 'rolling',
  title: 'Country plan',
  planChangedAt: '2026-03-01T08:59:00.000Z',
  heads: [HEAD],
  bytes: new TextEncoder().encode('{"format":"rbm-plan"}'),
  ...over,
});

describe('BackupRepository', () => {
  it('stores a backup, lists it newest first and reads its file back', async () => {
    const { repo, advance } = setup();
    const first = await repo.write(request({ bytes: new Uint8Array([1, 2, 3]) }));
    advance(1000);
    const second = await repo.write(request({ reason: 'import', bytes: new Uint8Array([4, 5]) }));
    expect(second).toEqual({ id: '20260301T090001000Z-import-00000002', planId: 'p_plan1', reason: 'import', createdAt: '2026-03-01T09:00:01.000Z', title: 'Country plan', planChangedAt: '2026-03-01T08:59:00.000Z', heads: [HEAD], size: 2 });
    expect((await repo.list('p_plan1')).map((b) => b.id)).toEqual([second.id, first.id]);
    expect([...(await repo.read('p_plan1', first.id))]).toEqual([1, 2, 3]);
    expect(await repo.list('p_other')).toEqual([]);
  });

  it('does not hand one plan’s backup to another plan', async () => {
    const { repo } = setup();
    const info = await repo.write(request());
    await expect(repo.read('p_other', info.id)).rejects.toBeInstanceOf(StorageError);
    await expect(repo.read('p_plan1', '20260301T090000000Z-manual-ffffffff')).rejects.toMatchObject({ kind: 'not_found', messageKey: 'backups.errors.notFound' });
  });

  it('prunes by the retention rule in the same transaction, file and description together', async () => {
    const { db, repo, advance } = setup();
    for (let day = 0; day < 20; day += 1) {
      for (let i = 0; i < 6; i += 1) {
        await repo.write(request());
        advance(15 * 60_000);
      }
      advance(24 * 3600_000 - 6 * 15 * 60_000);
    }
    await repo.write(request({ planId: 'p_plan2' }));
    const listed = await repo.list('p_plan1');
    // The 10 newest (6 of the last day, 4 of the day before) and the newest of each of the 12 days before those.
    expect(listed.length).toBe(KEEP_RECENT + KEEP_DAILY_DAYS - 2);
    expect(new Set(listed.map((b) => b.createdAt.slice(0, 10))).size).toBe(KEEP_DAILY_DAYS);
    expect(await db.backupFiles.count()).toBe(listed.length + 1);
    expect((await repo.list('p_plan2')).length).toBe(1);
  });

  it('writes nothing when the transaction fails', async () => {
    const { db, repo } = setup();
    await repo.write(request());
    // The same id again (a clock standing still and a repeating random source) is a conflict: nothing of it is kept.
    const same = new BackupRepository(db, { now: () => new Date('2026-03-01T09:00:00.000Z') }, () => '00000001');
    await expect(same.write(request({ bytes: new Uint8Array([9]) }))).rejects.toMatchObject({ kind: 'conflict' });
    expect(await db.backups.count()).toBe(1);
    expect([...(await repo.read('p_plan1', '20260301T090000000Z-rolling-00000001'))]).not.toEqual([9]);
  });

  it('remembers when a backup of each plan was last downloaded', async () => {
    const { repo, advance } = setup();
    expect(await repo.lastDownload('p_plan1')).toBeNull();
    await repo.recordDownload('p_plan1');
    advance(5000);
    await repo.recordDownload('p_plan1');
    expect(await repo.lastDownload('p_plan1')).toBe('2026-03-01T09:00:05.000Z');
    expect(await repo.lastDownload('p_plan2')).toBeNull();
  });
});

describe('schema version 3', () => {
  it('is the latest version, appended after 2', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual([1, 2, 3]);
    expect(LATEST_SCHEMA_VERSION).toBe(3);
    expect(SCHEMA_VERSIONS[2]!.stores).toEqual({ backups: 'id, planId, [planId+createdAt]', backupFiles: 'id', backupDownloads: 'planId' });
  });

  it('opens a version-2 database with every record intact and empty backup tables', async () => {
    const factory = new IDBFactory();
    const name = `schema-v2-${crypto.randomUUID()}`;
    // The database as version 2 of the app made it.
    const old = new Dexie(name, { indexedDB: factory, IDBKeyRange });
    old.version(1).stores(SCHEMA_VERSIONS[0]!.stores);
    old.version(2).stores(SCHEMA_VERSIONS[1]!.stores);
    await old.open();
    const listing = { id: 'plan_1', title: 'Old plan', organisation: 'ILO', periodStart: '2010-01-01', periodEnd: '2015-12-31', status: 'draft', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', deletedAt: null };
    const chunk = { planId: 'plan_1', kind: 'snapshot', bytes: new Uint8Array([1, 2, 3]), heads: ['h'], createdAt: 'a' };
    const changes = { planId: 'plan_1', kind: 'changes', bytes: new Uint8Array([4]), heads: ['i'], createdAt: 'b' };
    const view = { planId: 'plan_1', heads: ['i'], json: '{}', savedAt: 'c' };
    const imported = { planId: 'plan_1', fileName: 'f.rbmplan', office: 'Dakar', fileCreatedAt: 'd', fileKind: 'full', importedAt: 'e', headsBefore: ['h'], headsAfter: ['i'], counts: { added: 1 }, undoneAt: null };
    const sent = { planId: 'plan_1', office: 'Nairobi', kind: 'full', heads: ['i'], sentAt: 'f' };
    await old.table('plans').add(listing);
    await old.table('docChunks').bulkAdd([chunk, changes]);
    await old.table('viewCache').add(view);
    await old.table('imports').add(imported);
    await old.table('sentFiles').add(sent);
    await old.table('settings').bulkPut([{ key: 'officeName', value: 'Dakar office' }, { key: 'language', value: 'fr' }]);
    old.close();

    const db = openDatabase(name, { indexedDB: factory, IDBKeyRange });
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.plans.toArray()).toEqual([listing]);
    expect(await db.docChunks.toArray()).toEqual([{ ...chunk, seq: 1 }, { ...changes, seq: 2 }]);
    expect(await db.viewCache.toArray()).toEqual([view]);
    expect(await db.imports.toArray()).toEqual([{ ...imported, id: 1 }]);
    expect(await db.sentFiles.toArray()).toEqual([{ ...sent, id: 1 }]);
    expect(await db.settings.toArray()).toEqual([{ key: 'language', value: 'fr' }, { key: 'officeName', value: 'Dakar office' }]);
    expect(await db.backups.count()).toBe(0);
    expect(await db.backupFiles.count()).toBe(0);
    expect(await db.backupDownloads.count()).toBe(0);
    // And the new tables work on the upgraded database.
    const repo = new BackupRepository(db, { now: () => new Date('2026-03-01T00:00:00.000Z') }, () => '0000aaaa');
    await repo.write(request({ planId: 'plan_1', reason: 'upgrade' }));
    expect((await repo.list('plan_1')).map((b) => b.reason)).toEqual(['upgrade']);
  });
});
