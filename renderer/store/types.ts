/**
 * The app's state: one zustand store made of slices. Components select single fields
 * and change things only through actions; actions call the engine (shared/plan-doc
 * commands) and the repositories (renderer/db), never components.
 */
import type { Clock } from '../../shared/dates';
import type { PlanData, PlanId, RandomHex, ResultId, ResultLevel, TranslationTarget } from '../../shared/model';
import type { CommandArgs, CommandName, ImportPreview, MergeConflict, PlanView } from '../../shared/plan-doc';
import type { HistoryEntry, VersionDifference } from '../../shared/plan-doc/engine';
import type { OpenedFile } from '../../shared/ipc';
import type { MessageRef } from '../../shared/plan-doc/commands/types';
import type { ImportRecord, PlanListing, PlanRepository, SentFileRecord, SettingsRepository } from '../db';
import type { Platform } from '../platform/types';
import type { TemplateId } from '../../shared/templates';
import type { EngineFactory } from '../../shared/plan-doc/engine';

export interface StoreDeps {
  readonly plans: PlanRepository;
  readonly settings: SettingsRepository;
  readonly clock: Clock;
  readonly randomHex: RandomHex;
  readonly platform: Platform;
  readonly buildSample: (options: { randomHex: RandomHex; clock: { now(): Date }; officeName: string }) => PlanData;
  /** Delay between an edit and its save (ms). */
  readonly saveDelayMs?: number;
  /** Stored chunks of a plan above which they are compacted into one snapshot. */
  readonly compactAbove?: number;
  /** Where open plans' documents run: a worker in the app; in this thread by default (tests, no worker). */
  readonly engines?: EngineFactory;
  /**
   * Quiet time after a save before the open plan's view cache is written again (ms). Unset:
   * the cache is read but never written (store tests that count each storage write).
   */
  readonly viewCacheDelayMs?: number;
  /** Timers the rolling backups wait with (the window's by default; tests drive their own). */
  readonly backupTimers?: BackupTimers;
}

import type { BackupsSlice, BackupTimers } from './backupsSlice';

/** Every screen of an open plan (its workspace tabs), in the navigation's order. */
export const TABS = ['overview', 'matrix', 'results', 'narrative', 'quality', 'dashboard', 'indicators', 'risks', 'timeline', 'responsibilities', 'resources', 'partners', 'structure', 'settings', 'conflicts', 'history', 'backups', 'translation'] as const;
export type Tab = (typeof TABS)[number];

/** Something in the plan a finding or a link can point at. */
export type PlanTarget =
  | { readonly kind: 'plan' }
  | { readonly kind: 'result'; readonly id: string }
  | { readonly kind: 'indicator'; readonly id: string }
  | { readonly kind: 'risk'; readonly id: string }
  | { readonly kind: 'milestone'; readonly id: string }
  | { readonly kind: 'section'; readonly id: string }
  /** One text in the Translation view (issue 8): the text at `path` of an entity (or of the plan, id null) in `language`. */
  | { readonly kind: 'translation'; readonly target: TranslationTarget; readonly id: string | null; readonly language: string; readonly path: string };
export type Route = { readonly screen: 'library' } | { readonly screen: 'plan'; readonly planId: PlanId; readonly tab: Tab };

export interface Notice {
  readonly id: number;
  readonly tone: 'info' | 'error';
  readonly message: MessageRef;
  readonly action?: { readonly label: MessageRef; readonly run: () => void };
}

export interface NewPlanInput {
  readonly templateId: TemplateId;
  readonly title: string;
  readonly organisation: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  /** The language the plan's texts are written in (ISO 639-1); English when absent. */
  readonly language?: string;
}

export interface LibrarySlice {
  plans: readonly PlanListing[];
  deletedPlans: readonly PlanListing[];
  libraryLoaded: boolean;
  refreshLibrary(): Promise<void>;
  createPlan(input: NewPlanInput): Promise<PlanId | null>;
  createSamplePlan(): Promise<PlanId | null>;
  renamePlan(planId: PlanId, title: string): Promise<boolean>;
  duplicatePlan(planId: PlanId, title: string): Promise<PlanId | null>;
  deletePlan(planId: PlanId): Promise<void>;
  restorePlan(planId: PlanId): Promise<void>;
  purgePlan(planId: PlanId): Promise<void>;
}

export type OpenStatus = 'loading' | 'ready' | 'error';

export interface PlanSlice {
  openPlanId: PlanId | null;
  /**
   * The open plan as the screens show it: in the language it is shown in (issue 8), with
   * each translatable text translated where a translation exists. Edits go through commands.
   */
  view: PlanView | null;
  /**
   * The open plan as the engine holds it: every text in the plan's main language, with its
   * translations (translation keys, shared/model/translations.ts). The Translation view and
   * the exports read this one.
   */
  mainView: PlanView | null;
  /**
   * The further language the open plan is chosen to be shown in, remembered per plan (the
   * setting `shownLanguages`); null for its main language. Shown only while it is one of the
   * plan's further languages (contentLanguage.ts `shownLanguageOf`). While it is shown, edits
   * of existing texts are written as translations into it.
   */
  shownLanguage: string | null;
  /** Shows the open plan in one of its further languages (null: its main language) and remembers the choice for the plan. */
  setShownLanguage(language: string | null): Promise<void>;
  /** The open plan's heads (which changes it holds); empty when none is open. */
  planHeads: readonly string[];
  openStatus: OpenStatus | null;
  openError: MessageRef | null;
  /**
   * True while the open plan is shown from its view cache and its document is still
   * loading: edits made meanwhile wait and are applied once it is loaded.
   */
  documentLoading: boolean;
  openPlan(planId: PlanId, tab?: Tab): Promise<void>;
  /** Saves and closes the open plan; false (plan kept open) when its changes cannot be saved. */
  closePlan(): Promise<boolean>;
  /** Runs a command on the open plan; false (and a notice) when it was refused. */
  dispatch<K extends CommandName>(name: K, args: CommandArgs<K>): Promise<boolean>;
}

export interface HistorySlice {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: MessageRef | null;
  redoLabel: MessageRef | null;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'error';

export interface SaveSlice {
  saveState: SaveState;
  lastSavedAt: string | null;
  saveError: MessageRef | null;
  /** Saves now what is not saved yet (before closing, on retry). */
  flushSave(): Promise<boolean>;
  /**
   * Editors that keep typed text in a local draft before committing it (the strategy
   * paper) say so here, so the save status reads "unsaved" until the draft is committed
   * and saved, and leaving the page asks first.
   */
  drafts: readonly string[];
  setDraft(key: string, pending: boolean): void;
}

/** How the logframe matrix is shown: filters, hidden columns, grouping (kept across tabs). */
export interface MatrixPrefs {
  readonly filters: {
    readonly componentId: string;
    readonly level: ResultLevel | '';
    readonly unitId: string;
    readonly objectiveId: string;
    readonly search: string;
  };
  readonly hiddenColumns: readonly string[];
  readonly groupByComponent: boolean;
}

export interface SelectionSlice {
  matrixPrefs: MatrixPrefs;
  setMatrixPrefs(prefs: Partial<MatrixPrefs>): void;
  selectedResultId: ResultId | null;
  selectedSectionId: string | null;
  /** Whether the result detail panel is shown beside the logframe and the results chain. */
  detailOpen: boolean;
  /**
   * A request to bring an element into view and focus it (set by navigateTo, cleared by the
   * screen that handled it): `seq` changes with every request, even for the same element.
   */
  focusRequest: { readonly target: PlanTarget; readonly seq: number } | null;
  selectResult(id: ResultId | null): void;
  selectSection(id: string | null): void;
  setDetailOpen(open: boolean): void;
  /** Goes to an element: the screen that shows it, selected and focused. */
  navigateTo(target: PlanTarget): void;
  clearFocusRequest(): void;
}

export interface NavigationSlice {
  route: Route;
  booted: boolean;
  bootError: MessageRef | null;
  boot(): Promise<void>;
  goToLibrary(): Promise<boolean>;
  setTab(tab: Tab): void;
}

export interface NoticeSlice {
  notices: readonly Notice[];
  notify(notice: Omit<Notice, 'id'>): number;
  dismissNotice(id: number): void;
}

export interface OfficeSlice {
  officeName: string;
  actorId: string;
  /**
   * True on first start until this office is named: the app asks for the name before
   * anything else, since every change it makes is attributed to it.
   */
  officeNameNeeded: boolean;
  /** Names this office (trimmed; refused when empty). On first start it then finishes booting. */
  setOfficeName(name: string): Promise<boolean>;
}

/** What a plan file says about itself (its envelope), for the dialogs. */
export interface PlanFileSummary {
  readonly planId: PlanId;
  readonly title: string;
  readonly office: string;
  readonly createdAt: string;
  readonly kind: 'full' | 'changes';
  readonly counts: Readonly<Record<string, number>>;
}

/**
 * A plan file being opened, read and checked, waiting for the user:
 * - merge: its plan is here (and open): `preview` says what the file changes;
 * - new: its plan is not here: it can be added;
 * - newSameTitle: its plan is not here, but another plan with the same title is
 *   (`sameTitle`): it can be added as a separate plan.
 */
export interface IncomingPlanFile {
  readonly fileName: string;
  readonly file: PlanFileSummary;
  readonly mode: 'merge' | 'new' | 'newSameTitle';
  readonly preview: ImportPreview | null;
  readonly sameTitle: PlanListing | null;
}

/** How to write a plan file. */
export interface SavePlanFileOptions {
  /** The office the file is for (may be empty: a file for anyone). Recorded, so a later changes file knows what it has. */
  readonly office: string;
  /** full: the whole plan (default); changes: only what the office lacks since the last file it got from or sent here. */
  readonly kind: 'full' | 'changes';
}

/** An office this plan exchanged files with, and whether a changes-only file can be made for it. */
export interface KnownOffice {
  readonly office: string;
  readonly lastExchange: string;
  readonly canSendChanges: boolean;
}

export interface PlanFilesSlice {
  /** The file waiting for the user's decision (preview or add), or null. */
  incoming: IncomingPlanFile | null;
  /** A file that could not be opened, and why: shown until dismissed; nothing was changed. */
  incomingError: { readonly fileName: string; readonly message: MessageRef } | null;
  /** What the plan-file machinery is doing (the dialogs show it and disable their buttons). */
  planFileBusy: 'reading' | 'applying' | 'saving' | 'undoing' | null;
  /** File > Open plan file…: asks for a file (dialog or picker) and receives it. */
  openPlanFileDialog(): Promise<void>;
  /** Reads and checks a file (from the picker, drag and drop, or the system) and prepares `incoming`. */
  receivePlanFile(file: OpenedFile): Promise<void>;
  /** Applies `incoming`: merges it into its plan (one transaction, recorded) or adds its plan. */
  applyIncoming(): Promise<boolean>;
  cancelIncoming(): void;
  dismissIncomingError(): void;
  /** Writes the open plan to a file and saves it (dialog or download). */
  savePlanFile(options: SavePlanFileOptions): Promise<boolean>;
  /** Offices the open plan exchanged files with, most recent first. */
  knownOffices(): Promise<KnownOffice[]>;
  /** The open plan's imports, newest first (refreshed on open, after an import and an undo). */
  imports: readonly ImportRecord[];
  sentFiles: readonly SentFileRecord[];
  refreshExchanges(): Promise<void>;
  /** Whether an import can be undone now: the latest one not undone, and nothing saved since. */
  canUndoImport(id: number): boolean;
  /** Takes the open plan back to before an import (its changes are dropped here, not for others). */
  undoImport(id: number): Promise<boolean>;
}

/** The open plan's change log as the History screen shows it (read newest first, a page at a time). */
export interface ChangeLog {
  /** The plan and heads it was read at: after an edit it is read again. */
  readonly planId: PlanId | null;
  readonly heads: readonly string[];
  readonly entries: readonly HistoryEntry[];
  /** Where the next (older) page starts; null when all is read. */
  readonly nextBefore: string | null;
  readonly totalChanges: number;
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly error: MessageRef | null;
}

/** An earlier version of the open plan, opened read-only from the History screen. */
export interface EarlierVersion {
  readonly planId: PlanId;
  readonly entry: HistoryEntry;
  /** Null while it is being read. */
  readonly view: PlanView | null;
}

export interface ChangeLogSlice {
  changeLog: ChangeLog;
  /** Whether `changeLog` is of the open plan as it is now (else the screen reads it again). */
  changeLogCurrent(): boolean;
  /** Reads the newest page again (after the plan changed). */
  loadChangeLog(): Promise<void>;
  /** Reads the next older page and adds it. */
  loadOlderChanges(): Promise<void>;
  earlierVersion: EarlierVersion | null;
  /** Opens the plan as it was just after `entry`, read-only. */
  openEarlierVersion(entry: HistoryEntry): Promise<void>;
  closeEarlierVersion(): void;
  /** What restoring the plan as of `heads` would change (null, with a notice, when it cannot be read). */
  compareVersion(heads: readonly string[]): Promise<VersionDifference | null>;
  /** Restores the plan as it was just after `entry` as a new, undoable change that other offices receive. */
  restoreVersion(entry: HistoryEntry): Promise<boolean>;
}

export interface ConflictsSlice {
  /** The open plan's conflicts as last read (fields of live entities and of the plan), or null before the first read. */
  conflicts: readonly MergeConflict[] | null;
  /** The plan and heads they were read at: a screen reads again when the plan's heads moved. */
  conflictsRead: { readonly planId: PlanId; readonly heads: readonly string[] } | null;
  conflictsLoading: boolean;
  conflictsError: MessageRef | null;
  /** Reads the open plan's conflicts (nothing to do when read at its current heads). */
  loadConflicts(): Promise<void>;
  /** Settles a conflict with one of its values or another (command resolveConflict); false (and a notice) when refused. */
  resolveConflict(conflict: MergeConflict, value: unknown): Promise<boolean>;
}

export type AppState = BackupsSlice & LibrarySlice & PlanSlice & HistorySlice & SaveSlice & SelectionSlice & NavigationSlice & NoticeSlice & OfficeSlice & PlanFilesSlice & ConflictsSlice & ChangeLogSlice & {
  /** Where the app runs (saving files, the window title); the injected dependency, for screens. */
  readonly platform: Platform;
};
