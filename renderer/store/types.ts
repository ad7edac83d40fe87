/**
 * The app's state: one zustand store made of slices. Components select single fields
 * and change things only through actions; actions call the engine (shared/plan-doc
 * commands) and the repositories (renderer/db), never components.
 */
import type { Clock } from '../../shared/dates';
import type { PlanData, PlanId, RandomHex, ResultId, ResultLevel } from '../../shared/model';
import type { CommandArgs, CommandName, PlanView } from '../../shared/plan-doc';
import type { MessageRef } from '../../shared/plan-doc/commands/types';
import type { PlanListing, PlanRepository, SettingsRepository } from '../db';
import type { Platform } from '../platform/types';
import type { TemplateId } from '../../shared/templates';

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
}

export type Tab =
  | 'overview'
  | 'matrix'
  | 'results'
  | 'narrative'
  | 'quality'
  | 'dashboard'
  | 'indicators'
  | 'risks'
  | 'timeline'
  | 'responsibilities'
  | 'resources'
  | 'partners'
  | 'structure'
  | 'settings';

/** Something in the plan a finding or a link can point at. */
export type PlanTarget =
  | { readonly kind: 'plan' }
  | { readonly kind: 'result'; readonly id: string }
  | { readonly kind: 'indicator'; readonly id: string }
  | { readonly kind: 'risk'; readonly id: string }
  | { readonly kind: 'milestone'; readonly id: string }
  | { readonly kind: 'section'; readonly id: string };
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
  view: PlanView | null;
  openStatus: OpenStatus | null;
  openError: MessageRef | null;
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
  setOfficeName(name: string): Promise<boolean>;
}

export type AppState = LibrarySlice & PlanSlice & HistorySlice & SaveSlice & SelectionSlice & NavigationSlice & NoticeSlice & OfficeSlice & {
  /** Where the app runs (saving files, the window title); the injected dependency, for screens. */
  readonly platform: Platform;
};
