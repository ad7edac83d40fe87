/**
 * "changes" plan files: only the changes since the heads the receiving office has. Applied
 * onto a copy with that base they give the sender's plan (the same plan a full file of the
 * same edits gives); onto a copy without it they are refused with a clear message.
 */
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../shared/dates';
import { InProcessEngine, type PlanView } from '../../../shared/plan-doc';
import { translator } from '../../../shared/i18n';
import {
  PlanFileError,
  applyChangesFile,
  fromBase64,
  readAnyPlanFile,
  readPlanFile,
  sha256Hex,
  toBase64,
  writePlanFile,
  type ChangesFileContents,
  type PlanFileErrorCode,
} from '../../../shared/plan-file';
import { buildSamplePlan } from '../../../shared/sample';
import { ACTOR_A, ACTOR_B, counterHex } from '../../fixtures/plans';

const clock = fixedClock('2012-02-01T10:00:00.000Z');
const readOptions = { actor: 'c'.repeat(32), office: 'Reader', clock };
const CREATED = '2012-02-01T10:00:00.000Z';
const fromGeneva = { office: 'Geneva', actorId: ACTOR_A };

const encode = (s: string) => new TextEncoder().encode(s);
const envelopeOf = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;

/** Geneva's plan, a copy Nairobi received (the base), then more edits in Geneva. */
async function offices() {
  const geneva = InProcessEngine.create(buildSamplePlan({ randomHex: counterHex(), clock, officeName: 'Geneva' }), { actor: ACTOR_A, office: 'Geneva', clock });
  const base = await geneva.snapshot();
  const nairobi = InProcessEngine.load([base.bytes], { actor: ACTOR_B, office: 'Nairobi', clock });
  await geneva.run('updatePlan', { versionLabel: 'Draft 0.3' });
  const riskId = Object.keys(geneva.state.view.risks)[0]!;
  await geneva.run('deleteEntity', { collection: 'risks', id: riskId });
  await geneva.run('updatePlan', { title: 'Labour migration strategy (revised)' });
  return { geneva, nairobi, base, riskId };
}

async function fileOf(engine: InProcessEngine, baseHeads?: readonly string[]) {
  return writePlanFile({ snapshot: await engine.snapshot(), view: engine.state.view }, { from: fromGeneva, createdAt: CREATED, ...(baseHeads ? { baseHeads } : {}) });
}

async function readChanges(bytes: Uint8Array): Promise<ChangesFileContents> {
  const read = await readAnyPlanFile(bytes, readOptions);
  if (read.kind !== 'changes') throw new Error('expected a changes file');
  return read;
}

/** The plan as plain data, without the heads (which differ by who merged). */
function planOf(view: PlanView) {
  const { heads: _heads, ...rest } = view;
  return JSON.parse(JSON.stringify(rest)) as unknown;
}

async function codeOf(work: () => Promise<unknown>): Promise<PlanFileErrorCode | 'ok'> {
  try {
    await work();
    return 'ok';
  } catch (e) {
    if (e instanceof PlanFileError) return e.code;
    throw e;
  }
}

describe('changes files', () => {
  it('writes only the changes since the base, with baseHeads after heads, and is much smaller than a full file', async () => {
    const { geneva, base } = await offices();
    const full = await fileOf(geneva);
    const changes = await fileOf(geneva, base.heads);
    const e = envelopeOf(changes);
    expect(Object.keys(e)).toEqual(['format', 'formatVersion', 'planId', 'title', 'kind', 'from', 'createdAt', 'heads', 'baseHeads', 'counts', 'sha256', 'payload']);
    expect(e).toMatchObject({ kind: 'changes', title: 'Labour migration strategy (revised)', baseHeads: [...base.heads].sort(), heads: [...geneva.state.view.heads].sort() });
    expect(e.counts).toEqual(envelopeOf(full).counts);
    expect(e.sha256).toBe(await sha256Hex(fromBase64(e.payload as string)!));
    expect(changes.length * 5).toBeLessThan(full.length);
  });

  it('is read as changes and their base, never as a plan', async () => {
    const { geneva, base } = await offices();
    const bytes = await fileOf(geneva, base.heads);
    const read = await readChanges(bytes);
    expect(read.baseHeads).toEqual([...base.heads].sort());
    expect(read.changes.length).toBeGreaterThan(0);
    expect('engine' in read).toBe(false);
    await expect(readPlanFile(bytes, readOptions)).rejects.toMatchObject({ code: 'changesOnly', params: { title: 'Labour migration strategy (revised)' } });
  });

  it('applied onto a copy that has the base, gives the sender\'s plan (round trip)', async () => {
    const { geneva, nairobi, base, riskId } = await offices();
    const read = await readChanges(await fileOf(geneva, base.heads));
    const merged = await applyChangesFile(nairobi, read);
    expect([...merged.heads].sort()).toEqual([...geneva.state.view.heads].sort());
    const after = InProcessEngine.load([merged.bytes], { actor: ACTOR_B, office: 'Nairobi', clock }, merged.heads);
    expect(planOf(after.state.view)).toEqual(planOf(geneva.state.view));
    expect(after.state.view.plan.versionLabel).toBe('Draft 0.3');
    expect(after.state.view.risks[riskId]).toBeUndefined();
    // The local copy itself is not changed; bytes work as well as an engine.
    expect(nairobi.state.view.plan.versionLabel).not.toBe('Draft 0.3');
    const fromBytes = await applyChangesFile((await nairobi.snapshot()).bytes, read);
    expect(fromBytes.heads).toEqual(merged.heads);
  });

  it('applied twice, changes nothing the second time', async () => {
    const { geneva, nairobi, base } = await offices();
    const read = await readChanges(await fileOf(geneva, base.heads));
    const once = await applyChangesFile(nairobi, read);
    const twice = await applyChangesFile(once.bytes, read);
    expect(twice.heads).toEqual(once.heads);
    expect(twice.bytes).toEqual(once.bytes);
  });

  it('merges with the receiver\'s own edits made since the base', async () => {
    const { geneva, nairobi, base } = await offices();
    await nairobi.run('updatePlan', { versionLabel: 'Nairobi draft' });
    await nairobi.run('updatePlan', { periodEnd: '2016-12-31' });
    const merged = await applyChangesFile(nairobi, await readChanges(await fileOf(geneva, base.heads)));
    const view = InProcessEngine.load([merged.bytes], readOptions).state.view;
    expect(view.plan.title).toBe('Labour migration strategy (revised)');
    expect(view.plan.periodEnd).toBe('2016-12-31');
    expect(merged.heads).toHaveLength(2);
  });

  it('onto a copy without the base: refused, naming what is missing and asking for a full file', async () => {
    const { geneva, base } = await offices();
    // A file of the changes since Geneva's Draft 0.3, which Nairobi never received.
    const sentBefore = await geneva.snapshot();
    await geneva.run('updatePlan', { versionLabel: 'Draft 0.4' });
    const read = await readChanges(await fileOf(geneva, sentBefore.heads));
    const stale = InProcessEngine.load([base.bytes], { actor: ACTOR_B, office: 'Nairobi', clock });
    const error = await applyChangesFile(stale, read).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanFileError);
    const { code, params } = error as PlanFileError;
    expect(code).toBe('missingBase');
    expect(params.missing).toBe(sentBefore.heads.map((h) => h.slice(0, 12)).join(', '));
    const message = translator('en')((error as PlanFileError).key, params);
    expect(message).toMatch(/^This file continues changes you have not received/);
    expect(message).toContain('ask the sender for a full file');
    expect(message).toContain(sentBefore.heads[0]!.slice(0, 12));
  });

  it('a full file and a changes file of the same edits give the same plan', async () => {
    const { geneva, nairobi, base } = await offices();
    const viaFull = (await readPlanFile(await fileOf(geneva), readOptions)).engine.state.view;
    const merged = await applyChangesFile(nairobi, await readChanges(await fileOf(geneva, base.heads)));
    const viaChanges = InProcessEngine.load([merged.bytes], readOptions, merged.heads).state.view;
    expect(planOf(viaChanges)).toEqual(planOf(viaFull));
    expect([...viaChanges.heads].sort()).toEqual([...viaFull.heads].sort());
  });

  it('refuses changes for another plan, and a writer asked for changes it cannot make', async () => {
    const { geneva, base } = await offices();
    const read = await readChanges(await fileOf(geneva, base.heads));
    const other = InProcessEngine.create(buildSamplePlan({ randomHex: counterHex(500), clock, officeName: 'Dakar' }), { actor: ACTOR_B, office: 'Dakar', clock });
    expect(await codeOf(() => applyChangesFile(other, read))).toBe('otherPlan');
    expect(await codeOf(() => fileOf(geneva, geneva.state.view.heads))).toBe('noChanges');
    expect(await codeOf(() => fileOf(geneva, ['0'.repeat(64)]))).toBe('baseNotInPlan');
    expect(await codeOf(() => fileOf(geneva, []))).toBe('noChanges');
  });

  it('refuses a changes file whose payload is not changes, or whose heads its changes do not reach', async () => {
    const { geneva, nairobi, base } = await offices();
    const bytes = await fileOf(geneva, base.heads);
    const rehash = async (payload: Uint8Array, change: (e: Record<string, unknown>) => void = () => {}) => {
      const e = envelopeOf(bytes);
      e.payload = toBase64(payload);
      e.sha256 = await sha256Hex(payload);
      change(e);
      return encode(JSON.stringify(e));
    };
    expect(await codeOf(async () => readAnyPlanFile(await rehash(encode('not automerge changes')), readOptions))).toBe('badChanges');
    const read = await readChanges(await rehash(fromBase64(envelopeOf(bytes).payload as string)!, (e) => (e.heads = ['1'.repeat(64)])));
    expect(await codeOf(() => applyChangesFile(nairobi, read))).toBe('headsMismatch');
  });
});
