/**
 * The side of a worker engine where the document is: hosts an InProcessEngine and answers
 * a WorkerEngine's requests (engine-protocol.ts) over a port. A plain function over the
 * port, so tests run it in process over an in-memory channel and the app in a Web Worker
 * (renderer/worker/engine-worker.ts). Requests are handled one at a time, in order. After
 * each one the reply carries what changed in the view (the entities the edit re-read, the
 * plan, the heads, undo and redo), never the whole view; bytes are transferred.
 */
import type { Clock } from '../dates';
import type { PlanData } from '../model';
import { CommandError } from './commands/types';
import { PlanDocumentError } from './document';
import { InProcessEngine, type CommandName, type ImportPreview, type RunOptions, type StoredBytes } from './engine';
import type { EnginePort, EngineReply, EngineRequest, LoadedReply, PortableError, PortableOptions, StateMeta, StateUpdate } from './engine-protocol';
import type { HistoryOptions } from './history';
import { MergeError } from './merge';
import { decodeViewCache, encodeViewCache } from './view-cache';
import { diffViews, partsOf } from './view-derive';
import type { PlanView } from './view-types';
import { sameHeads } from '../heads';

export interface ServerOptions {
  readonly clock: Clock;
}

export function serveEngine(port: EnginePort, { clock }: ServerOptions): void {
  let engine: InProcessEngine | null = null;
  /** The view the client has: updates are diffed against it. */
  let sent: PlanView | null = null;
  let sentMeta: StateMeta | null = null;
  let queue: Promise<void> = Promise.resolve();

  const need = (): InProcessEngine => {
    if (!engine) throw new Error('no plan is loaded in this engine');
    return engine;
  };

  const update = (): StateUpdate | undefined => {
    if (!engine || !sent) return undefined;
    const s = engine.state;
    const meta: StateMeta = { heads: s.heads, canUndo: s.canUndo, canRedo: s.canRedo, undoLabel: s.undoLabel, redoLabel: s.redoLabel };
    const viewChanged = s.view !== sent;
    if (!viewChanged && sentMeta && sameMeta(sentMeta, meta)) return undefined;
    const delta = viewChanged ? diffViews(sent, s.view) : undefined;
    sent = s.view;
    sentMeta = meta;
    return { meta, ...(delta ? { delta } : {}) };
  };

  const loaded = (made: InProcessEngine, shownJson: string | null): LoadedReply => {
    engine?.dispose();
    engine = made;
    sent = made.state.view;
    sentMeta = null;
    // The client shows its view cache already: the view is sent only when the cache is not the document's view.
    return { viewJson: shownJson !== null && sameView(shownJson, made.state.view) ? null : encodeViewCache(made.state.view) };
  };

  const handle = async (op: string, args: readonly unknown[]): Promise<{ value: unknown; transfer?: ArrayBuffer[] }> => {
    const bytesOut = (stored: StoredBytes | null) => ({ value: stored, transfer: stored ? [transferable(stored.bytes)] : [] });
    switch (op) {
      case 'load': {
        const [chunks, options, heads, shownJson] = args as [Uint8Array[], PortableOptions, string[], string | null];
        return { value: loaded(InProcessEngine.load(chunks, { ...options, clock }, heads), shownJson) };
      }
      case 'create': {
        const [data, options] = args as [PlanData, PortableOptions];
        return { value: loaded(InProcessEngine.create(data, { ...options, clock }), null) };
      }
      case 'run': {
        const [name, commandArgs, runOptions] = args as [CommandName, never, RunOptions | undefined];
        await need().run(name, commandArgs, runOptions);
        return { value: null };
      }
      case 'undo':
        await need().undo();
        return { value: null };
      case 'redo':
        await need().redo();
        return { value: null };
      case 'unsavedChanges':
        return bytesOut(await need().unsavedChanges());
      case 'markSaved':
        await need().markSaved(args[0] as string[]);
        return { value: null };
      case 'snapshot':
        return bytesOut(await need().snapshot());
      case 'snapshotAt':
        return bytesOut(await need().snapshotAt(args[0] as string[]));
      case 'data':
        return { value: await need().data() };
      case 'previewImport': {
        const e = need();
        const before = e.state.view;
        const preview = await e.previewImport(args[0] as Uint8Array);
        // The preview's views go as what they change from the view the client has.
        const { before: _before, after, ...rest } = preview;
        return { value: { ...rest, beforeDelta: diffViews(sent ?? before, preview.before), afterDelta: diffViews(sent ?? before, after) } };
      }
      case 'applyImport': {
        const [id] = args as [number];
        const result = await need().applyImport({ id } as ImportPreview);
        return { value: result !== false };
      }
      case 'conflicts':
        return { value: await need().conflicts() };
      case 'history':
        return { value: await need().history(args[0] as HistoryOptions) };
      case 'viewAt':
        return { value: partsOf(await need().viewAt(args[0] as string[])) };
      case 'compareVersion':
        return { value: await need().compareVersion(args[0] as string[]) };
      case 'restoreVersion':
        await need().restoreVersion(args[0] as string[]);
        return { value: null };
      case 'setOffice':
        await need().setOffice(args[0] as string);
        return { value: null };
      case 'cachedView':
        return { value: await need().cachedView() };
      case 'dispose':
        engine?.dispose();
        engine = null;
        sent = null;
        return { value: null };
      default:
        throw new Error(`unknown engine request ${op}`);
    }
  };

  port.onMessage((message) => {
    const { id, op, args } = message as EngineRequest;
    queue = queue.then(async () => {
      let reply: EngineReply;
      let transfer: ArrayBuffer[] = [];
      try {
        const out = await handle(op, args);
        transfer = out.transfer ?? [];
        reply = { id, ok: true, value: out.value, state: update() };
      } catch (e) {
        reply = { id, ok: false, error: portableError(e), state: update() };
      }
      port.post(reply, transfer);
    });
  });
}

/** Whether a view cache's JSON holds exactly this view's heads, plan and entities (in whatever key order). */
function sameView(json: string, view: PlanView): boolean {
  const shown = decodeViewCache(json, view.heads);
  if (!shown) return false;
  const a = partsOf(shown);
  const b = partsOf(view);
  return sameHeads(a.heads, b.heads) && equalValues(a.plan, b.plan) && equalValues(a.collections, b.collections);
}

function equalValues(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && equalValues(ra[k], rb[k]));
}

function sameMeta(a: StateMeta, b: StateMeta): boolean {
  return a.canUndo === b.canUndo && a.canRedo === b.canRedo && sameHeads(a.heads, b.heads) && JSON.stringify([a.undoLabel, a.redoLabel]) === JSON.stringify([b.undoLabel, b.redoLabel]);
}

/** The bytes' own buffer when they fill it (so it can be transferred), else a copy that does. */
function transferable(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) return bytes.buffer;
  return bytes.slice().buffer as ArrayBuffer;
}

export function portableError(e: unknown): PortableError {
  if (e instanceof CommandError) return { name: 'CommandError', message: e.message, code: e.code, params: { ...e.params } };
  if (e instanceof MergeError) return { name: 'MergeError', message: e.message, code: e.code };
  if (e instanceof PlanDocumentError) return { name: 'PlanDocumentError', message: e.message, code: e.code };
  if (e instanceof Error) return { name: e.name, message: e.message };
  return { name: 'Error', message: String(e) };
}
