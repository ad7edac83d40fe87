import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { RbmDatabase, openDatabase, requestPersistentStorage } from '../../../renderer/db/db';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../renderer/db/schema';

const fresh = () => openDatabase(`schema-${crypto.randomUUID()}`, { indexedDB: new IDBFactory(), IDBKeyRange });

describe('database schema', () => {
  it('is at version 1, the one version in the schema history', async () => {
    const db = fresh();
    await db.open();
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual([1]);
    expect(LATEST_SCHEMA_VERSION).toBe(1);
    expect(db.verno).toBe(1);
    db.close();
  });

  it('has the five tables with their keys and indexes', async () => {
    const db = fresh();
    await db.open();
    const schema = Object.fromEntries(db.tables.map((t) => [t.name, t.schema]));
    expect(Object.keys(schema).sort()).toEqual(['docChunks', 'imports', 'plans', 'settings', 'viewCache']);
    expect(schema.plans!.primKey.keyPath).toBe('id');
    expect(schema.plans!.indexes.map((i) => i.name)).toEqual(['updatedAt']);
    expect(schema.docChunks!.primKey).toMatchObject({ keyPath: 'seq', auto: true });
    expect(schema.docChunks!.indexes.map((i) => i.name).sort()).toEqual(['[planId+seq]', 'planId']);
    expect(schema.viewCache!.primKey.keyPath).toBe('planId');
    expect(schema.imports!.primKey).toMatchObject({ keyPath: 'id', auto: true });
    expect(schema.imports!.indexes.map((i) => i.name)).toEqual(['planId']);
    expect(schema.settings!.primKey.keyPath).toBe('key');
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
