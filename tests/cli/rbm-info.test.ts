/**
 * `rbm info` and `rbm validate`, run as a user runs them: the built command line
 * (dist-cli/rbm.mjs, made by `npm run build:cli`) in a child process, on real files made
 * with `rbm new-sample`, a changes file written here, and damaged and foreign files.
 *
 * The test runs a private copy of the built CLI, so that another test file rebuilding
 * dist-cli at the same time cannot pull it away mid-run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../shared/dates';
import { readPlanFile, writePlanFile } from '../../shared/plan-file';
import { ACTOR_A } from '../fixtures/plans';
import { runCli, type CliRun } from '../support/cli';

const ROOT = process.cwd();
const BUILT = join(ROOT, 'dist-cli');
const COPY = join(ROOT, 'node_modules/.cache', `rbm-info-test-${process.pid}`);
const RBM = join(COPY, 'rbm.mjs');
const TITLE = 'Office-wide strategy on labour migration, 2010-15';
let dir = '';


function rbm(args: readonly string[]): CliRun {
  return runCli(RBM, args, { cwd: dir, timeoutMs: 60_000 });
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Copies the built CLI (building it when it is missing or predates info) and checks the copy runs. */
function privateCopyOfCli(): void {
  let lastError: unknown = null;
  for (let attempt = 0; attempt < 40; attempt++) {
    try {
      const fresh = existsSync(join(BUILT, 'rbm.mjs')) && spawnSync(process.execPath, [join(BUILT, 'rbm.mjs'), 'help', 'info'], { encoding: 'utf8' }).status === 0;
      if (!fresh && attempt % 10 === 0) execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'pipe' });
      rmSync(COPY, { recursive: true, force: true });
      cpSync(BUILT, COPY, { recursive: true });
      const check = spawnSync(process.execPath, [RBM, 'help', 'validate'], { encoding: 'utf8' });
      if (check.status === 0) return;
      lastError = new Error(check.stderr);
    } catch (e) {
      lastError = e;
    }
    sleep(500);
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}

const bytesOf = (name: string) => readFileSync(join(dir, name));
const envelopeOf = (name: string) => JSON.parse(bytesOf(name).toString('utf8')) as Record<string, unknown> & { heads: string[]; counts: Record<string, number>; planId: string; sha256: string };

beforeAll(async () => {
  privateCopyOfCli();
  dir = mkdtempSync(join(tmpdir(), 'rbm-info-'));
  const run = rbm(['new-sample', '--out', 'sample.rbmplan', '--office', 'Nairobi']);
  expect(run.status).toBe(0);
  // A changes file: the sample read back, edited, and only the edits since it written.
  const clock = fixedClock('2012-02-01T10:00:00.000Z');
  const { engine } = await readPlanFile(new Uint8Array(bytesOf('sample.rbmplan')), { actor: ACTOR_A, office: 'Geneva', clock });
  const base = engine.state.view.heads;
  await engine.run('updatePlan', { versionLabel: 'Draft 0.3' });
  writeFileSync(join(dir, 'changes.rbmplan'), await writePlanFile({ snapshot: await engine.snapshot(), view: engine.state.view }, { from: { office: 'Geneva', actorId: ACTOR_A }, createdAt: '2012-02-01T10:00:00.000Z', baseHeads: base }));
  const good = bytesOf('sample.rbmplan');
  const envelope = envelopeOf('sample.rbmplan');
  writeFileSync(join(dir, 'truncated.rbmplan'), good.subarray(0, good.length >> 1));
  writeFileSync(join(dir, 'tampered.rbmplan'), JSON.stringify({ ...envelope, sha256: '0'.repeat(64) }));
  writeFileSync(join(dir, 'newer.rbmplan'), JSON.stringify({ ...envelope, formatVersion: 7 }));
  writeFileSync(join(dir, 'notes.txt'), 'Minutes of the steering committee, 3 March 2011.\n');
  writeFileSync(join(dir, 'other.json'), JSON.stringify({ name: 'package', version: '1.0.0' }));
}, 120_000);

afterAll(() => {
  rmSync(COPY, { recursive: true, force: true });
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('rbm info', () => {
  it('describes a full plan file for a person', () => {
    const run = rbm(['info', 'sample.rbmplan']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const envelope = envelopeOf('sample.rbmplan');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Plan file sample.rbmplan');
    const field = (label: string) => lines.map((l) => new RegExp(`^  ${label}\\s{2,}(.*)$`).exec(l)?.[1]).find((v) => v !== undefined);
    expect(field('Plan')).toBe(TITLE);
    expect(field('Plan id')).toBe(envelope.planId);
    expect(field('Kind')).toBe('full plan');
    expect(field('From')).toMatch(/^Nairobi \(actor [0-9a-f]{32}\)$/);
    expect(field('Made')).toBe(envelope.createdAt);
    expect(field('Format')).toBe('rbm-plan, version 1');
    expect(field('Heads')).toBe('1 head');
    expect(run.stdout).toContain(envelope.heads[0]);
    expect(field('Counts')).toContain(`results ${envelope.counts.results}, indicators ${envelope.counts.indicators}, risks ${envelope.counts.risks}`);
    expect(field('Size')).toMatch(/^\d+\.\d KB \(plan data \d+\.\d KB\)$/);
    expect(field('Checksum')).toBe(`SHA-256 matches the plan data (${envelope.sha256})`);
    expect(field('Status')).toBe('OK: a whole plan, ready to open or merge');
    expect(run.stdout).not.toContain('Base heads');
  });

  it('prints the same facts as JSON for scripts', () => {
    const run = rbm(['info', 'sample.rbmplan', '--json']);
    expect(run.status).toBe(0);
    const info = JSON.parse(run.stdout) as Record<string, unknown>;
    const envelope = envelopeOf('sample.rbmplan');
    expect(info).toMatchObject({
      file: 'sample.rbmplan',
      valid: true,
      problem: null,
      format: 'rbm-plan',
      formatVersion: 1,
      planId: envelope.planId,
      title: TITLE,
      kind: 'full',
      from: envelope.from,
      createdAt: envelope.createdAt,
      heads: envelope.heads,
      counts: envelope.counts,
      size: bytesOf('sample.rbmplan').length,
      sha256: envelope.sha256,
      checksum: 'ok',
    });
    expect(info.payloadSize).toBeGreaterThan(10_000);
    expect(info).not.toHaveProperty('baseHeads');
  });

  it('shows the kind and base heads of a changes file', () => {
    const envelope = envelopeOf('changes.rbmplan') as ReturnType<typeof envelopeOf> & { baseHeads: string[] };
    const run = rbm(['info', 'changes.rbmplan']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Kind\s+changes only/);
    expect(run.stdout).toMatch(/Base heads\s+1 head\n\s+[0-9a-f]{64}/);
    expect(run.stdout).toContain(envelope.baseHeads[0]);
    expect(run.stdout).toMatch(/From\s+Geneva/);
    expect(run.stdout).toContain('OK: changes that apply onto a copy of the plan that has the base heads');
    const json = JSON.parse(rbm(['info', '--json', 'changes.rbmplan']).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ kind: 'changes', baseHeads: envelope.baseHeads, heads: envelope.heads, valid: true });
  });

  it('still describes a file whose checksum does not match, says so, and exits 1', () => {
    const run = rbm(['info', 'tampered.rbmplan']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/Checksum\s+SHA-256 does NOT match the plan data/);
    expect(run.stdout).toContain('NOT VALID: The plan file is damaged: its plan data does not match its checksum');
    expect(run.stdout).toContain(TITLE);
    const json = JSON.parse(rbm(['info', 'tampered.rbmplan', '--json']).stdout) as { valid: boolean; checksum: string; problem: { code: string } };
    expect([json.valid, json.checksum, json.problem.code]).toEqual([false, 'mismatch', 'checksumMismatch']);
  });

  it('refuses files that are not plan files, or are cut short or newer, with the reader\'s message and exit code 1', () => {
    const cases: [string, string][] = [
      ['truncated.rbmplan', 'damaged or cut short'],
      ['newer.rbmplan', 'newer version of RBM Planner (plan file format 7'],
      ['notes.txt', 'it is not valid JSON'],
      ['other.json', 'not an RBM Planner plan file'],
      ['missing.rbmplan', 'there is no such file'],
    ];
    for (const [file, message] of cases) {
      const run = rbm(['info', file]);
      expect([file, run.status]).toEqual([file, 1]);
      expect(run.stderr).toContain(message);
      expect(run.stdout).toBe('');
    }
  });

  it('refuses a wrong command line with exit code 2', () => {
    const none = rbm(['info']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Name the plan file');
    expect(none.stderr).toContain('rbm help info');
    expect(rbm(['info', 'a.rbmplan', 'b.rbmplan']).stderr).toContain('Unexpected argument "b.rbmplan"');
    expect(rbm(['info', 'sample.rbmplan', '--jsn']).status).toBe(2);
  });
});

describe('rbm validate', () => {
  it('says OK with the plan title and kind for sound files, exit code 0', () => {
    const one = rbm(['validate', 'sample.rbmplan']);
    expect(one.status).toBe(0);
    expect(one.stdout).toBe(`OK: sample.rbmplan (${TITLE}, full plan)\n`);
    expect(one.stderr).toBe('');
    const two = rbm(['validate', 'sample.rbmplan', 'changes.rbmplan']);
    expect(two.status).toBe(0);
    expect(two.stdout).toContain(`OK: changes.rbmplan (${TITLE}, changes only)`);
    expect(two.stdout).toContain('2 of 2 files are valid.');
  });

  it('gives the reader\'s message for each bad file and exit code 1', () => {
    const files = ['sample.rbmplan', 'truncated.rbmplan', 'tampered.rbmplan', 'newer.rbmplan', 'notes.txt', 'other.json', 'missing.rbmplan'];
    const run = rbm(['validate', ...files]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`OK: sample.rbmplan (${TITLE}, full plan)`);
    expect(run.stdout).toContain('1 of 7 files are valid.');
    const errors = run.stderr.trim().split('\n');
    expect(errors).toEqual([
      'INVALID: truncated.rbmplan: The file is not a plan file, or it is damaged or cut short: it is not valid JSON.',
      'INVALID: tampered.rbmplan: The plan file is damaged: its plan data does not match its checksum (it was changed or cut short after it was written).',
      'INVALID: newer.rbmplan: The file was made by a newer version of RBM Planner (plan file format 7; this version reads format 1). Update RBM Planner to open it.',
      'INVALID: notes.txt: The file is not a plan file, or it is damaged or cut short: it is not valid JSON.',
      'INVALID: other.json: The file is not an RBM Planner plan file (its format is not "rbm-plan").',
      'INVALID: Cannot read missing.rbmplan: there is no such file.',
    ]);
    expect(rbm(['validate', 'tampered.rbmplan']).status).toBe(1);
  });

  it('needs at least one file (exit code 2)', () => {
    const run = rbm(['validate']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Name at least one plan file');
  });
});

describe('help', () => {
  it('lists info and validate in the usage, and each has its help', () => {
    const usage = rbm(['--help']).stdout;
    expect(usage).toContain('rbm info <file.rbmplan> [--json]');
    expect(usage).toContain('rbm validate <file.rbmplan>...');
    const info = rbm(['help', 'info']);
    expect(info.status).toBe(0);
    expect(info.stdout).toContain('--json');
    expect(info.stdout).toContain('base heads');
    expect(rbm(['info', '--help']).stdout).toBe(info.stdout);
    const validate = rbm(['help', 'validate']);
    expect(validate.stdout).toContain('Exit codes: 0 every file is sound, 1 at least one is not.');
    expect(rbm(['validate', '-h']).stdout).toBe(validate.stdout);
    expect(rbm(['help', 'help']).stdout).toContain('info, validate');
    expect(rbm(['nope']).stderr).toContain('info, validate');
  });
});
