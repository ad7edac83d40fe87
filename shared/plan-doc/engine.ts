/**
 * The document engine behind an asynchronous interface. The app talks to an engine,
 * never to a session, so the engine can move into a Web Worker (loading and merging a
 * large plan must not freeze the window) without touching the store or a screen.
 * Commands are called by name with plain arguments, which a worker can receive.
 * `InProcessEngine` runs it in the calling thread (tests, the CLI); the app runs it in a
 * Web Worker (engine-server.ts hosts it there, engine-client.ts's WorkerEngine talks to it).
 */
import type { PlanData } from '../model';
import type { MergeConflict, MergePreview } from './merge';
import * as commands from './commands';
import type { CommandDef, MessageRef } from './commands/types';
import type { VersionDifference } from './commands/restore';
import { planDataFromView } from './document';
import type { HistoryOptions, HistoryPage } from './history';
import { PlanSession, type RunOptions, type SessionOptions } from './session';
import { encodeViewCache } from './view-cache';
import type { PlanView } from './view-types';

export const COMMANDS = {
  updatePlan: commands.updatePlan,
  addResult: commands.addResult,
  updateResult: commands.updateResult,
  moveResult: commands.moveResult,
  reorderResult: commands.reorderResult,
  indentResult: commands.indentResult,
  outdentResult: commands.outdentResult,
  deleteResult: commands.deleteResult,
  addEntity: commands.addEntity,
  updateEntity: commands.updateEntity,
  deleteEntity: commands.deleteEntity,
  addSection: commands.addSection,
  addDefaultSections: commands.addDefaultSections,
  renameSection: commands.renameSection,
  moveSection: commands.moveSection,
  deleteSection: commands.deleteSection,
  setSectionBody: commands.setSectionBody,
  setResponsibility: commands.setResponsibility,
  setPartnerLink: commands.setPartnerLink,
  restoreVersion: commands.restoreVersion,
  ...commands.PERIODS_COMMANDS,
  ...commands.INDICATORS_COMMANDS,
  ...commands.STRUCTURE_COMMANDS,
  ...commands.TRACKING_COMMANDS,
  ...commands.CONFLICTS_COMMANDS,
  ...commands.TRANSLATIONS_COMMANDS,
} as const;

export type CommandName = keyof typeof COMMANDS;
export type CommandArgs<K extends CommandName> = (typeof COMMANDS)[K] extends CommandDef<infer A, unknown> ? A : never;

export type { MergeConflict, MergePreview };
export type { RunOptions } from './session';
export type { VersionDifference } from './commands/restore';
export type { HistoryEntry, HistoryChange, HistoryOptions, HistoryPage } from './history';

export interface EngineState {
  readonly view: PlanView;
  /** The document's heads: which changes the plan shown holds. */
  readonly heads: readonly string[];
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undoLabel: MessageRef | null;
  readonly redoLabel: MessageRef | null;
}

export interface StoredBytes {
  readonly bytes: Uint8Array;
  readonly heads: string[];
}

export interface PlanEngine {
  readonly state: EngineState;
  /** Runs a command; `options.shownLanguage`: the language the plan is shown in (its edits of texts become translations, session.ts). */
  run<K extends CommandName>(name: K, args: CommandArgs<K>, options?: RunOptions): Promise<EngineState>;
  undo(): Promise<EngineState>;
  redo(): Promise<EngineState>;
  /** Changes since the last `markSaved`, or null when all is saved. */
  unsavedChanges(): Promise<StoredBytes | null>;
  markSaved(heads: string[]): Promise<void>;
  snapshot(): Promise<StoredBytes>;
  data(): Promise<PlanData>;
  /**
   * Merges another copy of the plan (Automerge bytes, or an engine holding it, such as a
   * plan file's) into a clone and describes what it changes; the plan itself is untouched
   * until `applyImport`. Throws MergeError.
   */
  previewImport(incoming: Uint8Array | PlanEngine): Promise<ImportPreview>;
  /**
   * Makes the previewed merge the plan (its changes then save like an edit). Refused with
   * false when the plan was edited since the preview was made.
   */
  applyImport(preview: ImportPreview): Promise<EngineState | false>;
  /** Fields holding more than one value (two offices wrote them), with each value's office and time. */
  conflicts(): Promise<MergeConflict[]>;
  /** The plan as it was at `heads`, saved (only the changes those heads build on). */
  snapshotAt(heads: readonly string[]): Promise<StoredBytes>;
  /** Who changed what and when, newest first, a page at a time. */
  history(options: HistoryOptions): Promise<HistoryPage>;
  /** The plan as it was at `heads` (read-only). */
  viewAt(heads: readonly string[]): Promise<PlanView>;
  /** How the plan at `heads` differs from the plan now: what restoring it would change. */
  compareVersion(heads: readonly string[]): Promise<VersionDifference>;
  /** Restores the plan as it was at `heads` as a new, undoable change (history is kept). */
  restoreVersion(heads: readonly string[]): Promise<EngineState>;
  /** Names the office in the changes made from now on (after this office is renamed). */
  setOffice(office: string): Promise<void>;
  /** The view as a view cache (view-cache.ts) with the heads it reflects, made where the document is. */
  cachedView(): Promise<CachedView>;
  /** Lets the engine go (a worker engine's worker stops); it is not used after. */
  dispose(): void;
}

/** A view shown from the view cache, and the cache's JSON it was read from. */
export interface ShownView {
  readonly view: PlanView;
  readonly json: string;
}

export interface CachedView {
  readonly heads: string[];
  readonly json: string;
}

/** Makes engines: in this thread (tests, the CLI) or in a worker (the app). */
export interface EngineFactory {
  /** True when the engine runs off the calling thread (loading it does not hold the window). */
  readonly offThread: boolean;
  /**
   * Loads a stored plan from its chunks, checked against the heads recorded at its last
   * save. `shown` is the view already shown from the view cache, with the cache's JSON: a
   * worker checks it against the loaded document and sends the view back only when it
   * differs. The chunks may be transferred (not used after).
   */
  load(chunks: Uint8Array[], options: SessionOptions, expectedHeads: readonly string[], shown: ShownView | null): Promise<PlanEngine>;
  create(data: PlanData, options: SessionOptions): Promise<PlanEngine>;
}

export const inProcessEngines: EngineFactory = {
  offThread: false,
  load: async (chunks, options, expectedHeads) => InProcessEngine.load(chunks, options, expectedHeads),
  create: async (data, options) => InProcessEngine.create(data, options),
};

/** What an import would change (shared/plan-doc/merge.ts); the merged document stays in the engine. */
export type ImportPreview = Omit<MergePreview, 'merged'> & { readonly id: number };

export class InProcessEngine implements PlanEngine {
  private readonly previews = new Map<number, MergePreview>();
  private nextPreview = 1;

  private constructor(private readonly session: PlanSession) {}

  static create(data: PlanData, options: SessionOptions): InProcessEngine {
    return new InProcessEngine(PlanSession.create(data, options));
  }

  static load(chunks: readonly Uint8Array[], options: SessionOptions, expectedHeads: readonly string[] = []): InProcessEngine {
    return new InProcessEngine(PlanSession.load(chunks, options, expectedHeads));
  }

  get state(): EngineState {
    const s = this.session;
    return { view: s.view, heads: s.heads(), canUndo: s.canUndo(), canRedo: s.canRedo(), undoLabel: s.undoLabel(), redoLabel: s.redoLabel() };
  }

  async run<K extends CommandName>(name: K, args: CommandArgs<K>, options?: RunOptions): Promise<EngineState> {
    this.session.run(COMMANDS[name] as CommandDef<CommandArgs<K>, unknown>, args, options);
    return this.state;
  }

  async undo(): Promise<EngineState> {
    this.session.undo();
    return this.state;
  }

  async redo(): Promise<EngineState> {
    this.session.redo();
    return this.state;
  }

  async unsavedChanges(): Promise<StoredBytes | null> {
    return this.session.unsavedChanges();
  }

  async markSaved(heads: string[]): Promise<void> {
    this.session.markSaved(heads);
  }

  async snapshot(): Promise<StoredBytes> {
    return this.session.snapshot();
  }

  async data(): Promise<PlanData> {
    return this.session.data();
  }

  async previewImport(incoming: Uint8Array | PlanEngine): Promise<ImportPreview> {
    // A plan file's engine (readAnyPlanFile) is merged as its loaded document: loading its bytes again costs seconds on a large plan.
    const preview = this.session.previewImport(incoming instanceof InProcessEngine ? incoming.session : incoming instanceof Uint8Array ? incoming : (await incoming.snapshot()).bytes);
    // Only the latest preview can be applied: an older one was made on other heads.
    this.previews.clear();
    const id = this.nextPreview++;
    this.previews.set(id, preview);
    const { merged: _merged, ...described } = preview;
    return { ...described, id };
  }

  async applyImport(preview: ImportPreview): Promise<EngineState | false> {
    const made = this.previews.get(preview.id);
    if (!made || !this.session.adopt(made)) return false;
    this.previews.delete(preview.id);
    return this.state;
  }

  async setOffice(office: string): Promise<void> {
    this.session.setOffice(office);
  }

  async snapshotAt(heads: readonly string[]): Promise<StoredBytes> {
    return this.session.snapshotAt(heads);
  }

  async history(options: HistoryOptions): Promise<HistoryPage> {
    return this.session.history(options);
  }

  async viewAt(heads: readonly string[]): Promise<PlanView> {
    return this.session.viewAt(heads);
  }

  async compareVersion(heads: readonly string[]): Promise<VersionDifference> {
    return commands.compareWithVersion(this.session.view, this.session.viewAt(heads));
  }

  async restoreVersion(heads: readonly string[]): Promise<EngineState> {
    return this.run('restoreVersion', { data: planDataFromView(this.session.viewAt(heads)) });
  }

  async conflicts(): Promise<MergeConflict[]> {
    return this.session.conflicts();
  }

  async cachedView(): Promise<CachedView> {
    const view = this.session.view;
    return { heads: [...view.heads], json: encodeViewCache(view) };
  }

  dispose(): void {
    this.previews.clear();
  }
}
