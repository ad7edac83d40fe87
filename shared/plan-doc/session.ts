/**
 * One open plan: its document, its view, undo and redo, and what is not yet saved.
 * Runs in process (tests, the CLI) and behind the engine interface in the app.
 *
 * Undo applies the recorded field writes of the last edit in reverse as a new change
 * (history is never rewritten, so undo travels to other offices like any edit); redo
 * applies them forward again.
 */
import * as A from '@automerge/automerge';
import type { Clock } from '../dates';
import type { PlanData } from '../model';
import { CommandError, type CommandDef, type MessageRef } from './commands/types';
import { createPlanDocument, encodeMeta, loadPlanDocument, planDataFromView, type PlanDoc } from './document';
import type { PlanDocShape } from './layout';
import { Tx, type FieldWrite, type Target } from './tx';
import { findConflicts } from './conflict-scan';
import { migrateDocument } from './migrations';
import { previewMerge, type MergeConflict, type MergePreview } from './merge';
import { HistoryReader, viewAt, type HistoryOptions, type HistoryPage } from './history';
import { materialize, updateView } from './view';
import type { PlanView } from './view-types';
import { sameHeads } from '../heads';

export interface SessionOptions {
  readonly actor: string;
  readonly office: string;
  readonly clock: Clock;
  /** How many edits undo remembers. */
  readonly undoLimit?: number;
}

export interface UndoEntry {
  readonly command: string;
  readonly label: MessageRef;
  readonly writes: readonly FieldWrite[];
}

/** How one command is run. */
export interface RunOptions {
  /**
   * The language the plan is shown in (issue 8): when it is a further language of the plan,
   * the command's edits of existing texts are written as translations into it (tx.ts).
   */
  readonly shownLanguage?: string | null;
}

/**
 * Commands that write main texts whatever language is shown: restoring a version puts the
 * plan's texts back as they were (its translations travel in their own keys).
 */
const MAIN_TEXT_COMMANDS: ReadonlySet<string> = new Set(['restoreVersion']);

export interface EditOutcome<Out> {
  readonly view: PlanView;
  readonly result: Out;
  /** False when the command changed nothing (no change is recorded). */
  readonly changed: boolean;
}

export class PlanSession {
  private doc: PlanDoc;
  private currentView: PlanView;
  private undoStack: UndoEntry[] = [];
  private redoStack: UndoEntry[] = [];
  private savedHeads: string[];
  /** The heads each preview this session made was merged onto. */
  private readonly previews = new WeakMap<MergePreview, string[]>();
  /** Keeps the history's change metadata in order between reads. */
  private readonly historyReader = new HistoryReader();

  private constructor(doc: PlanDoc, private options: SessionOptions, savedHeads: string[]) {
    this.doc = doc;
    this.currentView = materialize(doc);
    this.savedHeads = savedHeads;
  }

  /** A new plan from plain data; nothing of it is saved yet. */
  static create(data: PlanData, options: SessionOptions): PlanSession {
    const doc = createPlanDocument(data, { actor: options.actor, office: options.office, time: seconds(options.clock) });
    return new PlanSession(doc, options, []);
  }

  /**
   * A plan loaded from its stored chunks (checked against their recorded heads); all of it is
   * saved. A document older than this version's layout is migrated (migrations.ts): the
   * migration's changes are not saved yet, so the next save writes them; a newer one is refused.
   */
  static load(chunks: readonly Uint8Array[], options: SessionOptions, expectedHeads: readonly string[] = []): PlanSession {
    const loaded = loadPlanDocument(chunks, options.actor, expectedHeads);
    const storedHeads = A.getHeads(loaded);
    return new PlanSession(migrateDocument(loaded), options, storedHeads);
  }

  get view(): PlanView {
    return this.currentView;
  }

  get document(): PlanDoc {
    return this.doc;
  }

  /** The office named in the changes made from now on (this office was renamed). */
  setOffice(office: string): void {
    this.options = { ...this.options, office };
  }

  /** Runs a command as one change. A refused command throws CommandError and changes nothing. */
  run<Args, Out>(command: CommandDef<Args, Out>, args: Args, options: RunOptions = {}): EditOutcome<Out> {
    const label = command.label(args, this.currentView);
    const shownLanguage = MAIN_TEXT_COMMANDS.has(command.name) ? null : (options.shownLanguage ?? null);
    const { writes, touched, result } = this.apply(command.name, (tx) => command.run({ tx, view: this.currentView }, args), shownLanguage);
    if (writes.length > 0) {
      this.undoStack.push({ command: command.name, label, writes });
      if (this.undoStack.length > (this.options.undoLimit ?? 500)) this.undoStack.shift();
      this.redoStack = [];
      this.currentView = updateView(this.currentView, this.doc, touched);
    }
    return { view: this.currentView, result, changed: writes.length > 0 };
  }

  canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  undoLabel(): MessageRef | null {
    return this.undoStack[this.undoStack.length - 1]?.label ?? null;
  }

  redoLabel(): MessageRef | null {
    return this.redoStack[this.redoStack.length - 1]?.label ?? null;
  }

  /** Reverts the last edit as a new change. Returns false when there is nothing to undo. */
  undo(): boolean {
    const entry = this.undoStack.pop();
    if (!entry) return false;
    this.replay(entry, 'before');
    this.redoStack.push(entry);
    return true;
  }

  redo(): boolean {
    const entry = this.redoStack.pop();
    if (!entry) return false;
    this.replay(entry, 'after');
    this.undoStack.push(entry);
    return true;
  }

  heads(): string[] {
    return A.getHeads(this.doc);
  }

  /** Whether there are changes not yet written to storage. */
  hasUnsaved(): boolean {
    const heads = A.getHeads(this.doc);
    return heads.length !== this.savedHeads.length || heads.some((h, i) => h !== this.savedHeads[i]);
  }

  /**
   * The changes since the last successful save, as bytes for storage. They stay
   * unsaved until `markSaved` is called with the heads returned here, so a failed
   * write loses nothing: the next call returns them again with anything newer.
   */
  unsavedChanges(): { bytes: Uint8Array; heads: string[] } | null {
    if (!this.hasUnsaved()) return null;
    const bytes = this.savedHeads.length === 0 ? A.save(this.doc) : A.saveSince(this.doc, this.savedHeads);
    return { bytes, heads: A.getHeads(this.doc) };
  }

  markSaved(heads: string[]): void {
    this.savedHeads = [...heads];
  }

  /** The whole document as one snapshot (for compaction and plan files). */
  snapshot(): { bytes: Uint8Array; heads: string[] } {
    return { bytes: A.save(this.doc), heads: A.getHeads(this.doc) };
  }

  /**
   * Merges another copy of the plan (Automerge bytes: a whole save, or changes this copy
   * has the base of) into a clone of the document and says what it changes. Nothing
   * changes here until `adopt` is called with the preview.
   */
  previewImport(incoming: Uint8Array | PlanSession): MergePreview {
    // Another session (a plan file already read) is merged as its loaded document, not loaded again.
    const preview = previewMerge(this.doc, incoming instanceof PlanSession ? incoming.document : incoming, { localView: this.currentView });
    this.previews.set(preview, A.getHeads(this.doc));
    return preview;
  }

  /**
   * Makes a previewed merge the document. Refused (false) for a preview this session did
   * not make or when the document moved since it was made (an edit in between would be
   * lost). The merge's changes are unsaved until `markSaved`, like any edit; undo and redo
   * keep working on the edits before it.
   */
  adopt(preview: MergePreview): boolean {
    const base = this.previews.get(preview);
    if (!base || !sameHeads(base, A.getHeads(this.doc))) return false;
    this.previews.delete(preview);
    this.doc = preview.merged;
    this.currentView = preview.after;
    return true;
  }

  /**
   * The document as it was at `heads` (which it must have), saved: only the changes those
   * heads build on, so loading it drops everything later (undoing an import).
   */
  snapshotAt(heads: readonly string[]): { bytes: Uint8Array; heads: string[] } {
    if (!A.hasHeads(this.doc, [...heads])) throw new CommandError('errors.unknownVersion');
    const past = A.clone(A.view(this.doc, [...heads]), { actor: A.getActorId(this.doc) });
    return { bytes: A.save(past), heads: A.getHeads(past) };
  }

  /** Fields holding more than one value (two offices wrote them), each value with its office and time. */
  conflicts(): MergeConflict[] {
    // Only where concurrent changes wrote (conflict-scan.ts): listConflicts over the whole plan takes seconds on a large one.
    return findConflicts(this.doc);
  }

  /** Who changed what and when, newest first, a page at a time (shared/plan-doc/history.ts). */
  history(options: HistoryOptions): HistoryPage {
    return this.historyReader.read(this.doc, options);
  }

  /** The plan as it was at `heads` (read-only). Refused when this copy does not have them. */
  viewAt(heads: readonly string[]): PlanView {
    try {
      return viewAt(this.doc, heads);
    } catch {
      throw new CommandError('errors.unknownVersion');
    }
  }

  /** The live plan as plain data (to duplicate it). */
  data(): PlanData {
    return planDataFromView(this.currentView);
  }

  private apply<Out>(command: string, body: (tx: Tx) => Out, shownLanguage: string | null = null): { writes: readonly FieldWrite[]; touched: ReadonlyMap<Target, ReadonlySet<string>>; result: Out } {
    let tx: Tx | undefined;
    let result: Out | undefined;
    const next = A.change(this.doc, { message: encodeMeta({ office: this.options.office, command }), time: seconds(this.options.clock) }, (d) => {
      tx = new Tx(d as PlanDocShape, { now: this.options.clock.now().toISOString(), office: this.options.office, shownLanguage });
      result = body(tx);
    });
    this.doc = next;
    return { writes: tx!.writes, touched: tx!.touched, result: result as Out };
  }

  private replay(entry: UndoEntry, direction: 'before' | 'after'): void {
    if (direction === 'before' && entry.writes.some((w) => w.conflict)) {
      this.restoreConflicts(entry);
      return;
    }
    const writes = direction === 'before' ? [...entry.writes].reverse() : entry.writes;
    const { touched } = this.apply(direction === 'before' ? `undo:${entry.command}` : `redo:${entry.command}`, (tx) => {
      for (const w of writes) tx.replay(w, direction);
    });
    this.currentView = updateView(this.currentView, this.doc, touched);
  }

  /**
   * Undoes a conflict's resolution (commands/conflicts.ts). One change cannot hold two
   * values of a field side by side, so each value goes back in a change of its own, made
   * on its own fork of the document (an actor of its own, the same base) and merged in:
   * the field holds them all again as a conflict, and the changes travel like any undo.
   */
  private restoreConflicts(entry: UndoEntry): void {
    const command = `undo:${entry.command}`;
    const plain = entry.writes.filter((w) => !w.conflict);
    const touched = new Map<Target, Set<string>>();
    const note = (from: ReadonlyMap<Target, ReadonlySet<string>>) => {
      for (const [target, ids] of from) touched.set(target, new Set([...(touched.get(target) ?? []), ...ids]));
    };
    if (plain.length > 0) note(this.apply(command, (tx) => [...plain].reverse().forEach((w) => tx.replay(w, 'before'))).touched);
    const base = this.doc;
    const actor = A.getActorId(base);
    const stamp = [...A.getHeads(base)].sort()[0]?.slice(0, 8) ?? '00000000';
    const width = Math.max(...entry.writes.map((w) => w.conflict?.length ?? 0));
    const meta = { message: encodeMeta({ office: this.options.office, command }), time: seconds(this.options.clock) };
    const forks: PlanDoc[] = [];
    // Automerge shows the value of the highest actor among equal counters: the value shown
    // before the resolution (first) goes in the fork with the highest actor, so it is shown again.
    for (let i = 0; i < width; i++) {
      const fork = A.clone(base, { actor: `${actor}${stamp}${(width - 1 - i).toString(16).padStart(4, '0')}` });
      forks.push(
        A.change(fork, meta, (d) => {
          const tx = new Tx(d as PlanDocShape, { now: this.options.clock.now().toISOString(), office: this.options.office });
          for (const w of entry.writes) if (w.conflict && i < w.conflict.length) tx.restoreConflictValue(w, w.conflict[i]);
          note(tx.touched);
        }),
      );
    }
    let doc = base;
    for (const fork of forks) doc = A.merge(doc, fork);
    this.doc = doc;
    this.currentView = updateView(this.currentView, this.doc, touched);
  }
}


function seconds(clock: Clock): number {
  return Math.floor(clock.now().getTime() / 1000);
}

export { CommandError };
