/**
 * `rbm merge <master.rbmplan> <file.rbmplan>... --out <file.rbmplan>`: headquarters
 * merging offices' plan files into the master plan. Each file is read with every check,
 * merged in order (a changes file onto the plan as merged so far), and what it changed is
 * printed; the conflicts and any results left unplaced are listed at the end, and the
 * merged plan is written as a full plan file, atomically.
 */
import { randomBytes } from 'node:crypto';
import { nowIso, type Clock } from '../shared/dates';
import type { Translate } from '../shared/i18n';
import {
  MergeError,
  PlanSession,
  listConflicts,
  previewMerge,
  snapshotOf,
  type EntityChange,
  type FieldChange,
  type MergeConflict,
  type MergeTarget,
  type PlanDoc,
  type PlanView,
} from '../shared/plan-doc';
import { PlanFileError, applyChangesFile, readAnyPlanFile, readPlanFile, writePlanFile, type PlanFileEnvelope } from '../shared/plan-file';
import { parseArgs, stringOption } from './args';
import { CliError, usageError } from './errors';
import { checkOutput, humanSize, readInputFile, writeAtomically } from './files';

const SPEC = { out: 'string', office: 'string', help: 'flag' } as const;
const COMMAND = 'merge';

export interface MergeRequest {
  readonly master: string;
  readonly files: readonly string[];
  readonly out: string;
  readonly office: string | null;
}

export function parseMergeArgs(args: readonly string[]): MergeRequest | 'help' {
  const parsed = parseArgs(args, SPEC, COMMAND);
  if (parsed.options.help === true) return 'help';
  const [master, ...files] = parsed.positionals;
  if (master === undefined) throw usageError('cli.merge.errors.missingMaster', {}, COMMAND);
  if (files.length === 0) throw usageError('cli.merge.errors.missingFiles', {}, COMMAND);
  const out = stringOption(parsed, 'out');
  if (out === undefined) throw usageError('cli.errors.missingOption', { option: '--out' }, COMMAND);
  return { master, files, out, office: stringOption(parsed, 'office')?.trim() || null };
}

interface Context {
  readonly clock: Clock;
  readonly t: Translate;
  readonly print: (line: string) => void;
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** How a person names an entity in the given view: "Outcome 1.2", "Indicator 1.2.1", "Risk 'Funding …'". */
function entityName(target: MergeTarget, id: string, view: PlanView, t: Translate): string {
  const quoted = (text: string | undefined) => `'${shorten(oneLine(text ?? id), 60)}'`;
  switch (target) {
    case 'plan':
      return t('cli.merge.entity.plan');
    case 'results': {
      const r = view.results[id];
      const node = view.tree[view.treeIndex[id] ?? -1];
      return r && node ? `${t(`levels.${r.level}`)} ${node.number}` : t('cli.merge.entity.results', { name: id });
    }
    case 'indicators': {
      const ind = view.indicators[id];
      if (!ind) return t('cli.merge.entity.indicators', { name: id });
      const node = view.tree[view.treeIndex[ind.resultId] ?? -1];
      const at = (view.indicatorsByResult[ind.resultId] ?? []).indexOf(ind.id) + 1;
      return t('cli.merge.entity.indicators', { name: node && at > 0 ? `${node.number}.${at}` : quoted(ind.definition) });
    }
    default: {
      const entity = (view[target] as Readonly<Record<string, Record<string, unknown>>>)[id];
      const text = ['title', 'label', 'name', 'description', 'action', 'source'].map((k) => entity?.[k]).find((v): v is string => typeof v === 'string' && v.trim() !== '');
      return t(`cli.merge.entity.${target}`, { name: quoted(text) });
    }
  }
}

/** A field's path for people: period ids become their labels ("target 2010-11"). */
function fieldName(path: readonly string[], view: PlanView, t: Translate): string {
  const [first, ...rest] = path;
  const named = rest.map((key) => view.periods[key]?.label ?? key);
  const known = `cli.merge.field.${first}`;
  const head = first !== undefined && t(known) !== known ? t(known) : (first ?? '');
  return [head, ...named].join(' ');
}

function formatValue(value: unknown, path: readonly string[], view: PlanView, t: Translate): string {
  if (value === undefined || value === null || value === '') return t('cli.merge.none');
  if (path[0] === 'parentId' && typeof value === 'string') return entityName('results', value, view, t);
  if (typeof value === 'string') return `'${shorten(oneLine(value), 80)}'`;
  if (Array.isArray(value)) return value.length === 0 ? t('cli.merge.none') : value.map((v) => String(v)).join(', ');
  if (typeof value === 'object') return shorten(JSON.stringify(value), 80);
  return String(value);
}

/** Narrative text as one line: unchanged text shortened, deletions [-…-], insertions {+…+}. */
function inlineText(field: FieldChange): string {
  return (field.segments ?? [])
    .map((s, i, all) => {
      const text = oneLine(s.text);
      if (s.kind === 'deleted') return `[-${text}-]`;
      if (s.kind === 'inserted') return `{+${text}+}`;
      const edge = i === 0 ? 'start' : i === all.length - 1 ? 'end' : 'middle';
      if (text.length <= 40) return ` ${text} `;
      return edge === 'start' ? ` …${text.slice(-30)} ` : edge === 'end' ? ` ${text.slice(0, 30)}… ` : ` ${text.slice(0, 15)} … ${text.slice(-15)} `;
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function describeChange(change: EntityChange, before: PlanView, after: PlanView, t: Translate): string[] {
  if (change.kind === 'added') {
    const extra = change.target === 'results' ? ` '${shorten(oneLine(after.results[change.id]?.statement ?? ''), 80)}'` : '';
    return [t('cli.merge.added', { entity: `${entityName(change.target, change.id, after, t)}${extra}` })];
  }
  if (change.kind === 'deleted') return [t('cli.merge.deleted', { entity: entityName(change.target, change.id, before, t) })];
  const name = entityName(change.target, change.id, after, t);
  return change.fields.map((f) =>
    f.segments
      ? t('cli.merge.textChanged', { entity: name, field: fieldName(f.path, after, t), text: inlineText(f) })
      : t('cli.merge.changed', { entity: name, field: fieldName(f.path, after, t), before: formatValue(f.before, f.path, before, t), after: formatValue(f.after, f.path, after, t) }),
  );
}

function describeConflict(conflict: MergeConflict, view: PlanView, t: Translate): string {
  const values = conflict.values.map((v) =>
    t(v.shown ? 'cli.merge.conflictValueShown' : 'cli.merge.conflictValue', {
      value: formatValue(v.value, conflict.path, view, t),
      office: v.office ?? t('cli.merge.unknownOffice'),
      time: v.time ? `${v.time.slice(0, 16).replace('T', ' ')} UTC` : t('cli.merge.unknownTime'),
    }),
  );
  return t('cli.merge.conflict', { entity: entityName(conflict.target, conflict.id, view, t), field: fieldName(conflict.path, view, t), values: values.join(' | ') });
}

async function readFile(path: string, options: { actor: string; office: string; clock: Clock }, t: Translate) {
  try {
    return await readAnyPlanFile(await readInputFile(path), options);
  } catch (e) {
    if (e instanceof PlanFileError) throw new CliError('cli.errors.readPlan', { path, message: t(e.key, e.params) });
    throw e;
  }
}

function checkSamePlan(envelope: PlanFileEnvelope, path: string, master: PlanView): void {
  if (envelope.planId !== master.plan.id) throw new CliError('cli.merge.errors.otherPlan', { path, title: envelope.title, planId: envelope.planId, master: master.plan.title, masterId: master.plan.id });
}

export async function runMerge(request: MergeRequest, context: Context): Promise<void> {
  const { clock, t, print } = context;
  for (const input of [request.master, ...request.files]) await checkOutput(request.out, input);
  const office = request.office ?? t('cli.defaultOffice');
  const options = { actor: randomBytes(16).toString('hex'), office, clock };

  let masterBytes: Uint8Array;
  try {
    masterBytes = (await readPlanFile(await readInputFile(request.master), options)).payload;
  } catch (e) {
    if (e instanceof PlanFileError) throw new CliError('cli.errors.readPlan', { path: request.master, message: t(e.key, e.params) });
    throw e;
  }
  const master = PlanSession.load([masterBytes], options);
  let doc: PlanDoc = master.document;
  const masterView = master.view;
  let view = masterView;
  print(t('cli.merge.master', { title: view.plan.title, path: request.master }));

  const touched = new Map<string, { target: MergeTarget; id: string }>();
  for (const path of request.files) {
    const contents = await readFile(path, options, t);
    checkSamePlan(contents.envelope, path, masterView);
    let incoming: Uint8Array;
    if (contents.kind === 'full') incoming = contents.payload;
    else {
      try {
        incoming = (await applyChangesFile(snapshotOf(doc).bytes, contents)).bytes;
      } catch (e) {
        if (e instanceof PlanFileError) throw new CliError('cli.errors.readPlan', { path, message: t(e.key, e.params) });
        throw e;
      }
    }
    let preview;
    try {
      preview = previewMerge(doc, incoming, { localView: view });
    } catch (e) {
      if (e instanceof MergeError) throw new CliError(e.code === 'otherPlan' ? 'cli.merge.errors.otherPlan' : 'cli.merge.errors.unreadable', { path, title: contents.envelope.title, planId: contents.envelope.planId, master: masterView.plan.title, masterId: masterView.plan.id });
      throw e;
    }
    const { counts } = preview;
    const from = { path, office: contents.envelope.from.office || t('cli.merge.unknownOffice'), date: contents.envelope.createdAt.slice(0, 10) };
    if (!preview.changed) print(`\n${t('cli.merge.fileNothingNew', from)}`);
    else {
      print(`\n${t('cli.merge.file', { ...from, summary: [t('cli.merge.count.added', { count: counts.added }), t('cli.merge.count.changed', { count: counts.changed }), t('cli.merge.count.deleted', { count: counts.deleted }), t('cli.merge.count.conflicts', { count: counts.conflicts })].join(', ') })}`);
      for (const change of preview.entities) for (const line of describeChange(change, preview.before, preview.after, t)) print(`  ${line}`);
    }
    for (const c of preview.conflicts) touched.set(`${c.target}/${c.id}`, { target: c.target, id: c.id });
    doc = preview.merged;
    view = preview.after;
  }

  const conflicts = listConflicts(doc, touched.values());
  print('');
  if (conflicts.length === 0) print(t('cli.merge.noConflicts'));
  else {
    print(t('cli.merge.conflicts', { count: conflicts.length }));
    for (const c of conflicts) print(`  ${describeConflict(c, view, t)}`);
  }
  const unplaced = view.tree.filter((n) => n.unplaced && n.depth === 0);
  if (unplaced.length > 0) {
    print(t('cli.merge.unplaced', { count: unplaced.length }));
    for (const node of unplaced) {
      const parentId = view.results[node.id]?.parentId ?? null;
      const reason = parentId !== null && view.results[parentId] ? 'cycle' : 'missingParent';
      print(`  ${t(`cli.merge.unplacedReason.${reason}`, { entity: entityName('results', node.id, view, t), statement: shorten(oneLine(view.results[node.id]?.statement ?? ''), 80) })}`);
    }
  }

  const bytes = await writePlanFile({ snapshot: snapshotOf(doc), view }, { from: { office, actorId: options.actor }, createdAt: nowIso(clock) });
  await writeAtomically(request.out, bytes);
  print(t('cli.merge.done', { title: view.plan.title, path: request.out, size: humanSize(bytes.length, t), files: request.files.length }));
}
