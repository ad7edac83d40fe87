/** Backups before a database schema upgrade (renderer/store/backupsSlice.ts readBeforeUpgrade, backUpBeforeUpgrade). */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../../shared/backups';
import type { BackupWriteRequest } from '../../../shared/ipc';
import { InProcessEngine } from '../../../shared/plan-doc';
import { readPlanFile } from '../../../shared/plan-file';
import { openDatabase, SCHEMA_VERSIONS } from '../../../renderer/db';
import type { BackupStorage } from '../../../renderer/platform/types';
import { backUpBeforeUpgrade, readBeforeUpgrade } from '../../../renderer/store/backupsSlice';
import { blankData, tickingClock } from '../../fixtures/plans';

/** A backup storage that keeps what it is given. */
function memoryStorage() {
  const written: BackupWriteRequest[] = [];
  const storage: BackupStorage = {
    location: 'folder',
    write: async (request) => {
      written.push(request);
      return { id: `20260101T000000000Z-upgrade-0000000${written.length}`, planId: request.planId, reason: request.reason, createdAt: '2026-01-01T00:00:00.000Z', title: request.title, planChangedAt: request.planChangedAt, heads: request.heads, size: request.bytes.length } satisfies BackupInfo;
    },
    list: async () => [],
    read: async () => new Uint8Array(),
    downloads: null,
  };
  return { storage, written };
}

/** A version-2 database, as version 2 of the app left it, with one real plan and one whose document is damaged. */
async function versionTwoDatabase() {
  const factory = new IDBFactory();
  const name = `upgrade-${crypto.randomUUID()}`;
  const old = new Dexie(name, { indexedDB: factory, IDBKeyRange });
  old.version(1).stores(SCHEMA_VERSIONS[0]!.stores);
  old.version(2).stores(SCHEMA_VERSIONS[1]!.stores);
  await old.open();
  const engine = InProcessEngine.create(blankData('Plan before the upgrade'), { actor: 'ab'.repeat(16), office: 'Dakar', clock: tickingClock() });
  await engine.run('addResult', { id: 'r_goal' as never, parentId: null, statement: 'Kept through the upgrade' });
  const snapshot = await engine.snapshot();
  const listing = (id: string, title: string) => ({ id, title, organisation: 'ILO', periodStart: '2010-01-01', periodEnd: '2015-12-31', status: 'draft', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-05T00:00:00.000Z', deletedAt: null });
  await old.table('plans').bulkAdd([listing('p_test', 'Plan before the upgrade'), listing('p_broken', 'Broken plan')]);
  await old.table('docChunks').bulkAdd([
    { planId: 'p_test', kind: 'snapshot', bytes: snapshot.bytes, heads: snapshot.heads, createdAt: 'a' },
    { planId: 'p_broken', kind: 'snapshot', bytes: new Uint8Array([1, 2, 3]), heads: ['h'], createdAt: 'a' },
  ]);
  await old.table('settings').bulkPut([{ key: 'officeName', value: 'Dakar office' }, { key: 'actorId', value: 'cd'.repeat(16) }]);
  old.close();
  return { factory, name, heads: snapshot.heads };
}

describe('backing up before a schema upgrade', () => {
  it('reads an older database without upgrading it and backs up every plan’s stored document', async () => {
    const { factory, name, heads } = await versionTwoDatabase();
    const stored = await readBeforeUpgrade(name, { indexedDB: factory, IDBKeyRange });
    expect(stored).toMatchObject({ version: 2, officeName: 'Dakar office', actorId: 'cd'.repeat(16) });
    expect(stored!.plans.map((p) => p.id).sort()).toEqual(['p_broken', 'p_test']);

    // Still version 2 on disk: reading it upgraded nothing.
    const check = new Dexie(name, { indexedDB: factory, IDBKeyRange });
    await check.open();
    expect(check.verno).toBe(2);
    check.close();

    const { storage, written } = memoryStorage();
    const problems = await backUpBeforeUpgrade(stored!, storage, tickingClock());
    expect(written.map((w) => [w.planId, w.reason, w.title, w.planChangedAt])).toEqual([['p_test', 'upgrade', 'Plan before the upgrade', '2026-01-05T00:00:00.000Z']]);
    expect([...written[0]!.heads].sort()).toEqual([...heads].sort());
    const file = await readPlanFile(written[0]!.bytes, { actor: 'ef'.repeat(16), office: 'x', clock: tickingClock() });
    expect(file.engine.state.view.results['r_goal' as never]?.statement).toBe('Kept through the upgrade');
    expect(file.envelope.from.office).toBe('Dakar office');
    // The plan whose document does not load is named, not silently skipped.
    expect(problems).toEqual([expect.objectContaining({ planId: 'p_broken', title: 'Broken plan' })]);

    // Then the app's schema opens it, records intact.
    const db = openDatabase(name, { indexedDB: factory, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.plans.count()).toBe(2);
    expect(await db.docChunks.count()).toBe(2);
    db.close();
  });

  it('finds nothing to back up in a database at the latest version or where there is none, and creates none', async () => {
    const factory = new IDBFactory();
    const name = `latest-${crypto.randomUUID()}`;
    expect(await readBeforeUpgrade(name, { indexedDB: factory, IDBKeyRange })).toBeNull();
    expect((await factory.databases()).map((d) => d.name)).not.toContain(name);
    const db = openDatabase(name, { indexedDB: factory, IDBKeyRange });
    await db.open();
    db.close();
    expect(await readBeforeUpgrade(name, { indexedDB: factory, IDBKeyRange })).toBeNull();
  });
});
