import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { PlanId } from '../../../shared/model';
import { openDatabase } from '../../../renderer/db/db';
import { StorageError, toStorageError } from '../../../renderer/db/errors';
import { PlanRepository } from '../../../renderer/db/plan-repository';
import { SettingsRepository } from '../../../renderer/db/settings-repository';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const clock = { now: () => new Date('2026-01-01T00:00:00.000Z') };
const fresh = () => openDatabase(`errors-${crypto.randomUUID()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
const listing = { id: 'p_1' as PlanId, title: 'Plan', organisation: 'ILO', periodStart: '2026-01-01', periodEnd: '2026-12-31', status: 'draft' as const };

describe('toStorageError', () => {
  it('classifies a QuotaExceededError DOMException as quota, with its i18n key and cause', () => {
    const cause = quota();
    const e = toStorageError(cause);
    expect(e).toBeInstanceOf(StorageError);
    expect(e.kind).toBe('quota');
    expect(e.messageKey).toBe('storage.errors.quota');
    expect(e.cause).toBe(cause);
  });

  it("classifies Dexie's QuotaExceededError and an AbortError wrapping one (in inner or cause) as quota", () => {
    expect(toStorageError(new Dexie.QuotaExceededError('full')).kind).toBe('quota');
    expect(toStorageError(new Dexie.AbortError(quota())).kind).toBe('quota');
    expect(toStorageError(new Dexie.AbortError('aborted', new Dexie.QuotaExceededError(quota()))).kind).toBe('quota');
    const standard = Object.assign(new DOMException('aborted', 'AbortError'), { cause: quota() });
    expect(toStorageError(standard).kind).toBe('quota');
    expect(toStorageError(new Error('write failed', { cause: quota() })).kind).toBe('quota');
  });

  it('classifies closed, not-found and constraint errors', () => {
    expect(toStorageError(new Dexie.DatabaseClosedError()).kind).toBe('closed');
    expect(toStorageError(new Dexie.NotFoundError('no such store')).kind).toBe('not_found');
    expect(toStorageError(new DOMException('dup', 'ConstraintError')).kind).toBe('conflict');
    expect(toStorageError(new Dexie.ConstraintError('dup')).kind).toBe('conflict');
  });

  it('classifies anything else, even non-errors, as unknown', () => {
    expect(toStorageError(new Error('boom')).kind).toBe('unknown');
    expect(toStorageError(new Dexie.AbortError()).kind).toBe('unknown');
    expect(toStorageError('a string').kind).toBe('unknown');
    expect(toStorageError(undefined).messageKey).toBe('storage.errors.unknown');
  });

  it('returns a StorageError unchanged', () => {
    const original = new StorageError('conflict', 'exists');
    expect(toStorageError(original)).toBe(original);
  });

  it('survives a cycle of causes', () => {
    const a: { name: string; inner?: unknown } = { name: 'AbortError' };
    a.inner = { name: 'AbortError', inner: a };
    expect(toStorageError(a).kind).toBe('unknown');
  });
});

describe('repositories reject only with StorageError', () => {
  it('reopens a database closed under the app (when it cannot be reopened: the closed error, in faults.test.ts)', async () => {
    const db = fresh();
    const plans = new PlanRepository(db, clock);
    await plans.create(listing, new Uint8Array([1]), []);
    db.close();
    expect(await plans.list()).toHaveLength(1);
    db.close();
    expect(await new SettingsRepository(db).get('language')).toBe('en');
  });

  it('reports a full disk during a write as quota and writes nothing', async () => {
    const db = fresh();
    const plans = new PlanRepository(db, clock);
    await plans.create(listing, new Uint8Array([1]), []);
    db.docChunks.hook('creating', () => {
      throw quota();
    });
    const e = await plans.appendChanges(listing.id, new Uint8Array([2]), [], { title: 'Changed' }).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(StorageError);
    expect((e as StorageError).kind).toBe('quota');
    expect((await plans.getListing(listing.id))?.title).toBe('Plan');
    db.close();
  });
});
