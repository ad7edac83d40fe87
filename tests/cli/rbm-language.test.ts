/**
 * `rbm export --language` (issue 8): the built command line on a plan file with French
 * translations: the French Word document holds the French texts and labels (the English
 * text of the translated result is gone) and says how many texts stay in English; the
 * IATI file holds French narratives and stays valid; a language that is neither a
 * catalogue nor one of the plan's is refused, naming both lists; the help explains it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../shared/dates';
import { translator } from '../../shared/i18n';
import { InProcessEngine } from '../../shared/plan-doc';
import { writePlanFile } from '../../shared/plan-file';
import { buildSamplePlan } from '../../shared/sample';
import { ACTOR_A, counterHex } from '../fixtures/plans';
import { runCli, type CliRun } from '../support/cli';

const ROOT = process.cwd();
const RBM = join(ROOT, 'dist-cli/rbm.mjs');
const SCHEMA = join(ROOT, 'standards/iati-2.03/iati-activities-schema.xsd');
const FRENCH = 'Les travailleurs migrants sont mieux protégés';
let dir = '';
let english = '';

function rbm(args: readonly string[]): CliRun {
  return runCli(RBM, args, { cwd: dir, env: {}, timeoutMs: 150_000 });
}

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'pipe' });
  dir = mkdtempSync(join(tmpdir(), 'rbm-cli-language-'));
  const clock = fixedClock('2012-02-01T10:00:00.000Z');
  const engine = InProcessEngine.create(buildSamplePlan({ randomHex: counterHex(), clock, officeName: 'Geneva' }), { actor: ACTOR_A, office: 'Geneva', clock });
  await engine.run('setPlanLanguages', { add: ['fr'] });
  const view = engine.state.view;
  const outcome = view.tree.map((n) => view.results[n.id]!).find((r) => r.level === 'outcome' && (view.indicatorsByResult[r.id] ?? []).length > 0)!;
  english = outcome.statement;
  await engine.run('setTranslation', { target: 'results', id: outcome.id, language: 'fr', path: 'statement', text: FRENCH });
  const bytes = await writePlanFile({ snapshot: await engine.snapshot(), view: engine.state.view }, { from: { office: 'Geneva', actorId: ACTOR_A }, createdAt: '2012-02-01T10:00:00.000Z' });
  writeFileSync(join(dir, 'bilingual.rbmplan'), bytes);
}, 180_000);

describe('rbm export --language', () => {
  it('makes the French Word document of a plan translated into French, and says what stays in English', () => {
    const run = rbm(['export', 'bilingual.rbmplan', '--format', 'docx', '--language', 'fr', '--parts', 'cover,logframe', '--out', 'plan-fr.docx']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\d+ texts are not yet translated into French: they appear in English\./);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(join(dir, 'plan-fr.docx'))))['word/document.xml']!);
    expect(xml).toContain(FRENCH);
    expect(xml).not.toContain(english);
    expect(xml).toContain(translator('fr')('exportDoc.logframe.title'));
  }, 60_000);

  it('makes the English document by default (the main language), with no note', () => {
    const run = rbm(['export', 'bilingual.rbmplan', '--format', 'docx', '--parts', 'logframe', '--out', 'plan-en.docx']);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('not yet translated');
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(join(dir, 'plan-en.docx'))))['word/document.xml']!);
    expect(xml).toContain(english);
    expect(xml).not.toContain(FRENCH);
  }, 60_000);

  it('writes every language into the IATI file, valid against the 2.03 schema', () => {
    const run = rbm(['export', 'bilingual.rbmplan', '--format', 'iati', '--out', 'plan.xml']);
    expect(run.status).toBe(0);
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, join(dir, 'plan.xml')], { stdio: 'pipe' });
    expect(readFileSync(join(dir, 'plan.xml'), 'utf8')).toContain(`<narrative xml:lang="fr">${FRENCH}</narrative>`);
  }, 60_000);

  it('refuses a language that is neither a catalogue nor one of the plan\'s, naming both, and writes nothing', () => {
    const run = rbm(['export', 'bilingual.rbmplan', '--format', 'docx', '--language', 'de', '--out', 'plan-de.docx']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Cannot make a document in "de": the app has no labels in it (en, fr, es have) and the plan is not written in it (its languages: en, fr).');
    expect(run.stderr).toContain('rbm help export');
  }, 60_000);

  it('explains the languages of a document in the export help', () => {
    const run = rbm(['help', 'export']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Languages of the document:');
    expect(run.stdout).toContain("Default: the plan's main language.");
  });
});
