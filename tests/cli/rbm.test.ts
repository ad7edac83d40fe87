/**
 * The built command line (dist-cli/rbm.mjs) run as a user runs it: a child process on real
 * files in a temporary folder. It is built once before the tests (scripts/build-cli.mjs).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../shared/dates';
import { InProcessEngine } from '../../shared/plan-doc';
import { readPlanFile, writePlanFile } from '../../shared/plan-file';
import { ACTOR_A, blankData } from '../fixtures/plans';
import { runCli, type CliRun } from '../support/cli';

const ROOT = process.cwd();
const RBM = join(ROOT, 'dist-cli/rbm.mjs');
const SCHEMA = join(ROOT, 'standards/iati-2.03/iati-activities-schema.xsd');
const TITLE = 'Office-wide strategy on labour migration, 2010-15';
let dir = '';
let sample = '';


function rbm(args: readonly string[], env: NodeJS.ProcessEnv = {}): CliRun {
  return runCli(RBM, args, { cwd: dir, env, timeoutMs: 150_000 });
}

const bytesOf = (name: string) => readFileSync(join(dir, name));
const startsWith = (name: string, magic: string) => bytesOf(name).subarray(0, magic.length).toString('latin1') === magic;

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'pipe' });
  dir = mkdtempSync(join(tmpdir(), 'rbm-cli-'));
  sample = join(dir, 'sample.rbmplan');
}, 120_000);

describe('rbm help', () => {
  it('prints the usage with --help and help, and each command\'s help', () => {
    const usage = rbm(['--help']);
    expect(usage.status).toBe(0);
    expect(usage.stdout).toContain('rbm export <plan.rbmplan> --format <format> --out <file>');
    expect(usage.stdout).toContain('rbm new-sample --out <file.rbmplan>');
    expect(rbm(['help']).stdout).toBe(usage.stdout);
    const exportHelp = rbm(['help', 'export']);
    expect(exportHelp.status).toBe(0);
    for (const text of ['--layout', '--paper', '--parts', '--as-of', 'RBM_CHROMIUM', 'cover, contents, narrative, logframe']) expect(exportHelp.stdout).toContain(text);
    expect(rbm(['export', '--help']).stdout).toBe(exportHelp.stdout);
    expect(rbm(['help', 'new-sample']).stdout).toContain('--office');
  }, 60_000);

  it('says what is wrong with exit code 2 when no or an unknown command is given', () => {
    const none = rbm([]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('No command given');
    const unknown = rbm(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');
    expect(rbm(['help', 'frobnicate']).status).toBe(2);
  });
});

describe('rbm new-sample', () => {
  it('writes the sample plan as a plan file the reader accepts', async () => {
    const run = rbm(['new-sample', '--out', 'sample.rbmplan', '--office', 'Nairobi']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Wrote the sample plan "${TITLE}" to sample.rbmplan`);
    const envelope = JSON.parse(bytesOf('sample.rbmplan').toString('utf8')) as { format: string; kind: string; from: { office: string } };
    expect([envelope.format, envelope.kind, envelope.from.office]).toEqual(['rbm-plan', 'full', 'Nairobi']);
    const read = await readPlanFile(new Uint8Array(bytesOf('sample.rbmplan')), { actor: ACTOR_A, office: 'test', clock: fixedClock('2012-02-01T00:00:00Z') });
    expect(read.engine.state.view.plan.title).toBe(TITLE);
    expect(read.engine.state.view.plan.iati?.reportingOrgRef).toBe('XM-DAC-41302');
  });

  it('needs --out', () => {
    const run = rbm(['new-sample']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('The option --out is required');
  });
});

describe('rbm export', () => {
  beforeAll(() => {
    if (!existsSync(sample)) rbm(['new-sample', '--out', 'sample.rbmplan']);
  });

  it('exports Word and Excel as zip packages', () => {
    const docx = rbm(['export', 'sample.rbmplan', '--format', 'docx', '--layout', 'eu', '--paper', 'Letter', '--out', 'plan.docx']);
    expect(docx.stderr).toBe('');
    expect(docx.status).toBe(0);
    expect(docx.stdout).toContain(`Exported "${TITLE}" as Word to plan.docx`);
    expect(docx.stdout).toContain('as of 2012-01-31');
    expect(startsWith('plan.docx', 'PK\u0003\u0004')).toBe(true);
    const xlsx = rbm(['export', 'sample.rbmplan', '--format=xlsx', '--out=plan.xlsx']);
    expect(xlsx.status).toBe(0);
    expect(startsWith('plan.xlsx', 'PK\u0003\u0004')).toBe(true);
  }, 60_000);

  it('exports IATI XML valid against the 2.03 schema, as of the date given', () => {
    const run = rbm(['export', 'sample.rbmplan', '--format', 'iati', '--as-of', '2016-03-01', '--out', 'plan.xml']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('as of 2016-03-01');
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, join(dir, 'plan.xml')], { stdio: 'pipe' });
    const xml = bytesOf('plan.xml').toString('utf8');
    expect(xml).toContain('<iati-identifier>XM-DAC-41302-MIGRATION-STRATEGY-2010-2015</iati-identifier>');
    expect(xml).toContain('<activity-status code="3"/>');
  });

  it('exports the print HTML with only the parts asked for', () => {
    const run = rbm(['export', 'sample.rbmplan', '--format', 'html', '--parts', 'logframe,cover', '--out', 'plan.html']);
    expect(run.status).toBe(0);
    const html = bytesOf('plan.html').toString('utf8');
    expect(html).toContain(TITLE);
    expect(html).toContain('Logframe');
    expect(html).not.toContain('Risk register');
  });

  it('exports a PDF through Chromium: the logframe on landscape Letter pages', () => {
    const run = rbm(['export', 'sample.rbmplan', '--format', 'pdf', '--paper', 'Letter', '--parts', 'cover,logframe', '--out', 'plan.pdf']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(startsWith('plan.pdf', '%PDF-')).toBe(true);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'plan.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Logframe matrix: results, indicators and assumptions by level');
    for (const heading of ['Intervention logic', 'Means of verification', 'Assumptions']) expect(text).toContain(heading);
    expect(text).toMatch(/1\.1\s+The Office pursues labour migration/);
    expect(text).not.toContain('Risk register');
    const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', '99', join(dir, 'plan.pdf')], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => /^Page\s+\d+ size/.test(l));
    expect(sizes[0]).toContain('612 x 792');
    expect(sizes.slice(1).some((l) => l.includes('792 x 612'))).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 150_000);

  it('says to use html or install Chromium when no Chromium is found, and writes nothing', () => {
    const emptyPath = join(dir, 'empty-bin');
    mkdirSync(emptyPath, { recursive: true });
    const run = rbm(['export', 'sample.rbmplan', '--format', 'pdf', '--out', 'nochrome.pdf'], { RBM_CHROMIUM: join(dir, 'no-such-chromium'), PATH: emptyPath });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('No Chromium was found');
    expect(run.stderr).toContain('no-such-chromium');
    expect(run.stderr).toContain('--format html');
    expect(existsSync(join(dir, 'nochrome.pdf'))).toBe(false);
  });

  it('replaces an existing output in one step and leaves no temporary file', () => {
    writeFileSync(join(dir, 'replace.xml'), 'old contents');
    const run = rbm(['export', 'sample.rbmplan', '--format', 'iati', '--out', 'replace.xml']);
    expect(run.status).toBe(0);
    expect(bytesOf('replace.xml').toString('utf8')).toContain('<iati-activities');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses bad arguments with exit code 2 and a message naming the problem', () => {
    const cases: [string[], string][] = [
      [['export', 'sample.rbmplan', '--format', 'odt', '--out', 'x'], 'Unknown format "odt"'],
      [['export', 'sample.rbmplan', '--out', 'x'], 'The option --format is required'],
      [['export', 'sample.rbmplan', '--format', 'docx'], 'The option --out is required'],
      [['export', '--format', 'docx', '--out', 'x'], 'Name the plan file to export'],
      [['export', 'sample.rbmplan', 'other.rbmplan', '--format', 'docx', '--out', 'x'], 'Unexpected argument "other.rbmplan"'],
      [['export', 'sample.rbmplan', '--format', 'docx', '--out', 'x', '--colour'], 'Unknown option "--colour"'],
      [['export', 'sample.rbmplan', '--format', 'docx', '--format', 'xlsx', '--out', 'x'], 'given twice'],
      [['export', 'sample.rbmplan', '--format', 'docx', '--out'], 'The option --out needs a value'],
      [['export', 'sample.rbmplan', '--format', 'docx', '--layout', 'usaid', '--out', 'x'], 'Unknown layout "usaid"'],
      [['export', 'sample.rbmplan', '--format', 'docx', '--paper', 'A3', '--out', 'x'], 'Unknown paper size "A3"'],
      [['export', 'sample.rbmplan', '--format', 'docx', '--parts', 'cover,annexes', '--out', 'x'], 'Unknown part "annexes"'],
      [['export', 'sample.rbmplan', '--format', 'xlsx', '--layout', 'eu', '--out', 'x'], '--layout applies to docx, pdf and html only'],
      [['export', 'sample.rbmplan', '--format', 'iati', '--as-of', '31/01/2012', '--out', 'x'], '"31/01/2012" is not a date'],
      [['export', 'sample.rbmplan', '--format', 'iati', '--language', 'xx', '--out', 'x'], 'Cannot make a document in "xx": the app has no labels in it (en, fr, es have) and the plan is not written in it (its languages: en)'],
      [['export', 'sample.rbmplan', '--format', 'docx', '--language', 'French', '--out', 'x'], '"French" is not a language code'],
    ];
    for (const [args, message] of cases) {
      const run = rbm(args);
      expect([args.join(' '), run.status]).toEqual([args.join(' '), 2]);
      expect(run.stderr).toContain(message);
      expect(run.stderr).toContain('rbm help export');
    }
    expect(existsSync(join(dir, 'x'))).toBe(false);
  }, 60_000);

  it('refuses files it cannot read with exit code 1 and the reader\'s message', () => {
    const good = bytesOf('sample.rbmplan');
    writeFileSync(join(dir, 'truncated.rbmplan'), good.subarray(0, good.length >> 1));
    const envelope = JSON.parse(good.toString('utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'tampered.rbmplan'), JSON.stringify({ ...envelope, sha256: '0'.repeat(64) }));
    writeFileSync(join(dir, 'newer.rbmplan'), JSON.stringify({ ...envelope, formatVersion: 7 }));
    mkdirSync(join(dir, 'folder.rbmplan'), { recursive: true });
    const cases: [string, string][] = [
      ['missing.rbmplan', 'Cannot read missing.rbmplan: there is no such file.'],
      ['folder.rbmplan', 'it is a folder'],
      ['truncated.rbmplan', 'damaged or cut short'],
      ['tampered.rbmplan', 'does not match its checksum'],
      ['newer.rbmplan', 'newer version of RBM Planner (plan file format 7'],
    ];
    for (const [file, message] of cases) {
      const run = rbm(['export', file, '--format', 'docx', '--out', 'out.docx']);
      expect([file, run.status]).toEqual([file, 1]);
      expect(run.stderr).toContain(message);
    }
    expect(existsSync(join(dir, 'out.docx'))).toBe(false);
  }, 60_000);

  it('refuses to write over the plan file itself or into a missing folder', () => {
    const same = rbm(['export', 'sample.rbmplan', '--format', 'iati', '--out', 'sample.rbmplan']);
    expect(same.status).toBe(1);
    expect(same.stderr).toContain('is the plan file being exported');
    const missing = rbm(['export', 'sample.rbmplan', '--format', 'iati', '--out', 'no/such/folder/x.xml']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('does not exist');
  });

  it('explains that a plan without IATI identifiers cannot be exported to IATI', async () => {
    const clock = fixedClock('2026-01-01T00:00:00.000Z');
    const engine = InProcessEngine.create(blankData('Plan without identifiers'), { actor: ACTOR_A, office: 'HQ', clock });
    const bytes = await writePlanFile({ snapshot: await engine.snapshot(), view: engine.state.view }, { from: { office: 'HQ', actorId: ACTOR_A }, createdAt: '2026-01-01T00:00:00.000Z' });
    writeFileSync(join(dir, 'blank.rbmplan'), bytes);
    const run = rbm(['export', 'blank.rbmplan', '--format', 'iati', '--out', 'blank.xml']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no IATI identifiers yet');
    expect(existsSync(join(dir, 'blank.xml'))).toBe(false);
    const docx = rbm(['export', 'blank.rbmplan', '--format', 'docx', '--out', 'blank.docx']);
    expect(docx.status).toBe(0);
  }, 60_000);
});
