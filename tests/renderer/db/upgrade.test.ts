/**
 * Upgrades never lose data (issue 7, promise 5). For every schema version n > 1, the
 * database as version n - 1 made it (tests/fixtures/db/v<n-1>.json, real records in every
 * table, restored at the IndexedDB level) is opened with the versions up to n and every
 * record is checked; every fixture is also opened by the app's database (the latest
 * version) and read back through the app's own repositories, its plans' documents loaded.
 * A database made by a newer version of the app is refused with its own message, nothing
 * deleted (upgrade-failure.test.ts: an upgrade that fails part-way keeps the old data).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../shared/dates';
import type { PlanId } from '../../../shared/model';
import { InProcessEngine } from '../../../shared/plan-doc';
import { openDatabase } from '../../../renderer/db/db';
import { toStorageError } from '../../../renderer/db/errors';
import { BackupRepository } from '../../../renderer/db/backup-repository';
import { PlanRepository } from '../../../renderer/db/plan-repository';
import { readPlanFile } from '../../../shared/plan-file';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from '../../../renderer/db/schema';
import { SettingsRepository } from '../../../renderer/db/settings-repository';
import { buildSamplePlan } from '../../../shared/sample';
import { en } from '../../../shared/i18n/en';
import { createAppStore } from '../../../renderer/store';
import { FakePlatform, leadingCounterHex } from '../store/harness';
import { decodeRecord, dumpDatabase, restoreDatabase, type DatabaseDump, type StoreDump } from '../../fixtures/db/idb-dump';

const FIXTURES = fileURLToPath(new URL('../../fixtures/db/', import.meta.url));

function fixture(version: number): DatabaseDump {
  return JSON.parse(readFileSync(`${FIXTURES}v${version}.json`, 'utf8')) as DatabaseDump;
}

/** A database restored from a fixture, under a fresh name on a fresh factory. */
async function restored(version: number): Promise<{ factory: IDBFactory; name: string; dump: DatabaseDump }> {
  const factory = new IDBFactory();
  const name = `upgrade-${version}-${crypto.randomUUID()}`;
  const dump = fixture(version);
  await restoreDatabase(factory, name, dump);
  return { factory, name, dump };
}

/** A Dexie database declaring the given versions (as some version of the app did). */
function dexieWith(versions: readonly SchemaVersion[], name: string, factory: IDBFactory): Dexie {
  const db = new Dexie(name, { indexedDB: factory, IDBKeyRange });
  for (const { version, stores, upgrade } of versions) {
    const v = db.version(version).stores(stores as Record<string, string | null>);
    if (upgrade) v.upgrade(upgrade);
  }
  return db;
}

/** The newest fixture there is (the latest version's once it is made, else the one before). */
const newestFixture = () => [...SCHEMA_VERSIONS].reverse().find((v) => existsSync(`${FIXTURES}v${v.version}.json`))!.version;

const records = (store: StoreDump) => store.records.map((r) => ({ key: decodeRecord(r.key), value: decodeRecord(r.value) }));

/**
 * What a version's upgrade does to the records of the version before, for versions that
 * have one: checked instead of "every record unchanged" for the tables it rewrites. A
 * version with an upgrade and no entry here fails its test until one is written.
 */
const UPGRADE_EXPECTATIONS: Record<number, (before: DatabaseDump, db: Dexie) => Promise<void>> = {};

/** Checks that every record of `before` is in `db` unchanged (tables the versions since deleted excepted). */
async function expectEveryRecord(before: DatabaseDump, db: Dexie, since: readonly SchemaVersion[]): Promise<void> {
  const deleted = new Set(since.flatMap((v) => Object.entries(v.stores).filter(([, spec]) => spec === null).map(([table]) => table)));
  for (const store of before.stores) {
    if (deleted.has(store.name)) {
      expect(db.tables.map((t) => t.name)).not.toContain(store.name);
      continue;
    }
    const table = db.table(store.name);
    const keys = await table.toCollection().primaryKeys();
    const values = await table.toArray();
    const now = keys.map((key, i) => ({ key, value: values[i] }));
    expect(now, `every record of ${store.name}`).toEqual(records(store));
  }
}

describe('database upgrades from fixtures', () => {
  it('has fixtures with real records in every table', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version).filter((v) => existsSync(`${FIXTURES}v${v}.json`));
    expect(versions.slice(0, 3)).toEqual([1, 2, 3]);
    for (const version of versions) {
      const dump = fixture(version);
      expect(dump.schemaVersion).toBe(version);
      expect(dump.idbVersion).toBe(version * 10);
      const counts = Object.fromEntries(dump.stores.map((s) => [s.name, s.records.length]));
      expect(counts).toMatchObject({ plans: 2, docChunks: 4, viewCache: 1, imports: 1, settings: 6 });
      for (const [table, count] of Object.entries(counts)) expect(count, `${table} in v${version}.json`).toBeGreaterThan(0);
    }
  });

  for (const { version } of SCHEMA_VERSIONS.filter((v) => v.version > 1)) {
    it(`opens a database made by version ${version - 1} with version ${version}: every record kept`, async () => {
      expect(existsSync(`${FIXTURES}v${version - 1}.json`), `tests/fixtures/db/v${version - 1}.json (run tests/fixtures/db/make-fixtures.ts when version ${version - 1} is the latest)`).toBe(true);
      const { factory, name, dump } = await restored(version - 1);
      const step = SCHEMA_VERSIONS.find((v) => v.version === version)!;
      const db = dexieWith(SCHEMA_VERSIONS.filter((v) => v.version <= version), name, factory);
      await db.open();
      try {
        expect(db.verno).toBe(version);
        if (step.upgrade) {
          const expectation = UPGRADE_EXPECTATIONS[version];
          expect(expectation, `version ${version} rewrites rows: say in UPGRADE_EXPECTATIONS what each record becomes`).toBeDefined();
          await expectation!(dump, db);
        } else {
          await expectEveryRecord(dump, db, [step]);
        }
        // The tables this version adds exist (empty unless its upgrade fills them).
        for (const [table, spec] of Object.entries(step.stores)) {
          if (spec === null || dump.stores.some((s) => s.name === table)) continue;
          expect(db.tables.map((t) => t.name)).toContain(table);
          if (!step.upgrade) expect(await db.table(table).count()).toBe(0);
        }
      } finally {
        db.close();
      }
    });
  }

  for (const version of SCHEMA_VERSIONS.map((v) => v.version).filter((v) => existsSync(`${FIXTURES}v${v}.json`))) {
    it(`the app opens a database made by version ${version} and reads every plan, document and setting`, async () => {
      const { factory, name, dump } = await restored(version);
      const db = openDatabase(name, { indexedDB: factory, IDBKeyRange });
      await db.open();
      try {
        expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
        const since = SCHEMA_VERSIONS.filter((v) => v.version > version);
        if (since.every((v) => !v.upgrade)) await expectEveryRecord(dump, db, since);
        const plans = new PlanRepository(db, fixedClock('2026-07-01T00:00:00.000Z'));
        const settings = new SettingsRepository(db);
        const listings = records(dump.stores.find((s) => s.name === 'plans')!).map((r) => r.value as { id: PlanId; deletedAt: string | null });
        expect((await plans.list()).map((p) => p.id)).toEqual(listings.filter((l) => l.deletedAt === null).map((l) => l.id));
        expect((await plans.listDeleted()).map((p) => p.id)).toEqual(listings.filter((l) => l.deletedAt !== null).map((l) => l.id));
        expect(await settings.get('officeName')).toBe('Headquarters, Geneva');
        for (const listing of listings.filter((l) => l.deletedAt === null)) {
          const { chunks, heads } = await plans.loadChunks(listing.id);
          const engine = InProcessEngine.load(chunks, { actor: 'e'.repeat(32), office: 'Test', clock: fixedClock('2026-07-01T00:00:00.000Z') }, heads);
          // The cached view was made from the same document: every entity in it is in the loaded plan.
          const cache = await plans.getViewCache(listing.id);
          expect(cache).toBeDefined();
          const cached = JSON.parse(cache!.json) as Record<string, unknown>;
          const view = engine.state.view as unknown as Record<string, unknown>;
          for (const key of ['plan', 'results', 'indicators', 'risks', 'mitigations', 'milestones', 'units', 'responsibilities', 'partners', 'objectives', 'resources', 'sections', 'periods', 'components']) {
            expect(view[key], key).toEqual(cached[key]);
          }
          expect((await plans.listImports(listing.id)).map((i) => i.fileName)).toEqual(['nairobi.rbmplan']);
          if (version >= 2) expect((await plans.listSent(listing.id)).map((s) => s.office)).toEqual(['Dakar']);
          if (version >= 3) {
            // A backup's plan file reads back as the plan it was made from.
            const backups = new BackupRepository(db, fixedClock('2026-07-01T00:00:00.000Z'), () => '00000000');
            const [backup] = await backups.list(listing.id);
            const file = await readPlanFile(await backups.read(listing.id, backup!.id), { actor: 'e'.repeat(32), office: 'Test', clock: fixedClock('2026-07-01T00:00:00.000Z') });
            expect(file.engine.state.view.indicators).toEqual(engine.state.view.indicators);
            expect(await backups.lastDownload(listing.id)).not.toBeNull();
          }
        }
      } finally {
        db.close();
      }
    });
  }

  it('checks every record: a changed record, a lost record or a lost table is caught', async () => {
    const { factory, name, dump } = await restored(LATEST_SCHEMA_VERSION >= 2 ? 2 : 1);
    const db = dexieWith(SCHEMA_VERSIONS.filter((v) => v.version <= dump.schemaVersion), name, factory);
    await db.open();
    try {
      await expectEveryRecord(dump, db, []);
      const chunk = (await db.table('docChunks').toArray())[0] as { seq: number; bytes: Uint8Array };
      const bytes = new Uint8Array(chunk.bytes);
      bytes[bytes.length - 1] ^= 1;
      await db.table('docChunks').update(chunk.seq, { bytes });
      await expect(expectEveryRecord(dump, db, [])).rejects.toThrow(/every record of docChunks/);
      await db.table('docChunks').update(chunk.seq, { bytes: chunk.bytes });
      await db.table('settings').delete('language');
      await expect(expectEveryRecord(dump, db, [])).rejects.toThrow(/every record of settings/);
      await expect(expectEveryRecord(dump, db, [{ version: 99, stores: { viewCache: null } }])).rejects.toThrow();
    } finally {
      db.close();
    }
  });
});

describe('a database made by a newer version of the app', () => {
  async function newerDatabase() {
    const { factory, name } = await restored(newestFixture());
    const newer = dexieWith([...SCHEMA_VERSIONS, { version: LATEST_SCHEMA_VERSION + 1, stores: { future: '++id' } }], name, factory);
    await newer.open();
    await newer.table('future').add({ what: 'made by a newer app' });
    newer.close();
    return { factory, name, before: await dumpDatabase(factory, name, LATEST_SCHEMA_VERSION + 1) };
  }

  it('is refused with its own message (VersionError), and nothing is deleted', async () => {
    const { factory, name, before } = await newerDatabase();
    const db = openDatabase(name, { indexedDB: factory, IDBKeyRange });
    const error = await db.open().then(
      () => null,
      (e: unknown) => e,
    );
    db.close();
    expect((error as Error | null)?.name).toBe('VersionError');
    const storage = toStorageError(error);
    expect(storage.kind).toBe('newer_version');
    expect(storage.messageKey).toBe('storage.errors.newerVersion');
    expect(await dumpDatabase(factory, name, LATEST_SCHEMA_VERSION + 1)).toEqual(before);
  });

  it('stops the app at start-up with that message (as renderer/main.tsx boots it), nothing made or deleted', async () => {
    const { factory, name, before } = await newerDatabase();
    const db = openDatabase(name, { indexedDB: factory, IDBKeyRange });
    const clock = fixedClock('2026-07-01T00:00:00.000Z');
    const store = createAppStore({
      plans: new PlanRepository(db, clock),
      settings: new SettingsRepository(db),
      clock,
      randomHex: leadingCounterHex(),
      platform: new FakePlatform(),
      buildSample: buildSamplePlan,
    });
    await store.getState().boot();
    db.close();
    expect(store.getState().booted).toBe(true);
    expect(store.getState().bootError).toEqual({ key: 'storage.errors.newerVersion' });
    expect(en.storage.errors.newerVersion).toMatch(/newer version of RBM Planner/);
    expect(await dumpDatabase(factory, name, LATEST_SCHEMA_VERSION + 1)).toEqual(before);
  });
});
