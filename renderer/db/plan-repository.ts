/**
 * Plans in the database: the library listing and the document's stored chunks.
 * Every method is one transaction, so a crash or a full disk leaves the plan as it was
 * before the call or as it is after, never half-written; every method rejects only
 * with a StorageError. Time comes from the injected clock.
 */
import Dexie from 'dexie';
import type { Clock } from '../../shared/dates';
import type { PlanId } from '../../shared/model';
import type { DocChunk, ImportRecord, PlanListing, RbmDatabase, SentFileRecord, ViewCacheEntry } from './db';
import { StorageError, transact } from './errors';
import { sameHeads } from '../../shared/heads';

export type NewPlanListing = Omit<PlanListing, 'createdAt' | 'updatedAt' | 'deletedAt'> & { createdAt?: string };
export type NewImportRecord = Omit<ImportRecord, 'id' | 'planId' | 'importedAt' | 'undoneAt'>;
export type ListingPatch = Partial<Pick<PlanListing, 'title' | 'organisation' | 'periodStart' | 'periodEnd' | 'status'>>;

export interface LoadedChunks {
  /** The document's bytes in load order: a snapshot first, then changes. */
  chunks: Uint8Array[];
  count: number;
  /** The seq of the last chunk: what a snapshot made from these chunks may compact up to. */
  maxSeq: number;
  /** The heads recorded with the last chunk: those of the document as last saved. */
  heads: string[];
}

export interface ChunkInfo {
  count: number;
  /** 0 when the plan has no chunk. */
  maxSeq: number;
}

const PATCHABLE = ['title', 'organisation', 'periodStart', 'periodEnd', 'status'] as const;

function notFound(planId: PlanId): StorageError {
  return new StorageError('not_found', `plan ${planId} is not in the database`);
}

export class PlanRepository {
  constructor(
    private readonly db: RbmDatabase,
    private readonly clock: Clock,
  ) {}

  /** Live plans, most recently updated first. */
  list(): Promise<PlanListing[]> {
    return this.read(() => this.db.plans.orderBy('updatedAt').reverse().filter((p) => p.deletedAt === null).toArray());
  }

  /** Soft-deleted plans, most recently deleted first (for Undo and the bin). */
  listDeleted(): Promise<PlanListing[]> {
    return this.read(async () => {
      const deleted = await this.db.plans.filter((p) => p.deletedAt !== null).toArray();
      return deleted.sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
    });
  }

  /** The listing, deleted or not; undefined for an unknown plan. */
  getListing(planId: PlanId): Promise<PlanListing | undefined> {
    return this.read(() => this.db.plans.get(planId));
  }

  /**
   * Stores a new plan: its listing and its first snapshot, and when the plan came from a
   * plan file, the file's record (in the same transaction). Refuses an id already stored.
   */
  create(listing: NewPlanListing, snapshot: Uint8Array, heads: string[], fromFile?: NewImportRecord): Promise<PlanListing> {
    return this.write(async () => {
      if (await this.db.plans.get(listing.id)) {
        throw new StorageError('conflict', `a plan with id ${listing.id} already exists`);
      }
      const now = this.now();
      const row: PlanListing = {
        id: listing.id,
        title: listing.title,
        organisation: listing.organisation,
        periodStart: listing.periodStart,
        periodEnd: listing.periodEnd,
        status: listing.status,
        createdAt: listing.createdAt ?? now,
        updatedAt: now,
        deletedAt: null,
      };
      await this.db.plans.add(row);
      await this.db.docChunks.add({ planId: row.id, kind: 'snapshot', bytes: snapshot, heads, createdAt: now });
      if (fromFile) await this.db.imports.add({ ...fromFile, planId: row.id, importedAt: now, undoneAt: null } as ImportRecord);
      return row;
    });
  }

  /** The document's chunks in load order. A deleted or unknown plan is not found. */
  loadChunks(planId: PlanId): Promise<LoadedChunks> {
    return this.read(async () => {
      const listing = await this.db.plans.get(planId);
      if (!listing || listing.deletedAt !== null) throw notFound(planId);
      const rows = await this.chunksOf(planId).toArray();
      if (rows.length === 0) throw new StorageError('not_found', `plan ${planId} has no stored document`);
      const heads = rows[rows.length - 1]!.heads;
      return { chunks: rows.map((r) => r.bytes), count: rows.length, maxSeq: rows[rows.length - 1]!.seq, heads };
    });
  }

  /** Saves incremental changes and touches the listing (with the patch) in the same transaction. */
  appendChanges(planId: PlanId, bytes: Uint8Array, heads: string[], listingPatch: ListingPatch = {}): Promise<{ chunkCount: number; seq: number }> {
    return this.write(async () => {
      await this.requireListing(planId);
      const now = this.now();
      const seq = await this.db.docChunks.add({ planId, kind: 'changes', bytes, heads, createdAt: now });
      await this.db.plans.update(planId, { ...pickPatch(listingPatch), updatedAt: now });
      return { chunkCount: await this.db.docChunks.where('planId').equals(planId).count(), seq };
    });
  }

  /** How many chunks the plan has and the last one's seq, to decide when and what to compact. */
  chunkInfo(planId: PlanId): Promise<ChunkInfo> {
    return this.read(async () => {
      await this.requireListing(planId);
      const count = await this.db.docChunks.where('planId').equals(planId).count();
      const last = await this.chunksOf(planId).last();
      return { count, maxSeq: last?.seq ?? 0 };
    });
  }

  /**
   * Replaces the chunks with seq <= upToSeq by `snapshot`, which must contain all of them.
   * Later chunks (changes saved meanwhile) are kept and moved after the snapshot so
   * load order stays seq order. A no-op when no chunk is <= upToSeq (already compacted).
   */
  compact(planId: PlanId, snapshot: Uint8Array, heads: string[], upToSeq: number): Promise<{ chunkCount: number }> {
    return this.write(async () => {
      await this.requireListing(planId);
      const rows = await this.chunksOf(planId).toArray();
      const maxSeq = rows.length > 0 ? rows[rows.length - 1]!.seq : 0;
      if (upToSeq > maxSeq) {
        throw new StorageError('conflict', `cannot compact plan ${planId} up to seq ${upToSeq}: the last stored chunk is ${maxSeq}`);
      }
      if (!rows.some((r) => r.seq <= upToSeq)) return { chunkCount: rows.length };
      const later = rows.filter((r) => r.seq > upToSeq);
      await this.chunksOf(planId).delete();
      await this.db.docChunks.add({ planId, kind: 'snapshot', bytes: snapshot, heads, createdAt: this.now() });
      await this.db.docChunks.bulkAdd(later.map(withoutSeq));
      return { chunkCount: 1 + later.length };
    });
  }

  /** Renames the listing only: the caller records the title in the document too. */
  rename(planId: PlanId, title: string): Promise<void> {
    return this.write(async () => {
      await this.requireListing(planId);
      await this.db.plans.update(planId, { title, updatedAt: this.now() });
    });
  }

  /** Soft delete: hidden from `list`, kept for Undo. Deleting twice keeps the first date. */
  markDeleted(planId: PlanId): Promise<void> {
    return this.write(async () => {
      const listing = await this.requireListing(planId);
      if (listing.deletedAt === null) await this.db.plans.update(planId, { deletedAt: this.now() });
    });
  }

  restore(planId: PlanId): Promise<void> {
    return this.write(async () => {
      await this.requireListing(planId);
      await this.db.plans.update(planId, { deletedAt: null });
    });
  }

  /** Removes the plan and everything stored for it. Purging an unknown plan does nothing. */
  purge(planId: PlanId): Promise<void> {
    return this.write(() => this.purgeInTransaction(planId));
  }

  /** Purges the plans soft-deleted before `isoDate` (an ISO instant); returns their ids. */
  purgeDeletedBefore(isoDate: string): Promise<PlanId[]> {
    return this.write(async () => {
      const old = await this.db.plans.filter((p) => p.deletedAt !== null && p.deletedAt < isoDate).toArray();
      for (const p of old) await this.purgeInTransaction(p.id);
      return old.map((p) => p.id);
    });
  }

  /**
   * Saves a merged plan file: the merge's changes, the listing and the import's record in
   * one transaction, so the plan has either all of the file or none of it, never an
   * import without its record.
   */
  recordImport(planId: PlanId, bytes: Uint8Array, heads: string[], listingPatch: ListingPatch, record: NewImportRecord): Promise<ImportRecord> {
    return this.write(async () => {
      await this.requireListing(planId);
      const now = this.now();
      await this.db.docChunks.add({ planId, kind: 'changes', bytes, heads, createdAt: now });
      await this.db.plans.update(planId, { ...pickPatch(listingPatch), updatedAt: now });
      const row: Omit<ImportRecord, 'id'> = { ...record, planId, importedAt: now, undoneAt: null };
      const id = await this.db.imports.add(row as ImportRecord);
      return { ...row, id };
    });
  }

  /** The plan's imports, newest first (undone ones too). */
  listImports(planId: PlanId): Promise<ImportRecord[]> {
    return this.read(async () => (await this.db.imports.where('planId').equals(planId).toArray()).sort((a, b) => b.id - a.id));
  }

  /**
   * Undoes an import: the plan's stored document becomes `snapshot` (the plan as it was
   * before the import) and the import is marked undone, in one transaction. Refused
   * (conflict) unless the import is the plan's latest one not undone and the stored
   * document is still exactly what the import left (no edit saved since).
   */
  undoImport(planId: PlanId, importId: number, snapshot: Uint8Array, heads: string[]): Promise<ImportRecord> {
    return this.write(async () => {
      await this.requireListing(planId);
      const record = await this.db.imports.get(importId);
      if (!record || record.planId !== planId) throw new StorageError('not_found', `import ${importId} of plan ${planId} is not in the database`);
      if (record.undoneAt !== null) throw new StorageError('conflict', `import ${importId} is already undone`, { messageKey: 'importFile.errors.alreadyUndone' });
      const later = await this.db.imports.where('planId').equals(planId).filter((r) => r.id > importId && r.undoneAt === null).count();
      const last = await this.chunksOf(planId).last();
      if (later > 0 || !last || !sameHeads(last.heads, record.headsAfter)) {
        throw new StorageError('conflict', `plan ${planId} changed since import ${importId}`, { messageKey: 'importFile.errors.changedSince' });
      }
      const now = this.now();
      await this.chunksOf(planId).delete();
      await this.db.docChunks.add({ planId, kind: 'snapshot', bytes: snapshot, heads, createdAt: now });
      await this.db.viewCache.delete(planId);
      await this.db.plans.update(planId, { updatedAt: now });
      await this.db.imports.update(importId, { undoneAt: now });
      return { ...record, undoneAt: now };
    });
  }

  /** Notes a plan file written for an office. */
  recordSent(planId: PlanId, office: string, kind: SentFileRecord['kind'], heads: string[]): Promise<void> {
    return this.write(async () => {
      await this.requireListing(planId);
      const row: Omit<SentFileRecord, 'id'> = { planId, office, kind, heads, sentAt: this.now() };
      await this.db.sentFiles.add(row as SentFileRecord);
    });
  }

  /** The plan files written for offices of this plan, newest first. */
  listSent(planId: PlanId): Promise<SentFileRecord[]> {
    return this.read(async () => (await this.db.sentFiles.where('planId').equals(planId).toArray()).sort((a, b) => b.id - a.id));
  }

  /** Caches the plan's materialised view with the heads it reflects. */
  putViewCache(planId: PlanId, heads: string[], json: string): Promise<void> {
    return this.write(async () => {
      await this.requireListing(planId);
      await this.db.viewCache.put({ planId, heads, json, savedAt: this.now() });
    });
  }

  getViewCache(planId: PlanId): Promise<ViewCacheEntry | undefined> {
    return this.read(() => this.db.viewCache.get(planId));
  }

  private async purgeInTransaction(planId: PlanId): Promise<void> {
    await this.db.plans.delete(planId);
    await this.db.docChunks.where('planId').equals(planId).delete();
    await this.db.viewCache.delete(planId);
    await this.db.imports.where('planId').equals(planId).delete();
    await this.db.sentFiles.where('planId').equals(planId).delete();
  }

  private async requireListing(planId: PlanId): Promise<PlanListing> {
    const listing = await this.db.plans.get(planId);
    if (!listing) throw notFound(planId);
    return listing;
  }

  /** The plan's chunks in seq order, through the [planId+seq] index. */
  private chunksOf(planId: PlanId) {
    return this.db.docChunks.where('[planId+seq]').between([planId, Dexie.minKey], [planId, Dexie.maxKey], true, true);
  }

  private now(): string {
    return this.clock.now().toISOString();
  }

  private read<T>(fn: () => Promise<T>): Promise<T> {
    return transact(this.db, 'r', this.allTables(), fn, currentTransaction);
  }

  private write<T>(fn: () => Promise<T>): Promise<T> {
    return transact(this.db, 'rw', this.allTables(), fn, currentTransaction);
  }

  private allTables() {
    return [this.db.plans, this.db.docChunks, this.db.viewCache, this.db.imports, this.db.sentFiles];
  }
}

/** Dexie's transaction of the running scope (for its IndexedDB error after an abort). */
export function currentTransaction() {
  return Dexie.currentTransaction as { idbtrans?: { error?: unknown } | null } | null;
}

function pickPatch(patch: ListingPatch): ListingPatch {
  const picked: Record<string, unknown> = {};
  for (const key of PATCHABLE) if (patch[key] !== undefined) picked[key] = patch[key];
  return picked as ListingPatch;
}


function withoutSeq({ seq: _seq, ...rest }: DocChunk): Omit<DocChunk, 'seq'> {
  return rest;
}
