/**
 * WorkerEngine: the PlanEngine the window's thread talks to while the document lives in a
 * Web Worker (engine-server.ts). Calls become messages answered in order; the view is kept
 * here and rebuilt from what each answer says changed (applyViewDelta: the entities put or
 * removed, the plan, the heads), with structural sharing, so a screen re-renders only what
 * an edit touched. Bytes move to the worker and back as transferables where the sender has
 * no further use for them.
 */
import type { PlanData } from '../model';
import { CommandError } from './commands/types';
import { PlanDocumentError } from './document';
import type { CachedView, CommandArgs, CommandName, EngineFactory, EngineState, ImportPreview, MergeConflict, PlanEngine, RunOptions, ShownView, StoredBytes } from './engine';
import type { EnginePort, EngineReply, LoadedReply, PortableError, PortableOptions, StateMeta, StateUpdate } from './engine-protocol';
import type { HistoryOptions, HistoryPage } from './history';
import type { VersionDifference } from './commands/restore';
import { MergeError } from './merge';
import type { SessionOptions } from './session';
import { decodeViewCache } from './view-cache';
import { applyViewDelta, viewFromParts, type ViewDelta, type ViewParts } from './view-derive';
import type { PlanView } from './view-types';

type Pending = { resolve: (value: unknown) => void; reject: (e: unknown) => void };

/** Raised on this side for an engine whose worker failed or was disposed. */
export class EngineGoneError extends Error {
  constructor(message = 'the plan engine stopped') {
    super(message);
    this.name = 'EngineGoneError';
  }
}

export class WorkerEngine implements PlanEngine {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private view: PlanView | null = null;
  private meta: StateMeta = { heads: [], canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };
  private gone: Error | null = null;
  /** The view JSON the load answered with, while the view is still of those heads (the cache write reuses it). */
  private loadedJson: { heads: readonly string[]; json: string } | null = null;

  private constructor(private readonly port: EnginePort) {
    port.onMessage((message) => this.receive(message as EngineReply));
    port.onFailure((error) => this.fail(error));
  }

  /** Loads a stored plan in the engine behind `port` (see EngineFactory.load). The chunks are transferred. */
  static async load(port: EnginePort, chunks: Uint8Array[], options: PortableOptions, expectedHeads: readonly string[], shown: ShownView | null): Promise<WorkerEngine> {
    const engine = new WorkerEngine(port);
    const transfer = chunks.filter((c) => c.byteOffset === 0 && c.byteLength === c.buffer.byteLength).map((c) => c.buffer as ArrayBuffer);
    // The cache's JSON goes along: the worker checks it against the document it loads.
    const reply = (await engine.call('load', [chunks, options, [...expectedHeads], shown?.json ?? null], unique(transfer)).catch((e: unknown) => {
      engine.dispose();
      throw e;
    })) as LoadedReply;
    engine.adopt(reply, shown?.view ?? null);
    return engine;
  }

  static async create(port: EnginePort, data: PlanData, options: PortableOptions): Promise<WorkerEngine> {
    const engine = new WorkerEngine(port);
    const reply = (await engine.call('create', [data, options])) as LoadedReply;
    engine.adopt(reply, null);
    return engine;
  }

  private adopt(reply: LoadedReply, shown: PlanView | null): void {
    if (reply.viewJson === null) {
      this.view = shown;
    } else {
      this.view = decodeViewCache(reply.viewJson, this.meta.heads);
      if (!this.view) throw new Error('the engine sent a view that cannot be read');
      this.loadedJson = { heads: this.meta.heads, json: reply.viewJson };
    }
  }

  get state(): EngineState {
    if (!this.view) throw new EngineGoneError('the plan is not loaded');
    return { view: this.view, ...this.meta, heads: [...this.meta.heads] };
  }

  private call(op: string, args: readonly unknown[], transfer: ArrayBuffer[] = []): Promise<unknown> {
    if (this.gone) return Promise.reject(this.gone);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      try {
        this.port.post({ id, op, args }, transfer);
      } catch (e) {
        this.pending.delete(id);
        reject(e);
      }
    });
  }

  private receive(reply: EngineReply): void {
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (reply.state) this.apply(reply.state);
    if (reply.ok) waiting.resolve(reply.value);
    else waiting.reject(errorFrom(reply.error));
  }

  private apply(update: StateUpdate): void {
    this.meta = update.meta;
    if (update.delta && this.view) {
      this.view = withDelta(this.view, update.delta);
      this.loadedJson = null;
    }
  }

  /** The worker stopped (crashed or could not start): every waiting call fails, and every later one. */
  fail(error: Error): void {
    this.gone = error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  async run<K extends CommandName>(name: K, args: CommandArgs<K>, options?: RunOptions): Promise<EngineState> {
    await this.call('run', [name, args, options ?? {}]);
    return this.state;
  }
  async undo(): Promise<EngineState> {
    await this.call('undo', []);
    return this.state;
  }
  async redo(): Promise<EngineState> {
    await this.call('redo', []);
    return this.state;
  }
  async unsavedChanges(): Promise<StoredBytes | null> {
    return (await this.call('unsavedChanges', [])) as StoredBytes | null;
  }
  async markSaved(heads: string[]): Promise<void> {
    await this.call('markSaved', [heads]);
  }
  async snapshot(): Promise<StoredBytes> {
    return (await this.call('snapshot', [])) as StoredBytes;
  }
  async data(): Promise<PlanData> {
    return (await this.call('data', [])) as PlanData;
  }

  /**
   * An engine given here (a plan file's, read on this thread) is sent as its saved bytes,
   * which the worker loads again: a second A.save and A.load of the file's plan (seconds for
   * a large one). Reading plan files in the worker would save both.
   */
  async previewImport(incoming: Uint8Array | PlanEngine): Promise<ImportPreview> {
    const bytes = incoming instanceof Uint8Array ? incoming : (await incoming.snapshot()).bytes;
    // The caller's bytes are copied (structured clone), an engine's snapshot moved.
    const transfer = incoming instanceof Uint8Array ? [] : [bytes.buffer as ArrayBuffer];
    const made = (await this.call('previewImport', [bytes], transfer)) as Omit<ImportPreview, 'before' | 'after'> & { beforeDelta: ViewDelta; afterDelta: ViewDelta };
    // The deltas are from the view as it is once the answer arrived (earlier answers applied).
    const base = this.state.view;
    const { beforeDelta, afterDelta, ...rest } = made;
    return { ...rest, before: withDelta(base, beforeDelta), after: withDelta(base, afterDelta) } as ImportPreview;
  }

  async applyImport(preview: ImportPreview): Promise<EngineState | false> {
    const applied = (await this.call('applyImport', [preview.id])) as boolean;
    return applied ? this.state : false;
  }
  async conflicts(): Promise<MergeConflict[]> {
    return (await this.call('conflicts', [])) as MergeConflict[];
  }
  async snapshotAt(heads: readonly string[]): Promise<StoredBytes> {
    return (await this.call('snapshotAt', [[...heads]])) as StoredBytes;
  }
  async history(options: HistoryOptions): Promise<HistoryPage> {
    return (await this.call('history', [options])) as HistoryPage;
  }
  async viewAt(heads: readonly string[]): Promise<PlanView> {
    return viewFromParts((await this.call('viewAt', [[...heads]])) as ViewParts);
  }
  async compareVersion(heads: readonly string[]): Promise<VersionDifference> {
    return (await this.call('compareVersion', [[...heads]])) as VersionDifference;
  }
  async restoreVersion(heads: readonly string[]): Promise<EngineState> {
    await this.call('restoreVersion', [[...heads]]);
    return this.state;
  }
  async setOffice(office: string): Promise<void> {
    await this.call('setOffice', [office]);
  }
  async cachedView(): Promise<CachedView> {
    // Right after a load the view's JSON is here already; else the worker makes it (off this thread).
    if (this.loadedJson) return { heads: [...this.loadedJson.heads], json: this.loadedJson.json };
    return (await this.call('cachedView', [])) as CachedView;
  }
  dispose(): void {
    if (this.gone) return;
    this.fail(new EngineGoneError('the plan was closed'));
    this.port.close();
  }
}

/** The view a delta makes, or the view itself when the delta changes nothing. */
function withDelta(view: PlanView, delta: ViewDelta): PlanView {
  const same = delta.plan === undefined && Object.keys(delta.entities).length === 0 && delta.heads.length === view.heads.length && delta.heads.every((h, i) => h === view.heads[i]);
  return same ? view : applyViewDelta(view, delta);
}

function unique(buffers: ArrayBuffer[]): ArrayBuffer[] {
  return [...new Set(buffers)];
}

export function portableOptions(options: SessionOptions): PortableOptions {
  return { actor: options.actor, office: options.office, ...(options.undoLimit !== undefined ? { undoLimit: options.undoLimit } : {}) };
}

/** Engines each in a port of its own (a worker), made by `connect`. */
export function portEngines(connect: () => EnginePort): EngineFactory {
  return {
    offThread: true,
    load: (chunks, options, expectedHeads, shown) => WorkerEngine.load(connect(), chunks, portableOptions(options), expectedHeads, shown),
    create: (data, options) => WorkerEngine.create(connect(), data, portableOptions(options)),
  };
}

function errorFrom(e: PortableError): Error {
  let error: Error;
  if (e.name === 'CommandError' && e.code) error = new CommandError(e.code, e.params ?? {});
  else if (e.name === 'MergeError' && (e.code === 'otherPlan' || e.code === 'unreadable')) error = new MergeError(e.code);
  else if (e.name === 'PlanDocumentError' && (e.code === 'invalidData' || e.code === 'newerVersion' || e.code === 'unreadable' || e.code === 'notAPlan')) error = new PlanDocumentError(e.code);
  else {
    error = new Error(e.message);
    error.name = e.name;
  }
  error.message = e.message;
  return error;
}
