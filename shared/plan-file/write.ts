/**
 * Writing a plan file from an open plan: the whole document (full, the default), or the
 * changes since the heads the receiving office is known to have (changes).
 */
import type { PlanView, StoredBytes } from '../plan-doc';
import { changesSince } from '../plan-doc/file-bytes';
import { sha256Hex, toBase64 } from './bytes';
import { PLAN_FILE_FORMAT, PLAN_FILE_VERSION, type PlanFileEnvelope } from './envelope';
import { PlanFileError } from './errors';
import { sameHeads } from '../heads';

export interface PlanFileSource {
  /** The document's save() and its heads (PlanEngine.snapshot()). */
  readonly snapshot: StoredBytes;
  /** The view at the same heads (for the title, id and counts). */
  readonly view: PlanView;
}

export interface WritePlanFileOptions {
  readonly from: { readonly office: string; readonly actorId: string };
  /** ISO date-time the file is made. */
  readonly createdAt: string;
  /**
   * Write a "changes" file: only the changes since these heads (the heads the receiving
   * office is known to have, e.g. those of the last file sent to it). Absent: a full file.
   */
  readonly baseHeads?: readonly string[];
}

/** Live entities per collection, with results also counted by level. */
export function planCounts(view: PlanView): Record<string, number> {
  return {
    goals: view.counts.goal,
    outcomes: view.counts.outcome,
    outputs: view.counts.output,
    activities: view.counts.activity,
    results: Object.keys(view.results).length,
    indicators: Object.keys(view.indicators).length,
    risks: Object.keys(view.risks).length,
    mitigations: Object.keys(view.mitigations).length,
    milestones: Object.keys(view.milestones).length,
    units: Object.keys(view.units).length,
    partners: Object.keys(view.partners).length,
    periods: Object.keys(view.periods).length,
    resources: Object.keys(view.resources).length,
    sections: Object.keys(view.sections).length,
  };
}


/** The envelope of a full plan file (before serialisation). */
export async function fullPlanFileEnvelope(source: PlanFileSource, options: WritePlanFileOptions): Promise<PlanFileEnvelope> {
  const { snapshot, view } = source;
  if (!sameHeads(snapshot.heads, view.heads)) throw new PlanFileError('viewOutOfDate');
  return {
    format: PLAN_FILE_FORMAT,
    formatVersion: PLAN_FILE_VERSION,
    planId: view.plan.id,
    title: view.plan.title,
    kind: 'full',
    from: { office: options.from.office, actorId: options.from.actorId },
    createdAt: options.createdAt,
    heads: [...snapshot.heads].sort(),
    counts: planCounts(view),
    sha256: await sha256Hex(snapshot.bytes),
    payload: toBase64(snapshot.bytes),
  };
}

/** The envelope of a changes file: the changes since `baseHeads`. */
export async function changesPlanFileEnvelope(source: PlanFileSource, options: WritePlanFileOptions & { readonly baseHeads: readonly string[] }): Promise<PlanFileEnvelope> {
  const { snapshot, view } = source;
  if (!sameHeads(snapshot.heads, view.heads)) throw new PlanFileError('viewOutOfDate');
  const baseHeads = [...new Set(options.baseHeads)].sort();
  if (baseHeads.length === 0) throw new PlanFileError('noChanges');
  const changes = changesSince(snapshot.bytes, baseHeads, options.from.actorId);
  if (changes.missing.length > 0) throw new PlanFileError('baseNotInPlan', { missing: changes.missing.map(shortHash).join(', '), count: changes.missing.length });
  if (changes.bytes.length === 0) throw new PlanFileError('noChanges');
  return {
    format: PLAN_FILE_FORMAT,
    formatVersion: PLAN_FILE_VERSION,
    planId: view.plan.id,
    title: view.plan.title,
    kind: 'changes',
    from: { office: options.from.office, actorId: options.from.actorId },
    createdAt: options.createdAt,
    heads: [...snapshot.heads].sort(),
    baseHeads,
    counts: planCounts(view),
    sha256: await sha256Hex(changes.bytes),
    payload: toBase64(changes.bytes),
  };
}

/** A change hash as people see it: its first 12 hex digits. */
export const shortHash = (hash: string) => hash.slice(0, 12);

/** A plan file as UTF-8 bytes: the envelope as indented JSON (full unless `baseHeads` is given). */
export async function writePlanFile(source: PlanFileSource, options: WritePlanFileOptions): Promise<Uint8Array> {
  const envelope = options.baseHeads === undefined ? await fullPlanFileEnvelope(source, options) : await changesPlanFileEnvelope(source, { ...options, baseHeads: options.baseHeads });
  return new TextEncoder().encode(`${JSON.stringify(envelope, null, 2)}\n`);
}
