/**
 * Plan files on the large plan, as the app opens one (renderer/store/planFilesSlice.ts):
 * a field office's full file with its changes to N entities is written, read
 * (readAnyPlanFile: envelope, checksum, the document loaded and checked), previewed
 * against headquarters' copy (engine.previewImport of the file's loaded plan) and applied
 * (engine.applyImport, then the bytes that go to storage); then a changes file of the same
 * edits, previewed straight against the plan. Floors measured in the same run:
 * JSON.stringify / JSON.parse of the same plan data as plain objects, Automerge's A.load of
 * the file's document alone and Automerge's own A.merge of the office's copy alone.
 */
import * as A from '@automerge/automerge';
import { fixedClock } from '../shared/dates';
import type { ReportingPeriodId, ResultId } from '../shared/model';
import { InProcessEngine, PlanSession, planDataFromView, updateEntity, updateResult, type ImportPreview, type SessionOptions } from '../shared/plan-doc';
import type { PlanDocShape } from '../shared/plan-doc/layout';
import { previewChangesFile, readAnyPlanFile, writePlanFile } from '../shared/plan-file';
import { collectGarbage, timeRepeated, type FigureSet } from './lib';

export interface FileBenchOptions {
  /** Repetitions of each step (each on a freshly loaded headquarters copy). */
  readonly reps: number;
  /** Entities the field office changes (half result statements, half indicator targets). */
  readonly entities: number;
  readonly log: (line: string) => void;
}

const ACTOR_HQ = 'b0'.repeat(16);
const ACTOR_FIELD = 'f1'.repeat(16);
const ACTOR_READER = 'c2'.repeat(16);
const NOTE = 'target: import preview plus merge under 2 s';

function options(actor: string, office: string): SessionOptions {
  return { actor, office, clock: fixedClock('2026-01-01T00:00:00.000Z') };
}

/** A field office's copy of the plan with one change to each of `n` entities. */
export function fieldOfficeCopy(bytes: Uint8Array, heads: readonly string[], n: number): PlanSession {
  const field = PlanSession.load([bytes], options(ACTOR_FIELD, 'Field office'), heads);
  const periodIds = field.view.periodOrder as readonly ReportingPeriodId[];
  const results = (Object.keys(field.view.results) as ResultId[]).slice(0, Math.ceil(n / 2));
  const indicators = Object.keys(field.view.indicators).slice(0, n - results.length);
  for (const id of results) field.run(updateResult, { id, fields: { statement: `${field.view.results[id]!.statement.slice(0, 1900)} (field)` } });
  for (const id of indicators) field.run(updateEntity, { collection: 'indicators', id, fields: { targets: { [periodIds[0]!]: 42 } } });
  return field;
}

async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

export async function runFileBench(snapshot: { bytes: Uint8Array; heads: string[] }, opts: FileBenchOptions, figures: FigureSet): Promise<void> {
  const { log } = opts;
  const reps = Math.max(1, opts.reps);
  log(`plan files: a field office's full file changing ${opts.entities} entities (write, read, preview, apply; ${reps} runs)`);
  const field = fieldOfficeCopy(snapshot.bytes, snapshot.heads, opts.entities);

  // Floors: the same plan data as plain objects through JSON, measured here beside the file figures.
  const data = planDataFromView(field.view);
  let json = '';
  figures.addTimes('floor.file.stringify', 'Floor: JSON.stringify of the plan data (beside the plan-file figures)', timeRepeated(reps, () => (json = JSON.stringify(data))).times);
  figures.addTimes('floor.file.parse', 'Floor: JSON.parse of the plan data (beside the plan-file figures)', timeRepeated(reps, () => void JSON.parse(json)).times);
  json = '';

  // Write: the whole document saved, checksummed and wrapped (what File > Save plan file does).
  const source = () => ({ snapshot: field.snapshot(), view: field.view });
  const from = { from: { office: 'Field office', actorId: ACTOR_FIELD }, createdAt: '2026-01-01T00:00:00.000Z' };
  const writes: number[] = [];
  let file: Uint8Array = new Uint8Array();
  for (let i = 0; i < reps; i++) {
    collectGarbage();
    const w = await timed(() => writePlanFile(source(), from));
    writes.push(w.ms);
    file = w.value;
  }
  figures.addTimes('node.file.write', 'Write a full plan file (A.save, checksum, base64, JSON)', writes, { floor: 'floor.file.stringify.median' });
  figures.add({ key: 'node.file.size', name: 'Full plan file of the large plan', value: file.length / 1024, unit: 'KB' });

  // Automerge's part of reading, and its own merge of the same copy: the floors of read and preview.
  const payload = field.snapshot().bytes;
  const rawLoad = timeRepeated(reps, () => A.load<PlanDocShape>(payload, { actor: ACTOR_READER }));
  figures.addTimes('node.file.read.automerge', "Read: Automerge's A.load of the file's document alone", rawLoad.times, { floor: 'floor.file.parse.median' });
  const fieldDoc = rawLoad.last;
  const hqDoc = A.load<PlanDocShape>(snapshot.bytes, { actor: ACTOR_HQ });
  const rawMerge = timeRepeated(1, () => A.merge(A.clone(hqDoc), fieldDoc));
  figures.addTimes('node.file.merge.automerge', "Automerge's own merge of the office's copy alone (A.clone + A.merge)", rawMerge.times, { floor: 'floor.file.parse.median' });

  // The app's path, on a freshly loaded headquarters copy each time: read, preview, apply.
  const reads: number[] = [];
  const previews: number[] = [];
  const applies: number[] = [];
  const totals: number[] = [];
  const whole: number[] = [];
  let stored = 0;
  let counts: ImportPreview['counts'] | undefined;
  for (let i = 0; i < reps; i++) {
    const hq = InProcessEngine.load([snapshot.bytes], options(ACTOR_HQ, 'Headquarters'), snapshot.heads);
    collectGarbage();
    const read = await timed(() => readAnyPlanFile(file, options(ACTOR_READER, 'Headquarters')));
    if (read.value.kind !== 'full') throw new Error('the file was not read as a full plan file');
    const contents = read.value;
    const preview = await timed(() => hq.previewImport(contents.engine));
    const apply = await timed(async () => {
      const state = await hq.applyImport(preview.value);
      if (state === false) throw new Error('the preview was not applied');
      const changes = await hq.unsavedChanges();
      if (changes) await hq.markSaved(changes.heads);
      return changes;
    });
    counts = preview.value.counts;
    stored = apply.value?.bytes.length ?? 0;
    reads.push(read.ms);
    previews.push(preview.ms);
    applies.push(apply.ms);
    totals.push(preview.ms + apply.ms);
    whole.push(read.ms + preview.ms + apply.ms);
  }
  const changed = counts ? `${counts.changed} changed entities, ${counts.fields} fields` : '';
  figures.addTimes('node.file.read', 'Read a full plan file (readAnyPlanFile: checks, A.load, view, structural check)', reads, { floor: 'node.file.read.automerge.median' });
  figures.addTimes('node.file.preview', `Import preview of the file (engine.previewImport of its loaded plan; ${changed})`, previews, { floor: 'node.file.merge.automerge.median' });
  figures.addTimes('node.file.apply', 'Apply the import (engine.applyImport + the bytes for storage)', applies, { floor: 'floor.file.parse.median' });
  figures.add({ key: 'node.file.apply.bytes', name: 'Apply: bytes stored for the import', value: stored / 1024, unit: 'KB' });
  figures.addTimes('node.file.previewApply', 'Import preview plus merge (preview + apply)', totals, { floor: 'node.file.merge.automerge.median', target: 2000, note: NOTE });
  figures.addTimes('node.file.open', 'Open a field office file into the open plan: read + preview + apply', whole, { floor: 'floor.file.parse.median', note: 'the whole path of File > Open plan file; reading loads the whole document (A.load)' });

  // The preview from the file's bytes (a caller without the loaded plan: the CLI, a worker).
  const hq = InProcessEngine.load([snapshot.bytes], options(ACTOR_HQ, 'Headquarters'), snapshot.heads);
  const fromBytes = await timed(() => hq.previewImport(payload));
  figures.addTimes('node.file.preview.bytes', "Import preview from the file's document bytes (A.loadIncremental into a clone of the plan)", [fromBytes.ms], { floor: 'node.file.merge.automerge.median' });

  // A changes file of the same edits (what an office sends once the other has its base):
  // read, previewed straight against the plan (previewChangesFile), applied.
  const changesFile = await writePlanFile(source(), { ...from, baseHeads: snapshot.heads });
  figures.add({ key: 'node.file.changes.size', name: 'Changes plan file of the same edits', value: changesFile.length / 1024, unit: 'KB' });
  const changesPreviewApply: number[] = [];
  const changesOpen: number[] = [];
  for (let i = 0; i < reps; i++) {
    const target = InProcessEngine.load([snapshot.bytes], options(ACTOR_HQ, 'Headquarters'), snapshot.heads);
    collectGarbage();
    const read = await timed(() => readAnyPlanFile(changesFile, options(ACTOR_READER, 'Headquarters')));
    if (read.value.kind !== 'changes') throw new Error('the file was not read as a changes file');
    const contents = read.value;
    const preview = await timed(() => previewChangesFile(target, contents));
    const apply = await timed(async () => {
      if ((await target.applyImport(preview.value)) === false) throw new Error('the preview was not applied');
      return target.unsavedChanges();
    });
    changesPreviewApply.push(preview.ms + apply.ms);
    changesOpen.push(read.ms + preview.ms + apply.ms);
  }
  figures.addTimes('node.file.changes.previewApply', 'Changes file: import preview plus merge (previewChangesFile + apply)', changesPreviewApply, { floor: 'node.file.merge.automerge.median', target: 2000, note: NOTE });
  figures.addTimes('node.file.changes.open', 'Changes file: read + preview + apply', changesOpen, { floor: 'floor.file.parse.median' });
  log(`  file ${(file.length / 1024).toFixed(0)} KB (changes ${(changesFile.length / 1024).toFixed(0)} KB); preview: ${changed}; stored ${(stored / 1024).toFixed(0)} KB`);
}
