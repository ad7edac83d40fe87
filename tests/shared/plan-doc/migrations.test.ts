/**
 * The plan document's schema version and its migrations (issue 7, promise 5), tested the
 * way the database's are: documents made by an older version of the app (fixtures saved by
 * tests/fixtures/plan-doc/make-fixtures.ts before the migrations existed) load with every
 * entity and field, at the current version, with the migration's change among the heads and
 * unsaved (so the app writes it); two offices migrating the same plan, or different copies of
 * it, merge without a conflict; a synthetic old document (set fields held as lists) is
 * migrated; a document without a version is not a plan; a newer one is refused, by the
 * session, the plan-file reader, changes files and the merge, never half-loaded.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../shared/dates';
import { translator } from '../../../shared/i18n';
import type { IndicatorId } from '../../../shared/model';
import { PlanDocumentError, PlanSession, addCategory, updatePlan } from '../../../shared/plan-doc';
import { findConflicts } from '../../../shared/plan-doc/conflict-scan';
import { decodeValue, type DocMap, type PlanDocShape } from '../../../shared/plan-doc/layout';
import { DOC_SCHEMA_VERSION, MIGRATIONS, MIGRATION_COMMAND, MIGRATION_OFFICE, migrateDocument, migrationActor, needsMigration, type DocMigration } from '../../../shared/plan-doc/migrations';
import { previewMerge } from '../../../shared/plan-doc/merge';
import { PlanFileError, applyChangesFile, previewChangesFile, readAnyPlanFile, readPlanFile, writePlanFile } from '../../../shared/plan-file';
import { InProcessEngine } from '../../../shared/plan-doc';
import { ACTOR_A, ACTOR_B, ACTOR_C, tickingClock } from '../../fixtures/plans';

const FIXTURES = fileURLToPath(new URL('../../fixtures/plan-doc/', import.meta.url));
const bytesOf = (file: string) => new Uint8Array(readFileSync(`${FIXTURES}${file}`));

interface Expected {
  schemaVersion: number;
  heads: string[];
  document: { plan: Record<string, unknown>; collections: Record<string, Record<string, Record<string, unknown>>> };
  view: Record<string, unknown>;
  conflicts: unknown[];
  edited: { indicatorWithCategory: IndicatorId };
}
const expected = JSON.parse(readFileSync(`${FIXTURES}sample-v1.expected.json`, 'utf8')) as Expected;
const V1 = bytesOf('sample-v1.automerge');

const options = (actor = ACTOR_B, office = 'Nairobi', start = '2026-08-01T00:00:00.000Z') => ({ actor, office, clock: tickingClock(start) });
const ENTITY_KEYS = ['plan', 'periods', 'components', 'results', 'indicators', 'milestones', 'risks', 'mitigations', 'units', 'responsibilities', 'partners', 'objectives', 'resources', 'sections'] as const;

/** The whole document as plain data, as the fixture recorded it. */
const documentData = (doc: A.Doc<PlanDocShape>) => decodeValue({ plan: doc.plan, collections: doc.collections });

function metaOfHead(doc: A.Doc<PlanDocShape>, hash: string) {
  return A.getChangesMetaSince(doc, []).find((c) => c.hash === hash)!;
}

/** A document of version 1 with an indicator's categories and a risk's results held as lists, as documents made before they were sets. */
function withListSets(bytes: Uint8Array): { bytes: Uint8Array; indicator: string; risk: string } {
  const doc = A.load<PlanDocShape>(bytes, { actor: ACTOR_C });
  let indicator = '';
  let risk = '';
  const next = A.change(doc, { message: JSON.stringify({ office: 'Old app', command: 'updateEntity' }), time: 1_780_000_000 }, (d) => {
    for (const bucket of Object.values(d.collections.indicators)) {
      const id = Object.keys(bucket).sort()[0];
      if (id && !indicator) {
        indicator = id;
        bucket[id]!.disaggregation = [new A.ImmutableString('Women'), new A.ImmutableString('Men'), new A.ImmutableString('Women')];
      }
    }
    for (const bucket of Object.values(d.collections.risks)) {
      const id = Object.keys(bucket).sort()[0];
      if (id && !risk) {
        risk = id;
        bucket[id]!.resultIds = [new A.ImmutableString('r_b'), new A.ImmutableString('r_a')];
      }
    }
  });
  return { bytes: A.save(next), indicator, risk };
}

/** A migration as frozen: its version, and its source with all white space (and the test runner's import names) removed. */
interface FrozenMigration {
  readonly version: number;
  readonly migrate: string;
}
const FROZEN_PATH = `${FIXTURES}migrations-frozen.json`;
const frozenForm = (m: DocMigration): FrozenMigration => ({ version: m.version, migrate: m.migrate.toString().replace(/__vite_ssr_import_\d+__\./g, '').replace(/\s+/g, '') });
const readFrozen = (): FrozenMigration[] => (JSON.parse(readFileSync(FROZEN_PATH, 'utf8')) as { migrations: FrozenMigration[] }).migrations;
if (process.env.FREEZE_MIGRATIONS === '1') {
  const frozen = existsSync(FROZEN_PATH) ? readFrozen() : [];
  const note = 'A frozen copy of shared/plan-doc/migrations.ts MIGRATIONS: a released migration never changes. Appended by FREEZE_MIGRATIONS=1 npx vitest run tests/shared/plan-doc/migrations.test.ts; never edit an entry.';
  writeFileSync(FROZEN_PATH, `${JSON.stringify({ note, migrations: [...frozen, ...MIGRATIONS.slice(frozen.length).map(frozenForm)] }, null, 1)}\n`);
}

/** The document fixtures there are: sample-v<n> for each version n some release wrote. */
const FIXTURE_VERSIONS = Array.from({ length: DOC_SCHEMA_VERSION }, (_, i) => i + 1).filter((v) => existsSync(`${FIXTURES}sample-v${v}.automerge`));

describe('document schema version', () => {
  it('keeps every frozen migration exactly as it was (append-only)', () => {
    const frozen = readFrozen();
    expect(frozen.length).toBeGreaterThanOrEqual(MIGRATIONS.length - 1);
    for (const f of frozen) {
      const now = MIGRATIONS.find((m) => m.version === f.version);
      expect(now, `migration ${f.version} was removed`).toBeDefined();
      expect(frozenForm(now!).migrate, `migration ${f.version} was edited: append a new one instead`).toBe(f.migrate);
    }
  });

  it('has a fixture of every version before the current one, for the migrations after it', () => {
    for (let v = 1; v < DOC_SCHEMA_VERSION; v++) expect(existsSync(`${FIXTURES}sample-v${v}.automerge`), `tests/fixtures/plan-doc/sample-v${v}.automerge (make-fixtures.ts while version ${v} is current)`).toBe(true);
  });

  for (const version of FIXTURE_VERSIONS) {
    it(`loads the document version ${version} made (fixture) at the current version, saying the same plan`, () => {
      const fixture = JSON.parse(readFileSync(`${FIXTURES}sample-v${version}.expected.json`, 'utf8')) as Expected;
      expect(fixture.schemaVersion).toBe(version);
      const s = PlanSession.load([new Uint8Array(readFileSync(`${FIXTURES}sample-v${version}.automerge`))], options(), fixture.heads);
      expect(s.document.schemaVersion).toBe(DOC_SCHEMA_VERSION);
      // Migrations change how the plan is stored, never what it says.
      const view = s.view as unknown as Record<string, unknown>;
      for (const key of ENTITY_KEYS) expect(view[key], key).toEqual(fixture.view[key]);
      expect(s.conflicts()).toEqual(fixture.conflicts);
      expect(s.hasUnsaved()).toBe(version < DOC_SCHEMA_VERSION);
      if (version === DOC_SCHEMA_VERSION) expect([...s.heads()].sort()).toEqual([...fixture.heads].sort());
    });
  }

  it('is 2, with migrations 2, 3, ... in order up to it (append-only)', () => {
    expect(DOC_SCHEMA_VERSION).toBe(2);
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 2));
    expect(MIGRATIONS[MIGRATIONS.length - 1]!.version).toBe(DOC_SCHEMA_VERSION);
  });

  it('new plans are made at the current version and need no migration', () => {
    const s = PlanSession.load([V1], options());
    const fresh = PlanSession.create(s.data(), options(ACTOR_A, 'HQ'));
    expect(fresh.document.schemaVersion).toBe(DOC_SCHEMA_VERSION);
    expect(needsMigration(fresh.document)).toBe(false);
    const first = fresh.unsavedChanges()!;
    const again = PlanSession.load([first.bytes], options(), first.heads);
    expect(again.heads()).toEqual(first.heads);
    expect(again.hasUnsaved()).toBe(false);
  });
});

describe('a document made by version 1 of the app (fixture)', () => {
  it('is the document the fixture describes (the fixture itself is intact)', () => {
    const doc = A.load<PlanDocShape>(V1);
    expect(doc.schemaVersion).toBe(1);
    expect(expected.schemaVersion).toBe(1);
    expect([...A.getHeads(doc)].sort()).toEqual([...expected.heads].sort());
    expect(needsMigration(doc)).toBe(true);
  });

  it('loads with every entity and field, at the current version, the migration among its heads and unsaved', () => {
    const s = PlanSession.load([V1], options(), expected.heads);
    expect(s.document.schemaVersion).toBe(DOC_SCHEMA_VERSION);
    // Every entity (deleted ones too) with every stored field, as version 1 wrote them.
    expect(documentData(s.document)).toEqual(expected.document);
    const view = s.view as unknown as Record<string, unknown>;
    for (const key of ENTITY_KEYS) expect(view[key], key).toEqual(expected.view[key]);
    expect(s.view.tree).toEqual(expected.view.tree);
    expect(s.conflicts()).toEqual(expected.conflicts);
    // One new change: the migration, on top of the fixture's heads, by the migration's actor.
    const heads = s.heads();
    expect(heads).toHaveLength(1);
    const meta = metaOfHead(s.document, heads[0]!);
    expect([...meta.deps].sort()).toEqual([...expected.heads].sort());
    expect(JSON.parse(meta.message!)).toEqual({ office: MIGRATION_OFFICE, command: `${MIGRATION_COMMAND}:2` });
    expect(meta.actor).toBe(migrationActor([...expected.heads].sort(), 2));
    // Unsaved, so the app's saver writes it; once written, loading finds nothing to migrate.
    expect(s.hasUnsaved()).toBe(true);
    const unsaved = s.unsavedChanges()!;
    expect(unsaved.heads).toEqual(heads);
    s.markSaved(unsaved.heads);
    const reloaded = PlanSession.load([V1, unsaved.bytes], options(ACTOR_C, 'Dakar'), unsaved.heads);
    expect(reloaded.heads()).toEqual(heads);
    expect(reloaded.hasUnsaved()).toBe(false);
    expect(documentData(reloaded.document)).toEqual(expected.document);
  });

  it('is edited after the migration as this office, and undo works', () => {
    const s = PlanSession.load([V1], options());
    const title = s.view.plan.title;
    s.run(updatePlan, { title: 'Renamed after the upgrade' });
    const head = s.heads()[0]!;
    expect(metaOfHead(s.document, head).actor).toBe(ACTOR_B);
    expect(s.undo()).toBe(true);
    expect(s.view.plan.title).toBe(title);
    expect(s.document.schemaVersion).toBe(DOC_SCHEMA_VERSION);
  });

  it('as a plan file: read with every entity and field, at the current version, the migration among its heads', async () => {
    const file = bytesOf('sample-v1.rbmplan');
    const contents = await readPlanFile(file, options());
    expect([...contents.envelope.heads].sort()).toEqual([...expected.heads].sort());
    const view = contents.engine.state.view as unknown as Record<string, unknown>;
    for (const key of ENTITY_KEYS) expect(view[key], key).toEqual(expected.view[key]);
    const snapshot = await contents.engine.snapshot();
    const doc = A.load<PlanDocShape>(snapshot.bytes);
    expect(doc.schemaVersion).toBe(DOC_SCHEMA_VERSION);
    expect(documentData(doc)).toEqual(expected.document);
    expect(snapshot.heads).toHaveLength(1);
    expect([...metaOfHead(doc, snapshot.heads[0]!).deps].sort()).toEqual([...expected.heads].sort());
  });

  it('migrated by two offices: the very same change, so their copies merge with nothing new and no conflict', () => {
    const nairobi = PlanSession.load([V1], options(ACTOR_B, 'Nairobi'));
    const dakar = PlanSession.load([V1], options(ACTOR_C, 'Dakar', '2026-09-01T00:00:00.000Z'));
    expect(dakar.heads()).toEqual(nairobi.heads());
    expect(dakar.unsavedChanges()!.bytes).toEqual(nairobi.unsavedChanges()!.bytes);
    const preview = nairobi.previewImport(A.save(dakar.document));
    expect(preview.changed).toBe(false);
    expect(preview.conflicts).toEqual([]);
  });

  it('migrated by two offices from different copies (each edited before upgrading): merges with their edits and no new conflict', () => {
    // Headquarters edited the old plan with the old app, then upgraded; the office upgraded its unedited copy.
    const old = A.load<PlanDocShape>(V1, { actor: ACTOR_A });
    const edited = A.change(old, { message: JSON.stringify({ office: 'HQ', command: 'updatePlan' }), time: 1_780_000_000 }, (d) => {
      d.plan.title = new A.ImmutableString('Title set by the old app');
    });
    const hq = PlanSession.load([A.save(edited)], options(ACTOR_A, 'HQ'));
    const office = PlanSession.load([V1], options(ACTOR_B, 'Nairobi'));
    expect(hq.heads()).not.toEqual(office.heads());
    office.run(updatePlan, { organisation: 'Set by the office after upgrading' });

    const preview = hq.previewImport(A.save(office.document));
    expect(preview.changed).toBe(true);
    expect(preview.conflicts).toEqual([]);
    expect(preview.counts.conflicts).toBe(0);
    // The preview lists the office's edit only (the migration changes no entity's value).
    expect(preview.entities.map((e) => [e.target, e.fields.map((f) => f.path.join('.'))])).toEqual([['plan', ['organisation']]]);
    expect(hq.adopt(preview)).toBe(true);
    // Both migrations wrote the version: two equal values, which no one is shown.
    expect(Object.values(A.getConflicts(hq.document, 'schemaVersion') ?? {})).toEqual([2, 2]);
    expect(hq.document.schemaVersion).toBe(2);
    expect(hq.conflicts()).toEqual(expected.conflicts);
    expect(findConflicts(hq.document)).toEqual(expected.conflicts);
    expect(hq.view.plan.title).toBe('Title set by the old app');
    expect(hq.view.plan.organisation).toBe('Set by the office after upgrading');
  });
});

describe('a synthetic version-1 document with set fields held as lists', () => {
  it('is migrated: the lists become maps, the view is unchanged, and later adds by two offices both survive', () => {
    const { bytes, indicator, risk } = withListSets(V1);
    const old = A.load<PlanDocShape>(bytes);
    expect(Array.isArray(old.collections.indicators[Object.keys(old.collections.indicators).find((b) => old.collections.indicators[b]![indicator])!]![indicator]!.disaggregation)).toBe(true);

    const a = PlanSession.load([bytes], options(ACTOR_A, 'HQ'));
    const b = PlanSession.load([bytes], options(ACTOR_B, 'Nairobi'));
    expect(a.heads()).toEqual(b.heads());
    const raw = decodeValue(a.document.collections) as Record<string, Record<string, Record<string, DocMap>>>;
    const find = (collection: string, id: string) => Object.values(raw[collection]!).find((bucket) => bucket[id])![id]!;
    expect(find('indicators', indicator).disaggregation).toEqual({ Men: true, Women: true });
    expect(find('risks', risk).resultIds).toEqual({ r_a: true, r_b: true });
    expect(a.view.indicators[indicator]!.disaggregation).toEqual(['Men', 'Women']);
    expect(a.view.risks[risk]!.resultIds).toEqual(['r_a', 'r_b']);

    // With maps, two offices adding a category each keep both (a list would have kept one office's).
    a.run(addCategory, { id: indicator as IndicatorId, category: 'Youth' });
    b.run(addCategory, { id: indicator as IndicatorId, category: 'Migrants' });
    expect(a.adopt(a.previewImport(A.save(b.document)))).toBe(true);
    expect(a.view.indicators[indicator]!.disaggregation).toEqual(['Men', 'Migrants', 'Women', 'Youth']);
    expect(a.conflicts()).toEqual(expected.conflicts);
  });

  it('converted by two offices from different copies: maps with the same members, which no one is shown as a conflict', () => {
    const { bytes, indicator, risk } = withListSets(V1);
    const old = A.load<PlanDocShape>(bytes, { actor: ACTOR_A });
    const edited = A.change(old, { message: JSON.stringify({ office: 'HQ', command: 'updatePlan' }), time: 1_780_000_100 }, (d) => {
      d.plan.title = new A.ImmutableString('Title set by the old app');
    });
    const hq = PlanSession.load([A.save(edited)], options(ACTOR_A, 'HQ'));
    const office = PlanSession.load([bytes], options(ACTOR_B, 'Nairobi'));
    const preview = hq.previewImport(A.save(office.document));
    expect(preview.conflicts).toEqual([]);
    expect(preview.entities).toEqual([]);
    expect(hq.adopt(preview)).toBe(true);
    // Each office made its own map of the same members: Automerge keeps both, equal.
    const bucketOf = (collection: 'indicators' | 'risks', id: string) => Object.values(hq.document.collections[collection]).find((b) => b[id])![id]!;
    expect(Object.keys(A.getConflicts(bucketOf('indicators', indicator), 'disaggregation') ?? {})).toHaveLength(2);
    expect(Object.keys(A.getConflicts(bucketOf('risks', risk), 'resultIds') ?? {})).toHaveLength(2);
    expect(hq.conflicts()).toEqual(expected.conflicts);
    expect(hq.view.indicators[indicator]!.disaggregation).toEqual(['Men', 'Women']);
    expect(hq.view.risks[risk]!.resultIds).toEqual(['r_a', 'r_b']);
  });

  it('with no list to convert, the migration changes the version only', () => {
    const s = PlanSession.load([V1], options());
    const ops = A.inspectChange(s.document, s.heads()[0]!)!.ops;
    expect(ops.map((o) => [o.action, o.key])).toEqual([['set', 'schemaVersion']]);
  });
});

describe('documents the app cannot read', () => {
  it('a document without a version is not a plan (every document the app made records one)', () => {
    const old = A.load<PlanDocShape>(V1, { actor: ACTOR_C });
    const stripped = A.change(old, (d) => {
      delete (d as Partial<PlanDocShape>).schemaVersion;
    });
    expect(() => PlanSession.load([A.save(stripped)], options())).toThrow(expect.objectContaining({ code: 'notAPlan' }));
  });

  const newer = () => {
    const old = A.load<PlanDocShape>(V1, { actor: ACTOR_C });
    return A.change(old, { message: JSON.stringify({ office: 'Future', command: 'migrateDocument:3' }), time: 1_790_000_000 }, (d) => {
      d.schemaVersion = DOC_SCHEMA_VERSION + 1;
    });
  };

  it('a newer document is refused by the session, naming its version, never half-loaded', () => {
    let error: unknown;
    try {
      PlanSession.load([A.save(newer())], options());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlanDocumentError);
    expect(error).toMatchObject({ code: 'newerVersion', documentVersion: DOC_SCHEMA_VERSION + 1 });
    expect(() => migrateDocument(newer())).toThrow(/newerVersion/);
  });

  it('a plan file holding a newer document is refused with the reader\'s "newer version" message', async () => {
    const doc = newer();
    const engine = InProcessEngine.load([V1], options());
    const file = await writePlanFile(
      { snapshot: { bytes: A.save(doc), heads: A.getHeads(doc) }, view: { ...engine.state.view, heads: A.getHeads(doc) } },
      { from: { office: 'Future office', actorId: ACTOR_C }, createdAt: '2027-01-01T00:00:00.000Z' },
    );
    const error = await readAnyPlanFile(file, options()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PlanFileError);
    expect(error).toMatchObject({ code: 'newerDocument', params: { version: DOC_SCHEMA_VERSION + 1, supported: DOC_SCHEMA_VERSION } });
    const t = translator('en');
    expect(t((error as PlanFileError).key, (error as PlanFileError).params)).toBe(
      `The plan in this file was saved by a newer version of RBM Planner (plan document version ${DOC_SCHEMA_VERSION + 1}; this version reads up to ${DOC_SCHEMA_VERSION}). Update RBM Planner to open it.`,
    );
  });

  it('changes from a newer version of the app are refused by the changes-file path and the merge, the plan unchanged', async () => {
    const engine = InProcessEngine.load([V1], options());
    const before = engine.state.heads;
    const doc = newer();
    const changes = A.saveSince(doc, expected.heads);
    const contents = { kind: 'changes' as const, envelope: { planId: engine.state.view.plan.id, heads: A.getHeads(doc), title: 'x' } as never, changes, baseHeads: expected.heads };
    await expect(previewChangesFile(engine, contents)).rejects.toMatchObject({ code: 'newerDocument' });
    await expect(applyChangesFile(V1, contents)).rejects.toMatchObject({ code: 'newerDocument' });
    expect(() => previewMerge(A.load<PlanDocShape>(V1), changes)).toThrow(/newerVersion/);
    expect(engine.state.heads).toEqual(before);
  });
});

describe('migrateDocument', () => {
  it('runs only the migrations after the document\'s version, in order, and refuses a failing one without touching the document', () => {
    const seen: number[] = [];
    const track = (version: number): DocMigration => ({ version, description: 'test', migrate: () => void seen.push(version) });
    const doc = A.load<PlanDocShape>(V1);
    const migrated = migrateDocument(doc, [track(2), track(3)]);
    expect(seen).toEqual([2, 3]);
    expect(migrated.schemaVersion).toBe(3);
    expect(A.getHeads(migrated)).toHaveLength(1);

    const failing: DocMigration = {
      version: 2,
      description: 'fails half-way',
      migrate(d) {
        d.plan.title = new A.ImmutableString('half-migrated');
        throw new Error('broken migration');
      },
    };
    const original = A.load<PlanDocShape>(V1);
    expect(() => migrateDocument(original, [failing])).toThrow(/migration to version 2 failed: broken migration/);
    expect(original.schemaVersion).toBe(1);
    expect([...A.getHeads(original)].sort()).toEqual([...expected.heads].sort());
    expect(documentData(original)).toEqual(expected.document);
  });

  it('derives the migration actor from the heads and the version only', () => {
    const heads = [...expected.heads].sort();
    expect(migrationActor(heads, 2)).toMatch(/^[0-9a-f]{32}$/);
    expect(migrationActor(heads, 2)).toBe(migrationActor([...heads], 2));
    expect(migrationActor(heads, 3)).not.toBe(migrationActor(heads, 2));
    expect(migrationActor(heads.slice(1), 2)).not.toBe(migrationActor(heads, 2));
  });

  it('gives the same change whatever the office, actor or clock (a fixed time and message)', () => {
    const s1 = PlanSession.load([V1], { actor: ACTOR_A, office: 'HQ', clock: fixedClock('2030-01-01T00:00:00.000Z') });
    const s2 = PlanSession.load([V1], { actor: ACTOR_B, office: 'Nairobi', clock: fixedClock('2031-06-01T00:00:00.000Z') });
    expect(s1.unsavedChanges()!.bytes).toEqual(s2.unsavedChanges()!.bytes);
  });
});
