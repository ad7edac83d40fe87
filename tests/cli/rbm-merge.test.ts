/**
 * `rbm merge` on real files: the built CLI (dist-cli/rbm.mjs) as a child process merges
 * two offices' edited copies of the sample plan into the master, prints what each
 * changed and the conflict, and writes the merged plan; another plan's file and a
 * damaged file are refused with a clear message and nothing written.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportingPeriodId, ResultId } from '../../shared/model';
import { PlanSession, addResult, deleteEntity, deleteResult, setSectionBody, updateEntity, updateResult, type PlanView } from '../../shared/plan-doc';
import { readPlanFile, writePlanFile } from '../../shared/plan-file';
import { ACTOR_A, ACTOR_B, tickingClock } from '../fixtures/plans';
import { runCli, type CliRun } from '../support/cli';

const ROOT = process.cwd();
const RBM = join(ROOT, 'dist-cli/rbm.mjs');
let dir = '';

function rbm(args: readonly string[]): CliRun {
  return runCli(RBM, args, { cwd: dir });
}

const file = (name: string) => join(dir, name);

async function open(name: string, actor: string, office: string, start: string): Promise<PlanSession> {
  const { payload } = await readPlanFile(new Uint8Array(readFileSync(file(name))), { actor, office, clock: tickingClock(start) });
  return PlanSession.load([payload], { actor, office, clock: tickingClock(start) });
}

async function save(session: PlanSession, name: string, office: string, actor: string, baseHeads?: readonly string[]): Promise<void> {
  const bytes = await writePlanFile({ snapshot: session.snapshot(), view: session.view }, { from: { office, actorId: actor }, createdAt: '2026-02-01T00:00:00.000Z', ...(baseHeads ? { baseHeads } : {}) });
  writeFileSync(file(name), bytes);
}

async function readView(name: string): Promise<PlanView> {
  return (await readPlanFile(new Uint8Array(readFileSync(file(name))), { actor: ACTOR_A, office: 'test', clock: tickingClock() })).engine.state.view;
}

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'pipe' });
  dir = mkdtempSync(join(tmpdir(), 'rbm-merge-'));
  const made = rbm(['new-sample', '--out', 'master.rbmplan', '--office', 'HQ']);
  if (made.status !== 0) throw new Error(made.stderr);
}, 120_000);

describe('rbm merge', () => {
  it('merges two offices\' files, prints what each changed and the conflict, and writes the merged plan', async () => {
    const master = await readView('master.rbmplan');
    const outcome = master.tree.find((n) => n.depth === 1)!;
    const output = master.tree.find((n) => n.depth === 2)!;
    const [, period] = master.periodOrder as readonly ReportingPeriodId[];
    const indicatorId = Object.keys(master.indicators).find((id) => master.indicators[id]!.targets[period!] !== undefined)!;
    const oldTarget = master.indicators[indicatorId]!.targets[period!]!;
    const riskId = Object.keys(master.risks)[0]!;
    const riskText = master.risks[riskId]!.description;
    const sectionId = master.sectionOrder[0]!;
    const oldStatement = master.results[outcome.id]!.statement;

    const nairobi = await open('master.rbmplan', ACTOR_B, 'Nairobi', '2026-02-01T08:00:00.000Z');
    nairobi.run(updateResult, { id: outcome.id, fields: { statement: 'Migrant workers in East Africa are protected' } });
    nairobi.run(updateEntity, { collection: 'indicators', id: indicatorId, fields: { targets: { [period!]: oldTarget + 3 } } });
    nairobi.run(addResult, { id: 'r_nairobi01' as ResultId, parentId: output.id, statement: 'Train labour inspectors in Kenya' });
    await save(nairobi, 'nairobi.rbmplan', 'Nairobi', ACTOR_B);

    const dakar = await open('master.rbmplan', 'c'.repeat(32), 'Dakar', '2026-03-01T09:00:00.000Z');
    dakar.run(updateResult, { id: outcome.id, fields: { statement: 'Migrant workers in West Africa are protected' } });
    dakar.run(deleteEntity, { collection: 'risks', id: riskId });
    dakar.run(setSectionBody, { id: sectionId, body: `${master.sections[sectionId]!.body} Dakar adds this sentence.` });
    await save(dakar, 'dakar.rbmplan', 'Dakar', 'c'.repeat(32));

    const run = rbm(['merge', 'master.rbmplan', 'nairobi.rbmplan', 'dakar.rbmplan', 'nairobi.rbmplan', '--out', 'merged.rbmplan']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = run.stdout;
    expect(out).toContain('From Nairobi (nairobi.rbmplan, made 2026-02-01): 1 added, 2 changed, 0 deleted, 0 conflicts');
    // Long values are shortened to a line.
    expect(out).toMatch(new RegExp(`Outcome ${outcome.number.replace(/\./g, '\\.')} statement: '${oldStatement.slice(0, 40)}[^']*…' → 'Migrant workers in East Africa are protected'`));
    expect(out).toContain(`target ${master.periods[period!]!.label}: ${oldTarget} → ${oldTarget + 3}`);
    expect(out).toMatch(/Added Activity \S+ 'Train labour inspectors in Kenya'/);
    // Dakar's statement is compared with the plan as merged so far (Nairobi's), and is a conflict.
    // The risk goes with its mitigations.
    const deleted = 1 + Object.values(master.mitigations).filter((m) => m.riskId === riskId).length;
    expect(out).toContain(`From Dakar (dakar.rbmplan, made 2026-02-01): 0 added, 2 changed, ${deleted} deleted, 1 conflict`);
    expect(out).toContain(`Outcome ${outcome.number} statement: 'Migrant workers in East Africa are protected' → 'Migrant workers in West Africa are protected'`);
    expect(out).toContain(`Deleted Risk '${riskText.slice(0, 20)}`);
    expect(out).toContain('{+Dakar adds this sentence.+}');
    // The same file again holds nothing new.
    expect(out).toContain('From Nairobi (nairobi.rbmplan, made 2026-02-01): nothing new');
    // The conflict at the end, with both offices' values, names and times.
    expect(out).toContain('1 conflict (both values are kept; pick one in the app):');
    const lines = out.split('\n');
    const conflict = lines[lines.indexOf('1 conflict (both values are kept; pick one in the app):') + 1]!;
    expect(conflict).toContain(`Outcome ${outcome.number} statement: `);
    expect(conflict).toContain("'Migrant workers in East Africa are protected' (Nairobi, 2026-02-01 08:00 UTC");
    expect(conflict).toContain("'Migrant workers in West Africa are protected' (Dakar, 2026-03-01 09:00 UTC");
    expect(conflict).toContain('; shown)');
    expect(out).toContain('Wrote the merged plan');

    const merged = await readView('merged.rbmplan');
    expect(merged.plan.id).toBe(master.plan.id);
    expect(merged.indicators[indicatorId]!.targets[period!]).toBe(oldTarget + 3);
    expect(merged.results['r_nairobi01']!.parentId).toBe(output.id);
    expect(merged.risks[riskId]).toBeUndefined();
    expect(merged.sections[sectionId]!.body).toContain('Dakar adds this sentence.');
    expect(['Migrant workers in East Africa are protected', 'Migrant workers in West Africa are protected']).toContain(merged.results[outcome.id]!.statement);
    const envelope = JSON.parse(readFileSync(file('merged.rbmplan'), 'utf8')) as { kind: string; heads: string[] };
    expect(envelope.kind).toBe('full');
    expect(envelope.heads).toEqual([...merged.heads].sort());
  }, 120_000);

  it('applies a changes file onto the master and lists a result left unplaced by a deletion', async () => {
    const master = await readView('master.rbmplan');
    const output = master.tree.find((n) => n.depth === 2)!;
    // Headquarters deleted an output; Nairobi, not knowing, added an activity under it.
    const hq = await open('master.rbmplan', ACTOR_A, 'HQ', '2026-02-02T00:00:00.000Z');
    hq.run(deleteResult, { id: output.id });
    await save(hq, 'master2.rbmplan', 'HQ', ACTOR_A);
    const nairobi = await open('master.rbmplan', ACTOR_B, 'Nairobi', '2026-02-03T00:00:00.000Z');
    nairobi.run(addResult, { id: 'r_orphan001' as ResultId, parentId: output.id, statement: 'Visit the border posts' });
    await save(nairobi, 'nairobi-changes.rbmplan', 'Nairobi', ACTOR_B, [...master.heads]);
    expect((JSON.parse(readFileSync(file('nairobi-changes.rbmplan'), 'utf8')) as { kind: string }).kind).toBe('changes');

    const run = rbm(['merge', 'master2.rbmplan', 'nairobi-changes.rbmplan', '--out', 'merged2.rbmplan']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('From Nairobi (nairobi-changes.rbmplan, made 2026-02-01): 1 added, 0 changed, 0 deleted, 0 conflicts');
    expect(run.stdout).toContain("Added Activity U1 'Visit the border posts'");
    expect(run.stdout).toContain('1 result is unplaced after the merge');
    expect(run.stdout).toContain("Activity U1 'Visit the border posts': the result it was under is deleted");
    const merged = await readView('merged2.rbmplan');
    expect(merged.tree.find((n) => n.id === 'r_orphan001')!.unplaced).toBe(true);

    // A changes file whose base the master lacks is refused with the reader's message.
    const gap = await open('master.rbmplan', ACTOR_B, 'Nairobi', '2026-02-04T00:00:00.000Z');
    const target = master.tree[1]!.id;
    gap.run(updateResult, { id: target, fields: { statement: 'First edit, never sent' } });
    const sentUpTo = gap.heads();
    gap.run(updateResult, { id: target, fields: { statement: 'Second edit' } });
    await save(gap, 'gap.rbmplan', 'Nairobi', ACTOR_B, sentUpTo);
    const refused = rbm(['merge', 'master.rbmplan', 'gap.rbmplan', '--out', 'refused.rbmplan']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Cannot read the plan file gap.rbmplan: This file continues changes you have not received (1 missing');
    expect(existsSync(file('refused.rbmplan'))).toBe(false);
  }, 120_000);

  it('refuses a file of another plan, naming both plans, and writes nothing', () => {
    expect(rbm(['new-sample', '--out', 'other.rbmplan']).status).toBe(0);
    const run = rbm(['merge', 'master.rbmplan', 'other.rbmplan', '--out', 'refused.rbmplan']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Cannot merge other\.rbmplan: it is the plan "Office-wide strategy on labour migration, 2010-15" \(p_\w+\), not "Office-wide strategy on labour migration, 2010-15" \(p_\w+\)/);
    expect(existsSync(file('refused.rbmplan'))).toBe(false);
  }, 60_000);

  it('refuses a damaged file with the reader\'s message and writes nothing', () => {
    const text = readFileSync(file('master.rbmplan'), 'utf8');
    writeFileSync(file('cut.rbmplan'), text.slice(0, Math.floor(text.length / 2)));
    const run = rbm(['merge', 'master.rbmplan', 'cut.rbmplan', '--out', 'refused.rbmplan']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Cannot read the plan file cut.rbmplan: The file is not a plan file, or it is damaged or cut short');
    expect(existsSync(file('refused.rbmplan'))).toBe(false);
  }, 60_000);

  it('says what is missing on the command line (exit 2), and has its help', () => {
    const none = rbm(['merge', 'master.rbmplan', '--out', 'x.rbmplan']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Name at least one plan file to merge into the master.');
    expect(rbm(['merge', 'master.rbmplan', 'master.rbmplan']).stderr).toContain('The option --out is required.');
    const same = rbm(['merge', 'master.rbmplan', 'other.rbmplan', '--out', 'master.rbmplan']);
    expect(same.status).toBe(1);
    const help = rbm(['help', 'merge']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: rbm merge <master.rbmplan> <file.rbmplan>... --out <file.rbmplan>');
    expect(rbm(['--help']).stdout).toContain('rbm merge <master.rbmplan>');
  }, 60_000);
});
