/**
 * The command line (cli/, run in process through its main()) on plan files of other document
 * versions: a file made by version 1 of the app validates and merges (migrated as it is read);
 * a file holding a document made by a newer version is refused with the plan-file reader's
 * "newer version" message, by validate, info and merge, and merge writes nothing.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as A from '@automerge/automerge';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { InProcessEngine } from '../../../shared/plan-doc';
import type { PlanDocShape } from '../../../shared/plan-doc/layout';
import { DOC_SCHEMA_VERSION } from '../../../shared/plan-doc/migrations';
import { readPlanFile, writePlanFile } from '../../../shared/plan-file';
import { ACTOR_B, ACTOR_C, tickingClock } from '../../fixtures/plans';

const FIXTURES = fileURLToPath(new URL('../../fixtures/plan-doc/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'rbm-migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function rbm(...argv: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const status = await main(argv, { env: { SOURCE_DATE_EPOCH: '1780000000' }, out: (t) => (out += t), err: (t) => (err += t) });
  return { status, out, err };
}

const V1_FILE = join(dir, 'made-by-v1.rbmplan');
const NEWER_FILE = join(dir, 'made-by-newer.rbmplan');
const NEWER_MESSAGE = `The plan in this file was saved by a newer version of RBM Planner (plan document version ${DOC_SCHEMA_VERSION + 1}; this version reads up to ${DOC_SCHEMA_VERSION}). Update RBM Planner to open it.`;

async function makeFiles(): Promise<void> {
  writeFileSync(V1_FILE, readFileSync(`${FIXTURES}sample-v1.rbmplan`));
  const v1 = new Uint8Array(readFileSync(`${FIXTURES}sample-v1.automerge`));
  const view = InProcessEngine.load([v1], { actor: ACTOR_B, office: 'x', clock: tickingClock() }).state.view;
  const old = A.load<PlanDocShape>(v1, { actor: ACTOR_C });
  const doc = A.change(old, { message: JSON.stringify({ office: 'Future', command: 'migrateDocument:3' }), time: 1_790_000_000 }, (d) => {
    d.schemaVersion = DOC_SCHEMA_VERSION + 1;
  });
  writeFileSync(NEWER_FILE, await writePlanFile({ snapshot: { bytes: A.save(doc), heads: A.getHeads(doc) }, view: { ...view, heads: A.getHeads(doc) } }, { from: { office: 'Future office', actorId: ACTOR_C }, createdAt: '2027-01-01T00:00:00.000Z' }));
}

describe('rbm on plan files of other document versions', () => {
  it('validates a version-1 file and refuses a newer one with the reader\'s message', async () => {
    await makeFiles();
    const ok = await rbm('validate', V1_FILE);
    expect(ok.status).toBe(0);
    expect(ok.out).toContain('OK');
    const refused = await rbm('validate', NEWER_FILE);
    expect(refused.status).toBe(1);
    expect(refused.out + refused.err).toContain(NEWER_MESSAGE);
    const info = await rbm('info', NEWER_FILE);
    expect(info.out + info.err).toContain(NEWER_MESSAGE);
  });

  it('merges a version-1 file into a current one (migrated, nothing lost) and refuses to merge a newer one, writing nothing', async () => {
    await makeFiles();
    const merged = join(dir, 'merged.rbmplan');
    const run = await rbm('merge', V1_FILE, V1_FILE, '--out', merged);
    expect(run.status).toBe(0);
    const read = await readPlanFile(new Uint8Array(readFileSync(merged)), { actor: ACTOR_B, office: 'x', clock: tickingClock() });
    const v1 = await readPlanFile(new Uint8Array(readFileSync(V1_FILE)), { actor: ACTOR_C, office: 'y', clock: tickingClock() });
    expect(read.engine.state.view.indicators).toEqual(v1.engine.state.view.indicators);
    expect(A.load<PlanDocShape>(read.payload).schemaVersion).toBe(DOC_SCHEMA_VERSION);

    const refusedOut = join(dir, 'refused.rbmplan');
    const refused = await rbm('merge', V1_FILE, NEWER_FILE, '--out', refusedOut);
    expect(refused.status).toBe(1);
    expect(refused.out + refused.err).toContain(NEWER_MESSAGE);
    expect(existsSync(refusedOut)).toBe(false);
  });
});
