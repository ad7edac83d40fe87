/**
 * The database's schema history is append-only: a user's database was made by some past
 * entry of SCHEMA_VERSIONS, and Dexie upgrades it through each later one, so an entry, once
 * released, must never change. tests/fixtures/db/schema-versions.json is a frozen copy of the
 * entries (their stores and the source of their upgrade); this test fails when a frozen entry
 * is edited or removed, when versions are not 1, 2, 3, ... in order, and when a version has no
 * database fixture of the version before it to be upgraded from (tests/renderer/db/upgrade.test.ts
 * runs those upgrades).
 *
 * A new version is frozen when its own fixture is made (tests/fixtures/db/make-fixtures.ts):
 *   FREEZE_SCHEMA=1 npx vitest run tests/renderer/db/schema-history.test.ts
 * appends the versions not frozen yet to the copy and never rewrites a frozen one.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from '../../../renderer/db/schema';

const FIXTURES = fileURLToPath(new URL('../../fixtures/db/', import.meta.url));
const FROZEN_PATH = `${FIXTURES}schema-versions.json`;

interface FrozenVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  /** The upgrade function's source with all white space (and the test runner's import names) removed, or null for none. */
  readonly upgrade: string | null;
}

const frozenForm = (v: SchemaVersion): FrozenVersion => ({ version: v.version, stores: { ...v.stores }, upgrade: v.upgrade ? v.upgrade.toString().replace(/__vite_ssr_import_\d+__\./g, '').replace(/\s+/g, '') : null });

function readFrozen(): FrozenVersion[] {
  return (JSON.parse(readFileSync(FROZEN_PATH, 'utf8')) as { versions: FrozenVersion[] }).versions;
}

if (process.env.FREEZE_SCHEMA === '1') {
  const frozen = existsSync(FROZEN_PATH) ? readFrozen() : [];
  const added = SCHEMA_VERSIONS.slice(frozen.length).map(frozenForm);
  const note = 'A frozen copy of renderer/db/schema.ts SCHEMA_VERSIONS: released versions never change. Appended by FREEZE_SCHEMA=1 npx vitest run tests/renderer/db/schema-history.test.ts; never edit an entry.';
  writeFileSync(FROZEN_PATH, `${JSON.stringify({ note, versions: [...frozen, ...added] }, null, 1)}\n`);
}

/** What is wrong with the code's history against the frozen one (empty: nothing). */
export function historyProblems(code: readonly SchemaVersion[], frozen: readonly FrozenVersion[]): string[] {
  const problems: string[] = [];
  code.forEach((v, i) => {
    if (v.version !== i + 1) problems.push(`entry ${i} is version ${v.version}, expected ${i + 1}: versions are 1, 2, 3, ... in order`);
  });
  for (const f of frozen) {
    const now = code.find((v) => v.version === f.version);
    if (!now) {
      problems.push(`version ${f.version} was removed`);
      continue;
    }
    const form = frozenForm(now);
    if (JSON.stringify(form.stores) !== JSON.stringify(f.stores)) problems.push(`version ${f.version}'s stores were edited: append a new version instead`);
    if (form.upgrade !== f.upgrade) problems.push(`version ${f.version}'s upgrade was edited: append a new version instead`);
  }
  return problems;
}

/** Versions after the first whose previous version has no database fixture to upgrade from. */
export function versionsWithoutFixture(code: readonly SchemaVersion[], hasFixture: (version: number) => boolean): number[] {
  return code.filter((v) => v.version > 1 && !hasFixture(v.version - 1)).map((v) => v.version);
}

describe('schema history', () => {
  it('keeps every frozen version exactly as it was, with versions 1, 2, 3, ... in order', () => {
    const frozen = readFrozen();
    expect(frozen.map((f) => f.version)).toEqual(frozen.map((_, i) => i + 1));
    expect(frozen.length).toBeGreaterThanOrEqual(2);
    expect(historyProblems(SCHEMA_VERSIONS, frozen)).toEqual([]);
    expect(LATEST_SCHEMA_VERSION).toBe(SCHEMA_VERSIONS.length);
  });

  it('has frozen every version before the latest (the latest is frozen when its fixture is made)', () => {
    const frozen = readFrozen();
    expect(frozen.length).toBeGreaterThanOrEqual(LATEST_SCHEMA_VERSION - 1);
    for (let v = 1; v <= frozen.length; v++) expect(existsSync(`${FIXTURES}v${v}.json`), `fixture of frozen version ${v}`).toBe(true);
  });

  it('has, for every version after the first, a fixture of the version before it to upgrade from', () => {
    expect(versionsWithoutFixture(SCHEMA_VERSIONS, (v) => existsSync(`${FIXTURES}v${v}.json`))).toEqual([]);
  });

  // The checks themselves, on histories that break the rules: they must be able to fail.
  describe('catches', () => {
    const frozen: FrozenVersion[] = [
      { version: 1, stores: { plans: 'id' }, upgrade: null },
      { version: 2, stores: { notes: '++id' }, upgrade: 'async(tx)=>{awaittx.table("plans").toCollection().modify((p)=>{p.x=1;});}' },
    ];
    const good: SchemaVersion[] = [
      { version: 1, stores: { plans: 'id' } },
      // Same source as frozen once white space is removed.
      { version: 2, stores: { notes: '++id' }, upgrade: async (tx) => {
        await tx.table("plans").toCollection().modify((p) => { p.x = 1; });
      } },
    ];

    it('nothing in an unchanged history, with a new version appended', () => {
      expect(historyProblems(good, frozen)).toEqual([]);
      expect(historyProblems([...good, { version: 3, stores: { more: 'id' } }], frozen)).toEqual([]);
    });

    it('an edited store, an edited or added upgrade, a removed version, versions out of order', () => {
      expect(historyProblems([{ version: 1, stores: { plans: 'id, title' } }, good[1]!], frozen)).toEqual(["version 1's stores were edited: append a new version instead"]);
      expect(historyProblems([good[0]!, { ...good[1]!, upgrade: async (tx) => { await tx.table('plans').clear(); } }], frozen)).toEqual(["version 2's upgrade was edited: append a new version instead"]);
      expect(historyProblems([{ ...good[0]!, upgrade: () => undefined }, good[1]!], frozen)).toEqual(["version 1's upgrade was edited: append a new version instead"]);
      expect(historyProblems([good[0]!], frozen)).toEqual(['version 2 was removed']);
      expect(historyProblems([good[1]!, good[0]!], frozen)).toContain('entry 0 is version 2, expected 1: versions are 1, 2, 3, ... in order');
    });

    it('a version whose previous version has no fixture', () => {
      const history = [...good, { version: 3, stores: { more: 'id' } }];
      expect(versionsWithoutFixture(history, (v) => v <= 2)).toEqual([]);
      expect(versionsWithoutFixture(history, (v) => v === 1)).toEqual([3]);
    });
  });
});
