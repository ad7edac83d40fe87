/**
 * The plan as an Automerge document: the public face of shared/plan-doc. The rest of
 * the app sees commands, sessions and the view; the document's layout is private.
 */
export * from './commands';
export { PlanSession, type SessionOptions, type EditOutcome, type UndoEntry } from './session';
export { PlanDocumentError, planDataFromView, type ChangeMeta } from './document';
export type { PlanView, TreeNode } from './view-types';
export { buildTree } from './view';
export { keyBetween, spreadKeys, bySortKey } from './sort-key';
export type { Patch, FieldWrite } from './tx';
export { blankPlanData, yearlyPeriods, type BlankPlanOptions } from './new-plan';
export { COMMANDS, InProcessEngine, type CommandArgs, type CommandName, type EngineState, type PlanEngine, type StoredBytes, type ImportPreview } from './engine';
export { blankIndicator, blankRisk } from './defaults';
export { previewMerge, listConflicts, snapshotOf, diffWords, MergeError, type MergePreview, type MergeCounts, type EntityChange, type FieldChange, type MergeConflict, type ConflictValue, type UnplacedResult, type MergeTarget, type PreviewOptions, type TextSegment, type PlanDoc } from './merge';
