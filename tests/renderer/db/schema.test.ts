import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { RbmDatabase, openDatabase, requestPersistentStorage } from '../../../renderer/db/db';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../renderer/db/schema';

const fresh = () => openDatabase(`schema-${crypto.randomUUID()}`, { indexedDB: new IDBFactory(), IDBKeyRange });

describe('database schema', () => {
  it('opens at the latest version, the last of an append-only history 1, 2, 3, ... (schema-history.test.ts keeps it so)', async () => {
    const db = fresh();
    await db.open();
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(SCHEMA_VERSIONS.length);
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(2);
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  // upgrade.test.ts does this for every version from a fixture with real records.
  it('opens a version-1 database with its records intact and adds the sentFiles table', async () => {
    const factory = new IDBFactory();
    const name = `schema-v1-${crypto.randomUUID()}`;
    // The database as version 1 of the app made it.
    const old = new Dexie(name, { indexedDB: factory, IDBKeyRange });
    old.version(1).stores(SCHEMA_VERSIONS[0]!.stores);
    await old.open();
    const listing = { id: 'plan_1', title: 'Old plan', organisation: 'ILO', periodStart: '2010-01-01', periodEnd: '2015-12-31', status: 'draft', createdAt: 'a', updatedAt: 'b', deletedAt: null };
    await old.table('plans').add(listing);
    await old.table('docChunks').add({ planId: 'plan_1', kind: 'snapshot', bytes: new Uint8Array([1, 2, 3]), heads: ['h'], createdAt: 'a' });
    await old.table('settings').put({ key: 'officeName', value: 'Dakar office' });
    old.close();

    const db = openDatabase(name, { indexedDB: factory, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.plans.get('plan_1' as never)).toEqual(listing);
    const chunks = await db.docChunks.toArray();
    expect(chunks).toHaveLength(1);
    expect([...chunks[0]!.bytes]).toEqual([1, 2, 3]);
    expect(await db.settings.get('officeName')).toEqual({ key: 'officeName', value: 'Dakar office' });
    expect(await db.sentFiles.count()).toBe(0);
    db.close();
  });

  it('has the tables of versions 1 and 2 with their keys and indexes', async () => {
    const db = fresh();
    await db.open();
    const schema = Object.fromEntries(db.tables.map((t) => [t.name, t.schema]));
    expect(Object.keys(schema).sort()).toEqual(expect.arrayContaining(['docChunks', 'imports', 'plans', 'sentFiles', 'settings', 'viewCache']));
    // Every table is one some version declared, and none that a later version deleted.
    const declared = new Map<string, string | null>();
    for (const v of SCHEMA_VERSIONS) for (const [table, spec] of Object.entries(v.stores)) declared.set(table, spec);
    expect(Object.keys(schema).sort()).toEqual([...declared].filter(([, spec]) => spec !== null).map(([table]) => table).sort());
    expect(schema.plans!.primKey.keyPath).toBe('id');
    expect(schema.plans!.indexes.map((i) => i.name)).toEqual(['updatedAt']);
    expect(schema.docChunks!.primKey).toMatchObject({ keyPath: 'seq', auto: true });
    expect(schema.docChunks!.indexes.map((i) => i.name).sort()).toEqual(['[planId+seq]', 'planId']);
    expect(schema.viewCache!.primKey.keyPath).toBe('planId');
    expect(schema.imports!.primKey).toMatchObject({ keyPath: 'id', auto: true });
    expect(schema.imports!.indexes.map((i) => i.name)).toEqual(['planId']);
    expect(schema.settings!.primKey.keyPath).toBe('key');
    expect(schema.sentFiles!.primKey).toMatchObject({ keyPath: 'id', auto: true });
    expect(schema.sentFiles!.indexes.map((i) => i.name)).toEqual(['planId']);
    db.close();
  });

  it('opens its transactions with strict durability', async () => {
    const db = fresh();
    const durability = await db.transaction('rw', db.settings, (tx) => tx.idbtrans.durability);
    expect(durability).toBe('strict');
    db.close();
  });

  it('is a Dexie database under the given name', () => {
    const db = new RbmDatabase('named-db', { indexedDB: new IDBFactory(), IDBKeyRange });
    expect(db.name).toBe('named-db');
  });
});

describe('requestPersistentStorage', () => {
  it('returns true when the browser grants persistence', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistentStorage({ persist, persisted: async () => false })).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
  });

  it('does not ask again when storage is already persistent', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistentStorage({ persist, persisted: async () => true })).toBe(true);
    expect(persist).not.toHaveBeenCalled();
  });

  it('returns false when refused, unavailable or throwing', async () => {
    expect(await requestPersistentStorage({ persist: async () => false, persisted: async () => false })).toBe(false);
    expect(await requestPersistentStorage(undefined)).toBe(false);
    const throwing = { persist: () => Promise.reject(new Error('nope')), persisted: () => Promise.reject(new Error('nope')) };
    expect(await requestPersistentStorage(throwing)).toBe(false);
  });
});
