/**
 * Fault injection on the repositories (issue 7, promise 2): every writing method is run
 * with its Nth write (or its commit) failing, N = 1, 2, ... until it completes. A call
 * that rejects rejects with a classified StorageError and leaves every table exactly as
 * before; a call that resolves leaves them exactly as a clean run does.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanId } from '../../../shared/model';
import { fixedClock } from '../../../shared/dates';
import { openDatabase, type RbmDatabase } from '../../../renderer/db/db';
import { StorageError } from '../../../renderer/db/errors';
import { PlanRepository, type NewImportRecord } from '../../../renderer/db/plan-repository';
import { SettingsRepository } from '../../../renderer/db/settings-repository';
import { dumpDatabase, failingOpens, FAULT_KINDS, FAULT_MESSAGE, installFaults, type FaultKind, type Faults } from '../../support/faulty-db';

const opened: RbmDatabase[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

const P = 'p_1' as PlanId;
const bytes = (...b: number[]) => new Uint8Array(b);
const RECORD: NewImportRecord = { fileName: 'f.rbmplan', office: 'Nairobi', fileCreatedAt: '2026-01-01T00:00:00.000Z', fileKind: 'full', headsBefore: ['h2'], headsAfter: ['h3'], counts: { added: 1 } };

interface Repos {
  db: RbmDatabase;
  /** A second connection to the same database, for dumps. */
  observer: RbmDatabase;
  plans: PlanRepository;
  settings: SettingsRepository;
  faults: Faults;
  opens: ReturnType<typeof failingOpens>;
}

/** A database holding one plan with three chunks, an import, a sent file, a view cache and settings. */
async function seeded(): Promise<Repos> {
  const factory = new IDBFactory();
  const opens = failingOpens(factory);
  const name = `faults-${crypto.randomUUID()}`;
  const db = openDatabase(name, { indexedDB: opens.factory, IDBKeyRange });
  const observer = openDatabase(name, { indexedDB: factory, IDBKeyRange });
  opened.push(db, observer);
  const faults = installFaults(db);
  const clock = fixedClock('2026-03-01T10:00:00.000Z');
  const plans = new PlanRepository(db, clock);
  const settings = new SettingsRepository(db);
  await plans.create({ id: P, title: 'Plan', organisation: 'ILO', periodStart: '2026-01-01', periodEnd: '2027-12-31', status: 'draft' }, bytes(1), ['h1']);
  await plans.appendChanges(P, bytes(2), ['h2']);
  await plans.recordImport(P, bytes(3), ['h3'], {}, RECORD);
  await plans.recordSent(P, 'Dakar', 'full', ['h3']);
  await plans.putViewCache(P, ['h3'], '{"v":1}');
  await plans.create({ id: 'p_2' as PlanId, title: 'Other', organisation: 'ILO', periodStart: '2026-01-01', periodEnd: '2027-12-31', status: 'draft' }, bytes(9), ['x1']);
  await plans.markDeleted('p_2' as PlanId);
  await settings.set('officeName', 'Headquarters');
  return { db, observer, plans, settings, faults, opens };
}

type Op = (r: Repos) => Promise<unknown>;

const OPS: Record<string, Op> = {
  'create (with a file record)': (r) => r.plans.create({ id: 'p_3' as PlanId, title: 'New', organisation: 'ILO', periodStart: '2026-01-01', periodEnd: '2027-12-31', status: 'draft' }, bytes(7), ['n1'], { ...RECORD, headsBefore: [] }),
  appendChanges: (r) => r.plans.appendChanges(P, bytes(4), ['h4'], { title: 'Renamed in doc' }),
  compact: (r) => r.plans.compact(P, bytes(1, 2, 3), ['h3'], 2),
  rename: (r) => r.plans.rename(P, 'Renamed'),
  markDeleted: (r) => r.plans.markDeleted(P),
  restore: (r) => r.plans.restore('p_2' as PlanId),
  purge: (r) => r.plans.purge(P),
  purgeDeletedBefore: (r) => r.plans.purgeDeletedBefore('2027-01-01T00:00:00.000Z'),
  recordImport: (r) => r.plans.recordImport(P, bytes(5), ['h5'], { status: 'approved' }, { ...RECORD, headsBefore: ['h3'], headsAfter: ['h5'] }),
  undoImport: (r) => r.plans.undoImport(P, 1, bytes(1, 2), ['h2']),
  recordSent: (r) => r.plans.recordSent(P, 'Nairobi', 'changes', ['h3']),
  putViewCache: (r) => r.plans.putViewCache(P, ['h3'], '{"v":2}'),
  'settings.set': (r) => r.settings.set('officeName', 'Geneva'),
  // A constant random source: a transaction retried after reopening draws again.
  'settings.ensureOfficeIdentity': (r) => r.settings.ensureOfficeIdentity(() => 'ab'.repeat(16)),
};

async function cleanAfter(op: Op): Promise<{ before: string; after: string }> {
  const r = await seeded();
  const before = await dumpDatabase(r.observer);
  await op(r);
  const after = await dumpDatabase(r.observer);
  return { before, after };
}

/**
 * Runs `op` with the Nth write failing for N = 1, 2, ...; returns how many runs failed.
 * A closed database is reopened by the repository and the call retried, so it completes.
 */
async function sweep(op: Op, kind: FaultKind): Promise<number> {
  const { before, after } = await cleanAfter(op);
  expect(after).not.toBe(before);
  let failures = 0;
  for (let n = 1; n < 40; n++) {
    const r = await seeded();
    expect(await dumpDatabase(r.observer)).toBe(before);
    r.faults.arm(kind, n);
    const outcome = await op(r).then(
      () => null,
      (e: unknown) => e,
    );
    const fired = r.faults.fired.length > 0;
    r.faults.disarm();
    const dump = await dumpDatabase(r.observer);
    if (outcome === null) {
      // Completed: exactly as a clean run, whether or not the fault fired (a closed database is reopened).
      expect(dump, `${kind} at write ${n}: completed`).toBe(after);
      if (!fired) return failures;
      expect(kind, `${kind} at write ${n} fired but the call completed`).toBe('closed');
      continue;
    }
    failures++;
    expect(fired, `${kind} at write ${n}: failed without the fault`).toBe(true);
    expect(outcome, `${kind} at write ${n}`).toBeInstanceOf(StorageError);
    expect((outcome as StorageError).messageKey, `${kind} at write ${n}`).toBe(FAULT_MESSAGE[kind]);
    expect(dump, `${kind} at write ${n}: the stored data is neither before nor after`).toBe(before);
    // The same call again (a retry) completes, and leaves what a clean run leaves.
    await op(r);
    expect(await dumpDatabase(r.observer), `${kind} at write ${n}: after a retry`).toBe(after);
  }
  throw new Error('the operation never completed');
}

describe('repositories under injected storage faults', () => {
  for (const [name, op] of Object.entries(OPS)) {
    it(`${name}: all or nothing, with a classified error, for every write and commit that fails`, async () => {
      for (const kind of FAULT_KINDS) {
        const failures = await sweep(op, kind);
        // Every call writes, so the first write (or commit) failing makes it fail, except a closed database, reopened.
        if (kind === 'closed') expect(failures).toBe(0);
        else expect(failures, kind).toBeGreaterThan(0);
      }
    });
  }

  it('a database closed under the app is reopened by the next write; while it cannot be, writes fail with the closed error', async () => {
    const r = await seeded();
    const before = await dumpDatabase(r.observer);
    r.db.close();
    r.opens.failing = true;
    const e = await r.plans.rename(P, 'Renamed').catch((err: unknown) => err);
    expect(e).toBeInstanceOf(StorageError);
    expect((e as StorageError).kind).toBe('closed');
    expect((e as StorageError).messageKey).toBe('storage.errors.closed');
    expect(r.opens.attempts).toBeGreaterThan(0);
    expect(await dumpDatabase(r.observer)).toBe(before);
    // Reads say the same.
    expect(((await r.plans.list().catch((err: unknown) => err)) as StorageError).kind).toBe('closed');
    r.opens.failing = false;
    await r.plans.rename(P, 'Renamed');
    expect((await r.plans.getListing(P))?.title).toBe('Renamed');
    expect(await r.settings.get('officeName')).toBe('Headquarters');
  });

  it('a versionchange from another connection closes the database; the next write reopens it', async () => {
    const r = await seeded();
    await r.plans.list();
    r.observer.close();
    // Another tab (a newer build) opens the database at a higher version: this connection yields.
    const factory = (r.db as unknown as { _deps: { indexedDB: IDBFactory } })._deps.indexedDB;
    await new Promise<void>((resolve, reject) => {
      const req = factory.open(r.db.name, r.db.verno * 10 + 1);
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error instanceof Error ? req.error : new Error('open failed'));
    });
    expect(r.db.isOpen()).toBe(false);
    await r.plans.rename(P, 'After the upgrade');
    expect((await r.plans.getListing(P))?.title).toBe('After the upgrade');
  });

  it('classifies an AbortError wrapping a QuotaExceededError, and a bare QuotaExceededError, as quota', async () => {
    for (const kind of ['abortQuota', 'quota', 'commit'] as const) {
      const r = await seeded();
      r.faults.arm(kind, 1);
      const e = await r.plans.rename(P, 'x').catch((err: unknown) => err);
      expect((e as StorageError).kind, kind).toBe('quota');
    }
  });
});
