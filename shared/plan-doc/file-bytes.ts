/**
 * The document bytes a plan file needs beyond a whole save(): the changes since heads
 * another office is known to have, a check that bytes are Automerge changes, and those
 * changes applied onto a local copy. Plan files (shared/plan-file) reach Automerge only
 * through these functions.
 */
import * as A from '@automerge/automerge';
import { PlanDocumentError, checkDocument, loadPlanDocument, planIdOf, type PlanDoc } from './document';
import type { PlanDocShape } from './layout';

/** The changes of a saved document since `baseHeads`; `missing` names the base heads the document does not have. */
export function changesSince(snapshot: Uint8Array, baseHeads: readonly string[], actor: string): { bytes: Uint8Array; heads: string[]; missing: string[] } {
  const doc = loadPlanDocument([snapshot], actor);
  const missing = missingHeads(doc, baseHeads);
  if (missing.length > 0) return { bytes: new Uint8Array(), heads: A.getHeads(doc), missing };
  return { bytes: A.saveSince(doc, [...baseHeads]), heads: A.getHeads(doc), missing };
}

function missingHeads(doc: PlanDoc, heads: readonly string[]): string[] {
  if (heads.length === 0 || A.hasHeads(doc, [...heads])) return [];
  return heads.filter((h) => !A.hasHeads(doc, [h]));
}

/**
 * Checks that bytes are Automerge changes (not garbage, not a document of another
 * kind): they are loaded on their own into an empty document. Throws
 * PlanDocumentError('unreadable') when they are not.
 */
export function checkChangeBytes(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new PlanDocumentError('unreadable', 'no changes');
  try {
    A.loadIncremental(A.init<PlanDocShape>(), bytes);
  } catch (e) {
    throw new PlanDocumentError('unreadable', e instanceof Error ? e.message : String(e));
  }
}

export type ApplyChangesOutcome =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly heads: string[] }
  /** The local plan is another plan. */
  | { readonly ok: false; readonly reason: 'otherPlan'; readonly planId: string }
  /** The local plan lacks changes the file builds on (base heads, or what its changes depend on). */
  | { readonly ok: false; readonly reason: 'missingBase'; readonly missing: string[] }
  /** After applying, the document does not have the heads the file names. */
  | { readonly ok: false; readonly reason: 'headsMissing' };

/**
 * Applies changes onto a local document (its whole save()), when the local document is
 * the plan `planId` and has every head in `baseHeads`. Returns the merged document's
 * save() and heads.
 */
export function applyChangeBytes(
  local: Uint8Array,
  changes: Uint8Array,
  expected: { readonly planId: string; readonly baseHeads: readonly string[]; readonly heads: readonly string[] },
  actor: string,
): ApplyChangesOutcome {
  const doc = loadPlanDocument([local], actor);
  const planId = planIdOf(doc);
  if (planId !== expected.planId) return { ok: false, reason: 'otherPlan', planId };
  const missing = missingHeads(doc, expected.baseHeads);
  if (missing.length > 0) return { ok: false, reason: 'missingBase', missing };
  let merged: PlanDoc;
  try {
    merged = A.loadIncremental(doc, changes);
  } catch (e) {
    throw new PlanDocumentError('unreadable', e instanceof Error ? e.message : String(e));
  }
  const missingDeps = A.getMissingDeps(merged, []);
  if (missingDeps.length > 0) return { ok: false, reason: 'missingBase', missing: missingDeps };
  if (!A.hasHeads(merged, [...expected.heads])) return { ok: false, reason: 'headsMissing' };
  checkDocument(merged);
  return { ok: true, bytes: A.save(merged), heads: A.getHeads(merged) };
}
