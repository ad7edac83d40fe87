/**
 * Writes an open plan's unsaved changes to the database, a moment after each edit.
 * Saves run one at a time. A failed write keeps the changes in the engine (they are
 * only marked saved after the database confirmed them), reports the error, and the
 * next save (after the next edit, or Retry) writes them with anything newer.
 * Stored chunks are compacted into one snapshot now and then.
 */
import type { Plan, PlanId } from '../../shared/model';
import type { PlanEngine } from '../../shared/plan-doc';
import type { MessageRef } from '../../shared/plan-doc/commands/types';
import { toStorageError, type PlanRepository } from '../db';

export type SaverStatus =
  | { readonly state: 'unsaved' }
  | { readonly state: 'saving' }
  | { readonly state: 'saved'; readonly at: string }
  | { readonly state: 'error'; readonly error: MessageRef };

export interface SaverOptions {
  readonly planId: PlanId;
  readonly engine: PlanEngine;
  readonly plans: PlanRepository;
  readonly delayMs: number;
  readonly compactAbove: number;
  readonly now: () => string;
  readonly onStatus: (status: SaverStatus) => void;
}

export class Saver {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private queue: Promise<boolean> = Promise.resolve(true);
  private closed = false;

  constructor(private readonly options: SaverOptions) {}

  /** An edit happened: save it shortly. */
  schedule(): void {
    if (this.closed) return;
    this.options.onStatus({ state: 'unsaved' });
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.delayMs);
  }

  /** Saves now; resolves true when everything is stored. */
  flush(): Promise<boolean> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.queue = this.queue.then(() => this.saveOnce(), () => this.saveOnce());
    return this.queue;
  }

  /** Stops scheduling; pending changes are flushed first by the caller. */
  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private async saveOnce(): Promise<boolean> {
    const { engine, plans, planId, onStatus } = this.options;
    const changes = await engine.unsavedChanges();
    if (!changes) return true;
    onStatus({ state: 'saving' });
    try {
      await plans.appendChanges(planId, changes.bytes, changes.heads, listingOf(engine.state.view.plan));
      await engine.markSaved(changes.heads);
    } catch (e) {
      onStatus({ state: 'error', error: { key: toStorageError(e).messageKey } });
      return false;
    }
    if (await engine.unsavedChanges()) {
      // Edits arrived during the write: they go in the next save.
      this.schedule();
    } else {
      onStatus({ state: 'saved', at: this.options.now() });
    }
    await this.compactIfNeeded();
    return true;
  }

  private async compactIfNeeded(): Promise<void> {
    const { engine, plans, planId, compactAbove } = this.options;
    try {
      const info = await plans.chunkInfo(planId);
      if (info.count <= compactAbove || (await engine.unsavedChanges())) return;
      const snapshot = await engine.snapshot();
      await plans.compact(planId, snapshot.bytes, snapshot.heads, info.maxSeq);
    } catch {
      // Compaction only tidies storage: the chunks it would replace are still there.
    }
  }
}

export function listingOf(plan: Plan) {
  return { title: plan.title, organisation: plan.organisation, periodStart: plan.periodStart, periodEnd: plan.periodEnd, status: plan.status };
}
