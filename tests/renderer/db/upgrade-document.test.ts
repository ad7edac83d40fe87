/**
 * The app opening plans whose stored document was made by another version (issue 7,
 * promise 5), with a real store on fake-indexeddb: a plan stored by version 1 of the app
 * opens with all its data, and the migration's change is written by the app's saver (on the
 * next save: here, closing the plan) so the next open has nothing to migrate; a plan whose
 * document was saved by a newer version is not opened, with a clear message, and nothing
 * stored changes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import type { PlanId } from '../../../shared/model';
import { PlanSession } from '../../../shared/plan-doc';
import type { PlanDocShape } from '../../../shared/plan-doc/layout';
import { DOC_SCHEMA_VERSION, MIGRATION_COMMAND } from '../../../shared/plan-doc/migrations';
import { en } from '../../../shared/i18n/en';
import { listingOf } from '../../../renderer/store/saver';
import { bootedApp, newEnv, type App } from '../store/harness';

const FIXTURES = fileURLToPath(new URL('../../fixtures/plan-doc/', import.meta.url));
const V1 = new Uint8Array(readFileSync(`${FIXTURES}sample-v1.automerge`));
const expected = JSON.parse(readFileSync(`${FIXTURES}sample-v1.expected.json`, 'utf8')) as { heads: string[]; view: { indicators: unknown; results: unknown; plan: unknown } };

/** Stores a document as the app stores a plan, with the listing of its plan. */
async function store(app: App, bytes: Uint8Array): Promise<PlanId> {
  const plan = PlanSession.load([V1], { actor: 'f'.repeat(32), office: 'x', clock: { now: () => new Date(0) } }).view.plan;
  await app.plans.create({ id: plan.id, ...listingOf(plan), createdAt: plan.createdAt }, bytes, A.getHeads(A.load<PlanDocShape>(bytes)));
  await app.s().refreshLibrary();
  return plan.id;
}

describe('the app opening a plan stored by another version', () => {
  it('a version-1 plan opens with all its data, and the migration is saved by the app', async () => {
    const app = await bootedApp(newEnv());
    const planId = await store(app, V1);
    await app.s().openPlan(planId);
    expect(app.s().openStatus).toBe('ready');
    const view = app.s().view!;
    expect(view.indicators).toEqual(expected.view.indicators);
    expect(view.results).toEqual(expected.view.results);
    expect(view.plan).toEqual(expected.view.plan);
    expect([...(await app.plans.loadChunks(planId)).heads].sort()).toEqual([...expected.heads].sort());

    expect(await app.s().closePlan()).toBe(true);
    const stored = await app.plans.loadChunks(planId);
    expect(stored.count).toBe(2);
    const doc = A.load<PlanDocShape>(A.save(stored.chunks.reduce((d, c) => A.loadIncremental(d, c), A.init<PlanDocShape>())));
    expect(doc.schemaVersion).toBe(DOC_SCHEMA_VERSION);
    const head = A.getChangesMetaSince(doc, []).find((c) => c.hash === stored.heads[0])!;
    expect(JSON.parse(head.message!).command).toBe(`${MIGRATION_COMMAND}:${DOC_SCHEMA_VERSION}`);

    // Opened again: nothing left to migrate, so nothing to save.
    await app.s().openPlan(planId);
    expect(app.s().openStatus).toBe('ready');
    expect(app.s().planHeads).toEqual(stored.heads);
    expect(await app.s().closePlan()).toBe(true);
    expect((await app.plans.loadChunks(planId)).count).toBe(2);
  });

  it('a plan saved by a newer version is not opened: a clear message, nothing stored changes', async () => {
    const app = await bootedApp(newEnv());
    const newer = A.change(A.load<PlanDocShape>(V1, { actor: 'c'.repeat(32) }), { message: '{"office":"Future","command":"migrateDocument:3"}', time: 1_790_000_000 }, (d) => {
      d.schemaVersion = DOC_SCHEMA_VERSION + 1;
    });
    const planId = await store(app, A.save(newer));
    const before = await app.plans.loadChunks(planId);
    const listing = await app.plans.getListing(planId);
    await app.s().openPlan(planId);
    expect(app.s().openStatus).toBe('error');
    expect(app.s().openError).toEqual({ key: 'errors.document.newerVersion' });
    expect(app.s().view).toBeNull();
    expect(en.errors.document.newerVersion).toMatch(/newer version of RBM Planner/);
    expect(await app.plans.loadChunks(planId)).toEqual(before);
    expect(await app.plans.getListing(planId)).toEqual(listing);
  });
});
