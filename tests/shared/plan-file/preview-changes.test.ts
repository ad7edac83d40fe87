/**
 * previewChangesFile: a changes file previewed straight against the open plan when the plan
 * has the file's base (no whole load and save of the plan), with the same preview as the
 * careful way (applyChangesFile, then the merged plan's bytes), and the careful way's clear
 * refusals when it does not.
 */
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../shared/dates';
import { InProcessEngine, type ImportPreview } from '../../../shared/plan-doc';
import { PlanFileError, applyChangesFile, previewChangesFile, readAnyPlanFile, writePlanFile, type ChangesFileContents } from '../../../shared/plan-file';
import { buildSamplePlan } from '../../../shared/sample';
import { ACTOR_A, ACTOR_B, counterHex } from '../../fixtures/plans';

const clock = fixedClock('2012-02-01T10:00:00.000Z');
const readOptions = { actor: 'c'.repeat(32), office: 'Reader', clock };

async function offices() {
  const geneva = InProcessEngine.create(buildSamplePlan({ randomHex: counterHex(), clock, officeName: 'Geneva' }), { actor: ACTOR_A, office: 'Geneva', clock });
  const base = await geneva.snapshot();
  const nairobi = () => InProcessEngine.load([base.bytes], { actor: ACTOR_B, office: 'Nairobi', clock });
  await geneva.run('updatePlan', { versionLabel: 'Draft 0.3' });
  await geneva.run('deleteEntity', { collection: 'risks', id: Object.keys(geneva.state.view.risks)[0]! });
  return { geneva, base, nairobi };
}

async function changesFile(engine: InProcessEngine, baseHeads: readonly string[]): Promise<ChangesFileContents> {
  const bytes = await writePlanFile({ snapshot: await engine.snapshot(), view: engine.state.view }, { from: { office: 'Geneva', actorId: ACTOR_A }, createdAt: '2012-02-01T10:00:00.000Z', baseHeads });
  const read = await readAnyPlanFile(bytes, readOptions);
  if (read.kind !== 'changes') throw new Error('expected a changes file');
  return read;
}

const described = (p: ImportPreview) => JSON.parse(JSON.stringify({ ...p, id: 0, before: null, after: { ...p.after, heads: [...p.after.heads].sort() } })) as unknown;

describe('previewChangesFile', () => {
  it('previews changes onto a plan that has their base as the careful way does, and applying it gives the sender\'s plan', async () => {
    const { geneva, base, nairobi } = await offices();
    const read = await changesFile(geneva, base.heads);
    const direct = nairobi();
    const preview = await previewChangesFile(direct, read);
    const careful = nairobi();
    const expected = await careful.previewImport((await applyChangesFile(careful, read)).bytes);
    expect(preview.counts.changed + preview.counts.deleted).toBeGreaterThan(0);
    expect(described(preview)).toEqual(described(expected));
    expect(await direct.applyImport(preview)).not.toBe(false);
    expect([...direct.state.heads].sort()).toEqual([...geneva.state.heads].sort());
    expect(direct.state.view.plan.versionLabel).toBe('Draft 0.3');
  });

  it('onto a plan without the base: refused as missingBase, and the plan is unchanged', async () => {
    const { geneva, nairobi } = await offices();
    const sentBefore = await geneva.snapshot();
    await geneva.run('updatePlan', { versionLabel: 'Draft 0.4' });
    const read = await changesFile(geneva, sentBefore.heads);
    const stale = nairobi();
    const heads = [...stale.state.heads];
    const error = await previewChangesFile(stale, read).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanFileError);
    expect((error as PlanFileError).code).toBe('missingBase');
    expect(stale.state.heads).toEqual(heads);
  });

  it("refuses another plan's changes as otherPlan", async () => {
    const { geneva, base } = await offices();
    const read = await changesFile(geneva, base.heads);
    const other = InProcessEngine.create(buildSamplePlan({ randomHex: counterHex(500), clock, officeName: 'Dakar' }), { actor: ACTOR_B, office: 'Dakar', clock });
    const error = await previewChangesFile(other, read).catch((e: unknown) => e);
    expect((error as PlanFileError).code).toBe('otherPlan');
  });
});
