/**
 * An upgrade that fails part-way leaves the old data intact (issue 7, promise 5): the app's
 * database (RbmDatabase) with the real schema versions plus a test-only one whose upgrade
 * rewrites rows, deletes a table's rows, adds some and then throws. Opening fails with a
 * clear error (an UpgradeError naming the version and the cause, shown to the user as its
 * own message), and the database on disk is exactly as before: same version, same stores,
 * every record; the real schema then opens it as before.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import type * as SchemaModule from '../../../renderer/db/schema';
import type { SchemaVersion } from '../../../renderer/db/schema';
import { dumpDatabase, restoreDatabase, type DatabaseDump } from '../../fixtures/db/idb-dump';

/** Set per test: the versions the app's database declares (the real ones, plus a broken one). */
const extra = vi.hoisted(() => ({ versions: [] as SchemaVersion[] }));

vi.mock('../../../renderer/db/schema', async (importOriginal) => {
  const real = await importOriginal<typeof SchemaModule>();
  const all = new Proxy([...real.SCHEMA_VERSIONS], {
    get(target, key, receiver) {
      const list = [...target, ...extra.versions];
      return Reflect.get(list, key, receiver === all ? list : receiver);
    },
  });
  return { ...real, SCHEMA_VERSIONS: all, get LATEST_SCHEMA_VERSION() { return real.LATEST_SCHEMA_VERSION + extra.versions.length; } };
});

const { openDatabase } = await import('../../../renderer/db/db');
const { toStorageError } = await import('../../../renderer/db/errors');
const { SettingsRepository } = await import('../../../renderer/db/settings-repository');
const real = await vi.importActual<typeof SchemaModule>('../../../renderer/db/schema');

const FIXTURES = fileURLToPath(new URL('../../fixtures/db/', import.meta.url));

const broken: SchemaVersion = {
  version: real.LATEST_SCHEMA_VERSION + 1,
  stores: { plans: 'id, updatedAt, title', extra: '++id' },
  async upgrade(tx) {
    await tx.table('plans').toCollection().modify((p: { title: string }) => {
      p.title = 'overwritten by a broken upgrade';
    });
    await tx.table('docChunks').clear();
    await tx.table('settings').put({ key: 'officeName', value: 'broken' });
    await tx.table('extra').add({ note: 'half-way' });
    throw new Error('the upgrade failed half-way');
  },
};

describe('a failed upgrade', () => {
  it('fails to open with a clear error and leaves every old record intact', async () => {
    const factory = new IDBFactory();
    const name = `upgrade-failure-${crypto.randomUUID()}`;
    await restoreDatabase(factory, name, JSON.parse(readFileSync(`${FIXTURES}v2.json`, 'utf8')) as DatabaseDump);
    // Brought to today's latest version by the app first.
    extra.versions = [];
    const current = openDatabase(name, { indexedDB: factory, IDBKeyRange });
    await current.open();
    expect(current.verno).toBe(real.LATEST_SCHEMA_VERSION);
    current.close();
    const before = await dumpDatabase(factory, name, real.LATEST_SCHEMA_VERSION);
    expect(before.stores.find((s) => s.name === 'docChunks')!.records.length).toBeGreaterThan(0);

    extra.versions = [broken];
    const db = openDatabase(name, { indexedDB: factory, IDBKeyRange });
    const error = await db.open().then(
      () => null,
      (e: unknown) => e,
    );
    db.close();
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('UpgradeError');
    expect((error as Error).message).toContain(`the upgrade of the database to version ${broken.version} failed: the upgrade failed half-way`);
    const storage = toStorageError(error);
    expect(storage.kind).toBe('upgrade_failed');
    expect(storage.messageKey).toBe('storage.errors.upgradeFailed');

    // Nothing of the broken upgrade is stored: same version, same stores, every record.
    expect(await dumpDatabase(factory, name, real.LATEST_SCHEMA_VERSION)).toEqual(before);
    extra.versions = [];
    const again = openDatabase(name, { indexedDB: factory, IDBKeyRange });
    await again.open();
    try {
      expect(again.verno).toBe(real.LATEST_SCHEMA_VERSION);
      expect((await again.plans.toArray()).map((p) => p.title)).not.toContain('overwritten by a broken upgrade');
      expect(await new SettingsRepository(again).get('officeName')).toBe('Headquarters, Geneva');
    } finally {
      again.close();
    }
    expect(await dumpDatabase(factory, name, real.LATEST_SCHEMA_VERSION)).toEqual(before);
  });
});
