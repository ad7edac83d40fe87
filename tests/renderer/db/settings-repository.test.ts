import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../renderer/db/db';
import { StorageError } from '../../../renderer/db/errors';
import { SettingsRepository } from '../../../renderer/db/settings-repository';

function setup() {
  const factory = new IDBFactory();
  const name = `settings-${crypto.randomUUID()}`;
  const open = () => openDatabase(name, { indexedDB: factory, IDBKeyRange });
  const db = open();
  return { db, open, settings: new SettingsRepository(db) };
}

/** A deterministic random source: 32 hex digits, different on each call. */
function counterHex() {
  let n = 0;
  return () => (++n).toString(16).padStart(32, 'a');
}

describe('SettingsRepository', () => {
  it('answers the defaults when nothing is stored', async () => {
    const { settings } = setup();
    expect(await settings.get('officeName')).toBe('');
    expect(await settings.get('language')).toBe('en');
    expect(await settings.get('officeId')).toBe('');
    expect(await settings.get('actorId')).toBe('');
  });

  it('reads back what was set', async () => {
    const { settings } = setup();
    await settings.set('officeName', 'Dakar office');
    await settings.set('language', 'fr');
    expect(await settings.get('officeName')).toBe('Dakar office');
    expect(await settings.get('language')).toBe('fr');
  });

  it('falls back to the default when the stored value is invalid', async () => {
    const { db, settings } = setup();
    await db.settings.bulkPut([
      { key: 'officeName', value: 42 },
      { key: 'language', value: 'klingon' },
      { key: 'actorId', value: 'NOT-HEX' },
      { key: 'officeId', value: { nested: true } },
    ]);
    expect(await settings.get('officeName')).toBe('');
    expect(await settings.get('language')).toBe('en');
    expect(await settings.get('actorId')).toBe('');
    expect(await settings.get('officeId')).toBe('');
  });

  it('refuses to store an invalid value, with a StorageError', async () => {
    const { settings } = setup();
    // @ts-expect-error: the type refuses it too; the check guards untyped callers.
    const e = await settings.set('language', 'klingon').catch((err: unknown) => err);
    expect(e).toBeInstanceOf(StorageError);
    expect(await settings.get('language')).toBe('en');
  });

  it('creates the office identity once and returns the same one across reopening', async () => {
    const { db, open, settings } = setup();
    const random = counterHex();
    await settings.set('officeName', 'Lima');
    const first = await settings.ensureOfficeIdentity(random);
    expect(first.officeName).toBe('Lima');
    expect(first.actorId).toMatch(/^(?:[0-9a-f]{2})+$/);
    expect(first.officeId).not.toBe('');
    expect(first.officeId).not.toBe(first.actorId);
    expect(await settings.ensureOfficeIdentity(random)).toEqual(first);
    db.close();

    const reopened = open();
    expect(await new SettingsRepository(reopened).ensureOfficeIdentity(random)).toEqual(first);
    reopened.close();
  });

  it('lowercases the actor id and refuses a random source that is not hex', async () => {
    const { settings } = setup();
    expect((await settings.ensureOfficeIdentity(() => 'ABCDEF0123456789ABCDEF0123456789')).actorId).toBe('abcdef0123456789abcdef0123456789');
    const other = setup().settings;
    const e = await other.ensureOfficeIdentity(() => 'xyz').catch((err: unknown) => err);
    expect(e).toBeInstanceOf(StorageError);
  });

  it('replaces a damaged actor id but keeps a valid office id', async () => {
    const { db, settings } = setup();
    await db.settings.bulkPut([
      { key: 'officeId', value: 'office-1' },
      { key: 'actorId', value: 'zz' },
    ]);
    const identity = await settings.ensureOfficeIdentity(() => '0123456789abcdef0123456789abcdef');
    expect(identity).toMatchObject({ officeId: 'office-1', actorId: '0123456789abcdef0123456789abcdef' });
  });
});
