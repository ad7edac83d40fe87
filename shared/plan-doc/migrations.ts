/**
 * The plan document's own schema version and its migrations (issue 7, promise 5). A
 * document records the layout version it was written in (`schemaVersion` at its root;
 * every document the app ever made has one: version 1 is the layout up to the first
 * migration). Loading a document older than this code's DOC_SCHEMA_VERSION runs the
 * migrations after its version, in order, each as one Automerge change; a document newer
 * than this code knows is refused (PlanDocumentError 'newerVersion'), never half-loaded.
 *
 * MIGRATIONS is append-only, like the database's schema versions: a document migrated by
 * an entry must be migrated the same way by every later release, so an entry is never
 * edited (tests/shared/plan-doc/migrations.test.ts holds the fixtures of older documents).
 *
 * Migrations merge cleanly. Each office that opens the same old plan migrates it itself, so
 * the migration's change must not stand beside another office's as a conflict:
 * - a migration is a pure function of the document (no clock, no office, no randomness);
 * - its change is made by an actor derived from the document's heads and the version, with
 *   the time of the newest change it builds on and a fixed message. Two offices migrating
 *   the same copy therefore make the very same change (same bytes, same hash): a merge sees
 *   one change, and there is nothing to conflict;
 * - two offices migrating different copies (each edited before upgrading) make different
 *   changes that write the same values: Automerge keeps both values of such a field, and the
 *   conflict scan and the import preview pass over fields whose values are all equal
 *   (merge.ts conflictOf). The version itself is a field at the document's root, outside
 *   every entity, which the Conflicts screen never lists.
 */
import * as A from '@automerge/automerge';
import { COLLECTIONS } from '../model';
import { PlanDocumentError, checkDocument, encodeMeta, type PlanDoc } from './document';
import { DOC_SCHEMA_VERSION, SET_FIELDS, decodeValue, setToMap, type PlanDocShape } from './layout';

export { DOC_SCHEMA_VERSION };

export interface DocMigration {
  /** The version this migration brings a document to, from the one before it. */
  readonly version: number;
  /** What it changes, for people reading the code and the history. */
  readonly description: string;
  /** A pure change of the document (called inside the migration's Automerge change). */
  readonly migrate: (doc: PlanDocShape) => void;
}

/** The command named in a migration's change (with the version it brings the document to). */
export const MIGRATION_COMMAND = 'migrateDocument';
/** Who a migration's change names: the app itself, the same in every office (History shows it by this name). */
export const MIGRATION_OFFICE = 'RBM Planner';

export const MIGRATIONS: readonly DocMigration[] = [
  {
    version: 2,
    description:
      'Set-valued fields (a risk\'s linked results, an indicator\'s disaggregation categories) held as a list become maps of member -> true, so two offices adding different members both keep them. Documents made before categories became a set held them as a list (until then turned into a map only on their first edit).',
    migrate(doc) {
      for (const collection of COLLECTIONS) {
        const fields = SET_FIELDS[collection];
        if (!fields) continue;
        const buckets = doc.collections[collection];
        for (const bucket of Object.keys(buckets).sort()) {
          const entities = buckets[bucket]!;
          for (const id of Object.keys(entities).sort()) {
            const entity = entities[id]!;
            for (const field of fields) {
              const value = entity[field];
              if (!Array.isArray(value)) continue;
              const members = [...new Set(value.map((v) => String(decodeValue(v))))].sort();
              entity[field] = setToMap(members);
            }
          }
        }
      }
    },
  },
];

/** The version a document records (a missing or odd value is not a plan: checkDocument refuses it). */
export function documentVersion(doc: PlanDoc): number {
  return doc.schemaVersion;
}

/** Whether loading this document would migrate it (it is older than this code's layout). */
export function needsMigration(doc: PlanDoc): boolean {
  return checkDocument(doc).schemaVersion < DOC_SCHEMA_VERSION;
}

/**
 * The document brought to DOC_SCHEMA_VERSION by the migrations after its version, each as
 * one change (see above for why they merge cleanly). A current document is returned as it
 * is; a newer one is refused with PlanDocumentError('newerVersion').
 */
export function migrateDocument(doc: PlanDoc, migrations: readonly DocMigration[] = MIGRATIONS): PlanDoc {
  let current = checkDocument(doc);
  for (const migration of migrations) {
    if (current.schemaVersion >= migration.version) continue;
    current = applyMigration(current, migration);
  }
  return current;
}

function applyMigration(doc: PlanDoc, migration: DocMigration): PlanDoc {
  const heads = [...A.getHeads(doc)].sort();
  const actor = migrationActor(heads, migration.version);
  // The change is made on a copy writing as the migration's actor, then applied to the
  // document, which keeps its own actor for the edits that follow.
  const fork = A.clone(doc, { actor });
  let migrated: PlanDoc;
  try {
    migrated = A.change(fork, { message: encodeMeta({ office: MIGRATION_OFFICE, command: `${MIGRATION_COMMAND}:${migration.version}` }), time: newestTime(doc) }, (d) => {
      migration.migrate(d as PlanDocShape);
      d.schemaVersion = migration.version;
    });
  } catch (e) {
    throw new PlanDocumentError('unreadable', `migration to version ${migration.version} failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  const change = A.getLastLocalChange(migrated);
  if (!change) throw new PlanDocumentError('unreadable', `migration to version ${migration.version} made no change`);
  const [next] = A.applyChanges(doc, [change]);
  return next;
}

/** The time of the newest change the document holds (seconds), so the same document gives the same migration. */
function newestTime(doc: PlanDoc): number {
  let newest = 0;
  for (const c of A.getChangesMetaSince(doc, [])) if (c.time > newest) newest = c.time;
  return newest;
}

/**
 * A 16-byte actor id (hex) from the heads and the version: the same copy migrated anywhere
 * gets the same actor, and different copies (or versions) different ones, so one actor
 * never makes two different changes with the same sequence number. FNV-1a with four seeds.
 */
export function migrationActor(sortedHeads: readonly string[], version: number): string {
  const text = `rbm-plan-migration:${version}:${sortedHeads.join(',')}`;
  let out = '';
  for (const seed of [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b]) {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}
